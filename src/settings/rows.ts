// The settings table: each Go variable's effective value (redacted) and where it came from.
import type { GoEnv } from "../go/env.ts";
import type { SettingRow } from "../report/model.ts";
import { redactList } from "./settings.ts";

const SHOWN = [
  "GOPROXY",
  "GOSUMDB",
  "GOPRIVATE",
  "GONOPROXY",
  "GONOSUMDB",
  "GOINSECURE",
  "GOFLAGS",
  "GOTOOLCHAIN",
  "GOAUTH",
  "GOMODCACHE",
];

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
