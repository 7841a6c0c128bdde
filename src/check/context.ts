// What every check reads (the settings, the repository's requirements, the Go version) and
// the one way a check records a finding.
import type { Diagnostic } from "../core/diagnostic.ts";
import type { GoEnv } from "../go/env.ts";
import type { GoVersion } from "../go/version.ts";
import { rule, type CheckRuleId } from "./rules.ts";

export interface RequirementRef {
  path: string;
  file: string;
  line: number;
}

export interface CheckContext {
  goVersion: GoVersion;
  /** Modules the repository requires (go.mod `require`, minus local replacements). */
  requirements?: RequirementRef[];
  /** The rest of the environment, to spot misspelt or never-read variables. */
  otherEnv?: Readonly<Record<string, string>>;
  /** The user's `go env -w` file ($GOENV), when known. */
  userEnvFile?: Readonly<Record<string, string>>;
}

export type CheckEnv = GoEnv & Readonly<Record<string, string | undefined>>;

/** The diagnostics found so far for one Go version. */
export interface Findings {
  v: GoVersion;
  /** "1.26", as messages print it. */
  ver: string;
  out: Diagnostic[];
}

export function report(
  c: Findings,
  id: CheckRuleId,
  variable: string,
  message: string,
  extra: Partial<Diagnostic> = {},
) {
  const r = rule(id);
  c.out.push({ rule: id, severity: r.severity, variable, message, ...extra });
}

/** A variable newer than the target Go, which ignores it. */
export function reportUnsupported(
  c: Findings,
  name: string,
  value: string,
  why: string,
  fix: string,
): void {
  report(
    c,
    "variable-unsupported",
    name,
    `${name} is set, but Go ${c.ver} does not read it (${why}): the setting does nothing. Fix: ${fix}`,
    { value },
  );
}

/** A value on one line, control characters escaped, at most 200 characters. */
export function printable(s: string): string {
  const oneLine = s.replace(
    /[\x00-\x1f\x7f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}
