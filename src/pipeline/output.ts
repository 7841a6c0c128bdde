// What the stages hand to the runner as they go: secrets to mask, variables and PATH for the
// job's later steps, state for the post step, outputs and messages. The action implements it
// with @actions/core; tests record it.
export interface StepOutput {
  secret(value: string): void;
  exportVariable(name: string, value: string): void;
  addPath(dir: string): void;
  saveState(name: string, value: string): void;
  setOutput(name: string, value: string): void;
  warning(message: string): void;
  info(message: string): void;
}
