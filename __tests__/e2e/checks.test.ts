// The live checks and retries as the action runs them: a wrong checksum-database key stops
// the download, the right one is proven; a transient 503 is retried
// with backoff and shown as a retry.
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFixtures, FIXTURE_HOST, type Fixtures } from "../support/fixtures.ts";
import { startProxy, type ProxyServer } from "../support/proxy-server.ts";
import { foreignKey, startSumdb, type SumdbServer } from "../support/sumdb-server.ts";
import { runAction } from "../support/runner.ts";
import { EXAMPLE_MODULES, exampleWorkspace, jobEnv } from "../support/example.ts";
import { testedToolchains } from "../support/toolchains.ts";
import type { RunReport } from "../../src/report/model.ts";

let fx: Fixtures;
let db: SumdbServer;
let proxy: ProxyServer;
beforeAll(async () => {
  fx = await buildFixtures(EXAMPLE_MODULES);
  db = await startSumdb();
  proxy = await startProxy({ dir: fx.proxyDir });
});
afterAll(async () => {
  await proxy.close();
  await db.close();
  await fx.cleanup();
});

const go = testedToolchains().at(-1)!;

async function job(inputs: Record<string, string>) {
  proxy.log.length = 0;
  const result = await runAction({
    workspace: await exampleWorkspace(),
    env: jobEnv(go, await mkdtemp(join(tmpdir(), "checks-home-"))),
    inputs: { proxy: proxy.url, "no-sumdb": FIXTURE_HOST, cache: "false", ...inputs },
  });
  const report = JSON.parse(await readFile(result.outputs.report!, "utf8")) as RunReport;
  return { result, report };
}

test("a wrong checksum-database key stops the download; the right one is proven", async () => {
  const wrong = await job({ sumdb: `${foreignKey(db.name)} ${db.url}` });
  assert.equal(wrong.result.main.exitCode, 1);
  const errors = wrong.result.annotations.filter((a) => a.command === "error");
  assert.ok(
    errors.some((e) => /probe-sumdb-wrong-key/.test(e.properties.title ?? "")),
    JSON.stringify(errors),
  );
  // The download runs alongside the probes and is stopped by this finding (cold-path.test.ts
  // shows nothing reaches the proxy after it); a stopped download is not reported.
  assert.equal(wrong.report.download, undefined, "the download was stopped");

  const right = await job({ sumdb: db.gosumdb });
  assert.equal(right.result.main.exitCode, 0, right.result.main.stdout);
  assert.equal(right.report.probes?.sumdb?.verified, true);
  assert.match(right.result.summary, /signature verified/);
});

test("a transient 503 is retried with backoff and reported as a retry", async () => {
  const greeting = `/${FIXTURE_HOST}/greeting/@v/v1.2.0.zip`;
  proxy.faults.push({ path: greeting, status: 503, body: "try again\n", times: 1 });
  try {
    const { result, report } = await job({ check: "static", retries: "1" });
    assert.equal(result.main.exitCode, 0, result.main.stdout);
    assert.deepEqual(
      proxy.log.filter((l) => l.path === greeting).map((l) => l.status),
      [503, 200],
    );
    assert.equal(report.download!.retries.length, 1);
    assert.deepEqual(report.download!.retries[0]!.modules, [`${FIXTURE_HOST}/greeting@v1.2.0`]);
    assert.match(report.download!.retries[0]!.reason, /503/);
    assert.equal(report.download!.failures.length, 0);
    assert.match(result.summary, /Retries:/);
  } finally {
    proxy.faults.length = 0;
  }
});
