// GOTOOLCHAIN=auto pre-warm, proven with a real go1.21: the module asks for go1.23.5, we fetch and
// verify it into GOMODCACHE, then with the proxy and the checksum database shut down (and
// GOPROXY=off) go1.21 switches to go1.23.5 and builds. The layout is compared with what go1.21
// writes when it downloads the same toolchain itself.
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { prewarmToolchains } from "../../../src/toolchain/prewarm.ts";
import { planToolchainPrewarm } from "../../../src/toolchain/switch-plan.ts";
import { makeWritable } from "../../../src/toolchain/extract.ts";
import { startProxy, type ProxyServer } from "../../support/proxy-server.ts";
import { startSumdb, type SumdbServer } from "../../support/sumdb-server.ts";
import {
  TOOLCHAIN_MODULE,
  toolchainZip,
  writeToolchainProxyTree,
  type ToolchainZip,
} from "../../support/toolchain-zip.ts";
import { goTelemetryOff } from "../../support/fixtures.ts";
import { toolchain } from "../../support/toolchains.ts";

const run = promisify(execFile);
const GO121 = toolchain("1.21");
const GO123 = toolchain("1.23");

let tz: ToolchainZip;
let tree: string;
let db: SumdbServer;
let proxy: ProxyServer;
let root: string;

beforeAll(async () => {
  tz = await toolchainZip({ goroot: GO123.goroot, variant: "build" });
  tree = await writeToolchainProxyTree([tz]);
  db = await startSumdb();
  db.addFillers(5);
  db.addModule(TOOLCHAIN_MODULE, tz.moduleVersion, tz.zip, tz.mod);
  proxy = await startProxy({ dir: tree });
  root = await mkdtemp(join(tmpdir(), "tc-prewarm-"));
});

afterAll(async () => {
  await proxy.close();
  await db.close();
  await makeWritable(root);
  await rm(root, { recursive: true, force: true });
  await rm(tree, { recursive: true, force: true });
});

async function moduleDir(name: string, gomod: string): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "go.mod"), gomod);
  await writeFile(
    join(dir, "main.go"),
    'package main\n\nimport (\n\t"fmt"\n\t"runtime"\n)\n\nfunc main() { fmt.Println(runtime.Version()) }\n',
  );
  return dir;
}

function goEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  goTelemetryOff(home);
  return {
    PATH: `${GO121.goroot}/bin:/usr/bin:/bin`,
    HOME: home,
    GOPATH: join(home, "gopath"),
    GOMODCACHE: join(home, "modcache"),
    GOCACHE: join(root, "gocache"), // shared: the second build reuses the first one's std
    GOPROXY: proxy.url,
    GOSUMDB: db.gosumdb,
    GOTOOLCHAIN: "auto",
    GOFLAGS: "",
    CGO_ENABLED: "0",
    ...extra,
  };
}

async function listTree(dir: string): Promise<string[]> {
  const { stdout } = await run("find", [dir, "-printf", "%P %y %m\n"], { maxBuffer: 64 << 20 });
  return stdout
    .split("\n")
    .filter((l) => l && !l.startsWith(" "))
    .sort();
}

test("pre-warmed go1.23.5 lets a real go1.21 switch and build offline, in Go's own layout", async () => {
  const gomod = "module example.com/m\n\ngo 1.22.0\n\ntoolchain go1.23.5\n";
  const mod = await moduleDir("m", gomod);
  const ours = join(root, "ours");
  const env = goEnv(ours);

  const plan = await planToolchainPrewarm({ dirs: [mod], localVersion: "go1.21.13", env });
  assert.deepEqual(
    plan.switches.map((s) => [s.toolchain, s.directive, s.line, s.action]),
    [["go1.23.5", "toolchain", 5, "download"]],
  );
  assert.deepEqual(plan.downloads, ["1.23.5"]);

  const t0 = performance.now();
  const res = await prewarmToolchains({ dirs: [mod], localVersion: "go1.21.13", env, plan });
  const prewarmMs = performance.now() - t0;
  assert.equal(res.prewarmed.length, 1);
  assert.equal(res.prewarmed[0]!.source, "proxy");
  assert.equal(res.prewarmed[0]!.verified?.treeSize, db.size());
  assert.ok(res.diagnostics.some((d) => d.rule === "toolchain-prewarmed"));

  // Control: go1.21 downloading the same toolchain itself, into another module cache.
  const theirs = join(root, "theirs");
  const control = await run(GO121.goBin, ["run", "."], { cwd: mod, env: goEnv(theirs) });
  assert.equal(control.stdout.trim(), "go1.23.5");
  const zipRequests = proxy.log.filter((e) => e.path.endsWith(".zip")).length;
  assert.equal(zipRequests, 2, "one zip for us, one for go's own download");

  // Offline: no proxy, no database, GOPROXY=off.
  await proxy.close();
  await db.close();
  const t1 = performance.now();
  const offline = await run(GO121.goBin, ["run", "."], {
    cwd: mod,
    env: goEnv(ours, { GOPROXY: "off" }),
  });
  const offlineMs = performance.now() - t1;
  assert.equal(offline.stdout.trim(), "go1.23.5");
  assert.match(offline.stderr, /^$/, "no 'go: downloading go1.23.5'");
  const build = await run(GO121.goBin, ["build", "-o", join(ours, "m.bin"), "."], {
    cwd: mod,
    env: goEnv(ours, { GOPROXY: "off" }),
  });
  assert.equal(build.stderr, "");
  assert.equal((await run(join(ours, "m.bin"), [])).stdout.trim(), "go1.23.5");

  // Same files, kinds and modes as go's own download (after both switched once).
  const dl = "modcache/cache/download";
  for (const sub of ["modcache/golang.org", `${dl}/golang.org`, `${dl}/sumdb`]) {
    assert.deepEqual(await listTree(join(ours, sub)), await listTree(join(theirs, sub)), sub);
  }
  const zh = `${dl}/golang.org/toolchain/@v/${tz.moduleVersion}.ziphash`;
  assert.equal(await readFile(join(ours, zh), "utf8"), await readFile(join(theirs, zh), "utf8"));
  const zip = `${dl}/golang.org/toolchain/@v/${tz.moduleVersion}.zip`;
  assert.ok((await readFile(join(ours, zip))).equals(await readFile(join(theirs, zip))));
  console.log(
    `# zip ${(tz.zip.length / 1e6).toFixed(1)} MB (${tz.files} files); pre-warm ${Math.round(prewarmMs)} ms; offline go run ${Math.round(offlineMs)} ms`,
  );
});
