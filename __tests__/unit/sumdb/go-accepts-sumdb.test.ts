// End to end: a real `go mod download` verifies modules against the test-bed checksum database
// (built on src/sumdb), and rejects it when it lies, is signed by another key, or refuses.
// Each run has its own GOPATH/GOMODCACHE/GOCACHE, GOTOOLCHAIN=local, GOPROXY=file://…, and a
// GOSUMDB that names only 127.0.0.1.
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFixtures, isolatedGoEnv, type Fixtures } from "../../support/fixtures.ts";
import { foreignKey, startSumdb, type SumdbServer } from "../../support/sumdb-server.ts";
import { startProxy } from "../../support/proxy-server.ts";
import { testedToolchains, type Toolchain } from "../../support/toolchains.ts";
import { hashGoMod, hashZip } from "../../../src/sumdb/dirhash.ts";
import { openLookup, verifyLookup } from "../../../src/sumdb/verify.ts";

const HOST = "github.com/goproxy-fixture";
const GOOD = `${HOST}/sumgood`;
const TAMPERED = `${HOST}/sumtampered`;
const LIED = `${HOST}/sumlied`;
const GONE = `${HOST}/sumgone`;
const V = "v1.0.0";

let fx: Fixtures;
let big: SumdbServer | undefined;
const scratch: string[] = [];

/** One database shared by the toolchains, whose last record sits past tile 1000 of level 0. */
async function bigDb(): Promise<SumdbServer> {
  if (!big) {
    big = await startSumdb({ name: "sum.test.local/big" });
    big.addFillers(256_299);
    await big.addFromProxyDir(fx.proxyDir, GOOD, V); // id 256299: tile/8/0/x001/001.p/44
  }
  return big;
}

beforeAll(async () => {
  fx = await buildFixtures(
    [GOOD, TAMPERED, LIED, GONE].map((path) => ({ path, versions: [{ version: V }] })),
  );
});
afterAll(async () => {
  await big?.close();
  await fx?.cleanup();
  for (const d of scratch) await rm(d, { recursive: true, force: true });
});

interface GoRun {
  code: number;
  stdout: string;
  stderr: string;
  home: string;
}

async function goDownload(go: Toolchain, env: Record<string, string>, mod: string): Promise<GoRun> {
  const home = await mkdtemp(join(tmpdir(), "sumdb-go-"));
  scratch.push(home);
  const work = join(home, "work");
  await mkdir(work, { recursive: true });
  await writeFile(join(work, "go.mod"), "module example.com/sumdbcheck\n\ngo 1.16\n");
  const fullEnv = isolatedGoEnv(home, { GOFLAGS: "-mod=mod", ...env });
  assert.equal(fullEnv.GOTOOLCHAIN, "local");
  assert.ok(!("GONOSUMDB" in fullEnv) && !("GOPRIVATE" in fullEnv));
  return new Promise((resolve) => {
    execFile(
      go.goBin,
      ["mod", "download", "-json", mod],
      { cwd: work, env: fullEnv, timeout: 120_000, maxBuffer: 16 << 20 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : -1) : 0;
        resolve({ code, stdout, stderr, home });
      },
    );
  });
}

function sumsOf(path: string): { zip: string; mod: string } {
  const zip = fx.sums.find((l) => l.startsWith(`${path} ${V} `))!.split(" ")[2]!;
  const mod = fx.sums.find((l) => l.startsWith(`${path} ${V}/go.mod `))!.split(" ")[2]!;
  return { zip, mod };
}

test("dirhash agrees with go on the fixture zips and go.mod files", async () => {
  for (const path of [GOOD, TAMPERED, LIED, GONE]) {
    const base = join(fx.proxyDir, ...path.split("/"), "@v", V);
    const want = sumsOf(path);
    assert.equal(hashZip(await readFile(`${base}.zip`)), want.zip, path);
    assert.equal(hashGoMod(await readFile(`${base}.mod`)), want.mod, path);
  }
});

for (const go of testedToolchains()) {
  describe(`go ${go.version} and the test checksum database`, () => {
    let db: SumdbServer;
    const fakeZip = "h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    beforeAll(async () => {
      db = await startSumdb();
      for (const path of [GOOD, TAMPERED, GONE]) await db.addFromProxyDir(fx.proxyDir, path, V);
      // A consistent lie: the log itself records a zip hash the proxy's zip does not have.
      db.addModule(LIED, V, fakeZip, sumsOf(LIED).mod);
      // Signed truth, served lie: the lookup's record differs from the logged one.
      db.tamper(TAMPERED, V, { zip: fakeZip });
      db.setFault({ path: `/lookup/${GONE}@`, status: 410, body: "gone for this test\n" });
    });
    afterAll(() => db?.close());

    const env = () => ({ GOPROXY: `file://${fx.proxyDir}`, GOSUMDB: db.gosumdb });

    test("accepts a true record: download succeeds, hashes match the database", async () => {
      const r = await goDownload(go, env(), `${GOOD}@${V}`);
      assert.equal(r.code, 0, r.stderr + r.stdout);
      const info = JSON.parse(r.stdout) as { Sum: string; GoModSum: string; Error?: string };
      assert.equal(info.Error, undefined);
      const logged = db.record(GOOD, V)!.text;
      assert.equal(logged, `${GOOD} ${V} ${info.Sum}\n${GOOD} ${V}/go.mod ${info.GoModSum}\n`);
      assert.ok(db.log.some((e) => e.path === `/lookup/${GOOD}@${V}` && e.status === 200));
      assert.ok(db.log.some((e) => e.path.startsWith("/tile/8/0/000") && e.status === 200));
      // go kept the signed tree head it verified.
      const latest = join(r.home, "gopath", "pkg", "sumdb", db.name, "latest");
      assert.ok(existsSync(latest), "go stored the verified tree head");
      assert.equal(await readFile(latest, "utf8"), db.signedTree());
    });

    test("rejects a lookup whose record is not the logged one", async () => {
      const r = await goDownload(go, env(), `${TAMPERED}@${V}`);
      assert.notEqual(r.code, 0);
      assert.match(r.stdout + r.stderr, /cannot authenticate record data in server response/);
    });

    test("rejects a download that does not match a logged record: SECURITY ERROR", async () => {
      const r = await goDownload(go, env(), `${LIED}@${V}`);
      assert.notEqual(r.code, 0);
      const out = r.stdout + r.stderr;
      assert.match(out, /checksum mismatch/);
      assert.match(out, /SECURITY ERROR/);
      assert.ok(out.includes(`${db.name}: ${fakeZip}`), out);
    });

    test("rejects a tree head signed by another key of the same name", async () => {
      const r = await goDownload(
        go,
        { ...env(), GOSUMDB: `${foreignKey(db.name)} ${db.url}` },
        `${GOOD}@${V}`,
      );
      assert.notEqual(r.code, 0);
      assert.match(r.stdout + r.stderr, /reading tree note: note has no verifiable signatures/);
    });

    test("fails when the lookup answers 410", async () => {
      const r = await goDownload(go, env(), `${GONE}@${V}`);
      assert.notEqual(r.code, 0);
      assert.match(r.stdout + r.stderr, /410 Gone/);
    });

    test("works mounted under a proxy's /sumdb/<name>/ with GOSUMDB=<key> alone", async () => {
      const proxy = await startProxy({ dir: fx.proxyDir, sumdb: { name: db.name, url: db.url } });
      try {
        const r = await goDownload(go, { GOPROXY: proxy.url, GOSUMDB: db.key }, `${GOOD}@${V}`);
        assert.equal(r.code, 0, r.stderr + r.stdout);
        assert.ok(proxy.log.some((e) => e.path === `/sumdb/${db.name}/supported`));
        assert.ok(proxy.log.some((e) => e.path === `/sumdb/${db.name}/lookup/${GOOD}@${V}`));
      } finally {
        await proxy.close();
      }
    });

    test("accepts a record deep in a large tree (x001/ tile paths, three tile levels)", async () => {
      const db2 = await bigDb();
      const before = db2.log.length;
      const r = await goDownload(
        go,
        { GOPROXY: `file://${fx.proxyDir}`, GOSUMDB: db2.gosumdb },
        `${GOOD}@${V}`,
      );
      assert.equal(r.code, 0, r.stderr + r.stdout);
      const paths = db2.log.slice(before).map((e) => `${e.status} ${e.path}`);
      assert.deepEqual(paths.filter((p) => p.includes("/tile/")).sort(), [
        "200 /tile/8/0/x001/001.p/44",
        "200 /tile/8/1/003.p/233",
        "200 /tile/8/2/000.p/3",
      ]);
    });

    test("our verifier accepts what go accepted, over HTTP", async () => {
      const body = Buffer.from(await (await fetch(`${db.url}/lookup/${GOOD}@${V}`)).arrayBuffer());
      const { tiles: needed } = openLookup(db.key, body);
      const tiles = new Map<string, Uint8Array>();
      for (const p of needed) {
        const res = await fetch(`${db.url}/${p}`);
        assert.equal(res.status, 200, p);
        tiles.set(p, Buffer.from(await res.arrayBuffer()));
      }
      const v = verifyLookup({ key: db.key, body, tiles, path: GOOD, version: V });
      assert.deepEqual(
        v.matching.map((l) => l.hash),
        [sumsOf(GOOD).zip, sumsOf(GOOD).mod],
      );
      assert.throws(
        () => verifyLookup({ key: foreignKey(db.name), body, tiles }),
        /reading tree note: note has no verifiable signatures/,
      );
    });
  });
}
