// The job's two facts every stage needs: which go runs with which settings, and the module
// roots of the repository. Found side by side: the scan takes GOWORK as the environment sets
// it, and is redone only when go env says otherwise (a `go env -w GOWORK=off`).
import type { Diagnostic } from "../core/diagnostic.ts";
import { fitCredentialsToGo, type CredentialsSetup } from "../credentials/setup.ts";
import { detectGo, type GoInstall } from "./go.ts";
import { scanWorkspace, type Workspace } from "./workspace.ts";

export async function detectJob(
  env: Record<string, string>,
  workspace: string,
  workdir: string,
): Promise<{ go: GoInstall; ws: Workspace } | undefined> {
  // The checks load while go env runs: they are needed next.
  import("./check.ts").catch(() => undefined);
  const [go, scanned] = await Promise.all([
    detectGo(env, workdir),
    scanWorkspace(workspace, workdir, env.GOWORK),
  ]);
  if (!go) return undefined;
  const ws =
    (go.effective.GOWORK === "off") !== (env.GOWORK === "off")
      ? await scanWorkspace(workspace, workdir, go.effective.GOWORK)
      : scanned;
  return { go, ws };
}

/**
 * What must hold before any go command reaches the network: the credentials fitted to this Go,
 * and the settings checks, which take milliseconds and whose errors (a malformed GOPRIVATE glob
 * sends private paths to the public proxy) stop the run before it asks anyone anything.
 */
export async function gateChecks(opts: {
  check: "off" | "static" | "live";
  env: Record<string, string>;
  go: GoInstall;
  ws: Workspace;
  creds?: CredentialsSetup;
}): Promise<{ diagnostics: Diagnostic[]; rejected: boolean }> {
  const diagnostics: Diagnostic[] = [];
  if (opts.creds)
    diagnostics.push(
      ...opts.creds.diagnostics,
      ...(await fitCredentialsToGo(opts.creds, opts.env, opts.go.version)),
    );
  if (opts.check !== "off") {
    const { staticChecks } = await import("./check.ts");
    diagnostics.push(
      ...staticChecks({
        env: opts.env,
        goVersion: opts.go.version,
        ...(opts.go.userEnv ? { userEnvFile: opts.go.userEnv } : {}),
        workspace: opts.ws,
      }),
    );
  }
  return { diagnostics, rejected: diagnostics.some((d) => d.severity === "error") };
}
