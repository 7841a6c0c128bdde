// installToolchain end to end on loopback: a real go1.23.5 toolchain module (Debian's tree
// repackaged), a GOPROXY serving it, a real checksum database that logged it; the installed
// `go version` must run. Every failure of the proof must leave nothing installed.
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { installToolchain, toolCacheVersion } from "../../../src/toolchain/install.ts";
import { ToolchainError } from "../../../src/toolchain/errors.ts";
import { startProxy, type ProxyServer } from "../../support/proxy-server.ts";
import { foreignKey, startSumdb, type SumdbServer } from "../../support/sumdb-server.ts";
import {
  TOOLCHAIN_MODULE,
  substituteZip,
  toolchainZip,
  writeToolchainProxyTree,
  type ToolchainZip,
} from "../../support/toolchain-zip.ts";
import { goTelemetryOff } from "../../support/fixtures.ts";
import { toolchain } from "../../support/toolchains.ts";

const run = promisify(execFile);
const GOROOT = toolchain("1.23").goroot;

let tz: ToolchainZip;
let tree: string;
let db: SumdbServer;
let root: string;
const servers: ProxyServer[] = [];

beforeAll(async () => {
  tz = await toolchainZip({ goroot: GOROOT, variant: "small" });
  tree = await writeToolchainProxyTree([tz], { listExtra: ["1.23.4", "1.22.12"] });
  db = await startSumdb();
  db.addModule(TOOLCHAIN_MODULE, tz.moduleVersion, tz.zip, tz.mod);
  db.addFillers(300); // the record sits in a full tile; the tree spans more than one
  root = await mkdtemp(join(tmpdir(), "tc-install-"));
  goTelemetryOff(root);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await db.close();
  await rm(root, { recursive: true, force: true });
  await rm(tree, { recursive: true, force: true });
});

async function proxy(opts: Parameters<typeof startProxy>[0] = {}): Promise<ProxyServer> {
  const p = await startProxy({ dir: tree, ...opts });
  servers.push(p);
  return p;
}

let runner = 0;
/** A fresh runner: its own tool cache and temp dir (set where @actions/tool-cache reads them). */
async function freshRunner(): Promise<{ toolCache: string; temp: string }> {
  const base = join(root, `runner-${runner++}`);
  const toolCache = join(base, "tool");
  const temp = join(base, "temp");
  await Promise.all([toolCache, temp].map((d) => mkdir(d, { recursive: true })));
  process.env.RUNNER_TOOL_CACHE = toolCache;
  process.env.RUNNER_TEMP = temp;
  return { toolCache, temp };
}

function env(goproxy: string, gosumdb = db.gosumdb): Record<string, string> {
  // No go on this PATH: the install cannot be satisfied by the machine.
  return { PATH: "/usr/bin:/bin", HOME: root, GOPROXY: goproxy, GOSUMDB: gosumdb };
}

function assertNothingInstalled(r: { toolCache: string; temp: string }) {
  const goDir = join(r.toolCache, "go");
  const left = existsSync(goDir) ? [...readdirSync(goDir, { recursive: true })] : [];
  assert.deepEqual(left, [], "no tool-cache entry");
  // Spread: jest runs a test in a vm context, and deepEqual rejects node:fs arrays (another realm).
  assert.deepEqual([...readdirSync(r.temp)], [], "no temp files");
}

test("toolCacheVersion writes setup-go's semver", () => {
  assert.equal(toolCacheVersion("1.23.5"), "1.23.5");
  assert.equal(toolCacheVersion("1.24rc1"), "1.24.0-rc.1");
  assert.equal(toolCacheVersion("1.21"), "1.21.0");
});

test("no go on PATH: fetched through the proxy, proven by the database, go version runs; the second run uses the tool cache", async () => {
  const p = await proxy();
  const r = await freshRunner();
  const facts = await installToolchain({ version: tz.version, env: env(p.url) });
  assert.equal(facts.source, "proxy");
  assert.equal(facts.origin, p.url);
  assert.equal(facts.version, "1.23.5");
  assert.equal(facts.bytes, tz.zip.length);
  assert.ok(facts.verified);
  assert.equal(facts.verified.treeSize, db.size());
  assert.equal(facts.verified.recordId, 0);
  assert.match(
    facts.verified.record,
    /^golang\.org\/toolchain v0\.0\.1-go1\.23\.5\.linux-amd64 h1:/,
  );
  assert.equal(facts.binDir, join(r.toolCache, "go", "1.23.5", process.arch, "bin"));
  const { stdout } = await run(join(facts.binDir, "go"), ["version"], {
    env: { PATH: "/usr/bin:/bin", HOME: root, GOTOOLCHAIN: "local" },
  });
  assert.match(stdout, /^go version go1\.23\.5 linux\/amd64/);
  // _go.mod was copied back to go.mod, as cmd/go does on first use.
  assert.ok(existsSync(join(facts.goroot, "src", "go.mod")));
  assert.deepEqual([...readdirSync(r.temp)], [], "temp files removed");
  assert.ok(p.log.some((e) => e.path.endsWith(".zip") && e.status === 200));
  assert.ok(db.log.some((e) => e.path.startsWith("/lookup/golang.org/toolchain@")));
  assert.ok(db.log.some((e) => e.path.startsWith("/tile/")));

  // Second job on the same runner: found in the tool cache, no request at all.
  const before = p.log.length;
  const again = await installToolchain({ version: tz.version, env: env(p.url) });
  assert.equal(again.source, "tool-cache");
  assert.equal(again.binDir, facts.binDir);
  assert.equal(p.log.length, before, "no zip (or any) request on the second run");

  // And with that go on PATH, the PATH wins.
  const onPath = await installToolchain({
    version: tz.version,
    env: { ...env(p.url), PATH: `${facts.binDir}:/usr/bin:/bin` },
  });
  assert.equal(onPath.source, "path");
  assert.equal(onPath.binDir, facts.binDir);
});

async function expectFailure(
  e: Record<string, string>,
  kind: string,
  rule: string,
  message: RegExp,
): Promise<void> {
  const r = await freshRunner();
  await assert.rejects(installToolchain({ version: tz.version, env: e }), (err: unknown) => {
    assert.ok(err instanceof ToolchainError, String(err));
    assert.equal(err.kind, kind, err.message);
    assert.equal(err.rule, rule, err.message);
    assert.match(err.message, message);
    return true;
  });
  assertNothingInstalled(r);
}

test("a corrupted zip fails as a security error and installs nothing", async () => {
  const p = await proxy({ faults: [{ path: /\.zip$/, corrupt: true }] });
  await expectFailure(env(p.url), "security", "toolchain-checksum-mismatch", /SECURITY ERROR/);
});

test("a different well-formed zip fails with checksum mismatch and both hashes", async () => {
  const evilTree = await writeToolchainProxyTree([{ ...tz, zip: substituteZip(tz) }]);
  const p = await startProxy({ dir: evilTree });
  servers.push(p);
  await expectFailure(
    env(p.url),
    "security",
    "toolchain-checksum-mismatch",
    /checksum mismatch\n\tdownloaded: h1:\S+\n\tsum\.test\.local: h1:\S+/,
  );
  await rm(evilTree, { recursive: true, force: true });
});

test("a database signed by another key (wrong GOSUMDB key) fails and installs nothing", async () => {
  const p = await proxy();
  await expectFailure(
    env(p.url, `${foreignKey(db.name)} ${db.url}`),
    "security",
    "toolchain-sumdb-unverified",
    /SECURITY ERROR[\s\S]*not signed by the configured key/,
  );
});

test("a database without the record (404, 410) fails and installs nothing", async () => {
  const p = await proxy();
  for (const status of [404, 410]) {
    db.setFault({ path: "/lookup/golang.org/toolchain@", status, times: 1 });
    await expectFailure(
      env(p.url),
      "security",
      "toolchain-sumdb-no-record",
      new RegExp(`${status}[\\s\\S]*no record of this toolchain`),
    );
  }
  db.clearFaults();
});

test("a tampered lookup record (not the logged one) cannot be authenticated", async () => {
  const p = await proxy();
  db.tamper(TOOLCHAIN_MODULE, tz.moduleVersion, {
    zip: `h1:${Buffer.alloc(32).toString("base64")}`,
  });
  try {
    await expectFailure(
      env(p.url),
      "security",
      "toolchain-sumdb-unverified",
      /cannot authenticate record data/,
    );
  } finally {
    // Restore: tamper with the true hash again is a no-op record.
    db.tamper(TOOLCHAIN_MODULE, tz.moduleVersion, {});
  }
});

test("GOSUMDB=off does not switch verification off: the install refuses, like go", async () => {
  const p = await proxy();
  await expectFailure(
    env(p.url, "off"),
    "config",
    "toolchain-sumdb-off",
    /checksum database disabled by GOSUMDB=off/,
  );
  assert.equal(p.log.length, 0, "refused before any download");
});

test('"," falls through only on 404/410: a 500 from the first proxy stops the walk', async () => {
  const bad = await proxy({ faults: [{ path: "/golang.org/toolchain/", status: 500 }] });
  const good = await proxy();
  await expectFailure(
    env(`${bad.url},${good.url}`),
    "network",
    "toolchain-proxy-failed",
    /500 Internal Server Error/,
  );
  assert.equal(good.log.length, 0, "the second proxy is never asked");
});

test('"|" falls through on any error: the second proxy serves, and the attempts say so', async () => {
  const bad = await proxy({ faults: [{ path: "/golang.org/toolchain/", status: 500 }] });
  const good = await proxy();
  await freshRunner();
  const facts = await installToolchain({ version: tz.version, env: env(`${bad.url}|${good.url}`) });
  assert.equal(facts.source, "proxy");
  assert.equal(facts.origin, good.url);
  assert.deepEqual(
    facts.attempts?.map((a) => [a.origin, a.status, a.outcome]),
    [
      [bad.url, 500, "fell-through"],
      [good.url, 200, "served"],
    ],
  );
});

test('"," falls through on 404: a proxy that does not mirror golang.org/toolchain is skipped', async () => {
  const empty = await proxy({ omit: [TOOLCHAIN_MODULE] });
  const good = await proxy();
  await freshRunner();
  const facts = await installToolchain({
    version: tz.version,
    env: env(`${empty.url},${good.url}`),
  });
  assert.equal(facts.origin, good.url);
  assert.equal(facts.attempts?.[0]?.outcome, "not-found");
});

test("nobody has it: toolchain not available, in Go's words", async () => {
  const empty = await proxy({ omit: [TOOLCHAIN_MODULE] });
  await expectFailure(
    env(`${empty.url},off`),
    "not-found",
    "toolchain-not-available",
    /download go1\.23\.5 for linux\/amd64: toolchain not available/,
  );
});

test("checksum lookups go through a proxy that supports the database (no GOSUMDB URL)", async () => {
  const p = await proxy({ sumdb: { name: db.name, url: db.url } });
  await freshRunner();
  const facts = await installToolchain({ version: tz.version, env: env(p.url, db.key) });
  assert.equal(facts.source, "proxy");
  assert.ok(p.log.some((e) => e.path === `/sumdb/${db.name}/supported`));
  assert.ok(p.log.some((e) => e.path.startsWith(`/sumdb/${db.name}/lookup/golang.org/toolchain@`)));
});
