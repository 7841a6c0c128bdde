// The build cache's key, policies and Go's use-stamping, the last with real go.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { buildCacheKeys, flagsHash } from "../../../src/buildcache/key.ts";
import { buildSaveAllowed, resaveWorthIt } from "../../../src/buildcache/policy.ts";
import {
  classifyEntries,
  listEntries,
  outputNameOf,
  planUse,
  stampEntries,
  STAMP_AGE_MS,
} from "../../../src/buildcache/entries.ts";
import { hashSources } from "../../../src/buildcache/sources.ts";
import { saveBuildCache } from "../../../src/buildcache/save.ts";
import { parseBuildState } from "../../../src/buildcache/state.ts";
import { buildCacheSummary } from "../../../src/report/build-cache.ts";
import { isolatedGoEnv } from "../../support/fixtures.ts";
import { testedToolchains } from "../../support/toolchains.ts";

const run = promisify(execFile);

describe("buildCacheKeys", () => {
  const base = {
    goos: "linux",
    goarch: "amd64",
    goVersions: ["go1.26.0"],
    variables: { CGO_ENABLED: "1", GOAMD64: "v1" },
    depsHash: "a".repeat(64),
    codeHash: "b".repeat(64),
  };
  test("names platform, Go, flags, deps and code; falls back to same deps, then same platform", () => {
    const k = buildCacheKeys(base);
    assert.match(
      k.key,
      /^setup-goproxy-gobuild-v1-linux-amd64-go1\.26\.0-[0-9a-f]{12}-a{12}-b{12}$/,
    );
    assert.deepEqual(k.restoreKeys, [k.key.slice(0, -12), k.key.slice(0, -25)]);
    assert.ok(!k.key.includes(","));
  });
  test("every part that changes action IDs changes the key and the fallback", () => {
    const k = buildCacheKeys(base);
    for (const other of [
      { goarch: "arm64" },
      { goos: "darwin" },
      { goVersions: ["go1.25.3"] },
      { variables: { ...base.variables, GOAMD64: "v3" } },
      { variables: { ...base.variables, CGO_ENABLED: "0" } },
      { variables: { ...base.variables, GOFLAGS: "-race" } },
      { variables: { ...base.variables, GOEXPERIMENT: "nocoverageredesign" } },
      { suffix: "lint" },
    ]) {
      const o = buildCacheKeys({ ...base, ...other });
      assert.notEqual(o.restoreKeys.at(-1), k.restoreKeys.at(-1), JSON.stringify(other));
    }
    const code = buildCacheKeys({ ...base, codeHash: "c".repeat(64) });
    assert.notEqual(code.key, k.key);
    assert.deepEqual(code.restoreKeys, k.restoreKeys, "a code change falls back to the same deps");
  });
  test("two toolchains (a go.mod switch in one root) are both named, in order", () => {
    const k = buildCacheKeys({ ...base, goVersions: ["go1.26.0", "go1.24.1", "go1.26.0"] });
    assert.match(k.key, /-go1\.24\.1\+go1\.26\.0-/);
  });
  test("flagsHash ignores variables that do not reach action IDs", () => {
    assert.equal(flagsHash({ GOAMD64: "v1" }), flagsHash({ GOAMD64: "v1", GOPROXY: "x" }));
  });
});

describe("buildSaveAllowed: auto saves only trusted default-branch events", () => {
  const main = { ref: "refs/heads/main", defaultBranch: "main" };
  for (const [eventName, ref, allowed] of [
    ["push", "refs/heads/main", true],
    ["schedule", "refs/heads/main", true],
    ["workflow_dispatch", "refs/heads/main", true],
    ["push", "refs/heads/feature", false],
    ["pull_request", "refs/pull/1/merge", false],
    ["pull_request_target", "refs/heads/main", false],
    ["workflow_run", "refs/heads/main", false],
    ["issue_comment", "refs/heads/main", false],
    ["merge_group", "refs/heads/gh-readonly-queue/main/x", false],
  ] as const) {
    test(`${eventName} on ${ref}: ${allowed ? "saves" : "restores only"}`, () => {
      const r = buildSaveAllowed("auto", { ...main, eventName, ref });
      assert.equal(r.allowed, allowed, r.reason);
    });
  }
  test("without the payload's default branch auto does not save; always and never mean what they say", () => {
    assert.equal(
      buildSaveAllowed("auto", { eventName: "push", ref: "refs/heads/main" }).allowed,
      false,
    );
    assert.equal(buildSaveAllowed("always", { eventName: "pull_request" }).allowed, true);
    assert.equal(buildSaveAllowed("never", { ...main, eventName: "push" }).allowed, false);
  });
});

describe("resaveWorthIt", () => {
  test("miss saves, exact never, partial at the drift threshold, nothing built never", () => {
    const u = { usedBytes: 1000, createdBytes: 50, unusedBytes: 40 };
    assert.equal(resaveWorthIt({ ...u, hit: "miss" }, 10).worth, true);
    assert.equal(resaveWorthIt({ ...u, hit: "exact" }, 0).worth, false);
    assert.equal(resaveWorthIt({ ...u, hit: "partial" }, 10).worth, false);
    assert.equal(resaveWorthIt({ ...u, hit: "partial" }, 9).worth, true);
    assert.equal(resaveWorthIt({ ...u, hit: "partial", createdBytes: 61 }, 10).worth, true);
    assert.equal(resaveWorthIt({ ...u, hit: "miss", usedBytes: 0 }, 10).worth, false);
  });
});

describe("planUse", () => {
  test("used = stamped since the start, or the output of a used action; created = used and not restored", () => {
    const e = (name: string, mtimeMs: number) => ({ name, mtimeMs, bytes: 10 });
    const entries = [
      e("aa/1-a", 100),
      e("bb/2-d", 5),
      e("cc/3-a", 5),
      e("dd/4-d", 5),
      e("ee/5-a", 200),
    ];
    const plan = planUse(
      entries,
      50,
      new Set(["aa/1-a", "bb/2-d", "cc/3-a", "dd/4-d"]),
      new Set(["bb/2-d"]),
    );
    assert.deepEqual(
      plan.used.map((x) => x.name),
      ["aa/1-a", "bb/2-d", "ee/5-a"],
    );
    assert.deepEqual(
      plan.unused.map((x) => x.name),
      ["cc/3-a", "dd/4-d"],
    );
    assert.deepEqual(
      plan.created.map((x) => x.name),
      ["ee/5-a"],
    );
  });
  test("outputNameOf reads Go's action record", () => {
    const out = "ab".repeat(32);
    assert.equal(
      outputNameOf(`v1 ${"0".repeat(64)} ${out} ${"12".padStart(20)} ${"1".padStart(20)}\n`),
      `ab/${out}-d`,
    );
    assert.equal(outputNameOf("garbage"), undefined);
  });
});

test("hashSources follows Go files and go.sum, not other files", async () => {
  const dir = await mkdtemp(join(tmpdir(), "srchash-"));
  try {
    await writeFile(join(dir, "go.mod"), "module x\n");
    await writeFile(join(dir, "x.go"), "package x\n");
    const a = await hashSources(dir);
    await writeFile(join(dir, "README.md"), "docs\n");
    await mkdir(join(dir, ".git"));
    await writeFile(join(dir, ".git", "y.go"), "package y\n");
    assert.equal((await hashSources(dir)).hash, a.hash);
    await writeFile(join(dir, "x.go"), "package x // edited\n");
    assert.notEqual((await hashSources(dir)).hash, a.hash);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

for (const go of testedToolchains()) {
  test(`Go ${go.version} stamps what it hits: after stamping, a rebuild marks its entries, an edit leaves the old ones unused`, async () => {
    const dir = await mkdtemp(join(tmpdir(), "stamp-"));
    try {
      const ws = join(dir, "ws");
      await mkdir(join(ws, "p"), { recursive: true });
      await mkdir(join(ws, "q"), { recursive: true });
      await writeFile(join(ws, "go.mod"), "module example.com/m\n\ngo 1.17\n");
      await writeFile(join(ws, "p", "p.go"), "package p\n\nfunc P() int { return 1 }\n");
      const q = (n: number) =>
        `package q\n\nimport "example.com/m/p"\n\nfunc Q() int { return p.P() + ${n} }\n`;
      await writeFile(join(ws, "q", "q.go"), q(1));
      const env = isolatedGoEnv(join(dir, "home"));
      const gocache = env.GOCACHE!;
      // Twice: from the second build on, Go 1.22+ also caches its module index ("go index v2").
      await run(go.goBin, ["build", "./..."], { cwd: ws, env });
      await run(go.goBin, ["build", "./..."], { cwd: ws, env });
      const first = await listEntries(gocache);
      assert.ok(first.length > 0);
      await stampEntries(gocache, first, Date.now());
      const restored = new Set(first.map((e) => e.name));
      assert.ok(
        (await listEntries(gocache)).every((e) => e.mtimeMs < Date.now() - STAMP_AGE_MS + 60_000),
      );

      const since = Date.now() - 1;
      await run(go.goBin, ["build", "./..."], { cwd: ws, env });
      const same = await classifyEntries(gocache, since, restored);
      assert.ok(same.used.length > 0, "the rebuild hit and stamped entries");
      assert.equal(same.created.length, 0, "nothing new was compiled");

      await writeFile(join(ws, "q", "q.go"), q(2));
      const since2 = Date.now() - 1;
      await stampEntries(gocache, await listEntries(gocache), Date.now());
      await run(go.goBin, ["build", "./..."], { cwd: ws, env });
      const edited = await classifyEntries(gocache, since2, restored);
      assert.ok(edited.created.length > 0, "q was compiled anew");
      assert.ok(edited.unused.length > 0, "the old q is no longer used");
      assert.ok(
        edited.used.some((e) => restored.has(e.name)),
        "p was hit",
      );
    } finally {
      await run("chmod", ["-R", "u+w", dir]);
      await rm(dir, { recursive: true, force: true });
    }
  });
}

test("stampEntries leaves entries Go would re-stamp as they are and stamps only recent ones", async () => {
  const dir = await mkdtemp(join(tmpdir(), "stamp-old-"));
  try {
    const now = Date.now();
    await mkdir(join(dir, "ab"), { recursive: true });
    const old = new Date(now - 3 * STAMP_AGE_MS);
    await writeFile(join(dir, "ab", "ab01-a"), "v1");
    await utimes(join(dir, "ab", "ab01-a"), old, old);
    await writeFile(join(dir, "ab", "ab02-a"), "v1");
    const stamped = await stampEntries(dir, await listEntries(dir), now);
    assert.equal(stamped, 1);
    const after = new Map((await listEntries(dir)).map((e) => [e.name, e.mtimeMs]));
    assert.equal(after.get("ab/ab01-a"), old.getTime(), "a three-day-old entry keeps its time");
    assert.ok(
      Math.abs(after.get("ab/ab02-a")! - (now - STAMP_AGE_MS)) < 1000,
      "a new one goes a day back",
    );
    assert.equal(await readFile(join(dir, "trim.txt"), "utf8"), String(Math.floor(now / 1000)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("with no cache service the summary says so, whatever the save policy would decide", async () => {
  assert.equal(process.env.ACTIONS_CACHE_URL ?? process.env.ACTIONS_RESULTS_URL, undefined);
  const dir = await mkdtemp(join(tmpdir(), "nosvc-"));
  try {
    const state = parseBuildState(
      JSON.stringify({
        v: 1,
        gocache: join(dir, "gocache"),
        paths: [join(dir, "gocache")],
        key: "setup-goproxy-gobuild-v1-linux-amd64-go1.26.0-x-y-z",
        hit: "miss",
        since: Date.now(),
        restoredList: join(dir, "restored.txt"),
        restored: { entries: 0, bytes: 0 },
        restoreSeconds: 0,
        stampSeconds: 0,
        skipped: "no Actions cache service is available to this job",
      }),
    )!;
    for (const context of [
      { eventName: "pull_request", ref: "refs/pull/1/merge", defaultBranch: "main" },
      { eventName: "push", ref: "refs/heads/main", defaultBranch: "main" },
    ]) {
      const facts = await saveBuildCache(state, {
        policy: "auto",
        resavePercent: 10,
        timeoutSeconds: 5,
        env: {},
        context,
        announce: false,
      });
      assert.equal(facts.outcome, "skipped");
      assert.equal(facts.reason, "not saved: no Actions cache service is available to this job");
      assert.match(
        buildCacheSummary(state, facts)
          .split("\n")
          .find((l) => l.includes("**"))!,
        /`: not saved: no Actions cache service is available to this job$/,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
