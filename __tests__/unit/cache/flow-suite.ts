// The module cache end to end, per cache protocol: src/cache driving the REAL @actions/cache
// (real tar, real zstd) against the loopback cache server, each step in a child process,
// each run on a fresh "runner", go fetching from a loopback GOPROXY.
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { RestoreFacts } from "../../../src/cache/restore.ts";
import type { SaveFacts } from "../../../src/cache/save.ts";
import type { CacheFacts } from "../../../src/cache/state.ts";
import type { OfflineWarmth, SumsWarmth } from "../../../src/cache/warm.ts";
import type { PruneResult } from "../../../src/cache/prune.ts";
import {
  startCacheServer,
  type CacheProtocol,
  type CacheServer,
} from "../../support/cache-server.ts";
import {
  buildFixtures,
  isolatedGoEnv,
  writeMainModule,
  type Fixtures,
} from "../../support/fixtures.ts";
import { startProxy, type ProxyServer } from "../../support/proxy-server.ts";
import { toolchain, type Toolchain } from "../../support/toolchains.ts";
import { newRunner, runFlow, type FlowRun, type Runner } from "./flow.ts";
import { writeTree } from "./tree.ts";

const run = promisify(execFile);

export interface MainResult {
  restore: RestoreFacts;
  restoredVersions: string[];
  sums?: SumsWarmth;
  offline?: OfflineWarmth;
  downloaded: number;
  pruned?: PruneResult;
  versionsAfter: string[];
  state: string;
}

export interface PostResult {
  save: SaveFacts;
  facts: CacheFacts;
}

export const FIXTURE_MODULES = [
  { path: "alpha", versions: [{ version: "v1.0.0" }, { version: "v1.1.0" }] },
  { path: "Beta", versions: [{ version: "v0.1.0", requires: ["alpha@v1.0.0"] }] },
  { path: "gamma", versions: [{ version: "v0.2.0" }] },
  { path: "delta/v2", versions: [{ version: "v2.0.0", requires: ["gamma@v0.2.0"] }] },
  { path: "epsilon", versions: [{ version: "v0.1.0" }] },
];

const F = "github.com/goproxy-fixture";

/** Main modules whose go.mod/go.sum `go mod tidy` wrote, to copy into runners' workspaces. */
export async function graphTemplates(
  root: string,
  fx: Fixtures,
  proxy: ProxyServer,
  go: Toolchain,
  graphs: Record<string, string[]>,
): Promise<Record<string, string>> {
  const env = isolatedGoEnv(join(root, "tidy-home"), { GOPROXY: proxy.url, GOFLAGS: "-mod=mod" });
  const out: Record<string, string> = {};
  for (const [name, requires] of Object.entries(graphs)) {
    const dir = join(root, "templates", name);
    await writeMainModule(dir, {
      path: `example.com/${name}`,
      requires,
      fixtures: fx,
      withSum: false,
    });
    await run(go.goBin, ["mod", "tidy"], { cwd: dir, env });
    out[name] = dir;
  }
  await run("chmod", ["-R", "u+w", join(root, "tidy-home")]);
  return out;
}

export function defineFlowTests(protocol: CacheProtocol, goVersion: string): void {
  describe(`module cache over protocol ${protocol} with go ${goVersion}`, () => {
    let fx: Fixtures;
    let proxy: ProxyServer;
    let server: CacheServer;
    let root: string;
    let graphs: Record<string, string>;
    const go = toolchain(goVersion);
    let n = 0;

    beforeAll(async () => {
      fx = await buildFixtures(FIXTURE_MODULES, { goBin: go.goBin });
      proxy = await startProxy({ dir: fx.proxyDir });
      server = await startCacheServer({ protocol });
      root = await mkdtemp(join(tmpdir(), `cache-flow-${protocol}-`));
      graphs = await graphTemplates(root, fx, proxy, go, {
        a: ["Beta@v0.1.0", "delta/v2@v2.0.0"],
        b: ["Beta@v0.1.0", "epsilon@v0.1.0"],
        c: ["gamma@v0.2.0"],
        d: ["epsilon@v0.1.0"],
      });
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

    const runner = async (graph: string, extra?: Record<string, string>): Promise<Runner> => {
      const r = await newRunner(root, `r${++n}`, {
        goproxy: proxy.url,
        cacheEnv: server.env,
        ...(extra ? { extra } : {}),
      });
      await cp(graphs[graph]!, r.workdir, { recursive: true });
      return r;
    };
    const main = async (
      r: Runner,
      req: { warmCheck?: boolean } = {},
    ): Promise<FlowRun<MainResult>> => {
      const out = await runFlow<MainResult>(r, { op: "main", goBin: go.goBin, ...req });
      assert.equal(out.error, undefined, out.stderr);
      assert.equal(out.exitCode, 0);
      return out;
    };
    const post = async (
      r: Runner,
      state: string,
      req: { strict?: boolean; policy?: "auto" | "always" } = {},
    ): Promise<FlowRun<PostResult>> => {
      const out = await runFlow<PostResult>(r, { op: "post", state, ...req });
      assert.equal(out.error, undefined, out.stderr);
      return out;
    };
    const clean = (out: FlowRun<unknown>): void => {
      assert.deepEqual(out.errors, [], "no ::error:: annotations");
      assert.deepEqual(out.warnings, [], "no ::warning:: annotations");
    };

    let stateA = "";
    let stateB = "";
    let keyA = "";

    test("run 1: a miss, the pre-warm fills the cache, post saves it", async () => {
      const r = await runner("a");
      const m = await main(r);
      clean(m);
      assert.equal(m.result.restore.hit, "miss");
      assert.ok(m.result.downloaded >= 4, `downloaded ${m.result.downloaded}`);
      stateA = m.result.state;
      keyA = m.result.restore.key;
      const p = await post(r, stateA);
      clean(p);
      assert.equal(p.exitCode, 0);
      assert.equal(p.result.save.outcome, "saved", p.result.save.reason);
      assert.equal(p.result.facts.saved, true);
      assert.ok((p.result.facts.archiveBytes.saved ?? 0) > 0, "the archive size is reported");
      assert.deepEqual(
        server.entries().map((e) => e.key),
        [keyA],
      );
    });

    test("run 2: an exact hit, nothing to fetch (checked offline), post does not save", async () => {
      const r = await runner("a");
      const before = proxy.log.length;
      const m = await main(r, { warmCheck: true });
      clean(m);
      assert.equal(m.result.restore.hit, "exact");
      assert.equal(m.result.restore.matchedKey, keyA);
      assert.ok((m.result.restore.archiveBytes ?? 0) > 0);
      assert.equal(m.result.sums?.warm, true, JSON.stringify(m.result.sums));
      assert.equal(m.result.offline?.warm, true, JSON.stringify(m.result.offline));
      assert.equal(proxy.log.length, before, "the proxy saw no request");
      const p = await post(r, m.result.state, { policy: "always" });
      clean(p);
      assert.equal(p.result.save.outcome, "skipped");
      assert.match(p.result.save.reason, /exact hit and nothing new/);
      assert.equal(server.entries().length, 1);
      // a later step fetched something outside the graph: the key exists, so no save (not even
      // an attempt that would collide) and no notice
      await writeTree(join(r.gomodcache, "cache", "download"), {
        "example.org/tool/@v/v1.0.0.mod": "module example.org/tool\n",
      });
      const p2 = await post(r, m.result.state, { policy: "always" });
      clean(p2);
      assert.equal(p2.result.save.outcome, "skipped", p2.result.save.reason);
      assert.match(p2.result.save.reason, /already exists \(this run restored it\)/);
      assert.equal(p2.result.save.archiveBytes, undefined, "nothing was archived");
      assert.deepEqual(p2.notices, []);
      assert.equal(server.entries().length, 1);
    });

    test("run 3: one module added, one dropped: a partial restore, prune, save", async () => {
      const r = await runner("b");
      const m = await main(r);
      clean(m);
      assert.equal(m.result.restore.hit, "partial");
      assert.equal(m.result.restore.matchedKey, keyA);
      assert.equal(m.result.pruned?.versions, 2, JSON.stringify(m.result.pruned));
      assert.ok((m.result.pruned?.bytes ?? 0) > 0);
      assert.deepEqual(m.result.pruned?.removed.sort(), [
        `${F}/delta/v2@v2.0.0`,
        `${F}/gamma@v0.2.0`,
      ]);
      assert.ok(m.result.versionsAfter.includes(`${F}/epsilon@v0.1.0`));
      stateB = m.result.state;
      const p = await post(r, stateB);
      clean(p);
      assert.equal(p.result.save.outcome, "saved", p.result.save.reason);
      assert.deepEqual(p.result.facts.pruned, {
        versions: 2,
        bytes: m.result.pruned!.bytes,
      });
      assert.equal(server.entries().length, 2);
      // what was saved is the pruned cache: a run of the same graph gets exactly that
      const again = await main(await runner("b"));
      assert.equal(again.result.restore.hit, "exact");
      assert.deepEqual(again.result.restoredVersions, m.result.versionsAfter);
      assert.ok(!again.result.restoredVersions.some((v) => v.includes("delta")));
    });

    test("a denied save (read-only token) is a notice, not a failure; strict makes it one", async () => {
      const r = await runner("c");
      const m = await main(r);
      server.setFaults({ denyWrites: true });
      try {
        const p = await post(r, m.result.state);
        clean(p);
        assert.equal(p.exitCode, 0);
        assert.equal(p.result.save.outcome, "denied", p.result.save.reason);
        assert.equal(p.result.save.failed, false);
        assert.equal(p.notices.length, 1, p.stdout);
        const strict = await post(r, m.result.state, { strict: true });
        assert.equal(strict.result.save.failed, true);
        assert.equal(strict.errors.length, 1);
      } finally {
        server.setFaults();
      }
      assert.equal(server.entries().length, 2);
    });

    test("a reserve collision (another job saved the key) is a notice, quickly", async () => {
      const r = await runner("c");
      const m = await main(r);
      server.setFaults({ reserveCollision: true });
      try {
        const p = await post(r, m.result.state);
        clean(p);
        assert.equal(p.result.save.outcome, "collision", p.result.save.reason);
        assert.equal(p.result.save.failed, false);
        assert.ok(p.result.save.seconds < 10, `${p.result.save.seconds} s`);
      } finally {
        server.setFaults();
      }
    });

    test("a server that drops the upload: nothing committed, no throw, bounded time", async () => {
      const r = await runner("c");
      const m = await main(r);
      server.setFaults({ dropUpload: { at: 1 } });
      try {
        const p = await post(r, m.result.state);
        clean(p);
        assert.equal(p.exitCode, 0);
        assert.equal(p.result.save.outcome, "failed", p.result.save.reason);
        assert.equal(p.result.facts.saved, false);
        assert.ok(p.ms < 40_000, `${p.ms} ms`);
      } finally {
        server.setFaults();
      }
      assert.equal(server.entries().length, 2, "no entry committed");
    });

    test("timeoutSeconds bounds a stalled upload; the step still ends promptly", async () => {
      const r = await runner("d");
      const m = await main(r);
      server.setFaults({ delayMs: { upload: 20_000 } });
      try {
        const out = await runFlow<PostResult>(r, {
          op: "post",
          state: m.result.state,
          timeoutSeconds: 1,
        });
        assert.equal(out.result.save.outcome, "timeout", out.result.save.reason);
        assert.equal(out.exitCode, 0);
        assert.ok(out.ms < 8_000, `${out.ms} ms`);
      } finally {
        server.setFaults();
      }
    });

    test("a denied read is a miss with a notice; a failing lookup a miss with a warning", async () => {
      server.setFaults({ denyReads: true });
      try {
        const m = await main(await runner("a"));
        assert.equal(m.result.restore.hit, "miss");
        assert.match(m.result.restore.problem ?? "", /cache read denied/);
        assert.deepEqual(m.errors, []);
        assert.deepEqual(m.warnings, []);
        assert.equal(m.notices.length, 1);
      } finally {
        server.setFaults();
      }
      // v1 does not retry a 500; v2 retries 5xx for ~25 s, so use a 4xx there
      server.setFaults({ failLookup: { status: protocol === "v1" ? 500 : 400 } });
      try {
        const m = await main(await runner("a"));
        assert.equal(m.result.restore.hit, "miss");
        assert.deepEqual(m.errors, [], "the toolkit's ::error:: for a 5xx becomes our warning");
        assert.equal(m.warnings.length, 1, m.stdout);
        assert.ok(m.result.downloaded > 0, "the job went on and pre-warmed");
      } finally {
        server.setFaults();
      }
    });

    test("ACTIONS_CACHE_MODE: read restores and never saves; none does neither", async () => {
      const r = await runner("a", { ACTIONS_CACHE_MODE: "read" });
      const m = await main(r);
      assert.equal(m.result.restore.hit, "exact");
      const p = await post(r, m.result.state, { policy: "always" });
      assert.match(p.result.save.reason, /cache mode 'read' does not permit writes/);
      const r2 = await runner("c", { ACTIONS_CACHE_MODE: "none" });
      const requests = server.log.length;
      const m2 = await main(r2);
      assert.equal(m2.result.restore.hit, "miss");
      assert.match(m2.result.restore.skipped ?? "", /does not permit reads/);
      const p2 = await post(r2, m2.result.state);
      assert.equal(p2.result.save.outcome, "skipped");
      assert.equal(server.log.length, requests, "no request reached the cache service");
      clean(m2);
    });
  });
}
