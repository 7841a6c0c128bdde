// verifyLookup against the test-bed database (no go here; see go-accepts-sumdb.test.ts), and
// the database's own endpoints and faults.
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { openLookup, verifyLookup } from "../../../src/sumdb/verify.ts";
import { formatRecord, moduleRecordText, parseTree } from "../../../src/sumdb/records.ts";
import { openNote, newVerifier } from "../../../src/sumdb/note.ts";
import { foreignKey, startSumdb, type SumdbServer } from "../../support/sumdb-server.ts";

const Z = (c: string) => `h1:${c.repeat(43)}=`;
let db: SumdbServer;

beforeAll(async () => {
  db = await startSumdb({ name: "sum.test.local/verify" });
});
afterAll(() => db.close());

async function get(path: string): Promise<Buffer> {
  const r = await db.respond(path);
  assert.equal(r.status, 200, `${path}: ${r.body.toString()}`);
  return r.body;
}

async function fetchTiles(paths: string[]): Promise<Map<string, Uint8Array>> {
  const m = new Map<string, Uint8Array>();
  for (const p of paths) m.set(p, await get(`/${p}`));
  return m;
}

test("lookups verify at tile edges while the tree grows", async () => {
  db.addModule("example.com/first", "v1.0.0", Z("A"), Z("B"));
  db.addFillers(254);
  db.addModule("example.com/edge", "v0.1.0", Z("C"), Z("D")); // id 255, end of tile 0
  const early = await get("/lookup/example.com/edge@v0.1.0");
  db.addModule("example.com/Upper", "v2.0.0-RC1+incompatible", Z("E"), Z("F")); // id 256
  db.addFillers(343);
  db.addModule("example.com/last", "v1.0.0", Z("G"), Z("H")); // id 600

  const cases: [string, string, string, number][] = [
    ["example.com/first", "v1.0.0", "example.com/first@v1.0.0", 0],
    ["example.com/edge", "v0.1.0", "example.com/edge@v0.1.0", 255],
    [
      "example.com/Upper",
      "v2.0.0-RC1+incompatible",
      "example.com/!upper@v2.0.0-!r!c1+incompatible",
      256,
    ],
    ["example.com/last", "v1.0.0", "example.com/last@v1.0.0", 600],
  ];
  for (const [path, version, escaped, id] of cases) {
    const body = await get(`/lookup/${escaped}`);
    const opened = openLookup(db.key, body);
    assert.equal(opened.id, id);
    assert.equal(opened.tree.n, 601);
    const v = verifyLookup({
      key: db.key,
      body,
      tiles: await fetchTiles(opened.tiles),
      path,
      version,
    });
    assert.equal(v.matching.length, 2);
    assert.equal(v.text, db.record(path, version)!.text);
  }

  // A lookup from the 256-record tree, checked with full tiles fetched later: the partial tile
  // it names is cut from the full one, as cmd/go does.
  const old = openLookup(db.key, early);
  assert.equal(old.tree.n, 256);
  assert.deepEqual(old.tiles, ["tile/8/1/000.p/1", "tile/8/0/000"]);
  const later = await fetchTiles(["tile/8/0/000", "tile/8/1/000.p/2"]);
  const tiles = (p: string) => later.get(p === "tile/8/1/000.p/1" ? "x" : p);
  assert.throws(
    () => verifyLookup({ key: db.key, body: early, tiles }),
    /missing tile tile\/8\/1\/000.p\/1/,
  );
  const withFull = new Map(later).set(
    "tile/8/1/000.p/1",
    later.get("tile/8/1/000.p/2")!.subarray(0, 32),
  );
  verifyLookup({
    key: db.key,
    body: early,
    tiles: withFull,
    path: "example.com/edge",
    version: "v0.1.0",
  });
});

test("verification failures carry Go's messages", async () => {
  db.addModule("example.com/liar", "v1.0.0", Z("I"), Z("J"));
  const body = await get("/lookup/example.com/liar@v1.0.0");
  const opened = openLookup(db.key, body);
  const tiles = await fetchTiles(opened.tiles);

  // Another key of the same name.
  assert.throws(
    () => verifyLookup({ key: foreignKey(db.name), body, tiles }),
    /^SumdbError: reading tree note: note has no verifiable signatures$/,
  );
  // The served record is not the logged one.
  db.tamper("example.com/liar", "v1.0.0", { zip: Z("K") });
  const lie = await get("/lookup/example.com/liar@v1.0.0");
  assert.match(lie.toString(), /example.com\/liar v1.0.0 h1:KKKK/);
  assert.throws(
    () => verifyLookup({ key: db.key, body: lie, tiles }),
    /cannot authenticate record data in server response/,
  );
  // A tile that does not hash to the signed root.
  const corrupt = new Map(tiles);
  const first = opened.tiles[0]!;
  const bytes = Buffer.from(tiles.get(first)!);
  bytes[0]! ^= 1;
  corrupt.set(first, bytes);
  assert.throws(
    () => verifyLookup({ key: db.key, body, tiles: corrupt }),
    /downloaded inconsistent tile/,
  );
  // A record id outside the signed tree.
  const signed = body.subarray(body.indexOf("\n\n") + 2);
  const n = parseTree(openNote(signed, [newVerifier(db.key)]).text).n;
  const outside =
    formatRecord(n, moduleRecordText("example.com/x", "v1.0.0", Z("L"), Z("M"))) +
    signed.toString();
  assert.throws(
    () => openLookup(db.key, outside),
    new RegExp(`cannot validate record ${n} in tree of size ${n}`),
  );
  // The record is for another module than the one asked for.
  assert.throws(
    () => verifyLookup({ key: db.key, body, tiles, path: "example.com/other", version: "v1.0.0" }),
    /has no lines for example.com\/other@v1.0.0/,
  );
});

test("endpoints: latest, data tiles, 404s, 400s, injected faults", async () => {
  assert.equal((await get("/latest")).toString(), db.signedTree());
  const data = (await get("/tile/8/data/000.p/2")).toString();
  // Each record text followed by a blank line, as x/mod's server writes data tiles.
  const zero = `h1:${Buffer.alloc(32).toString("base64")}`;
  const filler = moduleRecordText("example.com/filler/m1", "v1.0.0", zero, zero);
  assert.equal(data, `${db.record("example.com/first", "v1.0.0")!.text}\n${filler}\n`);
  const size = db.size();
  const lastTile = Math.floor(size / 256);
  assert.equal((await db.respond(`/tile/8/0/00${lastTile}.p/${(size % 256) + 1}`)).status, 404);
  assert.equal((await db.respond(`/tile/8/0/00${lastTile}.p/${size % 256}`)).status, 200);
  assert.equal((await db.respond("/tile/8/0/0001")).status, 400);
  assert.equal((await db.respond("/lookup/example.com/nope@v1.0.0")).status, 404);
  assert.equal((await db.respond("/lookup/example.com/nope@latest")).status, 400);
  assert.equal((await db.respond("/nothing")).status, 404);

  db.setFault({ path: "/lookup/example.com/first@", status: 500, times: 1 });
  db.setFault({ path: /^\/tile\/8\/1\//, status: 503, body: "busy\n" });
  assert.equal((await db.respond("/lookup/example.com/first@v1.0.0")).status, 500);
  assert.equal((await db.respond("/lookup/example.com/first@v1.0.0")).status, 200);
  const busy = await db.respond("/tile/8/1/000.p/2");
  assert.deepEqual([busy.status, busy.body.toString()], [503, "busy\n"]);
  db.clearFaults();
  assert.equal((await db.respond("/tile/8/1/000.p/2")).status, 200);

  // Over HTTP, with the same log.
  const before = db.log.length;
  const res = await fetch(`${db.url}/lookup/example.com/first@v1.0.0`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "text/plain; charset=UTF-8");
  assert.deepEqual(
    db.log.slice(before).map(({ method, path, status }) => ({ method, path, status })),
    [{ method: "GET", path: "/lookup/example.com/first@v1.0.0", status: 200 }],
  );
  assert.equal(db.gosumdb, `${db.key} ${db.url}`);
  assert.match(db.key, /^sum\.test\.local\/verify\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
});
