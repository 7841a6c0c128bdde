// Attack matrix row: go-version served only by a private proxy that needs the `credentials`
// input, with a password holding "@", ":" and "%40". The credentials must be in place
// before the toolchain is installed, and no form of the password may leave the job.
import { beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_HOST } from "../support/fixtures.ts";
import { makeTestCa, type TestCa } from "../support/tls.ts";
import { useToolchainServers } from "../support/job-servers.ts";
import { runAction } from "../support/runner.ts";
import { exampleWorkspace, jobEnv } from "../support/example.ts";
import type { RunReport } from "../../src/report/model.ts";

const USER = "ci-bot";
const PASSWORD = "Pw@x:y%40z-7c2e91";
const FORMS = [
  PASSWORD,
  decodeURIComponent(PASSWORD),
  Buffer.from(`${USER}:${PASSWORD}`).toString("base64"),
];

let ca: TestCa;
beforeAll(async () => {
  ca = await makeTestCa();
});
const servers = useToolchainServers(() => ({
  tls: ca,
  basicAuth: { user: USER, password: PASSWORD },
}));

test("a toolchain from a private proxy, through the credentials input", async () => {
  const home = await mkdtemp(join(tmpdir(), "ptc-home-"));
  const host = servers.toolchains.url.replace("https://", "");
  const result = await runAction({
    workspace: await exampleWorkspace(),
    env: jobEnv(undefined, home, { SSL_CERT_FILE: ca.caFile }), // no go on PATH
    inputs: {
      "go-version": servers.tz.version,
      proxy: `${servers.modules.url},${servers.toolchains.url}`,
      sumdb: servers.db.gosumdb,
      "no-sumdb": FIXTURE_HOST,
      credentials: `${host} ${USER} ${PASSWORD}`,
      cache: "false",
    },
  });
  assert.equal(result.main.exitCode, 0, result.main.stdout.slice(-3000));
  const report = JSON.parse(await readFile(result.outputs.report!, "utf8")) as RunReport;
  assert.equal(report.toolchain?.installed?.source, "proxy");
  assert.equal(report.go?.version, `go${servers.tz.version}`);
  assert.ok(
    servers.toolchains.log.some(
      (l) => l.path.endsWith(".zip") && l.status === 200 && l.authorization,
    ),
    "the zip came from the private proxy with the credentials",
  );
  // No form of the password leaves: stdout before its mask, annotations, summary, outputs, report.
  const masked = new Set(result.masks);
  for (const f of FORMS) assert.ok(masked.has(f), `${f.slice(0, 4)}… is masked`);
  let seenMasks = new Set<string>();
  for (const line of result.main.stdout.split("\n")) {
    const m = /^::add-mask::(.*)$/.exec(line);
    if (m) seenMasks = new Set([...seenMasks, m[1]!]);
    else
      for (const f of FORMS)
        assert.ok(!line.includes(f) || seenMasks.has(f), "printed before masked");
  }
  const channels = {
    annotations: JSON.stringify(result.annotations),
    summary: result.summary,
    outputs: JSON.stringify(result.outputs),
    report: JSON.stringify(report),
    state: JSON.stringify(result.state),
  };
  for (const [name, text] of Object.entries(channels))
    for (const f of FORMS) assert.ok(!text.includes(f), `${name} holds a form of the password`);
});
