// The bundled example (examples/hello) and the fixture modules it needs; shared by the
// demo, the e2e tests and the benchmarks.
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFixtures, isolatedGoEnv, type Fixtures, type ModuleSpec } from "./fixtures.ts";
import { startProxy, type ProxyServer } from "./proxy-server.ts";
import { REPO_ROOT } from "./runner.ts";
import type { Toolchain } from "./toolchains.ts";

export const EXAMPLE_DIR = join(REPO_ROOT, "examples", "hello");

export const EXAMPLE_MODULES: ModuleSpec[] = [
  { path: "text", versions: [{ version: "v0.3.0" }, { version: "v0.4.0" }] },
  { path: "greeting", versions: [{ version: "v1.2.0", requires: ["text@v0.3.0"] }] },
  { path: "config", versions: [{ version: "v1.0.0" }] },
  { path: "metrics/v2", versions: [{ version: "v2.1.0", requires: ["text@v0.4.0"] }] },
];

/** One more module: a dependency the example gains, or one an attacker plants in a cache. */
export const EXTRA_MODULE: ModuleSpec = { path: "extra", versions: [{ version: "v1.0.0" }] };

/** The module the demo's first proxy lacks, so the chain falls back for it. */
export const MISSING_FROM_FIRST = "github.com/goproxy-fixture/metrics/v2";

/** A fresh copy of the example in a temporary workspace. */
export async function exampleWorkspace(): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), "workspace-"));
  await cp(EXAMPLE_DIR, ws, { recursive: true });
  return ws;
}

/** A runner job's environment: the chosen go on PATH, a private home, nothing that reaches past loopback. */
export function jobEnv(
  go: Toolchain | undefined,
  home: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  const path = [go ? join(go.goroot, "bin") : undefined, "/usr/local/bin", "/usr/bin", "/bin"]
    .filter(Boolean)
    .join(":");
  return isolatedGoEnv(home, { GOFLAGS: undefined, GOSUMDB: undefined, ...extra, PATH: path });
}

export interface ExampleChain {
  fx: Fixtures;
  /** Lacks MISSING_FROM_FIRST: the chain falls back for it. */
  a: ProxyServer;
  /** Has everything. */
  b: ProxyServer;
  close(): Promise<void>;
}

/** The example's fixture modules behind two proxies, the first lacking one module. */
export async function exampleChain(goBin?: string): Promise<ExampleChain> {
  const fx = await buildFixtures(EXAMPLE_MODULES, goBin ? { goBin } : {});
  const a = await startProxy({ dir: fx.proxyDir, omit: [MISSING_FROM_FIRST] });
  const b = await startProxy({ dir: fx.proxyDir });
  return {
    fx,
    a,
    b,
    close: async () => {
      await a.close();
      await b.close();
      await fx.cleanup();
    },
  };
}
