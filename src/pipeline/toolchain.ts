// Go toolchains through the proxy: install the Go the inputs ask for, and fetch up front the
// toolchain a go.mod will make Go switch to (GOTOOLCHAIN=auto), both verified by the
// checksum database.
import { delimiter } from "node:path";
import { goPlatform } from "../toolchain/gover.ts";
import { prewarmToolchains, type PrewarmResult } from "../toolchain/prewarm.ts";
import type { ToolchainFacts } from "../toolchain/install.ts";
import type { GoInstall } from "./go.ts";
import type { Workspace } from "./workspace.ts";

/** Undefined when neither go-version nor go-version-file is given. Throws ToolchainError. */
export async function installRequestedGo(opts: {
  goVersion: string;
  goVersionFile: string;
  /** What go-version-file is relative to: the workspace, as in setup-go. */
  cwd: string;
  env: Record<string, string>;
  checkLatest?: boolean;
  /** The architecture input (setup-go's names: x64, x86, arm64…); empty: this machine's. */
  architecture?: string;
}): Promise<{ facts: ToolchainFacts; path: string; warnings: string[] } | undefined> {
  if (!opts.goVersion.trim() && !opts.goVersionFile.trim()) return undefined;
  // Loaded only when asked: the tool cache is a large part of the bundle.
  const { installToolchain, resolveGoVersion, toolCacheGoVersions } =
    await import("../toolchain/index.ts");
  const arch = opts.architecture || process.arch;
  const { goarch } = goPlatform(process.platform, arch);
  const want = await resolveGoVersion({
    ...(opts.goVersion ? { goVersion: opts.goVersion } : {}),
    ...(opts.goVersionFile ? { goVersionFile: opts.goVersionFile } : {}),
    cwd: opts.cwd,
    env: opts.env,
    goarch,
    checkLatest: opts.checkLatest ?? false,
    cachedVersions: toolCacheGoVersions(arch),
  });
  if (!want) return undefined;
  const facts = await installToolchain({
    version: want.version,
    env: opts.env,
    goarch,
    arch,
    // The go on PATH runs on this machine's architecture; another one must come from elsewhere.
    ignorePath: arch !== process.arch,
  });
  const tampered = facts.toolCacheTampered;
  const shown = tampered?.slice(0, 5).join(", ");
  const more = tampered && tampered.length > 5 ? ` and ${tampered.length - 5} more` : "";
  return {
    facts,
    path: `${facts.binDir}${delimiter}${opts.env.PATH ?? ""}`,
    warnings: [
      ...want.warnings,
      ...(tampered
        ? [
            `The tool cache's go${facts.version} no longer matched what was verified when it was installed (${shown}${more}): it was not run, and was installed afresh from ${facts.origin}, verified by ${facts.verified?.database}. Someone who can write the runner's tool cache altered it: check the self-hosted runner.`,
          ]
        : []),
    ],
  };
}

export function prewarmSwitches(
  go: GoInstall,
  env: Record<string, string>,
  ws: Workspace,
): Promise<PrewarmResult> {
  return prewarmToolchains({
    dirs: ws.roots.map((r) => r.dir),
    localVersion: go.versionText,
    env: { ...env, ...go.effective },
  });
}
