// Reads the action's inputs into plain data (the only file that knows input names' spelling).
import * as core from "@actions/core";
import { VARIABLE_INPUTS, type VariableInput } from "../settings/inputs.ts";

export interface ActionInputs {
  variables: Partial<Record<VariableInput, string>>;
  workingDirectory: string;
}

export function readInputs(): ActionInputs {
  const variables: Partial<Record<VariableInput, string>> = {};
  for (const { input } of VARIABLE_INPUTS) variables[input] = core.getInput(input);
  return { variables, workingDirectory: core.getInput("working-directory") || "." };
}
