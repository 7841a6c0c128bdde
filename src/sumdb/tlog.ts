// The transparency-log math of golang.org/x/mod/sumdb/tlog: record and node hashes, stored hash
// indexes, tree hashes, record (inclusion) and tree (consistency) proofs. Tiles: tiles.ts.
//
// Numbers are JavaScript numbers, exact up to 2**53; no bitwise operators are used on them.
// A HashReader is synchronous: the caller gathers the bytes (tiles) first, then does the math.
import { hash as sha256Once } from "node:crypto";
import { decodeStdBase64 } from "../go/base64.ts";
import { SumdbError } from "./errors.ts";

export const HASH_SIZE = 32;

export type Hash = Uint8Array;

/** A tree head: its size (number of records) and root hash. */
export interface Tree {
  n: number;
  hash: Hash;
}

/** Reads stored hashes by stored-hash index; must return one hash per index, in order. */
export type HashReader = (indexes: readonly number[]) => Hash[];

export const pow2 = (k: number) => 2 ** k;
export const shl = (n: number, k: number) => n * 2 ** k;
export const shr = (n: number, k: number) => Math.floor(n / 2 ** k);

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
export function subTreeIndex(lo: number, hi: number, need: number[]): number[] {
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

export function readChecked(read: HashReader, indexes: number[]): Hash[] {
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
