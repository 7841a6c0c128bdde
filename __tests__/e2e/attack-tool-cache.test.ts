// Attack matrix row: a toolchain reused from a persistent tool cache (a self-hosted runner's
// RUNNER_TOOL_CACHE outlives the job) whose bin/go was replaced after it was verified. The
// action installed it from a loopback proxy, proven by a loopback checksum database, and kept a
// manifest of what was verified; on the next job the altered entry is never run, the job is
// warned, and the toolchain is installed afresh, verified again.
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFixtures, FIXTURE_HOST, type Fixtures } from "../support/fixtures.ts";
import { startProxy, type ProxyServer } from "../support/proxy-server.ts";
import { startSumdb, type SumdbServer } from "../support/sumdb-server.ts";
import { runAction } from "../support/runner.ts";
import { EXAMPLE_MODULES, exampleWorkspace, jobEnv } from "../support/example.ts";
import { toolchain } from "../support/toolchains.ts";
import {
  TOOLCHAIN_MODULE,
  toolchainZip,
  writeToolchainProxyTree,
  type ToolchainZip,
} from "../support/toolchain-zip.ts";
import type { RunReport } from "../../src/report/model.ts";

let fx: Fixtures;
let tz: ToolchainZip;
let tree: string;
let db: SumdbServer;
let modules: ProxyServer;
let toolchains: ProxyServer;
beforeAll(async () => {
  fx = await buildFixtures(EXAMPLE_MODULES);
  tz = await toolchainZip({ goroot: toolchain("1.23").goroot, variant: "small" });
  tree = await writeToolchainProxyTree([tz]);
  db = await startSumdb();
  db.addModule(TOOLCHAIN_MODULE, tz.moduleVersion, tz.zip, tz.mod);
  modules = await startProxy({ dir: fx.proxyDir });
  toolchains = await startProxy({ dir: tree });
});
afterAll(async () => {
  await modules?.close();
  await toolchains?.close();
  await db?.close();
  if (tree) await rm(tree, { recursive: true, force: true });
  await fx?.cleanup();
});

async function job(runnerTemp: string) {
  const home = await mkdtemp(join(tmpdir(), "atc-home-"));
  const result = await runAction({
    workspace: await exampleWorkspace(),
    env: jobEnv(undefined, home), // no go on PATH
    runnerTemp,
    toolCache: join(runnerTemp, "_tool"),
    inputs: {
      "go-version": tz.version,
      proxy: `${modules.url},${toolchains.url}`,
      sumdb: db.gosumdb,
      "no-sumdb": FIXTURE_HOST,
      cache: "false",
    },
  });
  assert.equal(result.main.exitCode, 0, result.main.stdout.slice(-3000));
  const report = JSON.parse(await readFile(result.outputs.report!, "utf8")) as RunReport;
  return { result, report, installed: report.toolchain!.installed! };
}

test("a tool-cache toolchain altered after it was verified is not run, and is installed afresh", async () => {
  const runnerTemp = await mkdtemp(join(tmpdir(), "atc-runner-"));
  const marker = join(runnerTemp, "tampered-go-ran");
  try {
    const first = await job(runnerTemp);
    assert.equal(first.installed.source, "proxy");
    const goroot = first.installed.goroot;
    assert.ok(existsSync(`${goroot}.verified.json`), "the manifest is written at install");

    // An intact entry is reused, re-checked against its manifest.
    const second = await job(runnerTemp);
    assert.equal(second.installed.source, "tool-cache");
    assert.equal(second.installed.toolCacheCheck, "manifest");

    // Someone with write access to the runner replaces bin/go with a wrapper that still works.
    const goBin = join(goroot, "bin", "go");
    const real = join(runnerTemp, "real-go");
    await writeFile(real, await readFile(goBin), { mode: 0o755 });
    await rm(goBin, { force: true });
    await writeFile(goBin, `#!/bin/sh\necho ran > '${marker}'\nexec '${real}' "$@"\n`);
    await chmod(goBin, 0o755);
    toolchains.log.length = 0;

    const third = await job(runnerTemp);
    assert.equal(third.installed.source, "proxy", "installed afresh, verified");
    assert.deepEqual(third.installed.toolCacheTampered, ["bin/go"]);
    assert.ok(!existsSync(marker), "the altered go was never run");
    assert.ok(toolchains.log.some((l) => l.path.endsWith(`${tz.moduleVersion}.zip`)));
    const warning = third.result.annotations.find(
      (a) => a.command === "warning" && /tool cache's go1\.23\.5/.test(a.message),
    );
    assert.ok(warning, JSON.stringify(third.result.annotations));
    assert.match(warning.message, /bin\/go/);
    assert.match(warning.message, new RegExp(`verified by ${db.name.replace(/\./g, "\\.")}`));
    assert.notEqual((await readFile(goBin)).toString("latin1").slice(0, 2), "#!");

    // And the fresh entry is trusted again on the next job.
    const fourth = await job(runnerTemp);
    assert.equal(fourth.installed.source, "tool-cache");
    assert.equal(fourth.installed.toolCacheCheck, "manifest");
    assert.ok(!existsSync(marker));
  } finally {
    await rm(runnerTemp, { recursive: true, force: true });
  }
});
