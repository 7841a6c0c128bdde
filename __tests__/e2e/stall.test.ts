// Bounded waits, end to end: dist/ under the runner emulator with real go. A proxy that sends
// its headers and then nothing holds go forever (a hang is not an error to Go, not even with
// `|`); the pre-warm must stop it by lack of progress, name the proxy, the module and the
// limit, and end the step within the bound, while a large module that keeps arriving, slowly,
// for longer than that bound, is not cut.
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildFixtures,
  FIXTURE_HOST,
  writeMainModule,
  type Fixtures,
} from "../support/fixtures.ts";
import { startProxy, type Fault } from "../support/proxy-server.ts";
import { REPO_ROOT, runAction } from "../support/runner.ts";
import { jobEnv } from "../support/example.ts";
import { testedToolchains, type Toolchain } from "../support/toolchains.ts";

const STALL = 3;
const GREETING = `${FIXTURE_HOST}/greeting`;
const BIG = `${FIXTURE_HOST}/big`;
/** ~1 MB of zip (base64 of random bytes): ~7 s at the paced rate, over twice STALL. */
const BIG_BYTES = 1 << 20;
const PACE = 150_000;

let fx: Fixtures;
beforeAll(async () => {
  fx = await buildFixtures([
    { path: "text", versions: [{ version: "v0.3.0" }] },
    { path: "greeting", versions: [{ version: "v1.2.0", requires: ["text@v0.3.0"] }] },
    {
      path: "big",
      versions: [
        {
          version: "v1.0.0",
          files: {
            "big.go": "package big\n",
            "blob.txt": randomBytes(BIG_BYTES).toString("base64"),
          },
        },
      ],
    },
  ]);
});
afterAll(() => fx.cleanup());

async function workspace(requires: string[]): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), "stall-ws-"));
  await writeMainModule(ws, { path: "example.com/app", requires, fixtures: fx });
  return ws;
}

/** One job (main only: no cache) with `chain` as GOPROXY; wall seconds of the main step. */
async function job(go: Toolchain, ws: string, chain: string) {
  const started = performance.now();
  const result = await runAction({
    workspace: ws,
    // Direct mode, if it were reached, goes to the local repositories, never past loopback.
    env: jobEnv(go, join(ws, ".home"), { ...fx.gitEnv, GITHUB_EVENT_NAME: "push" }),
    inputs: {
      proxy: chain,
      "no-sumdb": FIXTURE_HOST,
      check: "static",
      cache: "false",
      retries: "2",
      "stall-timeout": String(STALL),
    },
    post: false,
    timeoutMs: 120_000,
  });
  return { result, seconds: (performance.now() - started) / 1000 };
}

const stalled = (path: RegExp, afterBytes = 0): Fault => ({
  path,
  stall: true,
  stallAfterBytes: afterBytes,
});

for (const go of testedToolchains()) {
  describe(`Go ${go.version}`, () => {
    for (const { chain, file, fault } of [
      {
        chain: "A|B",
        file: "the zip (after headers and 100 bytes)",
        fault: stalled(/greeting\/@v\/v1\.2\.0\.zip$/, 100),
      },
      {
        chain: "A,direct",
        file: "the .mod (after headers)",
        fault: stalled(/greeting\/@v\/v1\.2\.0\.mod$/),
      },
    ]) {
      test(`${chain}: A stalls on ${file}; go is stopped after ${STALL} s without progress, naming A, the module and the limit`, async () => {
        const a = await startProxy({ dir: fx.proxyDir, faults: [fault] });
        const b = await startProxy({ dir: fx.proxyDir });
        try {
          const ws = await workspace(["greeting@v1.2.0"]);
          const list = chain.replace("A", a.url).replace("B", b.url);
          const { result, seconds } = await job(go, ws, list);
          const main = result.main;
          assert.equal(main.exitCode, 1, main.stdout);
          const errors = result.annotations.filter((x) => x.command === "error");
          const said = errors.map((x) => x.message).join("\n");
          assert.match(
            said,
            new RegExp(`nothing arrived for ${STALL} s \\(stall-timeout: ${STALL}\\)`),
          );
          assert.ok(said.includes(a.url), `names the proxy: ${said}`);
          assert.ok(said.includes(`${GREETING}@v1.2.0`), `names the module: ${said}`);
          assert.equal(result.outputs["download-ok"] ?? "false", "false");
          assert.ok(
            a.log.some((l) => l.path.startsWith(`/${GREETING}/@v/v1.2.0.`)),
            "the stalled request reached A",
          );
          assert.ok(
            !b.log.some((l) => l.path.startsWith(`/${GREETING}/`)),
            "a hang is not an error: Go never falls back to B",
          );
          // Not retried (the same proxy would hold it again): one stall, then the step ends.
          assert.ok(seconds >= STALL && seconds < STALL + 25, `main took ${seconds.toFixed(1)} s`);
        } finally {
          await a.close();
          await b.close();
        }
      });
    }

    test(`a large zip arriving slowly but steadily for longer than ${STALL} s is not cut`, async () => {
      const a = await startProxy({
        dir: fx.proxyDir,
        faults: [{ path: /big\/@v\/v1\.0\.0\.zip$/, bytesPerSecond: PACE }],
      });
      try {
        const ws = await workspace(["big@v1.0.0"]);
        const { result, seconds } = await job(go, ws, a.url);
        assert.equal(result.main.exitCode, 0, result.main.stdout);
        assert.ok(
          !result.annotations.some((x) => x.command === "error"),
          JSON.stringify(result.annotations),
        );
        assert.ok(a.log.some((l) => l.path === `/${BIG}/@v/v1.0.0.zip` && l.status === 200));
        assert.ok(
          seconds > 2 * STALL,
          `the download outlasted the stall bound: ${seconds.toFixed(1)} s`,
        );
      } finally {
        await a.close();
      }
    });
  });
}

test("the CLI (GitLab, Jenkins) stops a stalled proxy after --stall-timeout and names it", async () => {
  const go = testedToolchains().at(-1)!;
  const a = await startProxy({
    dir: fx.proxyDir,
    faults: [stalled(/greeting\/@v\/v1\.2\.0\.zip$/, 100)],
  });
  try {
    const ws = await workspace(["greeting@v1.2.0"]);
    const env = jobEnv(go, join(ws, ".home"), {
      ...fx.gitEnv,
      GOPROXY: a.url,
      GONOSUMDB: FIXTURE_HOST,
    });
    const started = performance.now();
    const cli = spawn(
      process.execPath,
      [
        join(REPO_ROOT, "dist", "cli", "index.js"),
        "download",
        "--format",
        "text",
        "--stall-timeout",
        "2",
      ],
      { cwd: ws, env, timeout: 120_000 },
    );
    let out = "";
    cli.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    cli.stderr.setEncoding("utf8").on("data", (d: string) => (out += d));
    const code = await new Promise<number | null>((r) => cli.on("close", r));
    const seconds = (performance.now() - started) / 1000;
    assert.equal(code, 1, out);
    assert.match(out, /nothing arrived for 2 s \(--stall-timeout: 2\)/);
    assert.ok(out.includes(a.url) && out.includes(`${GREETING}@v1.2.0`), out);
    assert.ok(seconds >= 2 && seconds < 25, `the CLI took ${seconds.toFixed(1)} s`);
  } finally {
    await a.close();
  }
});
