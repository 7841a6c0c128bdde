// go-version under the runner emulator: with no go on PATH, the action installs Go 1.23.5
// (Debian's tree repackaged as the golang.org/toolchain module) from a loopback proxy,
// proves it with a loopback checksum database, pre-warms the example with it, and finds it
// in the tool cache on the next run. A tampered zip installs nothing; a tool-cache entry altered
// after it was verified is not run.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_HOST } from "../support/fixtures.ts";
import { startProxy } from "../support/proxy-server.ts";
import { useToolchainServers } from "../support/job-servers.ts";
import { runAction } from "../support/runner.ts";
import { exampleWorkspace, jobEnv } from "../support/example.ts";
import type { RunReport } from "../../src/report/model.ts";

const servers = useToolchainServers();

async function job(runnerTemp: string, goproxy: string) {
  const home = await mkdtemp(join(tmpdir(), "tc-home-"));
  const result = await runAction({
    workspace: await exampleWorkspace(),
    env: jobEnv(undefined, home), // no go on PATH
    runnerTemp,
    toolCache: join(runnerTemp, "_tool"),
    inputs: {
      "go-version": servers.tz.version,
      proxy: goproxy,
      sumdb: servers.db.gosumdb,
      "no-sumdb": FIXTURE_HOST,
      cache: "false",
    },
  });
  const report = existsSync(result.outputs.report ?? "")
    ? (JSON.parse(await readFile(result.outputs.report!, "utf8")) as RunReport)
    : undefined;
  return { result, report, gomodcache: join(home, "gomodcache") };
}

test("installs Go through the chain, verified, pre-warms with it, and reuses the tool cache", async () => {
  const runnerTemp = await mkdtemp(join(tmpdir(), "tc-runner-"));
  const chain = `${servers.modules.url},${servers.toolchains.url}`;
  const first = await job(runnerTemp, chain);
  assert.equal(first.result.main.exitCode, 0, first.result.main.stdout);
  const installed = first.report!.toolchain!.installed!;
  assert.equal(installed.source, "proxy");
  assert.equal(installed.origin, servers.toolchains.url);
  assert.equal(installed.verified?.treeSize, servers.db.size());
  assert.equal(first.report!.go!.version, `go${servers.tz.version}`);
  assert.ok(
    first.result.path.some((p) => p === installed.binDir),
    "the installed go is on PATH for later steps",
  );
  assert.ok(
    existsSync(join(first.gomodcache, "cache/download", FIXTURE_HOST, "greeting/@v/v1.2.0.zip")),
  );
  assert.match(first.result.summary, /\*\*Go 1\.23\.5:\*\* downloaded from .* verified by/);
  assert.ok(
    servers.toolchains.log.some(
      (l) => l.path.endsWith(`${servers.tz.moduleVersion}.zip`) && l.status === 200,
    ),
  );

  servers.toolchains.log.length = 0;
  const second = await job(runnerTemp, chain);
  assert.equal(second.result.main.exitCode, 0, second.result.main.stdout);
  assert.equal(second.report!.toolchain!.installed!.source, "tool-cache");
  assert.ok(!servers.toolchains.log.some((l) => l.path.endsWith(".zip")), "no second download");
});

test("a tampered toolchain zip fails with a security error and installs nothing", async () => {
  const bad = await startProxy({ dir: servers.tree, faults: [{ path: /\.zip$/, corrupt: true }] });
  try {
    const runnerTemp = await mkdtemp(join(tmpdir(), "tc-runner-"));
    const { result } = await job(runnerTemp, `${servers.modules.url},${bad.url}`);
    assert.equal(result.main.exitCode, 1);
    const errors = result.annotations.filter((a) => a.command === "error");
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /checksum|SECURITY|verif/i);
    const goDir = join(runnerTemp, "_tool", "go");
    assert.deepEqual(
      existsSync(goDir) ? readdirSync(goDir, { recursive: true }) : [],
      [],
      "nothing in the tool cache",
    );
    assert.deepEqual(result.path, []);
  } finally {
    await bad.close();
  }
});

// Attack matrix row: on a self-hosted runner RUNNER_TOOL_CACHE outlives the job. A bin/go
// replaced after the toolchain was verified is never run: the job is warned and the toolchain
// is installed afresh, verified again, from the manifest kept beside the entry.
test("a tool-cache toolchain altered after it was verified is not run, and is installed afresh", async () => {
  const runnerTemp = await mkdtemp(join(tmpdir(), "tc-runner-"));
  const chain = `${servers.modules.url},${servers.toolchains.url}`;
  const marker = join(runnerTemp, "tampered-go-ran");
  try {
    const installed = async () => {
      const j = await job(runnerTemp, chain);
      assert.equal(j.result.main.exitCode, 0, j.result.main.stdout.slice(-3000));
      return { ...j, installed: j.report!.toolchain!.installed! };
    };
    const first = await installed();
    assert.equal(first.installed.source, "proxy");
    const goroot = first.installed.goroot;
    assert.ok(existsSync(`${goroot}.verified.json`), "the manifest is written at install");

    // An intact entry is reused, re-checked against its manifest.
    const second = await installed();
    assert.equal(second.installed.source, "tool-cache");
    assert.equal(second.installed.toolCacheCheck, "manifest");

    // Someone with write access to the runner replaces bin/go with a wrapper that still works.
    const goBin = join(goroot, "bin", "go");
    const real = join(runnerTemp, "real-go");
    await writeFile(real, await readFile(goBin), { mode: 0o755 });
    await rm(goBin, { force: true });
    await writeFile(goBin, `#!/bin/sh\necho ran > '${marker}'\nexec '${real}' "$@"\n`);
    await chmod(goBin, 0o755);
    servers.toolchains.log.length = 0;

    const third = await installed();
    assert.equal(third.installed.source, "proxy", "installed afresh, verified");
    assert.deepEqual(third.installed.toolCacheTampered, ["bin/go"]);
    assert.ok(!existsSync(marker), "the altered go was never run");
    assert.ok(
      servers.toolchains.log.some((l) => l.path.endsWith(`${servers.tz.moduleVersion}.zip`)),
    );
    const warning = third.result.annotations.find(
      (a) => a.command === "warning" && /tool cache's go1\.23\.5/.test(a.message),
    );
    assert.ok(warning, JSON.stringify(third.result.annotations));
    assert.match(warning.message, /bin\/go/);
    assert.match(
      warning.message,
      new RegExp(`verified by ${servers.db.name.replace(/\./g, "\\.")}`),
    );
    assert.notEqual((await readFile(goBin)).toString("latin1").slice(0, 2), "#!");

    // And the fresh entry is trusted again on the next job.
    const fourth = await installed();
    assert.equal(fourth.installed.source, "tool-cache");
    assert.equal(fourth.installed.toolCacheCheck, "manifest");
    assert.ok(!existsSync(marker));
  } finally {
    await rm(runnerTemp, { recursive: true, force: true });
  }
});
