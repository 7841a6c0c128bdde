// Tiles of golang.org/x/mod/sumdb/tlog (tile.go): the hashes a log serves in fixed-height
// tiles, their paths, and reading stored hashes (and proofs) from tiles fetched beforehand.
import { SumdbError } from "./errors.ts";
import {
  HASH_SIZE,
  pow2,
  shl,
  shr,
  nodeHash,
  storedHashIndex,
  splitStoredHashIndex,
  subTreeIndex,
  readChecked,
  hashEqual,
  type Hash,
  type Tree,
  type HashReader,
} from "./tlog.ts";

/** The tile height the Go checksum database and cmd/go use. */
export const TILE_HEIGHT = 8;

/** A tile: height h, level l (-1 for record data), number n within the level, width w. */
export interface Tile {
  h: number;
  l: number;
  n: number;
  w: number;
}

function tileForIndexRange(h: number, index: number): { tile: Tile; start: number; end: number } {
  const split = splitStoredHashIndex(index);
  let level = split.level;
  let n = split.n;
  const l = Math.floor(level / h);
  level -= l * h; // level within the tile
  const tn = shr(shl(n, level), h);
  n -= shr(shl(tn, h), level); // position within the tile at that level
  const w = shl(n + 1, level);
  return {
    tile: { h, l, n: tn, w },
    start: shl(n, level) * HASH_SIZE,
    end: shl(n + 1, level) * HASH_SIZE,
  };
}

/** The smallest tile of height h that holds the stored hash with this index. */
export function tileForIndex(h: number, index: number): Tile {
  if (h <= 0) throw new Error(`TileForIndex: invalid height ${h}`);
  return tileForIndexRange(h, index).tile;
}

/** The hash at index, taken (or computed) from the bytes of tile t. */
export function hashFromTile(t: Tile, data: Uint8Array, index: number): Hash {
  if (t.h < 1 || t.h > 30 || t.l < 0 || t.l >= 64 || t.w < 1 || t.w > pow2(t.h)) {
    throw new SumdbError("invalid-tile", `invalid tile ${tilePath(t)}`);
  }
  if (data.length < t.w * HASH_SIZE) {
    throw new SumdbError(
      "invalid-tile",
      `data len ${data.length} too short for tile ${tilePath(t)}`,
    );
  }
  const { tile: t1, start, end } = tileForIndexRange(t.h, index);
  if (t.l !== t1.l || t.n !== t1.n || t.w < t1.w) {
    throw new SumdbError("invalid-tile", `index ${index} is in ${tilePath(t1)} not ${tilePath(t)}`);
  }
  return tileHash(data.subarray(start, end));
}

function tileHash(data: Uint8Array): Hash {
  if (data.length === 0) throw new Error("bad math in tileHash");
  if (data.length === HASH_SIZE) return Uint8Array.from(data);
  const half = data.length / 2;
  return nodeHash(tileHash(data.subarray(0, half)), tileHash(data.subarray(half)));
}

/** The tiles (of height h) that change when a tree grows from oldSize to newSize records. */
export function newTiles(h: number, oldSize: number, newSize: number): Tile[] {
  if (h <= 0) throw new Error(`NewTiles: invalid height ${h}`);
  const tiles: Tile[] = [];
  for (let level = 0; shr(newSize, h * level) > 0; level++) {
    const oldN = shr(oldSize, h * level);
    const newN = shr(newSize, h * level);
    if (oldN === newN) continue;
    for (let n = shr(oldN, h); n < shr(newN, h); n++) tiles.push({ h, l: level, n, w: pow2(h) });
    const n = shr(newN, h);
    const w = newN - shl(n, h);
    if (w > 0) tiles.push({ h, l: level, n, w });
  }
  return tiles;
}

/** The stored-hash indexes whose hashes make up tile t. */
export function tileIndexes(t: Tile): number[] {
  const size = t.w === 0 ? pow2(t.h) : t.w;
  const start = shl(t.n, t.h);
  return Array.from({ length: size }, (_, i) => storedHashIndex(t.h * t.l, start + i));
}

/** The bytes of tile t (a hash tile, l ≥ 0): its hashes, concatenated. */
export function readTileData(t: Tile, read: HashReader): Uint8Array {
  const indexes = tileIndexes(t);
  return new Uint8Array(Buffer.concat(readChecked(read, indexes)));
}

const PATH_BASE = 1000;

/** The tile's path: `tile/<H>/<L or data>/[x123/…]NNN[.p/<W>]`. */
export function tilePath(t: Tile): string {
  let n = t.n;
  let nStr = String(n % PATH_BASE).padStart(3, "0");
  while (n >= PATH_BASE) {
    n = Math.floor(n / PATH_BASE);
    nStr = `x${String(n % PATH_BASE).padStart(3, "0")}/${nStr}`;
  }
  const p = t.w !== pow2(t.h) ? `.p/${t.w}` : "";
  const l = t.l === -1 ? "data" : String(t.l);
  return `tile/${t.h}/${l}/${nStr}${p}`;
}

function atoi(s: string): number {
  return /^[+-]?\d+$/.test(s) ? Number(s) : Number.NaN;
}

/** tlog.ParseTilePath: the tile a path names; only the canonical spelling is accepted. */
export function parseTilePath(path: string): Tile {
  const bad = () =>
    new SumdbError("malformed-tile-path", `malformed tile path ${JSON.stringify(path)}`);
  let f = path.split("/");
  if (f.length < 4 || f[0] !== "tile") throw bad();
  const h = atoi(f[1]!);
  const isData = f[2] === "data";
  let l = isData ? 0 : atoi(f[2]!);
  if (!Number.isInteger(h) || !Number.isInteger(l) || h < 1 || l < 0 || h > 30) throw bad();
  let w = pow2(h);
  const dotP = f[f.length - 2]!;
  if (dotP.endsWith(".p")) {
    const ww = atoi(f[f.length - 1]!);
    if (!Number.isInteger(ww) || ww <= 0 || ww >= w) throw bad();
    w = ww;
    f[f.length - 2] = dotP.slice(0, -2);
    f = f.slice(0, -1);
  }
  let n = 0;
  for (const s of f.slice(3)) {
    const nn = atoi(s.startsWith("x") ? s.slice(1) : s);
    if (!Number.isInteger(nn) || nn < 0 || nn >= PATH_BASE) throw bad();
    n = n * PATH_BASE + nn;
  }
  if (isData) l = -1;
  const t = { h, l, n, w };
  if (tilePath(t) !== path) throw bad();
  return t;
}

/** The tile t grows into k levels up, in a tree of n records; undefined when it does not exist yet. */
function tileParent(t: Tile, k: number, n: number): Tile | undefined {
  const p = { h: t.h, l: t.l + k, n: shr(t.n, k * t.h), w: pow2(t.h) };
  const max = shr(n, p.l * p.h);
  if (shl(p.n, p.h) + p.w >= max) {
    if (shl(p.n, p.h) >= max) return undefined;
    p.w = max - shl(p.n, p.h);
  }
  return p;
}

/** What tileHashReader fetches to read the given indexes from tree, and where each index lives. */
export interface TilePlan {
  /** The tiles to read, in order; the first cover the tree's root subtrees. */
  tiles: Tile[];
  /** Stored-hash indexes of the complete subtrees whose hashes make the root hash. */
  stx: number[];
  stxTile: number[];
  indexTile: number[];
}

/** The tiles needed to read these stored hashes authenticated against tree (as tlog.TileHashReader). */
export function planTiles(tree: Tree, h: number, indexes: readonly number[]): TilePlan {
  const order = new Map<string, number>();
  const tiles: Tile[] = [];
  const add = (t: Tile) => {
    order.set(tilePath(t), tiles.length);
    tiles.push(t);
    return tiles.length - 1;
  };
  const stx = subTreeIndex(0, tree.n, []);
  const stxTile = stx.map((x) => {
    const t = tileParent(tileForIndex(h, x), 0, tree.n)!;
    return order.get(tilePath(t)) ?? add(t);
  });
  const limit = storedHashIndex(0, tree.n);
  const indexTile = indexes.map((x) => {
    if (x >= limit) throw new SumdbError("indexes-not-in-tree", "indexes not in tree");
    const tile = tileForIndex(h, x);
    let found = -1;
    let k = 0;
    for (; k < 64; k++) {
      const p = tileParent(tile, k, tree.n);
      const j = p && order.get(tilePath(p));
      if (j !== undefined) {
        if (k === 0) found = j;
        break;
      }
    }
    if (k === 64) throw new Error(`bad math in tileHashReader: ${tree.n} ${x}`);
    for (k--; k >= 0; k--) {
      const p = tileParent(tile, k, tree.n)!;
      if (p.w !== pow2(p.h)) {
        throw new Error(`bad math in tileHashReader: ${tree.n} ${x} ${tilePath(p)}`);
      }
      const j = add(p);
      if (k === 0) found = j;
    }
    return found;
  });
  return { tiles, stx, stxTile, indexTile };
}

/**
 * tlog.TileHashReader: reads stored hashes from tiles, checking that the tiles agree with the
 * tree's root hash (and each other) before trusting any hash in them. readTiles returns the
 * bytes of each tile it is given; errors are "downloaded inconsistent tile" and the like.
 */
export function tileHashReader(
  tree: Tree,
  h: number,
  readTiles: (tiles: Tile[]) => Uint8Array[],
): HashReader {
  return (indexes) => {
    const plan = planTiles(tree, h, indexes);
    const { tiles, stx, stxTile, indexTile } = plan;
    const data = readTiles(tiles);
    if (data.length !== tiles.length) {
      throw new Error(
        `TileReader returned bad result slice (len=${data.length}, want ${tiles.length})`,
      );
    }
    tiles.forEach((t, i) => {
      if (data[i]!.length !== t.w * HASH_SIZE) {
        throw new SumdbError(
          "inconsistent-tile",
          `TileReader returned bad result slice (${tilePath(t)} len=${data[i]!.length}, want ${t.w * HASH_SIZE})`,
        );
      }
    });
    if (stx.length > 0) {
      const last = stx.length - 1;
      let th = hashFromTile(tiles[stxTile[last]!]!, data[stxTile[last]!]!, stx[last]!);
      for (let i = stx.length - 2; i >= 0; i--) {
        th = nodeHash(hashFromTile(tiles[stxTile[i]!]!, data[stxTile[i]!]!, stx[i]!), th);
      }
      if (!hashEqual(th, tree.hash)) {
        throw new SumdbError("inconsistent-tile", "downloaded inconsistent tile");
      }
    }
    const order = new Map(tiles.map((t, i) => [tilePath(t), i]));
    for (let i = new Set(stxTile).size; i < tiles.length; i++) {
      const t = tiles[i]!;
      const p = tileParent(t, 1, tree.n);
      const j = p && order.get(tilePath(p));
      if (!p || j === undefined) {
        throw new Error(`bad math in tileHashReader ${tree.n}: lost parent of ${tilePath(t)}`);
      }
      const want = hashFromTile(p, data[j]!, storedHashIndex(p.l * p.h, t.n));
      if (!hashEqual(want, tileHash(data[i]!))) {
        throw new SumdbError("inconsistent-tile", "downloaded inconsistent tile");
      }
    }
    return indexes.map((x, i) => hashFromTile(tiles[indexTile[i]!]!, data[indexTile[i]!]!, x));
  };
}
