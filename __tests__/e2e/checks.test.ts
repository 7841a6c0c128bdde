// The live checks and retries as the action runs them: a wrong checksum-database key stops
// the download, the right one is proven; a transient 503 is retried
// with backoff and shown as a retry.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_HOST } from "../support/fixtures.ts";
import { foreignKey } from "../support/sumdb-server.ts";
import { useExampleServers } from "../support/job-servers.ts";
import { runAction } from "../support/runner.ts";
import { exampleWorkspace, jobEnv } from "../support/example.ts";
import { testedToolchains } from "../support/toolchains.ts";
import type { RunReport } from "../../src/report/model.ts";

const servers = useExampleServers({ sumdb: true });

const go = testedToolchains().at(-1)!;

async function job(inputs: Record<string, string>) {
  servers.proxy.log.length = 0;
  const result = await runAction({
    workspace: await exampleWorkspace(),
    env: jobEnv(go, await mkdtemp(join(tmpdir(), "checks-home-"))),
    inputs: { proxy: servers.proxy.url, "no-sumdb": FIXTURE_HOST, cache: "false", ...inputs },
  });
  const report = JSON.parse(await readFile(result.outputs.report!, "utf8")) as RunReport;
  return { result, report };
}

test("a wrong checksum-database key stops the download; the right one is proven", async () => {
  const wrong = await job({ sumdb: `${foreignKey(servers.db.name)} ${servers.db.url}` });
  assert.equal(wrong.result.main.exitCode, 1);
  const errors = wrong.result.annotations.filter((a) => a.command === "error");
  assert.ok(
    errors.some((e) => /probe-sumdb-wrong-key/.test(e.properties.title ?? "")),
    JSON.stringify(errors),
  );
  // The download runs alongside the probes and is stopped by this finding (cold-path.test.ts
  // shows nothing reaches the proxy after it); a stopped download is not reported.
  assert.equal(wrong.report.download, undefined, "the download was stopped");

  const right = await job({ sumdb: servers.db.gosumdb });
  assert.equal(right.result.main.exitCode, 0, right.result.main.stdout);
  assert.equal(right.report.probes?.sumdb?.verified, true);
  assert.match(right.result.summary, /signature verified/);
});

test("a transient 503 is retried with backoff and reported as a retry", async () => {
  const greeting = `/${FIXTURE_HOST}/greeting/@v/v1.2.0.zip`;
  servers.proxy.faults.push({ path: greeting, status: 503, body: "try again\n", times: 1 });
  try {
    const { result, report } = await job({ check: "static", retries: "1" });
    assert.equal(result.main.exitCode, 0, result.main.stdout);
    assert.deepEqual(
      servers.proxy.log.filter((l) => l.path === greeting).map((l) => l.status),
      [503, 200],
    );
    assert.equal(report.download!.retries.length, 1);
    assert.deepEqual(report.download!.retries[0]!.modules, [`${FIXTURE_HOST}/greeting@v1.2.0`]);
    assert.match(report.download!.retries[0]!.reason, /503/);
    assert.equal(report.download!.failures.length, 0);
    assert.match(result.summary, /Retries:/);
  } finally {
    servers.proxy.faults.length = 0;
  }
});
