// The module cache end to end: dist/ main and post under the runner emulator, the real
// @actions/cache with real tar and zstd, against a loopback cache service speaking v1
// (the GitHub Enterprise Server protocol), with real go on the oldest and newest version.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { FIXTURE_HOST, isolatedGoEnv } from "../support/fixtures.ts";
import { startCacheServer, type CacheServer } from "../support/cache-server.ts";
import { useExampleServers } from "../support/job-servers.ts";
import { runAction } from "../support/runner.ts";
import { EXAMPLE_DIR, EXAMPLE_MODULES, EXTRA_MODULE, jobEnv } from "../support/example.ts";
import { testedToolchains, type Toolchain } from "../support/toolchains.ts";
import type { RunReport } from "../../src/report/model.ts";

const run = promisify(execFile);
const EXTRA = `${FIXTURE_HOST}/extra`;
const servers = useExampleServers({ modules: [...EXAMPLE_MODULES, EXTRA_MODULE] });

/** The example as it is, or with one more dependency and one fewer, tidied by real go. */
async function workspace(go: Toolchain, change: boolean): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), "cache-ws-"));
  await cp(EXAMPLE_DIR, ws, { recursive: true });
  if (change) {
    await writeFile(
      join(ws, "main.go"),
      'package main\n\nimport (\n\t_ "github.com/goproxy-fixture/extra"\n\t_ "github.com/goproxy-fixture/greeting"\n\t_ "github.com/goproxy-fixture/metrics/v2"\n)\n\nfunc main() {}\n',
    );
    const env = isolatedGoEnv(join(ws, ".tidy-home"), {
      GOPROXY: `file://${servers.fx.proxyDir}`,
      GONOSUMDB: FIXTURE_HOST,
    });
    await run(go.goBin, ["mod", "tidy"], { cwd: ws, env });
    await run("chmod", ["-R", "u+w", join(ws, ".tidy-home")]);
    await rm(join(ws, ".tidy-home"), { recursive: true });
  }
  return ws;
}

const HOME = join(tmpdir(), `cache-e2e-home-${process.pid}`);

/**
 * One job on a fresh runner: the same HOME path as the last job (as on hosted runners, and
 * @actions/cache restores to the paths it saved), but emptied.
 */
async function job(
  go: Toolchain,
  cache: CacheServer,
  ws: string,
  inputs: Record<string, string> = {},
) {
  servers.proxy.log.length = 0;
  const home = HOME;
  if (existsSync(home)) await run("chmod", ["-R", "u+w", home]);
  await rm(home, { recursive: true, force: true });
  const result = await runAction({
    workspace: ws,
    env: jobEnv(go, home, { ...cache.env, GITHUB_EVENT_NAME: "push" }),
    inputs: { proxy: servers.proxy.url, "no-sumdb": FIXTURE_HOST, check: "static", ...inputs },
  });
  return {
    result,
    gomodcache: join(home, "gomodcache"),
    requests: servers.proxy.log.map((l) => l.path),
  };
}

for (const go of testedToolchains()) {
  describe(`Go ${go.version}`, () => {
    test("miss and save; exact hit without a request and without a save; a changed graph restores partially, fetches only what is new, prunes and saves", async () => {
      const cache = await startCacheServer({ protocol: "v1" });
      try {
        const ws = await workspace(go, false);
        const first = await job(go, cache, ws);
        assert.equal(first.result.main.exitCode, 0, first.result.main.stdout);
        assert.equal(first.result.outputs["cache-result"], "miss");
        assert.equal(first.result.outputs["cache-saved"], "true", first.result.post?.stdout);
        assert.equal(cache.entries().length, 1);
        assert.ok(first.requests.length > 0);

        // Without the build cache, the module cache is the only thing timed as "restore".
        const second = await job(go, cache, ws, { "cache-build": "false" });
        assert.equal(second.result.main.exitCode, 0, second.result.main.stdout);
        assert.equal(second.result.outputs["cache-result"], "exact");
        assert.deepEqual(second.requests, [], "an exact hit asks no proxy for anything");
        assert.equal(second.result.outputs["cache-saved"], "false");
        assert.equal(cache.entries().length, 1, "nothing new, nothing saved");
        assert.match(second.result.summary, /All 4 modules were in the restored cache/);
        // The restore and the hashing of the restored files are timed as two stages.
        const { timings } = JSON.parse(
          await readFile(second.result.outputs.report!, "utf8"),
        ) as RunReport;
        const verified = /Module cache verified against go\.sum: .* in ([\d.]+) s/.exec(
          second.result.main.stdout,
        );
        assert.ok(verified && timings?.restore !== undefined, JSON.stringify(timings));
        assert.ok(timings.verification! >= Number(verified[1]) - 0.005, JSON.stringify(timings));
        // Go can build from the restored cache with the network off.
        const offline = jobEnv(go, join(second.gomodcache, ".."), {
          GOPROXY: "off",
          GONOSUMDB: FIXTURE_HOST,
          GOFLAGS: "-mod=mod",
        });
        await run(go.goBin, ["build", "./..."], { cwd: ws, env: offline });

        const changed = await workspace(go, true);
        const third = await job(go, cache, changed);
        assert.equal(third.result.main.exitCode, 0, third.result.main.stdout);
        assert.equal(third.result.outputs["cache-result"], "partial");
        assert.ok(third.requests.length > 0);
        assert.ok(
          third.requests.every((p) => p.startsWith(`/${EXTRA}/`)),
          `only the new module is fetched: ${third.requests.join(" ")}`,
        );
        const dl = join(third.gomodcache, "cache", "download", FIXTURE_HOST);
        assert.ok(
          !existsSync(join(dl, "config", "@v", "v1.0.0.zip")),
          "config, no longer required, was pruned",
        );
        assert.ok(existsSync(join(dl, "extra", "@v", "v1.0.0.zip")));
        assert.match(third.result.summary, /pruned \d+ unused versions/);
        assert.equal(third.result.outputs["cache-saved"], "true", third.result.post?.stdout);
        assert.equal(cache.entries().length, 2);
        const saved = cache.entries()[1]!;
        assert.ok(saved.size < cache.entries()[0]!.size * 2, "the pruned cache did not snowball");
      } finally {
        await cache.close();
      }
    });
  });
}

const go = testedToolchains().at(-1)!;

// v2 names the entry in an info line, v1 in a debug line: either starts the probes.
for (const protocol of ["v1", "v2"] as const) {
  test(`${protocol}: on a hit, the live probes run while the module cache's archive downloads`, async () => {
    const cache = await startCacheServer({ protocol });
    try {
      const ws = await workspace(go, false);
      const inputs = { "cache-build": "false" };
      const first = await job(go, cache, ws, inputs);
      assert.equal(first.result.outputs["cache-saved"], "true", first.result.post?.stdout);
      // The archive now takes about 2.5 s to arrive.
      cache.setBandwidth({ download: Math.ceil(cache.entries()[0]!.size / 2.5) });
      const second = await job(go, cache, ws, { ...inputs, check: "live" });
      assert.equal(second.result.main.exitCode, 0, second.result.main.stdout);
      assert.equal(second.result.outputs["cache-result"], "exact");
      const downloads = cache.log.filter((r) => r.op === "download");
      const began = Math.min(...downloads.map((r) => r.at));
      const ended = Math.max(...downloads.map((r) => r.at + r.ms));
      assert.ok(ended - began > 2000, JSON.stringify(downloads));
      // No go runs on this hit: every proxy request is a probe.
      const probed = servers.proxy.log.map((l) => l.at);
      assert.ok(probed.length > 0, "the proxy was probed");
      assert.ok(
        Math.min(...probed) < ended,
        `the first probe came ${Math.min(...probed) - began} ms after the download began; it took ${ended - began} ms`,
      );
      assert.match(second.result.summary, /All 4 modules were in the restored cache/);
    } finally {
      await cache.close();
    }
  });
}

test("a denied save (fork PR token) and an upload that dies mid-way leave the job green with a notice", async () => {
  for (const faults of [{ denyWrites: true }, { dropUpload: { at: 1, times: 10 } }]) {
    const cache = await startCacheServer({ protocol: "v1", faults });
    try {
      const started = performance.now();
      const { result } = await job(go, cache, await workspace(go, false));
      assert.equal(result.main.exitCode, 0);
      assert.equal(result.post?.exitCode, 0, result.post?.stdout);
      assert.equal(result.outputs["cache-saved"], "false");
      assert.ok(
        result.annotations.some((a) => a.command === "notice"),
        JSON.stringify(faults),
      );
      assert.ok(!result.annotations.some((a) => a.command === "error"));
      assert.equal(cache.entries().length, 0);
      assert.ok(performance.now() - started < 60_000, "no two-minute hang");
    } finally {
      await cache.close();
    }
  }
});

test("a failed pre-warm never saves a cache", async () => {
  const cache = await startCacheServer({ protocol: "v1" });
  try {
    const ws = await workspace(go, false);
    await writeFile(
      join(ws, "go.mod"),
      (await readFile(join(ws, "go.mod"), "utf8")) +
        "\nrequire github.com/goproxy-fixture/nowhere v1.0.0\n",
    );
    const { result } = await job(go, cache, ws);
    assert.equal(result.main.exitCode, 1);
    assert.equal(result.outputs["cache-saved"], "false");
    assert.equal(cache.entries().length, 0);
  } finally {
    await cache.close();
  }
});

// `go mod download` adds the go.mod lines an untidy go.sum lacks (text v0.3.0's here: greeting
// requires it) and fetches those files. With no checksum database to vouch for them
// (no-sumdb), an exact hit could not verify them: the save leaves them out, so the next job
// restores a cache it can verify whole, without a security warning.
for (const go of testedToolchains()) {
  test(`Go ${go.version}: versions an untidy go.sum does not list stay out of the saved cache`, async () => {
    const cache = await startCacheServer({ protocol: "v1" });
    try {
      const ws = await workspace(go, false);
      const untidy = (await readFile(join(ws, "go.sum"), "utf8"))
        .split("\n")
        .filter((l) => !l.includes("/text v0.3.0/go.mod"))
        .join("\n");
      await writeFile(join(ws, "go.sum"), untidy);
      const first = await job(go, cache, ws);
      assert.equal(first.result.main.exitCode, 0, first.result.main.stdout);
      assert.equal(first.result.outputs["cache-saved"], "true", first.result.post?.stdout);
      assert.match(
        first.result.post!.stdout,
        /left out 1 version go\.sum does not list and no checksum database can vouch for \(go\.sum is not tidy: run go mod tidy\)/,
      );

      // The next job's checkout has the committed go.sum again.
      await writeFile(join(ws, "go.sum"), untidy);
      const second = await job(go, cache, ws, { "cache-build": "false" });
      assert.equal(second.result.main.exitCode, 0, second.result.main.stdout);
      assert.equal(second.result.outputs["cache-result"], "exact");
      assert.match(
        second.result.main.stdout,
        /Module cache verified against go\.sum: .*; 0 removed/,
      );
      assert.ok(
        !second.result.annotations.some((a) =>
          a.properties.title?.includes("cache-untrusted-files"),
        ),
        JSON.stringify(second.result.annotations),
      );
      assert.doesNotMatch(second.result.main.stdout, /cache-untrusted-files/);
    } finally {
      await cache.close();
    }
  });
}
