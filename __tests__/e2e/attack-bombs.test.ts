// Attack matrix rows: decompression bombs in a toolchain download, end to end. dist/ under the
// runner emulator installs go-version from a loopback proxy and a loopback checksum database
// that logs the real zip. The proxy serves instead (1) a zip whose bin/go entry declares 1 MiB
// and inflates to 1 GiB, (2) a gzip-encoded body of ~1 MiB that inflates to 1 GiB. Each must
// stop while inflating with an error naming the module, keep the action's memory modest, install
// nothing, and leak no secret. (The module-zip bomb in a restored cache is row (e) of
// cache-poison.test.ts.)
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFixtures, FIXTURE_HOST, type Fixtures } from "../support/fixtures.ts";
import { compressedZeros, zipOf } from "../support/bombs.ts";
import { peakRssProbe } from "../support/peak-rss.ts";
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

const MiB = 1 << 20;
const TOKEN = "bomb-row-token-9f86d081884c7d65";
const MAX_RSS_MIB = 400;

let fx: Fixtures;
let tz: ToolchainZip;
let db: SumdbServer;
let modules: ProxyServer;
beforeAll(async () => {
  fx = await buildFixtures(EXAMPLE_MODULES);
  tz = await toolchainZip({ goroot: toolchain("1.23").goroot, variant: "small" });
  db = await startSumdb();
  db.addModule(TOOLCHAIN_MODULE, tz.moduleVersion, tz.zip, tz.mod);
  modules = await startProxy({ dir: fx.proxyDir });
});
afterAll(async () => {
  await modules?.close();
  await db?.close();
  await fx?.cleanup();
});

/** A loopback proxy that has only golang.org/toolchain's zip, served as given. */
async function serveZip(body: Buffer, headers: Record<string, string>): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url?.endsWith(`/@v/${tz.moduleVersion}.zip`)) {
      res.writeHead(200, { "content-type": "application/zip", ...headers });
      res.end(body);
    } else {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

async function installFrom(toolchainProxy: string) {
  const home = await mkdtemp(join(tmpdir(), "bomb-home-"));
  const runnerTemp = await mkdtemp(join(tmpdir(), "bomb-runner-"));
  const rss = await peakRssProbe();
  const result = await runAction({
    workspace: await exampleWorkspace(),
    env: jobEnv(undefined, home, rss.env), // no go on PATH
    runnerTemp,
    inputs: {
      "go-version": tz.version,
      proxy: `${modules.url},${toolchainProxy}`,
      sumdb: db.gosumdb,
      "no-sumdb": FIXTURE_HOST,
      credentials: `127.0.0.1:9 ci-bot ${TOKEN}`,
      cache: "false",
    },
  });
  const peakMiB = (await rss.read()) / MiB;
  const installed = existsSync(join(runnerTemp, "_tool", "go"));
  await rm(home, { recursive: true, force: true });
  await rm(runnerTemp, { recursive: true, force: true });
  return { result, peakMiB, installed };
}

function assertStopped(r: Awaited<ReturnType<typeof installFrom>>, says: RegExp, name: string) {
  assert.equal(r.result.main.exitCode, 1, r.result.main.stdout.slice(-3000));
  const error = r.result.annotations.find((a) => a.command === "error" && says.test(a.message));
  assert.ok(error, JSON.stringify(r.result.annotations, null, 1));
  assert.ok(error.message.includes(`${TOOLCHAIN_MODULE}`), "the message names the module");
  assert.ok(!r.installed, "nothing is installed in the tool cache");
  console.log(`${name}: the action's peak RSS ${r.peakMiB.toFixed(0)} MiB`);
  assert.ok(r.peakMiB > 0 && r.peakMiB < MAX_RSS_MIB, `peak RSS ${r.peakMiB.toFixed(0)} MiB`);
  // On stdout the secret may appear only in its own ::add-mask:: line (the runner masks it after).
  const printed = r.result.main.stdout
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
  for (const [what, text] of [
    ["stdout", printed],
    ["annotations", JSON.stringify(r.result.annotations)],
    ["summary", r.result.summary],
    ["outputs", JSON.stringify(r.result.outputs)],
    ["state", JSON.stringify(r.result.state)],
  ] as const)
    assert.ok(!text.includes(TOKEN), `${what} holds the secret`);
}

describe("decompression bombs in a toolchain download", () => {
  test("a zip entry declaring 1 MiB that inflates to 1 GiB is stopped at 1 MiB, nothing installed", async () => {
    const prefix = `${TOOLCHAIN_MODULE}@${tz.moduleVersion}/`;
    const bomb = zipOf(`${prefix}bin/go`, await compressedZeros(1024 * MiB, "raw"), MiB, 0);
    assert.ok(bomb.length < 2 * MiB, `the bomb is small: ${bomb.length} bytes`);
    const tree = await writeToolchainProxyTree([tz]);
    await writeFile(join(tree, TOOLCHAIN_MODULE, "@v", `${tz.moduleVersion}.zip`), bomb);
    const proxy = await startProxy({ dir: tree });
    try {
      const r = await installFrom(proxy.url);
      assertStopped(r, /bin\/go: inflates past its declared size of 1048576 bytes/, "zip bomb");
    } finally {
      await proxy.close();
      await rm(tree, { recursive: true, force: true });
    }
  });

  test("a gzip-encoded toolchain zip of ~1 MiB inflating to 1 GiB is refused while inflating", async () => {
    const bomb = await compressedZeros(1024 * MiB, "gzip");
    assert.ok(bomb.length < 2 * MiB, `the bomb is small: ${bomb.length} bytes`);
    const server = await serveZip(bomb, { "content-encoding": "gzip" });
    try {
      const { port } = server.address() as AddressInfo;
      const r = await installFrom(`http://127.0.0.1:${port}`);
      assertStopped(r, /decompression bomb/, "gzip bomb");
      assert.match(
        r.result.annotations.map((a) => a.message).join("\n"),
        new RegExp(`${tz.moduleVersion.replace(/\./g, "\\.")}\\.zip .*inflates past \\d+ bytes`),
      );
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
