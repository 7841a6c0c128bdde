// Restoring into a GOMODCACHE that already holds Go's read-only extracted module trees
// (actions/setup-go #403, #722: tar "Cannot open: File exists" / "Permission denied"), for
// both layouts. Run as an unprivileged user when the tests run as root: root ignores
// permission bits, and so would hide the problem.
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { CacheLayout } from "../../../src/cache/key.ts";
import { startCacheServer, type CacheServer } from "../../support/cache-server.ts";
import { buildFixtures, type Fixtures } from "../../support/fixtures.ts";
import { startProxy, type ProxyServer } from "../../support/proxy-server.ts";
import { installedToolchains } from "../../support/toolchains.ts";
import { newRunner, runFlow, type Runner } from "./flow.ts";
import { FIXTURE_MODULES, graphTemplates, type MainResult, type PostResult } from "./flow-suite.ts";

const run = promisify(execFile);
const NOBODY = 65534;
const asUser = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
const go = installedToolchains().at(-1)!;

let fx: Fixtures;
let proxy: ProxyServer;
let server: CacheServer;
let root: string;
let graph: string;
let n = 0;

beforeAll(async () => {
  fx = await buildFixtures(FIXTURE_MODULES, { goBin: go.goBin });
  proxy = await startProxy({ dir: fx.proxyDir });
  server = await startCacheServer({ protocol: "v1" });
  root = await mkdtemp(join(tmpdir(), "cache-readonly-"));
  await chmod(root, 0o755);
  graph = (await graphTemplates(root, fx, proxy, go, { a: ["Beta@v0.1.0", "delta/v2@v2.0.0"] })).a!;
});
afterAll(async () => {
  await server?.close();
  await proxy?.close();
  await fx?.cleanup();
  if (root) {
    await run("chmod", ["-R", "u+w", root]).catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  }
});

async function runner(): Promise<Runner> {
  // one build cache for every runner: the module cache is under test, compiling is not
  const r = await newRunner(root, `r${++n}`, {
    goproxy: proxy.url,
    cacheEnv: server.env,
    extra: { GOCACHE: join(root, "gocache") },
  });
  await cp(graph, r.workdir, { recursive: true });
  if (asUser.uid !== undefined) {
    await mkdir(join(root, "gocache"), { recursive: true });
    await run("chown", ["-R", `${NOBODY}:${NOBODY}`, r.home, join(root, "gocache")]);
  }
  return r;
}

for (const layout of ["download", "full"] as CacheLayout[]) {
  test(`${layout} layout: restore over a pre-populated read-only GOMODCACHE, without errors`, async () => {
    // run 1 saves an entry that holds the same modules (and, for full, the same extracted trees)
    const r1 = await runner();
    const m1 = await runFlow<MainResult>(
      r1,
      { op: "main", goBin: go.goBin, layout, build: true },
      asUser,
    );
    assert.equal(m1.error, undefined, m1.stderr);
    const p1 = await runFlow<PostResult>(r1, { op: "post", state: m1.result.state }, asUser);
    assert.equal(p1.result.save.outcome, "saved", p1.result.save.reason);

    // run 2's machine already has them: go filled GOMODCACHE and extracted read-only trees
    const r2 = await runner();
    r2.env.ACTIONS_CACHE_MODE = "none";
    const pre = await runFlow<MainResult>(
      r2,
      { op: "main", goBin: go.goBin, layout, build: true },
      asUser,
    );
    assert.equal(pre.error, undefined, pre.stderr);
    const { stdout: mode } = await run("stat", [
      "-c",
      "%A",
      join(r2.gomodcache, "github.com", "goproxy-fixture", "!beta@v0.1.0"),
    ]);
    assert.equal(mode.trim(), "dr-xr-xr-x", "Go left its extracted tree read-only");

    delete r2.env.ACTIONS_CACHE_MODE;
    const m2 = await runFlow<MainResult>(
      r2,
      { op: "main", goBin: go.goBin, layout, build: true },
      asUser,
    );
    assert.equal(m2.error, undefined, m2.stderr);
    assert.equal(m2.result.restore.hit, "exact", m2.stdout);
    assert.equal(m2.result.restore.problem, undefined);
    assert.deepEqual(m2.warnings, [], m2.stdout);
    assert.deepEqual(m2.errors, [], m2.stdout);
    assert.doesNotMatch(m2.stdout + m2.stderr, /Cannot open|File exists|Permission denied/);
  });
}
