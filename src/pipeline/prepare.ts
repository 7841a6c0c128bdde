// Before Go can be asked anything: the credentials the job's proxies need, and the Go the
// inputs ask for. Both change the environment every later go command runs with.
import { setupCredentials, type CredentialsSetup } from "../credentials/setup.ts";
import type { ToolchainFacts } from "../toolchain/install.ts";
import type { StepOutput } from "./output.ts";
import { STATE } from "./state.ts";
import { installRequestedGo } from "./toolchain.ts";

export interface PrepareInputs {
  credentials: string;
  goVersion: string;
  goVersionFile: string;
  checkLatest: boolean;
  architecture: string;
}

export interface Prepared {
  env: Record<string, string>;
  creds?: CredentialsSetup;
  installed?: ToolchainFacts;
}

export async function prepareGo(
  inputs: PrepareInputs,
  ctx: { env: Record<string, string>; workspace: string; stateDir: string },
  out: StepOutput,
): Promise<Prepared> {
  let env = ctx.env;
  // Credentials before anything that may need them: a toolchain installed through a private proxy.
  const creds = inputs.credentials.trim()
    ? await setupCredentials({
        credentials: inputs.credentials,
        env,
        tempDir: ctx.stateDir,
        onDirCreated: (state) => out.saveState(STATE.credentials, JSON.stringify(state)),
      })
    : undefined;
  if (creds) {
    for (const s of creds.secrets) out.secret(s);
    for (const [name, value] of Object.entries(creds.env)) out.exportVariable(name, value);
    out.saveState(STATE.credentials, JSON.stringify(creds.state));
    env = { ...env, ...creds.env };
  }
  const installed = await installRequestedGo({
    goVersion: inputs.goVersion,
    goVersionFile: inputs.goVersionFile,
    cwd: ctx.workspace,
    env,
    checkLatest: inputs.checkLatest,
    architecture: inputs.architecture,
  });
  if (installed) {
    out.addPath(installed.facts.binDir);
    env = { ...env, PATH: installed.path };
    for (const w of installed.warnings) out.warning(w);
  }
  return {
    env,
    ...(creds ? { creds } : {}),
    ...(installed ? { installed: installed.facts } : {}),
  };
}
