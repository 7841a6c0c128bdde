// Restored module versions go.sum does not list, checked against a real checksum database on
// 127.0.0.1 (signed tree, tiles, inclusion proofs): a match keeps the files, a mismatch removes
// them with the security finding, an unreachable database removes them, and GOSUMDB=off /
// GONOSUMDB / GOPRIVATE keep the database out of it exactly as they keep Go from asking.
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseCoversAll, openDatabase, usesDatabase } from "../../../src/cache/database.ts";
import { untrustedFilesDiagnostic } from "../../../src/cache/rules.ts";
import { verifyModuleCache } from "../../../src/cache/verify.ts";
import { goSettingsFromEnv } from "../../../src/settings/go-settings.ts";
import { startSumdb, type SumdbServer } from "../../support/sumdb-server.ts";
import { writeZip } from "../../support/toolchain-zip.ts";

const GO = { major: 1, minor: 26, patch: 0 };
const V = "v1.0.0";

function moduleZip(path: string, body: string): { zip: Buffer; mod: string } {
  const mod = `module ${path}\n\ngo 1.21\n`;
  const prefix = `${path}@${V}/`;
  const zip = writeZip([
    { name: `${prefix}go.mod`, data: Buffer.from(mod), mode: 0o644 },
    { name: `${prefix}x.go`, data: Buffer.from(`package x\n\n${body}\n`), mode: 0o644 },
  ]);
  return { zip, mod };
}

const KEPT = "example.com/kept";
const ALTERED = "example.com/altered";
const PRIVATE = "example.com/private";
const MODULES = [KEPT, ALTERED, PRIVATE];

let db: SumdbServer;
let home: string;
beforeAll(async () => {
  db = await startSumdb();
  home = await mkdtemp(join(tmpdir(), "vdb-home-"));
  for (const p of MODULES) {
    const m = moduleZip(p, "// as published");
    db.addModule(p, V, m.zip, m.mod);
  }
});
afterAll(async () => {
  await db?.close();
  if (home) await rm(home, { recursive: true, force: true });
});

/** A restored GOMODCACHE: every module as published, except ALTERED's zip. */
async function restoredCache(): Promise<string> {
  const gomodcache = await mkdtemp(join(tmpdir(), "vdb-modcache-"));
  for (const p of MODULES) {
    const m = moduleZip(p, p === ALTERED ? 'func init() { println("pwned") }' : "// as published");
    const dir = join(gomodcache, "cache", "download", ...p.split("/"), "@v");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${V}.zip`), m.zip);
    await writeFile(join(dir, `${V}.mod`), m.mod);
    await writeFile(join(dir, `${V}.ziphash`), "h1:forged=");
    await writeFile(join(dir, `${V}.info`), `{"Version":"${V}"}`);
  }
  return gomodcache;
}

const zipOf = (gomodcache: string, p: string) =>
  join(gomodcache, "cache", "download", ...p.split("/"), "@v", `${V}.zip`);

async function verify(env: Record<string, string>) {
  const gomodcache = await restoredCache();
  const jobEnv: Record<string, string> = { HOME: home, ...env };
  const settings = goSettingsFromEnv(jobEnv, GO);
  const database = openDatabase({ env: jobEnv, settings, timeoutMs: 20_000 });
  const before = db.log.length;
  try {
    const v = await verifyModuleCache({ gomodcache, sums: [], trees: false, database });
    const asked = db.log.slice(before).filter((l) => l.path.startsWith("/lookup/"));
    const kept = MODULES.filter((p) => existsSync(zipOf(gomodcache, p)));
    return { v, asked: asked.map((l) => l.path), kept };
  } finally {
    await database.close();
    await rm(gomodcache, { recursive: true, force: true });
  }
}

describe("versions go.sum does not list, against the checksum database", () => {
  test("a proven match is kept, a mismatch is removed and named, GONOSUMDB is never asked", async () => {
    const { v, asked, kept } = await verify({ GOSUMDB: db.gosumdb, GONOSUMDB: PRIVATE });
    assert.deepEqual(kept, [KEPT]);
    assert.equal(asked.length, 2, asked.join(", "));
    assert.ok(!asked.some((p) => p.includes("private")), "GONOSUMDB keeps Go from asking");
    assert.deepEqual(v.database, { vouched: 2, unanswered: 0 });
    const altered = v.rejected.find((r) => r.module === `${ALTERED}@${V}`)!;
    assert.equal(altered.why, "mismatch");
    assert.equal(altered.database, db.name);
    const priv = v.rejected.find((r) => r.module === `${PRIVATE}@${V}`)!;
    assert.equal(priv.why, "unlisted");
    // The finding on a partial hit: the database mismatch is news, the private version is not.
    const d = untrustedFilesDiagnostic(v, "partial", "key-1")!;
    assert.equal(d.rule, "cache-untrusted-files");
    assert.match(
      d.message,
      /example\.com\/altered@v1\.0\.0 \(zip: hash differs from the checksum database sum\.test\.local\)/,
    );
    assert.doesNotMatch(d.message, /private/);
  });

  test("GOPRIVATE stands in for an unset GONOSUMDB; GONOSUMCHECK is not Go's and changes nothing", async () => {
    const r = await verify({
      GOSUMDB: db.gosumdb,
      GOPRIVATE: "example.com/priv*",
      GONOSUMCHECK: "1",
    });
    assert.deepEqual(r.kept, [KEPT]);
    assert.equal(r.asked.length, 2);
    assert.equal(
      usesDatabase(
        goSettingsFromEnv({ GOPRIVATE: "example.com", GONOSUMDB: "other.org" }, GO),
        KEPT,
      ),
      true,
    );
  });

  test("GOSUMDB=off: nothing is asked and nothing unlisted is kept", async () => {
    const r = await verify({ GOSUMDB: "off" });
    assert.deepEqual(r.kept, []);
    assert.deepEqual(r.asked, []);
    assert.deepEqual(r.v.database, { vouched: 0, unanswered: 0 });
    assert.ok(r.v.rejected.every((x) => x.why === "unlisted"));
  });

  test("an unreachable database vouches for nothing: every unlisted version is removed", async () => {
    const r = await verify({ GOSUMDB: `${db.key} http://127.0.0.1:1` });
    assert.deepEqual(r.kept, []);
    assert.equal(r.v.database.unanswered, 3);
    assert.match(r.v.database.error ?? "", /127\.0\.0\.1:1/);
    assert.ok(r.v.rejected.every((x) => x.why === "unlisted"));
  });

  test("a database that answers with another key's signature vouches for nothing", async () => {
    const other = await startSumdb({ name: db.name });
    for (const p of MODULES) {
      const m = moduleZip(p, "// as published");
      other.addModule(p, V, m.zip, m.mod);
    }
    try {
      const r = await verify({ GOSUMDB: `${db.key} ${other.url}` });
      assert.deepEqual(r.kept, []);
      assert.equal(r.v.database.unanswered, 3);
      assert.match(r.v.database.error ?? "", /SECURITY ERROR|not signed|verif/i);
    } finally {
      await other.close();
    }
  });

  test("golang.org/toolchain is asked about even when GONOSUMDB matches it, as Go does", () => {
    assert.equal(
      usesDatabase(goSettingsFromEnv({ GONOSUMDB: "golang.org" }, GO), "golang.org/toolchain"),
      true,
    );
    assert.equal(
      usesDatabase(goSettingsFromEnv({ GONOSUMDB: "golang.org" }, GO), "golang.org/x/mod"),
      false,
    );
    assert.equal(
      usesDatabase(goSettingsFromEnv({ GOSUMDB: "off" }, GO), "golang.org/toolchain"),
      false,
    );
  });

  test("every module goes to the database only with GOSUMDB on and no GONOSUMDB/GOPRIVATE", () => {
    assert.equal(databaseCoversAll(goSettingsFromEnv({}, GO)), true);
    for (const env of [
      { GOSUMDB: "off" },
      { GONOSUMDB: "corp.example" },
      { GOPRIVATE: "corp.example" },
    ])
      assert.equal(databaseCoversAll(goSettingsFromEnv(env, GO)), false, JSON.stringify(env));
  });
});
