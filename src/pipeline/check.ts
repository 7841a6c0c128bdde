// The static checks: the settings as the job's environment gives them to Go, with the
// user's `go env -w` file, cross-checked with what the repository requires.
import { checkSettings } from "../check/static.ts";
import type { Diagnostic } from "../core/diagnostic.ts";
import { goEnvFrom } from "../go/env.ts";
import type { GoVersion } from "../go/version.ts";
import type { Workspace } from "./workspace.ts";

export function staticChecks(opts: {
  env: Record<string, string>;
  goVersion: GoVersion;
  /** The user's `go env -w` file, as detectGo read it. */
  userEnvFile?: Record<string, string>;
  workspace?: Workspace;
}): Diagnostic[] {
  return checkSettings(goEnvFrom(opts.env), {
    goVersion: opts.goVersion,
    otherEnv: opts.env,
    ...(opts.userEnvFile ? { userEnvFile: opts.userEnvFile } : {}),
    ...(opts.workspace
      ? {
          requirements: opts.workspace.requirements.map(({ path, file, line }) => ({
            path,
            file,
            line,
          })),
        }
      : {}),
  });
}
