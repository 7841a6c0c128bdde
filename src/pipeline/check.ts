// The static checks: the settings as the job's environment gives them to Go, with the
// user's `go env -w` file, cross-checked with what the repository requires.
import { readFile } from "node:fs/promises";
import { checkSettings } from "../check/static.ts";
import type { Diagnostic } from "../core/diagnostic.ts";
import { goEnvFrom } from "../go/env.ts";
import type { GoVersion } from "../go/version.ts";
import type { Workspace } from "./workspace.ts";

export async function staticChecks(opts: {
  env: Record<string, string>;
  goVersion: GoVersion;
  /** `go env GOENV`: the user's env file, when there is one. */
  goenvFile?: string;
  workspace?: Workspace;
}): Promise<Diagnostic[]> {
  const userEnvFile = opts.goenvFile ? await readGoEnvFile(opts.goenvFile) : undefined;
  return checkSettings(goEnvFrom(opts.env), {
    goVersion: opts.goVersion,
    otherEnv: opts.env,
    ...(userEnvFile ? { userEnvFile } : {}),
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

/** The `go env -w` file: KEY=VALUE lines; undefined when it does not exist. */
async function readGoEnvFile(path: string): Promise<Record<string, string> | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0) out[line.slice(0, eq).trim()] = line.slice(eq + 1);
  }
  return out;
}
