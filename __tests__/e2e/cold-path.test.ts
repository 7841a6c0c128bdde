// The cold path as dist/main runs it under the runner emulator with a real go: the download
// starts while the live probes still run, and a probe finding that must block it (a checksum
// database signed by another key) kills go mid-download: nothing is fetched from the proxy
// after the finding. The timings reach the summary and the JSON report.
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

const go = testedToolchains().at(-1)!;
const HANG_MS = 240_000;
const HANGING_ZIP = `/${FIXTURE_HOST}/metrics/v2/@v/v2.1.0.zip`;
const servers = useExampleServers({ sumdb: true });

async function job(inputs: Record<string, string>) {
  servers.proxy.log.length = 0;
  servers.db.log.length = 0;
  const result = await runAction({
    workspace: await exampleWorkspace(),
    env: jobEnv(go, await mkdtemp(join(tmpdir(), "cold-home-"))),
    inputs: {
      proxy: servers.proxy.url,
      "no-sumdb": FIXTURE_HOST,
      cache: "false",
      "cache-build": "false",
      ...inputs,
    },
    timeoutMs: 2 * HANG_MS,
  });
  const report = JSON.parse(await readFile(result.outputs.report!, "utf8")) as RunReport;
  return { result, report };
}

test("a checksum database failing its proof stops the running download: nothing is fetched after the finding", async () => {
  // go gets stuck on one zip for a minute; the database answers late, after go has started.
  servers.proxy.faults.push({ path: HANGING_ZIP, delayMs: HANG_MS });
  servers.db.setFault({ path: "/latest", delayMs: 1500 });
  try {
    const started = Date.now();
    const { result, report } = await job({
      sumdb: `${foreignKey(servers.db.name)} ${servers.db.url}`,
    });
    const ended = Date.now();
    assert.equal(result.main.exitCode, 1, result.main.stdout);
    assert.ok(
      report.diagnostics.some((d) => d.rule === "probe-sumdb-wrong-key"),
      JSON.stringify(report.diagnostics),
    );
    assert.match(result.main.stdout, /go mod download stopped: the checksum database failed/);
    assert.equal(report.download, undefined, "a stopped download is not reported");

    const finding = servers.db.log.find((l) => l.path === "/latest")?.answeredAt;
    assert.ok(finding, JSON.stringify(servers.db.log));
    const zips = servers.proxy.log.filter((l) => l.path.endsWith(".zip"));
    // go was running alongside the probe: it had asked for the stuck zip before the finding …
    assert.ok(
      zips.some((l) => l.path === HANGING_ZIP && l.at < finding),
      JSON.stringify(servers.proxy.log),
    );
    // … and was killed, not waited for …
    assert.ok(ended - started < HANG_MS / 2, `the step took ${ended - started} ms`);
    // … so nothing reached the proxy after the finding (the grace covers verifying the note and
    // the kill on a loaded machine), and nothing later from an orphaned go either.
    const late = servers.proxy.log.filter((l) => l.at > finding + 1000);
    assert.deepEqual(late, []);
    const seen = servers.proxy.log.length;
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(servers.proxy.log.length, seen, "no go outlived the step");

    assert.ok(report.timings, "timings in the report");
    assert.ok(report.timings.checks! >= 1.5, JSON.stringify(report.timings));
    assert.ok(report.timings.download! > 0 && report.timings.download! < HANG_MS / 2000);
  } finally {
    servers.proxy.faults.length = 0;
    servers.db.clearFaults();
  }
});

test("the timings of a cold run reach the summary and the JSON report", async () => {
  const { result, report } = await job({ sumdb: servers.db.gosumdb });
  assert.equal(result.main.exitCode, 0, result.main.stdout);
  const t = report.timings!;
  for (const stage of ["startup", "checks", "download", "report", "total"] as const)
    assert.ok(typeof t[stage] === "number" && t[stage] >= 0, `${stage}: ${JSON.stringify(t)}`);
  assert.equal(t.restore, undefined, "cache and cache-build false restore nothing");
  assert.ok(t.download! <= t.total!);
  // the download's own wall time, as the report's download section measured it
  assert.ok(Math.abs(t.download! - report.download!.seconds) < 0.25, JSON.stringify(t));
  const line = /\*\*Where the time went\*\* \(main step, ([\d.]+) s\): (.*)/.exec(result.summary);
  assert.ok(line, result.summary);
  assert.equal(Number(line[1]), Number(t.total!.toFixed(2)));
  assert.match(
    line[2]!,
    /start-up [\d.]+ s · checks [\d.]+ s, alongside the download · download [\d.]+ s · report [\d.]+ s/,
  );
});
