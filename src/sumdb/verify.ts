// Verifying one checksum-database lookup the way cmd/go's sumdb client does, as pure functions:
// the caller fetches the lookup response, asks openLookup which tiles it needs, fetches those,
// and hands everything to verifyLookup. No network here.
//
// What is proved: the tree note is signed by the given key; the record id lies inside that
// tree; the hash tiles agree with the signed root hash (and with each other); the record's
// leaf hash read from those tiles equals the hash of the record text served. Together this is
// the record's inclusion proof in the signed tree (tlog.TileHashReader + CheckRecord in Go).
import { SumdbError } from "./errors.ts";
import { newVerifier, openNote, type Note, type Verifier } from "./note.ts";
import { formatSumLine, parseLookup, parseTree, type SumLine } from "./records.ts";
import { hashEqual, recordHash, storedHashIndex, type Hash, type Tree } from "./tlog.ts";
import { TILE_HEIGHT, planTiles, tileHashReader, tilePath, type Tile } from "./tiles.ts";

/** Tiles by path ("tile/8/0/000.p/5"): a map, or a function returning undefined when absent. */
export type TileSource =
  ReadonlyMap<string, Uint8Array> | ((path: string) => Uint8Array | undefined);

export interface OpenedLookup {
  id: number;
  /** The record text, as logged. */
  text: string;
  lines: SumLine[];
  tree: Tree;
  note: Note;
  /** The tiles (paths relative to the database URL) needed to authenticate the record. */
  tiles: string[];
}

export interface VerifiedLookup extends OpenedLookup {
  /** The record's leaf hash, read from authenticated tiles. */
  leafHash: Hash;
  /** The go.sum lines for the module version asked for (all lines when none was given). */
  matching: SumLine[];
}

function wrap(err: unknown, prefix: string): unknown {
  if (err instanceof SumdbError) return new SumdbError(err.kind, `${prefix}${err.message}`);
  return err;
}

/** Parses a lookup response and verifies its signed tree note; says which tiles come next. */
export function openLookup(
  key: string | Verifier,
  body: Uint8Array | string,
  tileHeight = TILE_HEIGHT,
): OpenedLookup {
  const verifier = typeof key === "string" ? newVerifier(key) : key;
  const { id, text, lines, signedTree } = parseLookup(body);
  let note: Note;
  try {
    note = openNote(signedTree, [verifier]);
  } catch (err) {
    throw wrap(err, "reading tree note: ");
  }
  let tree: Tree;
  try {
    tree = parseTree(note.text);
  } catch (err) {
    throw wrap(err, "reading tree: ");
  }
  if (id < 0 || id >= tree.n) {
    throw new SumdbError(
      "record-not-in-tree",
      `cannot validate record ${id} in tree of size ${tree.n}`,
    );
  }
  const plan = planTiles(tree, tileHeight, [storedHashIndex(0, id)]);
  return { id, text, lines, tree, note, tiles: plan.tiles.map(tilePath) };
}

function readTile(source: TileSource, t: Tile): Uint8Array {
  const get = (p: string) => (typeof source === "function" ? source(p) : source.get(p));
  const path = tilePath(t);
  const exact = get(path);
  if (exact) return exact;
  const fullWidth = 2 ** t.h;
  if (t.w !== fullWidth) {
    // Like cmd/go: a full tile serves for any partial tile of it.
    const full = get(tilePath({ ...t, w: fullWidth }));
    if (full) return full.subarray(0, (full.length / fullWidth) * t.w);
  }
  throw new SumdbError("missing-tile", `missing tile ${path}`);
}

/**
 * Verifies a lookup response against the key and the tiles: throws SumdbError with Go's wording
 * ("reading tree note: …", "downloaded inconsistent tile", "cannot authenticate record data in
 * server response", …) or returns the authenticated record.
 */
export function verifyLookup(opts: {
  key: string | Verifier;
  body: Uint8Array | string;
  tiles: TileSource;
  /** The module version looked up; when given, the record must hold its lines. */
  path?: string;
  version?: string;
  tileHeight?: number;
}): VerifiedLookup {
  const h = opts.tileHeight ?? TILE_HEIGHT;
  const opened = openLookup(opts.key, opts.body, h);
  const read = tileHashReader(opened.tree, h, (tiles) => tiles.map((t) => readTile(opts.tiles, t)));
  const [leafHash] = read([storedHashIndex(0, opened.id)]);
  if (!leafHash || !hashEqual(leafHash, recordHash(opened.text))) {
    throw new SumdbError(
      "record-not-authenticated",
      "cannot authenticate record data in server response",
    );
  }
  let matching = opened.lines;
  if (opts.path !== undefined) {
    const version = opts.version ?? "";
    matching = opened.lines.filter((l) => l.path === opts.path && l.version === version);
    if (matching.length === 0) {
      throw new SumdbError(
        "record-not-authenticated",
        `record ${opened.id} has no lines for ${opts.path}@${version}: ${opened.lines.map(formatSumLine).join("; ")}`,
      );
    }
  }
  return { ...opened, leafHash, matching };
}
