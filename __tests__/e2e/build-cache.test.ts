// The build cache end to end: dist/ main, then the job's own `go build -x ./...` and
// `go test ./...`, then dist/ post, under the runner emulator with the real @actions/cache
// (tar + zstd) against the loopback cache service, with real go. What Go compiled is read
// from `go build -x` (its compile commands' -p). The full scenario runs on the oldest Go over
// cache protocol v1 and on the newest over v2; a go.work over two modules runs on the newest
// over v2, a GOTOOLCHAIN switch (Go 1.22 to 1.23) over v1.
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { existsSync, rmSync, statSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { buildFixtures, FIXTURE_HOST, isolatedGoEnv, type Fixtures } from "../support/fixtures.ts";
import { startProxy, type ProxyServer } from "../support/proxy-server.ts";
import { startCacheServer, type CacheProtocol, type CacheServer } from "../support/cache-server.ts";
import { runAction } from "../support/runner.ts";
import { jobEnv } from "../support/example.ts";
import { testedToolchains, toolchain, type Toolchain } from "../support/toolchains.ts";
import { startSumdb } from "../support/sumdb-server.ts";
import {
  TOOLCHAIN_MODULE,
  toolchainZip,
  writeToolchainProxyTree,
} from "../support/toolchain-zip.ts";
import { listEntries } from "../../src/buildcache/entries.ts";

const run = promisify(execFile);
const LIB = `${FIXTURE_HOST}/lib`;
const OTHER = `${FIXTURE_HOST}/other`;
const APP = "example.com/app";
let fx: Fixtures;
let proxy: ProxyServer;
beforeAll(async () => {
  fx = await buildFixtures([
    { path: "lib", versions: [{ version: "v1.0.0" }, { version: "v1.1.0" }] },
    { path: "other", versions: [{ version: "v1.0.0" }, { version: "v1.1.0" }] },
  ]);
  proxy = await startProxy({ dir: fx.proxyDir });
});
afterAll(async () => {
  await proxy.close();
  await fx.cleanup();
});

async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

const testOf = (pkg: string, fn: string, want: number) =>
  `package ${pkg}\n\nimport "testing"\n\nfunc Test${fn}(t *testing.T) {\n\tif ${fn}() != ${want} {\n\t\tt.Fatal(${fn}())\n\t}\n}\n`;

/** app: a imports lib, b imports other, c stands alone and has a test; main imports all three. */
async function workspace(go: Toolchain): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), "build-ws-"));
  await writeFiles(ws, {
    "go.mod": `module ${APP}\n\ngo 1.17\n`,
    "a/a.go": `package a\n\nimport _ "${LIB}"\n\nfunc A() int { return 1 }\n`,
    "b/b.go": `package b\n\nimport _ "${OTHER}"\n\nfunc B() int { return 2 }\n`,
    "c/c.go": `package c\n\nfunc C() int { return 3 }\n`,
    "c/c_test.go": testOf("c", "C", 3),
    "main.go": `package main\n\nimport (\n\t"${APP}/a"\n\t"${APP}/b"\n\t"${APP}/c"\n)\n\nfunc main() { println(a.A() + b.B() + c.C()) }\n`,
  });
  await goTidy(go, ws, ["get", `${LIB}@v1.0.0`, `${OTHER}@v1.0.0`]);
  return ws;
}

async function goTidy(go: Toolchain, ws: string, get: string[]): Promise<void> {
  const home = join(ws, ".tidy-home");
  const env = isolatedGoEnv(home, {
    GOPROXY: `file://${fx.proxyDir}`,
    GONOSUMDB: FIXTURE_HOST,
    GOWORK: "off",
  });
  await run(go.goBin, get, { cwd: ws, env });
  await run(go.goBin, ["mod", "tidy"], { cwd: ws, env });
  await run("chmod", ["-R", "u+w", home]);
  await rm(home, { recursive: true });
}

const HOME = join(tmpdir(), `build-cache-e2e-home-${process.pid}`);
const GOCACHE = join(HOME, "gocache");

interface Job {
  outputs: Record<string, string>;
  summary: string;
  annotations: { command: string; message: string }[];
  /** Import paths `go build -x` compiled. */
  compiled: string[];
  test: string;
  /** GOVERSION as the job's go commands saw it (after any toolchain switch). */
  goVersion: string;
  /** GOCACHE entries after the job's steps (before post) and after post. */
  entriesBeforePost: number;
  entriesAfterPost: number;
  mainStdout: string;
  postStdout: string;
  /** Module trees GOMODCACHE held when the job's build started. */
  treesBeforeBuild: number;
}

interface JobOptions {
  event?: string;
  inputs?: Record<string, string>;
  /** More job environment (GOTOOLCHAIN…). */
  env?: Record<string, string>;
  /** What the job builds and tests (default ./...). */
  patterns?: string[];
}

/** One job on a fresh runner (same paths, empty home), push to main unless `event` says otherwise. */
async function job(
  go: Toolchain,
  cache: CacheServer,
  ws: string,
  opts: JobOptions = {},
): Promise<Job> {
  if (existsSync(HOME)) await run("chmod", ["-R", "u+w", HOME]);
  await rm(HOME, { recursive: true, force: true });
  await mkdir(HOME, { recursive: true });
  const eventPath = join(HOME, "event.json");
  await writeFile(eventPath, JSON.stringify({ repository: { default_branch: "main" } }));
  const patterns = opts.patterns ?? ["./..."];
  let compiled: string[] = [];
  let testOut = "";
  let goVersion = "";
  let entriesBeforePost = 0;
  let treesBeforeBuild = 0;
  const result = await runAction({
    workspace: ws,
    // GOPROXY=off until the action exports the loopback proxy: nothing may leave the machine.
    env: jobEnv(go, HOME, {
      GOPROXY: "off",
      ...cache.env,
      GITHUB_EVENT_NAME: opts.event ?? "push",
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REF: opts.event === "pull_request" ? "refs/pull/1/merge" : "refs/heads/main",
      ...opts.env,
    }),
    inputs: { proxy: proxy.url, "no-sumdb": FIXTURE_HOST, check: "static", ...opts.inputs },
    between: async (env) => {
      const trees = await readdir(join(HOME, "gomodcache", FIXTURE_HOST)).catch(() => []);
      treesBeforeBuild = trees.filter((n) => n.includes("@")).length;
      const build = await run(go.goBin, ["build", "-x", ...patterns], { cwd: ws, env });
      compiled = [...build.stderr.matchAll(/\/compile -o \S+ .*?-p (\S+)/g)].map((m) => m[1]!);
      testOut = (await run(go.goBin, ["test", ...patterns], { cwd: ws, env })).stdout;
      goVersion = (await run(go.goBin, ["env", "GOVERSION"], { cwd: ws, env })).stdout.trim();
      entriesBeforePost = (await listEntries(GOCACHE)).length;
    },
  });
  assert.equal(result.main.exitCode, 0, result.main.stdout + result.main.stderr);
  assert.equal(result.post?.exitCode, 0, (result.post?.stdout ?? "") + result.post?.stderr);
  return {
    outputs: result.outputs,
    summary: result.summary,
    annotations: result.annotations,
    compiled: [...new Set(compiled)].sort(),
    test: testOut,
    goVersion,
    entriesBeforePost,
    entriesAfterPost: (await listEntries(GOCACHE)).length,
    mainStdout: result.main.stdout,
    postStdout: result.post?.stdout ?? "",
    treesBeforeBuild,
  };
}

/** The size of a zstd archive's content compressed again as the toolkit does (a file, level 3). */
function zstdLevel3Size(archive: Buffer): number {
  const opts = { maxBuffer: 1 << 30, env: { PATH: process.env.PATH ?? "/usr/bin:/bin" } };
  const tar = join(HOME, "..", `level3-${process.pid}.tar`);
  try {
    writeFileSync(
      tar,
      execFileSync("zstd", ["-d", "--long=30", "-c"], { ...opts, input: archive }),
    );
    execFileSync(
      "zstd",
      ["-3", "-T0", "--long=30", "-q", "--force", "-o", `${tar}.zst`, tar],
      opts,
    );
    return statSync(`${tar}.zst`).size;
  } finally {
    rmSync(tar, { force: true });
    rmSync(`${tar}.zst`, { force: true });
  }
}

/** A scenario of four or five jobs, each compiling the standard library cold at least once. */
const SCENARIO_MS = 900_000;

const restoredEntries = (j: Job): number =>
  Number(
    /Build cache: (?:exact hit|restored) .*?; (\d+) entries, \d+ stamped/.exec(j.mainStdout)?.[1],
  );

/** A build key's last two parts: what follows the dependencies, and what follows the code. */
const keyParts = (key: string | undefined): { deps: string; code: string } => {
  const [deps, code] = (key ?? "").split("-").slice(-2);
  return { deps: deps!, code: code! };
};

const versions = testedToolchains();
const newest = versions.at(-1)!;
/** The oldest Go over v1, the newest over v2 (each protocol once keeps the file's wall time down). */
const matrix: [Toolchain, CacheProtocol][] = [
  [versions[0]!, "v1"],
  [newest, "v2"],
];
for (const [go, protocol] of matrix) {
  describe(`Go ${go.version}, cache protocol ${protocol}`, () => {
    test(
      "miss then save; exact hit compiles and tests nothing; an edit recompiles its package; a bump only what depends on it; post drops what was unused; a pull request restores and never saves",
      async () => {
        const cache = await startCacheServer({ protocol });
        try {
          const ws = await workspace(go);
          const first = await job(go, cache, ws);
          assert.equal(first.outputs["build-cache-result"], "miss");
          assert.equal(first.outputs["build-cache-hit"], "false");
          assert.ok(first.compiled.includes(`${APP}/c`), first.compiled.join(" "));
          assert.equal(first.outputs["build-cache-saved"], "true", first.postStdout);
          const buildEntries = () => cache.entries().filter((e) => e.key.includes("gobuild"));
          assert.equal(buildEntries().length, 1);
          // Saved at zstd level 9: smaller than the same tar at the toolkit's default level 3.
          const archive = cache.data(buildEntries()[0]!.id)!;
          const level3 = zstdLevel3Size(archive);
          assert.ok(archive.length < level3 * 0.98, `${archive.length} against ${level3} bytes`);

          const exact = await job(go, cache, ws);
          assert.equal(exact.outputs["build-cache-hit"], "true");
          assert.equal(restoredEntries(exact), first.entriesAfterPost);
          assert.deepEqual(exact.compiled, [], "an exact hit compiles nothing");
          // Go ran no download, yet the modules were unpacked before the build.
          assert.match(exact.mainStdout, /Unpacked \d+ restored modules for the build/);
          assert.ok(exact.treesBeforeBuild > 0, exact.mainStdout);
          assert.match(exact.test, new RegExp(`ok\\s+${APP}/c\\s+\\(cached\\)`), exact.test);
          assert.equal(exact.outputs["build-cache-saved"], "false");
          assert.match(exact.summary, /exact hit: an entry for this code exists already/);
          assert.equal(buildEntries().length, 1);

          // A source edit: only c (and the main package that imports it) compile again.
          await writeFile(
            join(ws, "c", "c.go"),
            `package c\n\nvar name = "edited"\n\nfunc C() int { return len(name) - 3 }\n`,
          );
          const edit = await job(go, cache, ws, { inputs: { "cache-build-resave": "0" } });
          assert.equal(edit.outputs["build-cache-result"], "partial");
          assert.ok(edit.compiled.includes(`${APP}/c`), edit.compiled.join(" "));
          assert.deepEqual(
            edit.compiled.filter((p) => p !== `${APP}/c` && p !== "main"),
            [],
            `only the edited package recompiles: ${edit.compiled.join(" ")}`,
          );
          assert.match(edit.test, new RegExp(`ok\\s+${APP}/c\\s+[0-9.]+s`), "c's test ran again");
          // Post drops the old c's entries (and its old test result) before saving.
          assert.equal(edit.outputs["build-cache-saved"], "true", edit.postStdout);
          assert.ok(
            edit.entriesAfterPost < edit.entriesBeforePost,
            `${edit.entriesAfterPost} < ${edit.entriesBeforePost}`,
          );
          assert.match(edit.summary, /unused, dropped before saving \| [1-9]/);

          // A dependency bump: the old build cache is restored; lib and a recompile, b and other do not.
          await goTidy(go, ws, ["get", `${LIB}@v1.1.0`]);
          const bump = await job(go, cache, ws, { inputs: { "cache-build-resave": "0" } });
          assert.equal(bump.outputs["build-cache-result"], "partial");
          assert.equal(
            restoredEntries(bump),
            edit.entriesAfterPost,
            "the saved entry held what post kept",
          );
          assert.ok(bump.compiled.includes(LIB), bump.compiled.join(" "));
          for (const untouched of [OTHER, `${APP}/b`, `${APP}/c`])
            assert.ok(
              !bump.compiled.includes(untouched),
              `${untouched} not rebuilt: ${bump.compiled.join(" ")}`,
            );
          assert.equal(bump.outputs["build-cache-saved"], "true", bump.postStdout);
          const saved = buildEntries().length;

          // A fork's pull request: restores (the default branch's entries) and never saves.
          cache.setScope("refs/pull/1/merge", ["refs/pull/1/merge", "refs/heads/main"]);
          await writeFile(
            join(ws, "c", "c.go"),
            `package c\n\nvar name = "pr"\n\nfunc C() int { return len(name) + 1 }\n`,
          );
          const pr = await job(go, cache, ws, { event: "pull_request" });
          assert.equal(pr.outputs["build-cache-result"], "partial");
          assert.deepEqual(
            pr.compiled.filter((p) => p !== `${APP}/c` && p !== "main"),
            [],
            pr.compiled.join(" "),
          );
          assert.equal(pr.outputs["build-cache-saved"], "false");
          assert.match(pr.summary, /pull_request event only restores/);
          assert.equal(buildEntries().length, saved);
        } finally {
          await cache.close();
        }
      },
      SCENARIO_MS,
    );
  });
}

/** A go.work over two modules: one (a imports lib; c has a test) and two (b imports other; d has a test). */
async function workModules(go: Toolchain): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), "build-work-"));
  await writeFiles(ws, {
    "go.work": "go 1.18\n\nuse (\n\t./one\n\t./two\n)\n",
    "one/go.mod": "module example.com/one\n\ngo 1.17\n",
    "one/a/a.go": `package a\n\nimport _ "${LIB}"\n\nfunc A() int { return 1 }\n`,
    "one/c/c.go": "package c\n\nfunc C() int { return 3 }\n",
    "one/c/c_test.go": testOf("c", "C", 3),
    "two/go.mod": "module example.com/two\n\ngo 1.17\n",
    "two/b/b.go": `package b\n\nimport _ "${OTHER}"\n\nfunc B() int { return 2 }\n`,
    "two/d/d.go": "package d\n\nfunc D() int { return 4 }\n",
    "two/d/d_test.go": testOf("d", "D", 4),
  });
  await goTidy(go, join(ws, "one"), ["get", `${LIB}@v1.0.0`]);
  await goTidy(go, join(ws, "two"), ["get", `${OTHER}@v1.0.0`]);
  return ws;
}

test(
  `Go ${newest.version}, go.work over two modules: miss then save; an exact hit compiles and tests nothing; an edit in one module recompiles only its package; the key follows both modules`,
  async () => {
    const go = newest;
    const cache = await startCacheServer({ protocol: "v2" });
    try {
      const ws = await workModules(go);
      const patterns = ["./one/...", "./two/..."];
      const cached = (j: Job, pkg: string) =>
        new RegExp(`ok\\s+example\\.com/${pkg}\\s+\\(cached\\)`).test(j.test);
      const first = await job(go, cache, ws, { patterns });
      assert.equal(first.outputs["build-cache-result"], "miss");
      for (const pkg of ["one/a", "one/c", "two/b", "two/d"])
        assert.ok(first.compiled.includes(`example.com/${pkg}`), first.compiled.join(" "));
      assert.equal(first.outputs["build-cache-saved"], "true", first.postStdout);

      const exact = await job(go, cache, ws, { patterns });
      assert.equal(exact.outputs["build-cache-hit"], "true", exact.mainStdout);
      assert.deepEqual(exact.compiled, [], "an exact hit compiles nothing");
      assert.ok(cached(exact, "one/c") && cached(exact, "two/d"), exact.test);

      // An edit in module two: only d compiles and tests again; the key's code part moves.
      await writeFile(
        join(ws, "two", "d", "d.go"),
        "package d\n\nvar four = 4\n\nfunc D() int { return four }\n",
      );
      const edit = await job(go, cache, ws, { patterns, inputs: { "cache-build-resave": "0" } });
      assert.equal(edit.outputs["build-cache-result"], "partial");
      assert.deepEqual(edit.compiled, ["example.com/two/d"]);
      assert.ok(cached(edit, "one/c") && !cached(edit, "two/d"), edit.test);
      const [k1, k2] = [
        keyParts(first.outputs["build-cache-key"]),
        keyParts(edit.outputs["build-cache-key"]),
      ];
      assert.equal(k2.deps, k1.deps);
      assert.notEqual(k2.code, k1.code);
      assert.equal(edit.outputs["build-cache-saved"], "true", edit.postStdout);

      // A bump in module two's go.sum: the key's dependency part moves; module one is not rebuilt.
      await goTidy(go, join(ws, "two"), ["get", `${OTHER}@v1.1.0`]);
      const bump = await job(go, cache, ws, { patterns, inputs: { "cache-build-resave": "0" } });
      assert.equal(bump.outputs["build-cache-result"], "partial");
      assert.notEqual(keyParts(bump.outputs["build-cache-key"]).deps, k2.deps);
      assert.ok(bump.compiled.includes(OTHER), bump.compiled.join(" "));
      for (const untouched of [LIB, "example.com/one/a", "example.com/one/c", "example.com/two/d"])
        assert.ok(
          !bump.compiled.includes(untouched),
          `${untouched} not rebuilt: ${bump.compiled.join(" ")}`,
        );
      assert.ok(cached(bump, "one/c") && cached(bump, "two/d"), bump.test);
    } finally {
      await cache.close();
    }
  },
  SCENARIO_MS,
);

test(
  "GOTOOLCHAIN=auto: the key names the Go a go.mod switches to, and a job on the old Go does not restore that entry",
  async () => {
    const local = toolchain("1.22");
    const tz = await toolchainZip({ goroot: toolchain("1.23").goroot, variant: "build" });
    const tree = await writeToolchainProxyTree([tz]);
    const db = await startSumdb();
    db.addModule(TOOLCHAIN_MODULE, tz.moduleVersion, tz.zip, tz.mod);
    const toolchains = await startProxy({ dir: tree });
    const cache = await startCacheServer({ protocol: "v1" });
    try {
      const ws = await workspace(local);
      const gomod = await readFile(join(ws, "go.mod"), "utf8");
      await writeFile(
        join(ws, "go.mod"),
        gomod.replace(/^go .*$/m, `go 1.22.0\n\ntoolchain go${tz.version}`),
      );
      const inputs = { proxy: `${proxy.url},${toolchains.url}`, sumdb: db.gosumdb };
      const auto = { inputs, env: { GOTOOLCHAIN: "auto" } };
      const switched = await job(local, cache, ws, auto);
      assert.equal(switched.goVersion, `go${tz.version}`, "the job's go switched");
      const key = switched.outputs["build-cache-key"]!;
      assert.ok(key.includes(`-go${tz.version}-`), key);
      assert.equal(switched.outputs["build-cache-saved"], "true", switched.postStdout);
      const builds = () => cache.entries().filter((e) => e.key.includes("gobuild"));
      assert.deepEqual(
        builds().map((e) => e.key),
        [key],
      );

      const again = await job(local, cache, ws, auto);
      assert.equal(again.outputs["build-cache-hit"], "true", again.mainStdout);
      assert.deepEqual(again.compiled, [], "the switched Go's entry serves the switched Go");

      // The same code on the installed Go (no switch): its own key, nothing restored.
      const old = await job(local, cache, ws, { inputs, env: { GOTOOLCHAIN: "local" } });
      assert.equal(
        old.goVersion.replace(/^go/, "").split(".").slice(0, 2).join("."),
        local.version,
      );
      const oldKey = old.outputs["build-cache-key"]!;
      assert.ok(
        oldKey.includes(`-${old.goVersion}-`) && !oldKey.includes(`go${tz.version}`),
        oldKey,
      );
      assert.equal(old.outputs["build-cache-result"], "miss", old.mainStdout);
      assert.ok(old.compiled.includes(`${APP}/c`), "built cold");
    } finally {
      await cache.close();
      await toolchains.close();
      await db.close();
      await rm(tree, { recursive: true, force: true });
    }
  },
  SCENARIO_MS,
);

test(
  "a corrupt archive means a cold build with a notice, never a failed job",
  async () => {
    const go = versions.at(-1)!;
    const cache = await startCacheServer({ protocol: "v2" });
    try {
      const ws = await workspace(go);
      await job(go, cache, ws);
      const entry = cache.entries().find((e) => e.key.includes("gobuild"))!;
      const data = cache.data(entry.id)!;
      data.fill(0x55, Math.floor(data.length / 3));
      const broken = await job(go, cache, ws);
      assert.equal(broken.outputs["build-cache-result"], "miss");
      assert.ok(
        broken.annotations.some((a) => a.command === "notice" && /Build cache/.test(a.message)) ||
          /Build cache: miss/.test(broken.mainStdout),
        broken.mainStdout,
      );
      assert.ok(broken.compiled.includes(`${APP}/c`), "built cold");
    } finally {
      await cache.close();
    }
  },
  SCENARIO_MS,
);
