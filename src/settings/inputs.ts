// Which action input sets which Go variable: the one table the action, the CLI and the docs share.
import type { GoVariable } from "../go/env.ts";

export const VARIABLE_INPUTS = [
  { input: "proxy", variable: "GOPROXY" },
  { input: "sumdb", variable: "GOSUMDB" },
  { input: "private", variable: "GOPRIVATE" },
  { input: "no-proxy", variable: "GONOPROXY" },
  { input: "no-sumdb", variable: "GONOSUMDB" },
  { input: "insecure", variable: "GOINSECURE" },
] as const satisfies readonly { input: string; variable: GoVariable }[];

export type VariableInput = (typeof VARIABLE_INPUTS)[number]["input"];
