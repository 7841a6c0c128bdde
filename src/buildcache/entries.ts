// GOCACHE's entries and Go's own use-stamping (cmd/go/internal/cache/cache.go, the same rule
// in Go 1.19 and 1.26):
//   - entries are GOCACHE/<2 hex>/<hash>-a (action → output ID, size) and <hash>-d (the
//     output; a directory holding one executable since Go 1.24);
//   - a hit sets the entry's mtime to now, but only when it is at least an hour old
//     (mtimeInterval); a new entry is written now;
//   - a go command trims entries older than 5 days + 1 hour, at most once per 24 h as
//     recorded in trim.txt.
// So after a restore every entry is a day old (the post step stamps what it saves a day back,
// the restore stamps whatever is too recent) and trim.txt is set to now: whatever the job's
// builds and tests hit is re-stamped by Go itself, nothing is trimmed under it, and in the post
// step anything still older than the main step's start was not used. An edge: files.
//
// Files are listed, read and stamped synchronously: an entry is a ~150-byte file, and an async
// call per file is a thread-pool round trip each. On 3,483 entries listing and reading the
// action records took 150 ms that way, 30 ms synchronously.
import { lstatSync, readFileSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";

export interface CacheEntry {
  /** "ab/ab12…-a" (relative to GOCACHE, forward slash). */
  name: string;
  mtimeMs: number;
  bytes: number;
}

/** How far back restored entries are stamped: past mtimeInterval (1 h), well before trimLimit (5 d). */
export const STAMP_AGE_MS = 24 * 3600 * 1000;
/** An entry older than this is re-stamped by Go on a hit (twice mtimeInterval: clocks differ). */
const OLD_ENOUGH_MS = 2 * 3600 * 1000;
/** Entries removed at once; keeps a 100k-entry cache from opening 100k handles. */
const BATCH = 256;

const SUBDIRS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

const names = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

function sizeOf(path: string, isDir: boolean, size: number): number {
  if (!isDir) return size;
  let total = 0;
  for (const n of names(path)) {
    const st = lstatSync(join(path, n), { throwIfNoEntry: false });
    if (st?.isFile()) total += st.size;
  }
  return total;
}

/** Every -a and -d entry under GOCACHE (none when it does not exist). */
export async function listEntries(gocache: string): Promise<CacheEntry[]> {
  const out: CacheEntry[] = [];
  for (const sub of SUBDIRS) {
    for (const n of names(join(gocache, sub))) {
      if (!n.endsWith("-a") && !n.endsWith("-d")) continue;
      const path = join(gocache, sub, n);
      const st = lstatSync(path, { throwIfNoEntry: false });
      if (!st) continue;
      out.push({
        name: `${sub}/${n}`,
        mtimeMs: st.mtimeMs,
        bytes: sizeOf(path, st.isDirectory(), st.size),
      });
    }
  }
  return out;
}

export function totalBytes(entries: readonly CacheEntry[]): number {
  return entries.reduce((n, e) => n + e.bytes, 0);
}

/**
 * Stamps `STAMP_AGE_MS` before `now` every entry too recent for Go to re-stamp on a hit, and
 * trim.txt at `now` (Go's format: Unix seconds). Returns how many entries it stamped: none for
 * an archive saved by the post step, which stamps before it saves.
 */
export async function stampEntries(
  gocache: string,
  entries: readonly CacheEntry[],
  now: number,
): Promise<number> {
  const when = new Date(now - STAMP_AGE_MS);
  const recent = entries.filter((e) => e.mtimeMs > now - OLD_ENOUGH_MS);
  for (const e of recent) {
    try {
      utimesSync(join(gocache, e.name), when, when);
    } catch {
      // removed since it was listed: nothing to stamp
    }
  }
  writeFileSync(join(gocache, "trim.txt"), String(Math.floor(now / 1000)));
  return recent.length;
}

/** The -d name an -a entry points to ("v1 <action> <output> <size> <time>"), when it parses. */
export function outputNameOf(actionRecord: string): string | undefined {
  const m = /^v1 [0-9a-f]{64} ([0-9a-f]{64}) /.exec(actionRecord);
  return m ? `${m[1]!.slice(0, 2)}/${m[1]}-d` : undefined;
}

export interface UsePlan {
  used: CacheEntry[];
  unused: CacheEntry[];
  /** Used entries the restore did not bring: what the job compiled or tested anew. */
  created: CacheEntry[];
}

/**
 * Pure: an entry was used when Go stamped it at or after `since`. An output (-d) whose action
 * (-a) was used stays too, even when this job only needed the action record: another job's
 * `go test` or link may need the file.
 */
export function planUse(
  entries: readonly CacheEntry[],
  since: number,
  restored: ReadonlySet<string>,
  outputsOfUsed: ReadonlySet<string>,
): UsePlan {
  const plan: UsePlan = { used: [], unused: [], created: [] };
  for (const e of entries) {
    if (e.mtimeMs >= since || outputsOfUsed.has(e.name)) {
      plan.used.push(e);
      if (!restored.has(e.name)) plan.created.push(e);
    } else plan.unused.push(e);
  }
  return plan;
}

/** Reads the used action records and plans (an edge around planUse). */
export async function classifyEntries(
  gocache: string,
  since: number,
  restored: ReadonlySet<string>,
): Promise<UsePlan> {
  const entries = await listEntries(gocache);
  const outputs = new Set<string>();
  for (const e of entries) {
    if (e.mtimeMs < since || !e.name.endsWith("-a")) continue;
    let text = "";
    try {
      text = readFileSync(join(gocache, e.name), "latin1");
    } catch {
      // removed since it was listed: it points nowhere
    }
    const out = outputNameOf(text);
    if (out) outputs.add(out);
  }
  return planUse(entries, since, restored, outputs);
}

export async function removeEntries(
  gocache: string,
  entries: readonly CacheEntry[],
): Promise<void> {
  for (let i = 0; i < entries.length; i += BATCH)
    await Promise.all(
      entries
        .slice(i, i + BATCH)
        .map((e) => rm(join(gocache, e.name), { recursive: true, force: true })),
    );
}
