// Transparency-log math against golang.org/x/mod/sumdb/tlog's tests (TestTree with tiles of
// height 2, tile paths, split indexes, NewTiles counts, the empty tree).
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import {
  checkRecord,
  checkTree,
  emptyTreeHash,
  hashEqual,
  nodeHash,
  parseHash,
  proveRecord,
  proveTree,
  recordHash,
  splitStoredHashIndex,
  storedHashCount,
  storedHashIndex,
  storedHashes,
  treeHash,
  type Hash,
  type HashReader,
} from "../../../src/sumdb/tlog.ts";
import {
  hashFromTile,
  newTiles,
  parseTilePath,
  readTileData,
  tileForIndex,
  tileHashReader,
  tilePath,
  type Tile,
} from "../../../src/sumdb/tiles.ts";

const sha = (...parts: Uint8Array[]) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

test("record and node hashes are RFC 6962's", () => {
  assert.deepEqual(recordHash("hello"), sha(Buffer.of(0), Buffer.from("hello")));
  const a = recordHash("a");
  const b = recordHash("b");
  assert.deepEqual(nodeHash(a, b), sha(Buffer.of(1), a, b));
  assert.equal(
    Buffer.from(recordHash("hello world")).toString("base64"),
    "TszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=",
  );
  assert.deepEqual(emptyTreeHash(), sha());
  assert.deepEqual(
    treeHash(0, () => []),
    sha(),
  );
  assert.throws(
    () => parseHash("TszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBTOOBIG="),
    /malformed hash/,
  );
});

test("stored hash indexes: known values and the split round trip", () => {
  // Records 0..3 store: h0, h1, (h0h1), h2, h3, (h2h3), ((h0h1)(h2h3)).
  assert.deepEqual(
    [
      storedHashIndex(0, 0),
      storedHashIndex(0, 1),
      storedHashIndex(1, 0),
      storedHashIndex(0, 2),
      storedHashIndex(0, 3),
      storedHashIndex(1, 1),
      storedHashIndex(2, 0),
    ],
    [0, 1, 2, 3, 4, 5, 6],
  );
  for (let l = 0; l < 10; l++) {
    for (let n = 0; n < 100; n++) {
      assert.deepEqual(splitStoredHashIndex(storedHashIndex(l, n)), { level: l, n });
    }
  }
  // Large indexes stay exact (no 32-bit arithmetic).
  const big = 49_516_586;
  assert.deepEqual(splitStoredHashIndex(storedHashIndex(0, big)), { level: 0, n: big });
  assert.deepEqual(splitStoredHashIndex(storedHashIndex(13, 5_000)), { level: 13, n: 5_000 });
});

test("tile paths (x/mod TestTilePath)", () => {
  const cases: [string, Tile | undefined][] = [
    ["tile/4/0/001", { h: 4, l: 0, n: 1, w: 16 }],
    ["tile/4/0/001.p/5", { h: 4, l: 0, n: 1, w: 5 }],
    ["tile/3/5/x123/x456/078", { h: 3, l: 5, n: 123456078, w: 8 }],
    ["tile/3/5/x123/x456/078.p/2", { h: 3, l: 5, n: 123456078, w: 2 }],
    ["tile/1/0/x003/x057/500", { h: 1, l: 0, n: 3057500, w: 2 }],
    ["tile/3/5/123/456/078", undefined],
    ["tile/3/-1/123/456/078", undefined],
    ["tile/1/data/x003/x057/500", { h: 1, l: -1, n: 3057500, w: 2 }],
    ["tile/8/0/1000", undefined],
    ["tile/8/0/000.p/256", undefined],
    ["tile/8/0/000.p/0", undefined],
    ["tile/8/+0/000", undefined],
    ["tile/31/0/000", undefined],
    ["tile/8/0/x001/000", { h: 8, l: 0, n: 1000, w: 256 }],
    ["tile/8/data/000.p/5", { h: 8, l: -1, n: 0, w: 5 }],
  ];
  for (const [path, tile] of cases) {
    if (tile) {
      assert.equal(tilePath(tile), path);
      assert.deepEqual(parseTilePath(path), tile);
    } else {
      assert.throws(() => parseTilePath(path), /malformed tile path/, path);
    }
  }
});

test("newTiles counts (x/mod TestNewTilesForSize, height 10)", () => {
  const cases: [number, number, number][] = [
    [1, 1, 0],
    [100, 101, 1],
    [1023, 1025, 3],
    [1024, 1030, 1],
    [1030, 2000, 1],
    [1030, 10000, 10],
    [49516517, 49516586, 3],
  ];
  for (const [oldSize, newSize, want] of cases) {
    assert.equal(newTiles(10, oldSize, newSize).length, want, `${oldSize}-${newSize}`);
  }
});

test("a growing tree: hashes, tiles, record and tree proofs (x/mod TestTree, height 2)", () => {
  const H = 2;
  const storage: Hash[] = [];
  const read: HashReader = (indexes) => {
    for (let i = 1; i < indexes.length; i++) assert.ok(indexes[i - 1]! < indexes[i]!);
    return indexes.map((x) => storage[x]!);
  };
  const tiles = new Map<string, Uint8Array>();
  const trees: Hash[] = [];
  const leaves: Hash[] = [];
  // x/mod grows to 100 records; 70 still spans four tile levels at height 2 (70 > 4**3).
  for (let i = 0; i < 70; i++) {
    const data = `leaf ${i}`;
    const hashes = storedHashes(i, data, read);
    leaves.push(recordHash(data));
    const oldStorage = storage.length;
    storage.push(...hashes);
    assert.equal(storedHashCount(i + 1), storage.length);
    const th = treeHash(i + 1, read);

    for (const tile of newTiles(H, i, i + 1)) {
      const data = readTileData(tile, read);
      const old = tiles.get(tilePath({ ...tile, w: tile.w - 1 })) ?? new Uint8Array(0);
      assert.equal(old.length, data.length - 32, `tile ${tilePath(tile)} extends the earlier one`);
      assert.deepEqual(data.subarray(0, old.length), old);
      tiles.set(tilePath(tile), data);
    }
    for (const tile of newTiles(H, 0, i + 1)) {
      assert.deepEqual(tiles.get(tilePath(tile)), readTileData(tile, read));
    }
    for (let j = oldStorage; j < storage.length; j++) {
      const tile = tileForIndex(H, j);
      const data = tiles.get(tilePath(tile));
      assert.ok(data, `tile ${tilePath(tile)} for index ${j} stored`);
      assert.ok(hashEqual(hashFromTile(tile, data, j), storage[j]!));
    }
    trees.push(th);

    for (let j = 0; j <= i; j++) {
      const p = proveRecord(i + 1, j, read);
      checkRecord(p, i + 1, th, j, leaves[j]!);
      for (let k = 0; k < p.length; k++) {
        p[k]![0]! ^= 1;
        assert.throws(() => checkRecord(p, i + 1, th, j, leaves[j]!), /invalid transparency proof/);
        p[k]![0]! ^= 1;
      }
    }

    // Reading through verified tiles.
    const thr = tileHashReader({ n: i + 1, hash: th }, H, (ts) =>
      ts.map((t) => {
        const d = tiles.get(tilePath(t));
        assert.ok(d, `tile ${tilePath(t)} requested and present`);
        return d;
      }),
    );
    for (let j = 0; j <= i; j++) {
      const [h] = thr([storedHashIndex(0, j)]);
      assert.ok(hashEqual(h!, leaves[j]!));
      checkRecord(proveRecord(i + 1, j, thr), i + 1, th, j, leaves[j]!);
    }
    assert.throws(() => thr([(i + 1) * 2]), /indexes not in tree/);

    for (let j = 0; j <= i; j++) {
      assert.ok(hashEqual(treeHash(j + 1, thr), trees[j]!));
      const p = proveTree(i + 1, j + 1, thr);
      checkTree(p, i + 1, th, j + 1, trees[j]!);
      for (let k = 0; k < p.length; k++) {
        p[k]![0]! ^= 1;
        assert.throws(
          () => checkTree(p, i + 1, th, j + 1, trees[j]!),
          /invalid transparency proof/,
        );
        p[k]![0]! ^= 1;
      }
    }
  }
});

test("tileHashReader rejects a tile that disagrees with the signed root", () => {
  const H = 2;
  const storage: Hash[] = [];
  const read: HashReader = (ix) => ix.map((x) => storage[x]!);
  for (let i = 0; i < 20; i++) storage.push(...storedHashes(i, `leaf ${i}`, read));
  const tree = { n: 20, hash: treeHash(20, read) };
  const tiles = new Map(newTiles(H, 0, 20).map((t) => [tilePath(t), readTileData(t, read)]));
  const ok = tileHashReader(tree, H, (ts) => ts.map((t) => tiles.get(tilePath(t))!));
  assert.ok(hashEqual(ok([storedHashIndex(0, 5)])[0]!, recordHash("leaf 5")));

  // Corrupt the level-0 tile holding record 5: its parent tile no longer agrees.
  const t5 = tilePath({ ...tileForIndex(H, storedHashIndex(0, 5)), w: 4 });
  assert.equal(t5, "tile/2/0/001");
  const bad = Buffer.from(tiles.get(t5)!);
  bad[3]! ^= 1;
  const corrupt = new Map(tiles).set(t5, bad);
  const r = tileHashReader(tree, H, (ts) => ts.map((t) => corrupt.get(tilePath(t))!));
  assert.throws(() => r([storedHashIndex(0, 5)]), /downloaded inconsistent tile/);

  // A root hash that is not the tree's.
  const wrong = tileHashReader({ n: 20, hash: recordHash("x") }, H, (ts) =>
    ts.map((t) => tiles.get(tilePath(t))!),
  );
  assert.throws(() => wrong([storedHashIndex(0, 5)]), /downloaded inconsistent tile/);

  // A short tile.
  const short = tileHashReader(tree, H, (ts) =>
    ts.map((t) => tiles.get(tilePath(t))!.subarray(0, 32)),
  );
  assert.throws(() => short([storedHashIndex(0, 5)]), /bad result slice/);
});
