// Inputs → the Go variables to export, and the environment Go will then see.
import type { GoEnv } from "../go/env.ts";
import { VARIABLE_INPUTS, type VariableInput } from "./inputs.ts";

/** The variables to export: one per non-empty input; an empty input leaves the variable alone. */
export function exportsFromInputs(inputs: Partial<Record<VariableInput, string>>): GoEnv {
  const out: GoEnv = {};
  for (const { input, variable } of VARIABLE_INPUTS) {
    const value = inputs[input]?.trim();
    if (value) out[variable] = value;
  }
  return out;
}

/** The environment later steps (and our own go runs) see: the job's, overlaid with our exports. */
export function effectiveEnv(
  jobEnv: Readonly<Record<string, string | undefined>>,
  exported: GoEnv,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(jobEnv)) if (v !== undefined) env[k] = v;
  return { ...env, ...exported };
}
