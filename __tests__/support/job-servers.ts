// The loopback servers an e2e file's jobs talk to, started before the file's tests and closed
// after them: the example's modules behind a proxy (and a checksum database when asked), behind
// a chain of two proxies, or behind a proxy with a Go toolchain served by a second one and
// proven by the database.
import { afterAll, beforeAll } from "@jest/globals";
import { rm } from "node:fs/promises";
import { EXAMPLE_MODULES, exampleChain, type ExampleChain } from "./example.ts";
import { buildFixtures, type Fixtures, type ModuleSpec } from "./fixtures.ts";
import { startProxy, type ProxyOptions, type ProxyServer } from "./proxy-server.ts";
import { startSumdb, type SumdbServer } from "./sumdb-server.ts";
import {
  TOOLCHAIN_MODULE,
  toolchainZip,
  writeToolchainProxyTree,
  type ToolchainZip,
} from "./toolchain-zip.ts";
import { toolchain } from "./toolchains.ts";

/** Filled in by the file's beforeAll: read the fields inside tests, not at load time. */
export interface ExampleServers {
  fx: Fixtures;
  proxy: ProxyServer;
}

export function useExampleServers(opts: { modules?: ModuleSpec[] }): ExampleServers;
export function useExampleServers(opts: {
  modules?: ModuleSpec[];
  sumdb: true;
}): ExampleServers & { db: SumdbServer };
export function useExampleServers(opts: { modules?: ModuleSpec[]; sumdb?: boolean } = {}) {
  const s = {} as ExampleServers & { db?: SumdbServer };
  beforeAll(async () => {
    s.fx = await buildFixtures(opts.modules ?? EXAMPLE_MODULES);
    if (opts.sumdb) s.db = await startSumdb();
    s.proxy = await startProxy({ dir: s.fx.proxyDir });
  });
  afterAll(async () => {
    await s.proxy?.close();
    await s.db?.close();
    await s.fx?.cleanup();
  });
  return s;
}

/** exampleChain for a file's tests: the first proxy lacks MISSING_FROM_FIRST. */
export function useExampleChain(): ExampleChain {
  const s = {} as ExampleChain;
  beforeAll(async () => {
    Object.assign(s, await exampleChain());
  });
  afterAll(() => s.close?.());
  return s;
}

export interface ToolchainServers {
  fx: Fixtures;
  /** Go 1.23 (Debian's tree, small variant) as the golang.org/toolchain module. */
  tz: ToolchainZip;
  /** The proxy tree that holds only the toolchain. */
  tree: string;
  /** Knows the toolchain module. */
  db: SumdbServer;
  /** The example's modules. */
  modules: ProxyServer;
  /** The toolchain, served from `tree` with the options given. */
  toolchains: ProxyServer;
}

/** `toolchainProxy` is called in beforeAll, after any hook the file registered before this call. */
export function useToolchainServers(
  toolchainProxy: () => Omit<ProxyOptions, "dir"> = () => ({}),
): ToolchainServers {
  const s = {} as ToolchainServers;
  beforeAll(async () => {
    s.fx = await buildFixtures(EXAMPLE_MODULES);
    s.tz = await toolchainZip({ goroot: toolchain("1.23").goroot, variant: "small" });
    s.tree = await writeToolchainProxyTree([s.tz]);
    s.db = await startSumdb();
    s.db.addModule(TOOLCHAIN_MODULE, s.tz.moduleVersion, s.tz.zip, s.tz.mod);
    s.modules = await startProxy({ dir: s.fx.proxyDir });
    s.toolchains = await startProxy({ dir: s.tree, ...toolchainProxy() });
  });
  afterAll(async () => {
    await s.modules?.close();
    await s.toolchains?.close();
    await s.db?.close();
    if (s.tree) await rm(s.tree, { recursive: true, force: true });
    await s.fx?.cleanup();
  });
  return s;
}
