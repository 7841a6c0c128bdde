// What GOTOOLCHAIN will do, and the failures explained before Go hits them; version inputs.
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prewarmToolchains } from "../../../src/toolchain/prewarm.ts";
import { planToolchainPrewarm } from "../../../src/toolchain/switch-plan.ts";
import {
  listedVersions,
  resolveGoVersion,
  versionFromFile,
} from "../../../src/toolchain/resolve.ts";
import { parseVersionSpec, pickVersion } from "../../../src/toolchain/version-spec.ts";
import { compareGo, goModLookup } from "../../../src/toolchain/gover.ts";
import { TOOLCHAIN_RULES } from "../../../src/toolchain/rules.ts";
import { ToolchainError } from "../../../src/toolchain/errors.ts";
import { startProxy, type ProxyServer } from "../../support/proxy-server.ts";
import { startSumdb, type SumdbServer } from "../../support/sumdb-server.ts";
import {
  TOOLCHAIN_MODULE,
  toolchainZip,
  writeToolchainProxyTree,
} from "../../support/toolchain-zip.ts";
import { toolchain } from "../../support/toolchains.ts";
import { emittedIds } from "../../support/rule-catalogue.ts";

let root: string;
let tree: string;
let proxy: ProxyServer;
let db: SumdbServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "tc-plan-"));
  const tz = await toolchainZip({ goroot: toolchain("1.23").goroot, variant: "small" });
  tree = await writeToolchainProxyTree([tz], {
    listExtra: [
      "1.23.4",
      "1.23.10",
      "1.22.12",
      "1.24rc1",
      "v0.0.1-go1.23.11.darwin-arm64",
      "garbage",
    ],
  });
  proxy = await startProxy({ dir: tree });
  db = await startSumdb();
  db.addModule(TOOLCHAIN_MODULE, tz.moduleVersion, tz.zip, tz.mod);
});

afterAll(async () => {
  await proxy.close();
  await db.close();
  await rm(root, { recursive: true, force: true });
  await rm(tree, { recursive: true, force: true });
});

let n = 0;
async function mod(gomod: string, file = "go.mod"): Promise<string> {
  const dir = join(root, `m${n++}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, file), gomod);
  return dir;
}

const base = { PATH: "/usr/bin:/bin", HOME: "/nonexistent" };
const rules = (p: { diagnostics: { rule: string }[] }) => p.diagnostics.map((d) => d.rule).sort();

test("gover ordering and go.mod line lookup", () => {
  assert.ok(compareGo("1.21", "1.21rc1") < 0);
  assert.ok(compareGo("1.21rc1", "1.21.0") < 0);
  assert.ok(compareGo("1.21.0", "1.21.13") < 0);
  assert.equal(compareGo("1.20", "1.20.0"), 0);
  assert.ok(compareGo("1.23.5", "1.23.10") < 0);
  assert.deepEqual(goModLookup("module x\n\ngo 1.22 // c\n\ttoolchain go1.23.5\n", "toolchain"), {
    value: "go1.23.5",
    line: 4,
  });
  assert.equal(goModLookup("gopher 1\n", "go"), undefined);
});

test("the switch: toolchain line, go line (language version → .0), equal or older → none", async () => {
  const a = await mod("module a\ngo 1.21\ntoolchain go1.23.5\n");
  const b = await mod("module b\ngo 1.23\n");
  const c = await mod("module c\ngo 1.20\n");
  const d = await mod("module d\ngo 1.24.1\ntoolchain go1.23.5\n");
  const p = await planToolchainPrewarm({
    dirs: [a, b, c, d],
    localVersion: "go1.21.13",
    env: { ...base, GOTOOLCHAIN: "auto" },
  });
  assert.deepEqual(
    p.switches.map((s) => [s.dir, s.toolchain, s.directive]),
    [
      [a, "go1.23.5", "toolchain"],
      [b, "go1.23.0", "go"],
      [d, "go1.24.1", "go"],
    ],
  );
  assert.deepEqual(p.downloads, ["1.23.5", "1.23.0", "1.24.1"]);
  assert.deepEqual(rules(p), ["toolchain-language-version"]);
});

test("go.work wins over go.mod, GOWORK=off ignores it; a go1.X.Y on PATH is used instead of a download", async () => {
  const ws = await mod("go 1.21\ntoolchain go1.24.4\n", "go.work");
  const inner = join(ws, "inner");
  await mkdir(inner);
  await writeFile(join(inner, "go.mod"), "module inner\ngo 1.23.5\n");
  let p = await planToolchainPrewarm({ dirs: [inner], localVersion: "1.21.13", env: base });
  assert.equal(p.switches[0]?.toolchain, "go1.24.4");
  p = await planToolchainPrewarm({
    dirs: [inner],
    localVersion: "1.21.13",
    env: { ...base, GOWORK: "off" },
  });
  assert.equal(p.switches[0]?.toolchain, "go1.23.5");
  const bin = join(root, "bin");
  await mkdir(bin, { recursive: true });
  await symlink(toolchain("1.23").goBin, join(bin, "go1.23.5"));
  p = await planToolchainPrewarm({
    dirs: [inner],
    localVersion: "1.21.13",
    env: { ...base, GOWORK: "off", PATH: `${bin}:/usr/bin` },
  });
  assert.equal(p.switches[0]?.action, "path");
  assert.deepEqual(p.downloads, []);
});

test("GOTOOLCHAIN local / forced / path / invalid, and Go before 1.21", async () => {
  const m = await mod("module m\ngo 1.23.5\n");
  const plan = (GOTOOLCHAIN: string, localVersion = "go1.21.13") =>
    planToolchainPrewarm({ dirs: [m], localVersion, env: { ...base, GOTOOLCHAIN } });
  let p = await plan("local");
  assert.deepEqual(rules(p), ["toolchain-local-too-old"]);
  assert.match(
    p.diagnostics[0]!.message,
    /requires go >= 1\.23\.5 \(running go 1\.21\.13; GOTOOLCHAIN=local\)/,
  );
  p = await plan("go1.22.0");
  assert.deepEqual(rules(p), ["toolchain-local-too-old"]);
  assert.deepEqual(p.downloads, ["1.22.0"]);
  p = await plan("go1.22.0+auto");
  assert.deepEqual(p.downloads, ["1.23.5"]);
  p = await plan("path");
  assert.deepEqual(rules(p), ["toolchain-path-missing"]);
  assert.match(p.diagnostics[0]!.message, /cannot find "go1\.23\.5" in PATH/);
  p = await plan("bash");
  assert.deepEqual(rules(p), ["toolchain-gotoolchain-invalid"]);
  p = await plan("auto", "go1.19.8");
  assert.deepEqual(rules(p), ["toolchain-go-too-old"]);
  assert.deepEqual(p.switches, []);
});

test("settings that break the download are explained before Go hits them", async () => {
  const m = await mod("module m\ngo 1.23.5\n");
  const plan = (extra: Record<string, string>) =>
    planToolchainPrewarm({ dirs: [m], localVersion: "1.21.13", env: { ...base, ...extra } });
  let p = await plan({ GOSUMDB: "off", GOPROXY: proxy.url });
  assert.deepEqual(rules(p), ["toolchain-sumdb-off"]);
  assert.match(p.diagnostics[0]!.message, /checksum database disabled by GOSUMDB=off/);
  p = await plan({ GOPROXY: "off" });
  assert.deepEqual(rules(p), ["toolchain-goproxy-off"]);
  assert.match(p.diagnostics[0]!.message, /toolchain not available/);
  p = await plan({ GOPROXY: "direct" });
  assert.deepEqual(rules(p), ["toolchain-direct"]);
  p = await plan({ GOPROXY: proxy.url, GOPRIVATE: "golang.org" });
  assert.deepEqual(rules(p), ["toolchain-direct", "toolchain-gonosumdb-ignored"]);
  // The blocking ones stop the pre-warm without a request.
  const before = proxy.log.length;
  const r = await prewarmToolchains({
    dirs: [m],
    localVersion: "1.21.13",
    env: { ...base, GOSUMDB: "off", GOPROXY: proxy.url, GOMODCACHE: join(root, "mc0") },
  });
  assert.deepEqual(r.prewarmed, []);
  assert.equal(proxy.log.length, before);
});

test("a proxy that does not mirror golang.org/toolchain: warned when another serves, an error when none does", async () => {
  const m = await mod("module m\ngo 1.23.5\n");
  const empty = await startProxy({ omit: [TOOLCHAIN_MODULE] });
  try {
    const env = (goproxy: string, mc: string) => ({
      ...base,
      GOPROXY: goproxy,
      GOSUMDB: db.gosumdb,
      GOMODCACHE: join(root, mc),
    });
    let r = await prewarmToolchains({
      dirs: [m],
      localVersion: "1.21.13",
      env: env(`${empty.url},${proxy.url}`, "mc1"),
    });
    assert.equal(r.prewarmed[0]?.source, "proxy");
    assert.deepEqual(
      r.diagnostics.map((d) => [d.rule, d.severity]),
      [
        ["toolchain-not-mirrored", "warning"],
        ["toolchain-prewarmed", "notice"],
      ],
    );
    // Already unpacked there: nothing fetched again.
    const before = proxy.log.length;
    r = await prewarmToolchains({
      dirs: [m],
      localVersion: "1.21.13",
      env: env(`${empty.url},${proxy.url}`, "mc1"),
    });
    assert.equal(r.prewarmed[0]?.source, "modcache");
    assert.equal(proxy.log.length, before);
    r = await prewarmToolchains({
      dirs: [m],
      localVersion: "1.21.13",
      env: env(empty.url, "mc2"),
    });
    assert.deepEqual(r.prewarmed, []);
    assert.deepEqual(
      r.diagnostics.map((d) => [d.rule, d.severity]),
      [["toolchain-not-mirrored", "error"]],
    );
    assert.match(r.diagnostics[0]!.message, /toolchain not available/);
  } finally {
    await empty.close();
    const { makeWritable } = await import("../../../src/toolchain/extract.ts");
    await makeWritable(join(root, "mc1"));
  }
});

test("version specs and files", () => {
  assert.deepEqual(parseVersionSpec("go1.23.5"), { kind: "exact", version: "1.23.5" });
  assert.deepEqual(parseVersionSpec("1.24rc1"), { kind: "exact", version: "1.24rc1" });
  assert.deepEqual(parseVersionSpec("1.23.x"), { kind: "range", range: ">=1.23.0 <1.24.0-0" });
  assert.deepEqual(parseVersionSpec("stable"), { kind: "stable" });
  assert.equal(parseVersionSpec("1"), undefined);
  assert.deepEqual(versionFromFile("module m\n\ngo 1.22\n\ntoolchain go1.23.5\n", "/x/go.mod"), {
    spec: "1.23.5",
    line: 5,
    directive: "toolchain",
    warnings: [],
  });
  assert.equal(versionFromFile("go 1.22\ntoolchain default\n", "go.work")?.spec, "1.22");
  assert.equal(versionFromFile("# c\n1.23.5\n", ".go-version")?.spec, "1.23.5");
  assert.equal(versionFromFile("nodejs 22\ngolang 1.22.3\n", ".tool-versions")?.spec, "1.22.3");
  const list =
    "v0.0.1-go1.23.4.linux-amd64\nv0.0.1-go1.23.10.linux-amd64\nv0.0.1-go1.24rc1.linux-amd64\nv0.0.1-go1.23.11.darwin-arm64\n";
  const linux = listedVersions(list, "linux", "amd64");
  assert.deepEqual(linux, ["1.23.4", "1.23.10", "1.24rc1"]);
  assert.equal(pickVersion(parseVersionSpec("1.23")!, linux), "1.23.10");
  assert.equal(pickVersion(parseVersionSpec("stable")!, linux), "1.23.10");
  assert.equal(pickVersion(parseVersionSpec("1.24")!, linux), undefined);
});

test("resolveGoVersion: exact without a request, language versions from the chain's list", async () => {
  const env = { ...base, GOPROXY: proxy.url };
  const before = proxy.log.length;
  const exact = await resolveGoVersion({ goVersion: "go1.23.5", cwd: root, env });
  assert.equal(exact?.version, "1.23.5");
  assert.equal(proxy.log.length, before);
  const lang = await resolveGoVersion({ goVersion: "1.23", cwd: root, env });
  assert.equal(lang?.version, "1.23.10");
  assert.equal(lang?.listedBy, proxy.url);
  assert.ok(proxy.log.some((e) => e.path === "/golang.org/toolchain/@v/list"));
  // A range a Go in the tool cache satisfies is answered without a request (setup-go), unless check-latest.
  const listed = proxy.log.length;
  const range = { goVersion: "~1.23.0", cwd: root, env, cachedVersions: ["1.23.4", "1.22.1"] };
  const cached = await resolveGoVersion(range);
  assert.deepEqual(
    [cached?.version, cached?.fromToolCache, proxy.log.length],
    ["1.23.4", true, listed],
  );
  const latest = await resolveGoVersion({ ...range, checkLatest: true });
  assert.deepEqual([latest?.version, latest?.fromToolCache], ["1.23.10", undefined]);
  const m = await mod("module m\ngo 1.22\n");
  const fromFile = await resolveGoVersion({ goVersionFile: "go.mod", cwd: m, env });
  assert.equal(fromFile?.version, "1.22.12");
  assert.equal(fromFile?.directive, "go");
  assert.equal(await resolveGoVersion({ cwd: root, env }), undefined);
  const both = await resolveGoVersion({
    goVersion: "1.23.5",
    goVersionFile: "go.mod",
    cwd: m,
    env,
  });
  assert.equal(both?.version, "1.23.5");
  assert.equal(both?.warnings.length, 1);
  await assert.rejects(
    resolveGoVersion({ goVersion: "1.25", cwd: root, env }),
    (e: unknown) =>
      e instanceof ToolchainError &&
      /lists no Go toolchain for \S+ matching >=1\.25\.0 /.test(e.message),
  );
  await assert.rejects(
    resolveGoVersion({ goVersion: "latest-ish", cwd: root, env }),
    (e: unknown) => e instanceof ToolchainError && e.rule === "toolchain-version-invalid",
  );
  const empty = await startProxy({ omit: [TOOLCHAIN_MODULE] });
  await assert.rejects(
    resolveGoVersion({ goVersion: "1.23", cwd: root, env: { ...base, GOPROXY: empty.url } }),
    (e: unknown) => e instanceof ToolchainError && e.rule === "toolchain-not-mirrored",
  );
  await empty.close();
});

test("direct: the go-import mod target is used with the proxy protocol", async () => {
  const { createServer } = await import("node:http");
  const meta = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(
      `<html><head><meta name="go-import" content="golang.org/toolchain mod ${proxy.url}"></head></html>`,
    );
  });
  await new Promise<void>((r) => meta.listen(0, "127.0.0.1", r));
  const port = (meta.address() as { port: number }).port;
  try {
    const r = await resolveGoVersion({
      goVersion: "1.23",
      cwd: root,
      env: { ...base, GOPROXY: "direct" },
      goImportUrl: `http://127.0.0.1:${port}/golang.org/toolchain?go-get=1`,
    });
    assert.equal(r?.version, "1.23.10");
    assert.equal(r?.listedBy, `direct (${proxy.url})`);
  } finally {
    meta.close();
  }
});

test("every rule the code emits is in TOOLCHAIN_RULES", async () => {
  const ids = new Set<string>(TOOLCHAIN_RULES.map((r) => r.id));
  assert.equal(ids.size, TOOLCHAIN_RULES.length, "unique ids");
  for (const id of await emittedIds("toolchain", "toolchain"))
    assert.ok(ids.has(id), `${id} is not in TOOLCHAIN_RULES`);
});
