// The build cache end to end: dist/ main, then the job's own `go build -x ./...` and
// `go test ./...`, then dist/ post, under the runner emulator with the real @actions/cache
// (tar + zstd) against the loopback cache service (v1 for the oldest Go, v2 for the newest),
// with real go. What Go compiled is read from `go build -x` (its compile commands' -p).
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { buildFixtures, FIXTURE_HOST, isolatedGoEnv, type Fixtures } from "../support/fixtures.ts";
import { startProxy, type ProxyServer } from "../support/proxy-server.ts";
import { startCacheServer, type CacheServer } from "../support/cache-server.ts";
import { runAction } from "../support/runner.ts";
import { jobEnv } from "../support/example.ts";
import { testedToolchains, type Toolchain } from "../support/toolchains.ts";
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
    { path: "other", versions: [{ version: "v1.0.0" }] },
  ]);
  proxy = await startProxy({ dir: fx.proxyDir });
});
afterAll(async () => {
  await proxy.close();
  await fx.cleanup();
});

/** app: a imports lib, b imports other, c stands alone and has a test; main imports all three. */
async function workspace(go: Toolchain): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), "build-ws-"));
  const pkg = async (dir: string, file: string, text: string) => {
    await mkdir(join(ws, dir), { recursive: true });
    await writeFile(join(ws, dir, file), text);
  };
  await writeFile(join(ws, "go.mod"), `module ${APP}\n\ngo 1.17\n`);
  await pkg("a", "a.go", `package a\n\nimport _ "${LIB}"\n\nfunc A() int { return 1 }\n`);
  await pkg("b", "b.go", `package b\n\nimport _ "${OTHER}"\n\nfunc B() int { return 2 }\n`);
  await pkg("c", "c.go", `package c\n\nfunc C() int { return 3 }\n`);
  await pkg(
    "c",
    "c_test.go",
    `package c\n\nimport "testing"\n\nfunc TestC(t *testing.T) {\n\tif C() != 3 {\n\t\tt.Fatal(C())\n\t}\n}\n`,
  );
  await pkg(
    ".",
    "main.go",
    `package main\n\nimport (\n\t"${APP}/a"\n\t"${APP}/b"\n\t"${APP}/c"\n)\n\nfunc main() { println(a.A() + b.B() + c.C()) }\n`,
  );
  await goTidy(go, ws, ["get", `${LIB}@v1.0.0`, `${OTHER}@v1.0.0`]);
  return ws;
}

async function goTidy(go: Toolchain, ws: string, get: string[]): Promise<void> {
  const home = join(ws, ".tidy-home");
  const env = isolatedGoEnv(home, { GOPROXY: `file://${fx.proxyDir}`, GONOSUMDB: FIXTURE_HOST });
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
  /** Import paths `go build -x ./...` compiled. */
  compiled: string[];
  test: string;
  /** GOCACHE entries after the job's steps (before post) and after post. */
  entriesBeforePost: number;
  entriesAfterPost: number;
  mainStdout: string;
  postStdout: string;
}

/** One job on a fresh runner (same paths, empty home), push to main unless `event` says otherwise. */
async function job(
  go: Toolchain,
  cache: CacheServer,
  ws: string,
  opts: { event?: string; inputs?: Record<string, string> } = {},
): Promise<Job> {
  if (existsSync(HOME)) await run("chmod", ["-R", "u+w", HOME]);
  await rm(HOME, { recursive: true, force: true });
  await mkdir(HOME, { recursive: true });
  const eventPath = join(HOME, "event.json");
  await writeFile(eventPath, JSON.stringify({ repository: { default_branch: "main" } }));
  let compiled: string[] = [];
  let testOut = "";
  let entriesBeforePost = 0;
  const result = await runAction({
    workspace: ws,
    // GOPROXY=off until the action exports the loopback proxy: nothing may leave the machine.
    env: jobEnv(go, HOME, {
      GOPROXY: "off",
      ...cache.env,
      GITHUB_EVENT_NAME: opts.event ?? "push",
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REF: opts.event === "pull_request" ? "refs/pull/1/merge" : "refs/heads/main",
    }),
    inputs: { proxy: proxy.url, "no-sumdb": FIXTURE_HOST, check: "static", ...opts.inputs },
    between: async (env) => {
      const build = await run(go.goBin, ["build", "-x", "./..."], { cwd: ws, env });
      compiled = [...build.stderr.matchAll(/\/compile -o \S+ .*?-p (\S+)/g)].map((m) => m[1]!);
      testOut = (await run(go.goBin, ["test", "./..."], { cwd: ws, env })).stdout;
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
    entriesBeforePost,
    entriesAfterPost: (await listEntries(GOCACHE)).length,
    mainStdout: result.main.stdout,
    postStdout: result.post?.stdout ?? "",
  };
}

const restoredEntries = (j: Job): number =>
  Number(/Build cache: (?:exact hit|restored) .*?; (\d+) entries stamped/.exec(j.mainStdout)?.[1]);

const versions = testedToolchains();
for (const [i, go] of [...new Set([versions[0]!, versions.at(-1)!])].entries()) {
  const protocol = i === 0 ? "v1" : "v2";
  describe(`Go ${go.version}, cache protocol ${protocol}`, () => {
    test("miss then save; exact hit compiles and tests nothing; an edit recompiles its package; a bump only what depends on it; post drops what was unused; a pull request restores and never saves", async () => {
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

        const exact = await job(go, cache, ws);
        assert.equal(exact.outputs["build-cache-hit"], "true");
        assert.equal(restoredEntries(exact), first.entriesAfterPost);
        assert.deepEqual(exact.compiled, [], "an exact hit compiles nothing");
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
    });
  });
}

test("a corrupt archive means a cold build with a notice, never a failed job", async () => {
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
});
