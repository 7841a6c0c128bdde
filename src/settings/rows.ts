// The settings table: each Go variable's effective value (redacted) and where it came from.
import { GO_VARIABLES, type GoEnv } from "../go/env.ts";
import { redactList } from "../redact/redact.ts";

/** Where files live is not a download setting worth a row. */
const SHOWN = GO_VARIABLES.filter((v) => !["GOPATH", "GOWORK", "GO111MODULE"].includes(v));

export interface SettingRow {
  variable: string;
  /** Redacted. */
  value: string;
  source: "input" | "environment" | "go env";
}

export function settingRows(
  effective: Record<string, string>,
  exported: GoEnv,
  jobEnv: Readonly<Record<string, string | undefined>>,
): SettingRow[] {
  return SHOWN.filter((name) => name in effective).map((name) => ({
    variable: name,
    value: redactList(effective[name] ?? ""),
    source: name in exported ? "input" : jobEnv[name] ? "environment" : "go env",
  }));
}
