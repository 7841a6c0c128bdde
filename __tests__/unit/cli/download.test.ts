// `setup-goproxy download` in process: real go against loopback proxies, the report it writes
// is the one the action assembles (pipeline/report.ts), the exit code its verdict.
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { cli } from "../../../src/cli/main.ts";
import { EXIT } from "../../../src/cli/command.ts";
import type { RunReport } from "../../../src/report/model.ts";
import { FIXTURE_HOST } from "../../support/fixtures.ts";
import {
  exampleChain,
  exampleWorkspace,
  jobEnv,
  MISSING_FROM_FIRST,
  type ExampleChain,
} from "../../support/example.ts";
import { testedToolchains } from "../../support/toolchains.ts";

let chain: ExampleChain;
beforeAll(async () => {
  chain = await exampleChain();
});
afterAll(() => chain.close());

async function download(args: string[], env: Record<string, string>, cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await cli(["download", ...args], {
    stdin: Readable.from([]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    cwd,
  });
  return { code, stdout, stderr };
}

const go = testedToolchains().at(-1)!;

describe(`Go ${go.version}`, () => {
  test("through the chain: every module, the fallback in the ledger, a passing report", async () => {
    const home = await mkdtemp(join(tmpdir(), "cli-home-"));
    const env = jobEnv(go, home, {
      GOPROXY: `${chain.a.url},${chain.b.url}`,
      GONOSUMDB: FIXTURE_HOST,
    });
    const ws = await exampleWorkspace();
    const file = join(home, "report.json");
    const r = await download(["--report", file, "--fail-on-fallback"], env, ws);
    const report = JSON.parse(await readFile(file, "utf8")) as RunReport;
    const modules = report.download!.ledger.modules!.map((m) => m.path).sort();
    assert.ok(modules.includes(MISSING_FROM_FIRST), modules.join(" "));
    assert.equal(report.go?.version.startsWith(`go${go.version}`), true);
    assert.equal(report.failOnFallback, true);
    // The module the first proxy lacks fell through: fail-on-fallback fails the run.
    assert.equal(r.code, EXIT.findings, r.stderr);
    assert.match(report.failedBecause.join("\n"), /fail-on-fallback: download-fallback/);
    assert.match(r.stdout, new RegExp(MISSING_FROM_FIRST.replace(/\//g, "\\/")));

    const again = await download(
      ["--report", file, "--strict-ignore", "download-fallback", "--fail-on-fallback"],
      env,
      ws,
    );
    assert.equal(again.code, EXIT.ok, again.stderr);
    const passed = JSON.parse(await readFile(file, "utf8")) as RunReport;
    assert.deepEqual(passed.failedBecause, []);
    assert.deepEqual(passed.strictIgnore, ["download-fallback"]);
  });

  test("a module no proxy has: exit 1, the failure explained, the verdict says why", async () => {
    const home = await mkdtemp(join(tmpdir(), "cli-home-"));
    const env = jobEnv(go, home, { GOPROXY: chain.a.url, GONOSUMDB: FIXTURE_HOST });
    const file = join(home, "report.json");
    const r = await download(["--report", file, "--retries", "0"], env, await exampleWorkspace());
    assert.equal(r.code, EXIT.findings, r.stderr);
    const report = JSON.parse(await readFile(file, "utf8")) as RunReport;
    // Go stops while loading the graph: the root fails, in Go's words, naming the module.
    const failure = report.download!.failures.find((f) => f.error.includes(MISSING_FROM_FIRST));
    assert.ok(failure, JSON.stringify(report.download!.failures));
    assert.equal(failure.explanation?.category, "not-found");
    assert.match(r.stdout, /not-found|does not have/);
    assert.match(report.failedBecause[0]!, /module.* failed to download/);
  });

  test("no go on PATH: usage exit, nothing written", async () => {
    const home = await mkdtemp(join(tmpdir(), "cli-home-"));
    const r = await download([], { ...jobEnv(go, home), PATH: "/nonexistent" }, home);
    assert.equal(r.code, EXIT.usage);
    assert.match(r.stderr, /go was not found/);
  });
});
