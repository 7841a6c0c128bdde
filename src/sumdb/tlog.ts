// The transparency-log math of golang.org/x/mod/sumdb/tlog: record and node hashes, stored hash
// indexes, tree hashes, record (inclusion) and tree (consistency) proofs, and tiles.
//
// Numbers are JavaScript numbers, exact up to 2**53; no bitwise operators are used on them.
// A HashReader is synchronous: the caller gathers the bytes (tiles) first, then does the math.
import { hash as sha256Once } from "node:crypto";
import { decodeStdBase64 } from "../go/base64.ts";
import { SumdbError } from "./errors.ts";

export const HASH_SIZE = 32;
/** The tile height the Go checksum database and cmd/go use. */
export const TILE_HEIGHT = 8;

export type Hash = Uint8Array;

/** A tree head: its size (number of records) and root hash. */
export interface Tree {
  n: number;
  hash: Hash;
}

/** Reads stored hashes by stored-hash index; must return one hash per index, in order. */
export type HashReader = (indexes: readonly number[]) => Hash[];

/** A tile: height h, level l (-1 for record data), number n within the level, width w. */
export interface Tile {
  h: number;
  l: number;
  n: number;
  w: number;
}

const pow2 = (k: number) => 2 ** k;
const shl = (n: number, k: number) => n * 2 ** k;
const shr = (n: number, k: number) => Math.floor(n / 2 ** k);

function trailingZeros(n: number): number {
  if (n === 0) return 64;
  let z = 0;
  while (n % 2 === 0 && z < 64) {
    n /= 2;
    z++;
  }
  return z;
}

export function hashString(h: Hash): string {
  return Buffer.from(h).toString("base64");
}

export function hashEqual(a: Hash, b: Hash): boolean {
  return a.length === b.length && Buffer.from(a).equals(Buffer.from(b));
}

/** tlog.ParseHash: padded base64 of exactly 32 bytes. */
export function parseHash(s: string): Hash {
  const data = decodeStdBase64(s);
  if (!data || data.length !== HASH_SIZE) throw new SumdbError("malformed-hash", "malformed hash");
  return Uint8Array.from(data);
}

/** SHA-256(0x00 || data): the hash of one log record. */
export function recordHash(data: Uint8Array | string): Hash {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const buf = Buffer.allocUnsafe(1 + bytes.length);
  buf[0] = 0;
  buf.set(bytes, 1);
  return sha256(buf);
}

function sha256(data: Uint8Array): Hash {
  return new Uint8Array(sha256Once("sha256", data, "buffer"));
}

/** SHA-256(0x01 || left || right): the hash of an interior node. */
export function nodeHash(left: Hash, right: Hash): Hash {
  const buf = Buffer.allocUnsafe(1 + 2 * HASH_SIZE);
  buf[0] = 1;
  buf.set(left.subarray(0, HASH_SIZE), 1);
  buf.set(right.subarray(0, HASH_SIZE), 1 + HASH_SIZE);
  return sha256(buf);
}

/** The hash of the empty tree, SHA-256(""). */
export function emptyTreeHash(): Hash {
  return sha256(new Uint8Array(0));
}

/** The largest power of two k < n (n > 1), and its log. */
function maxpow2(n: number): { k: number; l: number } {
  let l = 0;
  while (pow2(l + 1) < n) l++;
  return { k: pow2(l), l };
}

/** The index in the stored-hash sequence of the hash at the given level and position n. */
export function storedHashIndex(level: number, n: number): number {
  for (let l = level; l > 0; l--) n = 2 * n + 1;
  let i = 0;
  for (; n > 0; n = shr(n, 1)) i += n;
  return i + level;
}

/** The inverse of storedHashIndex. */
export function splitStoredHashIndex(index: number): { level: number; n: number } {
  let n = Math.floor(index / 2);
  let indexN = storedHashIndex(0, n);
  if (indexN > index) throw new Error("bad math");
  for (let guard = 0; guard < 128; guard++) {
    const x = indexN + 1 + trailingZeros(n + 1);
    if (x > index) break;
    n++;
    indexN = x;
  }
  const level = index - indexN;
  return { level, n: shr(n, level) };
}

/** How many hashes a tree of n records stores. */
export function storedHashCount(n: number): number {
  if (n === 0) return 0;
  let numHash = storedHashIndex(0, n - 1) + 1;
  for (let i = n - 1; i % 2 === 1; i = shr(i, 1)) numHash++;
  return numHash;
}

/** The hashes to store when record n (hash h) is appended: h and the interior nodes it completes. */
export function storedHashesForRecordHash(n: number, h: Hash, read: HashReader): Hash[] {
  const hashes = [h];
  const m = trailingZeros(n + 1);
  const indexes = new Array<number>(m);
  for (let i = 0; i < m; i++) indexes[m - 1 - i] = storedHashIndex(i, shr(n, i) - 1);
  const old = read(indexes);
  if (old.length !== indexes.length) {
    throw new Error(`tlog: ReadHashes(${indexes.length} indexes) = ${old.length} hashes`);
  }
  for (let i = 0; i < m; i++) {
    h = nodeHash(old[m - 1 - i]!, h);
    hashes.push(h);
  }
  return hashes;
}

export function storedHashes(n: number, data: Uint8Array | string, read: HashReader): Hash[] {
  return storedHashesForRecordHash(n, recordHash(data), read);
}

/** The stored-hash indexes of the complete subtrees covering [lo, hi). */
function subTreeIndex(lo: number, hi: number, need: number[]): number[] {
  while (lo < hi) {
    const { k, l } = maxpow2(hi - lo + 1);
    if (lo % k !== 0) throw new Error("tlog: bad math in subTreeIndex");
    need.push(storedHashIndex(l, shr(lo, l)));
    lo += k;
  }
  return need;
}

/** Combines the subtree hashes of [lo, hi) taken from the front of hashes; returns the rest. */
function subTreeHash(lo: number, hi: number, hashes: Hash[]): [Hash, Hash[]] {
  let numTree = 0;
  while (lo < hi) {
    const { k } = maxpow2(hi - lo + 1);
    if (lo % k !== 0 || lo >= hi) throw new Error("tlog: bad math in subTreeHash");
    numTree++;
    lo += k;
  }
  if (hashes.length < numTree) throw new Error("tlog: bad index math in subTreeHash");
  let h = hashes[numTree - 1]!;
  for (let i = numTree - 2; i >= 0; i--) h = nodeHash(hashes[i]!, h);
  return [h, hashes.slice(numTree)];
}

function readChecked(read: HashReader, indexes: number[]): Hash[] {
  const hashes = read(indexes);
  if (hashes.length !== indexes.length) {
    throw new Error(`tlog: ReadHashes(${indexes.length} indexes) = ${hashes.length} hashes`);
  }
  return hashes;
}

/** The root hash of the tree of the first n records. */
export function treeHash(n: number, read: HashReader): Hash {
  if (n === 0) return emptyTreeHash();
  const indexes = subTreeIndex(0, n, []);
  const [hash, rest] = subTreeHash(0, n, readChecked(read, indexes));
  if (rest.length !== 0) throw new Error("tlog: bad index math in TreeHash");
  return hash;
}

function leafProofIndex(lo: number, hi: number, n: number, need: number[]): number[] {
  if (!(lo <= n && n < hi)) throw new Error("tlog: bad math in leafProofIndex");
  if (lo + 1 === hi) return need;
  const { k } = maxpow2(hi - lo);
  if (n < lo + k) {
    leafProofIndex(lo, lo + k, n, need);
    subTreeIndex(lo + k, hi, need);
  } else {
    subTreeIndex(lo, lo + k, need);
    leafProofIndex(lo + k, hi, n, need);
  }
  return need;
}

function leafProof(lo: number, hi: number, n: number, hashes: Hash[]): [Hash[], Hash[]] {
  if (!(lo <= n && n < hi)) throw new Error("tlog: bad math in leafProof");
  if (lo + 1 === hi) return [[], hashes];
  let p: Hash[];
  let th: Hash;
  const { k } = maxpow2(hi - lo);
  if (n < lo + k) {
    [p, hashes] = leafProof(lo, lo + k, n, hashes);
    [th, hashes] = subTreeHash(lo + k, hi, hashes);
  } else {
    [th, hashes] = subTreeHash(lo, lo + k, hashes);
    [p, hashes] = leafProof(lo + k, hi, n, hashes);
  }
  return [[...p, th], hashes];
}

/** tlog.ProveRecord: the proof that record n is in the tree of size t. */
export function proveRecord(t: number, n: number, read: HashReader): Hash[] {
  if (t < 0 || n < 0 || n >= t) {
    throw new SumdbError("invalid-input", "tlog: invalid inputs in ProveRecord");
  }
  const indexes = leafProofIndex(0, t, n, []);
  if (indexes.length === 0) return [];
  const [p, rest] = leafProof(0, t, n, readChecked(read, indexes));
  if (rest.length !== 0) throw new Error("tlog: bad index math in ProveRecord");
  return p;
}

const proofFailed = () => new SumdbError("invalid-proof", "invalid transparency proof");

function runRecordProof(p: Hash[], lo: number, hi: number, n: number, leaf: Hash): Hash {
  if (!(lo <= n && n < hi)) throw new Error("tlog: bad math in runRecordProof");
  if (lo + 1 === hi) {
    if (p.length !== 0) throw proofFailed();
    return leaf;
  }
  if (p.length === 0) throw proofFailed();
  const { k } = maxpow2(hi - lo);
  const last = p[p.length - 1]!;
  if (n < lo + k) return nodeHash(runRecordProof(p.slice(0, -1), lo, lo + k, n, leaf), last);
  return nodeHash(last, runRecordProof(p.slice(0, -1), lo + k, hi, n, leaf));
}

/** tlog.CheckRecord: throws "invalid transparency proof" unless p proves record n (hash h) in tree (t, th). */
export function checkRecord(p: readonly Hash[], t: number, th: Hash, n: number, h: Hash): void {
  if (t < 0 || n < 0 || n >= t) {
    throw new SumdbError("invalid-input", "tlog: invalid inputs in CheckRecord");
  }
  if (!hashEqual(runRecordProof([...p], 0, t, n, h), th)) throw proofFailed();
}

function treeProofIndex(lo: number, hi: number, n: number, need: number[]): number[] {
  if (!(lo < n && n <= hi)) throw new Error("tlog: bad math in treeProofIndex");
  if (n === hi) return lo === 0 ? need : subTreeIndex(lo, hi, need);
  const { k } = maxpow2(hi - lo);
  if (n <= lo + k) {
    treeProofIndex(lo, lo + k, n, need);
    subTreeIndex(lo + k, hi, need);
  } else {
    subTreeIndex(lo, lo + k, need);
    treeProofIndex(lo + k, hi, n, need);
  }
  return need;
}

function treeProof(lo: number, hi: number, n: number, hashes: Hash[]): [Hash[], Hash[]] {
  if (!(lo < n && n <= hi)) throw new Error("tlog: bad math in treeProof");
  if (n === hi) {
    if (lo === 0) return [[], hashes];
    const [th, rest] = subTreeHash(lo, hi, hashes);
    return [[th], rest];
  }
  let p: Hash[];
  let th: Hash;
  const { k } = maxpow2(hi - lo);
  if (n <= lo + k) {
    [p, hashes] = treeProof(lo, lo + k, n, hashes);
    [th, hashes] = subTreeHash(lo + k, hi, hashes);
  } else {
    [th, hashes] = subTreeHash(lo, lo + k, hashes);
    [p, hashes] = treeProof(lo + k, hi, n, hashes);
  }
  return [[...p, th], hashes];
}

/** tlog.ProveTree: the proof that the tree of size n is a prefix of the tree of size t. */
export function proveTree(t: number, n: number, read: HashReader): Hash[] {
  if (t < 1 || n < 1 || n > t) {
    throw new SumdbError("invalid-input", "tlog: invalid inputs in ProveTree");
  }
  const indexes = treeProofIndex(0, t, n, []);
  if (indexes.length === 0) return [];
  const [p, rest] = treeProof(0, t, n, readChecked(read, indexes));
  if (rest.length !== 0) throw new Error("tlog: bad index math in ProveTree");
  return p;
}

function runTreeProof(p: Hash[], lo: number, hi: number, n: number, old: Hash): [Hash, Hash] {
  if (!(lo < n && n <= hi)) throw new Error("tlog: bad math in runTreeProof");
  if (n === hi) {
    if (lo === 0) {
      if (p.length !== 0) throw proofFailed();
      return [old, old];
    }
    if (p.length !== 1) throw proofFailed();
    return [p[0]!, p[0]!];
  }
  if (p.length === 0) throw proofFailed();
  const { k } = maxpow2(hi - lo);
  const last = p[p.length - 1]!;
  if (n <= lo + k) {
    const [oh, th] = runTreeProof(p.slice(0, -1), lo, lo + k, n, old);
    return [oh, nodeHash(th, last)];
  }
  const [oh, th] = runTreeProof(p.slice(0, -1), lo + k, hi, n, old);
  return [nodeHash(last, oh), nodeHash(last, th)];
}

/** tlog.CheckTree: throws unless p proves tree (n, h) is a prefix of tree (t, th). */
export function checkTree(p: readonly Hash[], t: number, th: Hash, n: number, h: Hash): void {
  if (t < 1 || n < 1 || n > t) {
    throw new SumdbError("invalid-input", "tlog: invalid inputs in CheckTree");
  }
  const [h2, th2] = runTreeProof([...p], 0, t, n, h);
  if (!hashEqual(th2, th) || !hashEqual(h2, h)) throw proofFailed();
}

// ---- tiles ----

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
