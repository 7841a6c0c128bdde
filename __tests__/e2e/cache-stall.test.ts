// A cache service that accepts and then stalls must not hold the job: dist/ main and post under
// the runner emulator, the real @actions/cache (v1 and v2) against the loopback cache server,
// real go. The restore gives up after cache-timeout, warns and the pre-warm goes on cold; the
// save gives up after cache-timeout, warns, and the post step exits at once.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { FIXTURE_HOST } from "../support/fixtures.ts";
import { startCacheServer, type CacheServer } from "../support/cache-server.ts";
import { useExampleServers } from "../support/job-servers.ts";
import { runAction } from "../support/runner.ts";
import { exampleWorkspace, jobEnv } from "../support/example.ts";
import { testedToolchains } from "../support/toolchains.ts";

const run = promisify(execFile);
const LIMIT = 4;
// The cache is the same for every Go; the newest one runs the jobs.
const go = testedToolchains().at(-1)!;
const servers = useExampleServers({});

const HOME = join(tmpdir(), `cache-stall-home-${process.pid}`);

/** One job on a fresh runner (same HOME path, emptied, as @actions/cache restores to saved paths). */
async function job(cache: CacheServer, ws: string) {
  servers.proxy.log.length = 0;
  if (existsSync(HOME)) await run("chmod", ["-R", "u+w", HOME]);
  await rm(HOME, { recursive: true, force: true });
  return runAction({
    workspace: ws,
    env: jobEnv(go, HOME, { ...cache.env, GITHUB_EVENT_NAME: "push" }),
    inputs: {
      proxy: servers.proxy.url,
      "no-sumdb": FIXTURE_HOST,
      check: "static",
      "cache-timeout": String(LIMIT),
    },
    timeoutMs: 120_000,
  });
}

for (const protocol of ["v1", "v2"] as const) {
  describe(`cache protocol ${protocol}`, () => {
    test(`a server that stalls on download: main gives up after ${LIMIT} s, warns, and pre-warms cold`, async () => {
      const cache = await startCacheServer({ protocol });
      try {
        const ws = await exampleWorkspace();
        const first = await job(cache, ws);
        assert.equal(first.outputs["cache-saved"], "true", first.post?.stdout);

        cache.setFaults({ stall: { op: "download" } });
        const second = await job(cache, ws);
        assert.equal(second.main.exitCode, 0, second.main.stdout);
        assert.ok(
          cache.log.some((r) => r.op === "download"),
          "the archive download was started (and stalled)",
        );
        const warning = second.annotations.find(
          (a) => a.command === "warning" && a.message.includes("Module cache not restored"),
        );
        assert.ok(warning, JSON.stringify(second.annotations));
        assert.match(
          warning.message,
          new RegExp(`did not deliver \\S+ within ${LIMIT} s \\(cache-timeout: ${LIMIT}\\)`),
        );
        assert.equal(second.outputs["cache-result"], "miss");
        assert.equal(second.outputs["download-ok"] ?? "true", "true");
        assert.ok(servers.proxy.log.length > 0, "went on cold: the modules came from the proxy");
        assert.ok(
          second.main.seconds >= LIMIT && second.main.seconds < LIMIT + 30,
          `main took ${second.main.seconds.toFixed(1)} s`,
        );
        assert.ok(second.post!.seconds < 30, `post took ${second.post!.seconds.toFixed(1)} s`);
      } finally {
        await cache.close();
      }
    });

    test(`a server that stalls on upload: post gives up after ${LIMIT} s, warns, and exits promptly`, async () => {
      const cache = await startCacheServer({ protocol, faults: { stall: { op: "upload" } } });
      try {
        const ws = await exampleWorkspace();
        const result = await job(cache, ws);
        assert.equal(result.main.exitCode, 0, result.main.stdout);
        assert.equal(result.post!.exitCode, 0, result.post!.stdout);
        const warning = result.annotations.find(
          (a) => a.command === "warning" && a.message.includes("upload did not finish"),
        );
        assert.ok(warning, JSON.stringify(result.annotations));
        assert.match(warning.message, new RegExp(`within ${LIMIT} s \\(cache-timeout\\)`));
        assert.equal(result.outputs["cache-saved"], "false");
        assert.equal(cache.entries().length, 0);
        assert.ok(
          result.post!.seconds >= LIMIT && result.post!.seconds < LIMIT + 20,
          `post took ${result.post!.seconds.toFixed(1)} s`,
        );
      } finally {
        await cache.close();
      }
    });
  });
}
