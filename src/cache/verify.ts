// Verifying a restored module cache before any go command can use it. An edge: it reads and
// removes files under GOMODCACHE.
//
// Why: Go trusts what it finds. With both `<v>.zip` and `<v>.ziphash` present it compares only
// the .ziphash text with go.sum and never re-hashes the zip; an extracted tree
// (`GOMODCACHE/<m>@<v>/`) is used without any check. A cache entry is written by whoever could
// save under that key, so a restored zip kept with its old .ziphash would be built as is, even
// with GOPROXY=off. A stat is not a verification: here every restored zip, go.mod and (for the
// `full` layout) extracted tree is hashed and compared with go.sum.
//
// A version go.sum does not list is checked against the checksum database instead, when Go
// would ask it (database.ts). What does not match, or what nothing can vouch for (no go.sum line
// and no database answer), is removed with its sibling files, so the pre-warm fetches it again
// through the chain and Go checks it as a fresh download.
import * as core from "@actions/core";
import { chmod, lstat, readFile, readdir, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative, sep } from "node:path";
import { hash1, hashGoMod, hashZipAsync, type HashFile } from "../sumdb/dirhash.ts";
import type { Database, DatabaseVerdict } from "./database.ts";
import { downloadDir } from "./key.ts";
import {
  escapeModuleString,
  scanDownloadCache,
  unescapeModuleString,
  type CachedVersion,
  type DownloadCacheScan,
} from "./modcache.ts";
import type { Diagnostic } from "../core/diagnostic.ts";
import { restoreModuleCache, type RestoreOptions, type RestoreOutcome } from "./restore.ts";
import {
  untrustedFilesDiagnostic,
  type CacheVerification,
  type Rejection,
  type UntrustedFile,
} from "./rules.ts";
import type { CachePlan } from "./state.ts";
import { humanBytes } from "./toolkit.ts";

/** go.sum hashes by "path@version": the zip's (`h1:` lines) and the go.mod's (`/go.mod h1:`). */
export interface SumIndex {
  zip: Map<string, Set<string>>;
  mod: Map<string, Set<string>>;
}

/** Indexes go.sum / go.work.sum texts. Pure. */
export function indexSums(texts: readonly string[]): SumIndex {
  const index: SumIndex = { zip: new Map(), mod: new Map() };
  for (const text of texts) {
    for (const line of text.split("\n")) {
      const f = line.trim().split(/\s+/);
      if (f.length !== 3 || !f[2]!.startsWith("h1:")) continue;
      const goMod = f[1]!.endsWith("/go.mod");
      const id = `${f[0]}@${goMod ? f[1]!.slice(0, -"/go.mod".length) : f[1]}`;
      const map = goMod ? index.mod : index.zip;
      const set = map.get(id) ?? new Set<string>();
      set.add(f[2]!);
      map.set(id, set);
    }
  }
  return index;
}

/** Whether go.sum lacks a line for one of the version's files (its go.mod, its zip). Pure. */
function unlistedIn(index: SumIndex, v: CachedVersion): boolean {
  const id = `${v.path}@${v.version}`;
  return (v.hasMod && !index.mod.has(id)) || (v.hasZip && !index.zip.has(id));
}

/**
 * Versions ("path@version") a later restore could not verify, so it would drop them and warn:
 * go.sum (as the cache key saw it) does not list one of their files, and Go would not ask the
 * checksum database (`asksDatabase` false: GOSUMDB=off, GONOSUMDB/GOPRIVATE). `go mod download`
 * adds such versions when go.sum is not tidy. Pure.
 */
export function unverifiableVersions(
  scan: DownloadCacheScan,
  index: SumIndex,
  asksDatabase: (path: string) => boolean,
): string[] {
  return scan.modules.flatMap((m) =>
    m.versions
      .filter((v) => unlistedIn(index, v) && !asksDatabase(v.path))
      .map((v) => `${v.path}@${v.version}`),
  );
}

/** The verdict for one file: undefined when it matches go.sum. Pure. */
export function judge(
  want: ReadonlySet<string> | undefined,
  got: () => string,
): Rejection["why"] | undefined {
  if (!want) return "unlisted";
  try {
    return want.has(got()) ? undefined : "mismatch";
  } catch {
    return "unreadable";
  }
}

/** The database's proven hashes as go.sum-like sets; undefined when it could not answer. */
function fromDatabase(
  verdict: DatabaseVerdict | undefined,
  result: CacheVerification,
): { zip: Set<string>; mod: Set<string> | undefined; database: string } | undefined {
  if (!verdict) return undefined;
  if ("error" in verdict) {
    result.database.unanswered++;
    result.database.error ??= verdict.error;
    return undefined;
  }
  result.database.vouched++;
  return {
    zip: new Set([verdict.zip]),
    mod: verdict.mod ? new Set([verdict.mod]) : undefined,
    database: verdict.database,
  };
}

/**
 * Hashes every module zip and go.mod in the download cache (and every extracted tree when
 * `trees`), in parallel, and removes what go.sum (or, for versions it does not list, the
 * checksum database) does not vouch for. Versions neither vouches for are removed unhashed:
 * they cost nothing to drop and Go fetches them again if needed.
 */
export async function verifyModuleCache(opts: {
  gomodcache: string;
  sums: readonly string[];
  /** Verify extracted trees too (the `full` layout restores them). */
  trees: boolean;
  /** Asked about versions go.sum does not list. */
  database?: Database;
  concurrency?: number;
  /** The download cache as the caller just listed it (the restore does): not listed again. */
  listing?: DownloadCacheScan;
}): Promise<CacheVerification> {
  const started = performance.now();
  const index = indexSums(opts.sums);
  const scan = opts.listing ?? (await scanDownloadCache(downloadDir(opts.gomodcache)));
  const result: CacheVerification = {
    zips: 0,
    mods: 0,
    trees: 0,
    bytes: 0,
    rejected: [],
    database: { vouched: 0, unanswered: 0 },
    seconds: 0,
  };
  // Zip hashes the database proved, for the extracted trees of the same versions.
  const vouched = new Map<string, Set<string>>();
  const jobs: (() => Promise<void>)[] = [];
  for (const m of scan.modules) {
    for (const v of m.versions) {
      const id = `${v.path}@${v.version}`;
      let database: string | undefined;
      const dropVersion = async (file: UntrustedFile, why: Rejection["why"], detail?: string) => {
        const by = why === "mismatch" && database ? { database } : {};
        const said = detail ? { detail } : {};
        result.rejected.push({ module: id, file, why, bytes: v.bytes, ...by, ...said });
        await removeVersion(opts.gomodcache, v.dir, v.stem, v.path);
      };
      jobs.push(async () => {
        const db = unlistedIn(index, v)
          ? fromDatabase(await opts.database?.vouch(v.path, v.version), result)
          : undefined;
        database = db?.database;
        if (db) vouched.set(id, db.zip);
        // Files are read synchronously: the hash right after is synchronous anyway, and an async
        // read is four thread-pool round trips (open, stat, read, close): on 300 modules that
        // made the verification 235-250 ms against 145 ms.
        if (v.hasMod) {
          const data = readFileSync(join(v.dir, `${v.stem}.mod`));
          result.mods++;
          result.bytes += data.length;
          const why = judge(index.mod.get(id) ?? db?.mod, () => hashGoMod(data));
          if (why) return dropVersion("go.mod", why);
        }
        if (v.hasZip) {
          const want = index.zip.get(id) ?? db?.zip;
          if (!want) return dropVersion("zip", "unlisted");
          // dirhash keeps the zip reading (and its bounds) in one place.
          const data = readFileSync(join(v.dir, `${v.stem}.zip`));
          result.zips++;
          result.bytes += data.length;
          const hash = await hashZipAsync(data).catch((err: Error) => err);
          // A bomb or a broken zip: say which.
          if (hash instanceof Error) return dropVersion("zip", "unreadable", hash.message);
          if (!want.has(hash)) return dropVersion("zip", "mismatch");
        } else if (v.files.some((f) => f.name.endsWith(".ziphash"))) {
          // A .ziphash alone vouches for nothing and would make Go skip hashing a later zip.
          await rm(join(v.dir, `${v.stem}.ziphash`), { force: true });
        }
      });
    }
  }
  const limit = opts.concurrency ?? Math.max(2, availableParallelism() * 2);
  await runLimited(jobs, limit);

  if (opts.trees) {
    // Zip hashes go.sum lists, or the database proved, vouch for the extracted trees too.
    const want = (id: string) => index.zip.get(id) ?? vouched.get(id);
    await verifyTrees(opts.gomodcache, want, result, limit);
  }
  result.rejected.sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** Hashes every extracted tree not already rejected with its version; removes what does not match. */
async function verifyTrees(
  gomodcache: string,
  want: (id: string) => ReadonlySet<string> | undefined,
  result: CacheVerification,
  limit: number,
): Promise<void> {
  const rejected = new Set(result.rejected.map((r) => r.module));
  const treeJobs = (await extractedTrees(gomodcache))
    .filter((t) => !rejected.has(t.id))
    .map((t) => async () => {
      result.trees++;
      let files: HashFile[] | undefined;
      try {
        files = await treeFiles(t.dir, t.id);
      } catch {
        files = undefined;
      }
      result.bytes += files?.reduce((n, f) => n + f.data.length, 0) ?? 0;
      const why = files
        ? judge(want(t.id), () => hash1(files))
        : want(t.id)
          ? "unreadable"
          : "unlisted";
      if (!why) return;
      result.rejected.push({ module: t.id, file: "tree", why, bytes: 0 });
      await removeTree(t.dir);
    });
  await runLimited(treeJobs, limit);
}

async function runLimited(jobs: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
}

/** Removes every file of one version (and its extracted tree), so Go fetches it afresh. */
async function removeVersion(gomodcache: string, dir: string, stem: string, path: string) {
  for (const ext of [".zip", ".ziphash", ".info", ".mod", ".lock", ".partial"])
    await rm(join(dir, stem + ext), { force: true });
  const tree = join(gomodcache, `${escapeModuleString(path)}@${stem}`);
  await removeTree(tree);
  await rm(`${tree}.partial`, { force: true });
}

/** Go makes extracted trees read-only: give the owner write access, then remove. */
async function removeTree(dir: string): Promise<void> {
  const walk = async (d: string): Promise<void> => {
    let st;
    try {
      st = await lstat(d);
    } catch {
      return;
    }
    if (!st.isDirectory()) return;
    await chmod(d, 0o755).catch(() => undefined);
    for (const e of await readdir(d).catch(() => [])) await walk(join(d, e));
  };
  await walk(dir);
  await rm(dir, { recursive: true, force: true });
}

interface Tree {
  /** "path@version", unescaped. */
  id: string;
  dir: string;
}

/** Extracted module trees (`<escaped path>@<escaped version>` directories outside cache/). */
async function extractedTrees(gomodcache: string): Promise<Tree[]> {
  const found: Tree[] = [];
  let seen = 0;
  const walk = async (dir: string, rel: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (!e.isDirectory() || ++seen > 2_000_000) continue;
      if (rel === "" && e.name === "cache") continue;
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const at = e.name.indexOf("@");
      if (at < 0) {
        await walk(join(dir, e.name), childRel);
        continue;
      }
      const path = unescapeModuleString(`${rel ? `${rel}/` : ""}${e.name.slice(0, at)}`);
      const version = unescapeModuleString(e.name.slice(at + 1));
      // A name Go would not make cannot be checked: it is dropped as unlisted.
      found.push({ id: `${path ?? childRel}@${version ?? ""}`, dir: join(dir, e.name) });
    }
  };
  await walk(gomodcache, "");
  return found;
}

/** The tree's files named as in the module zip (`path@version/rel`); throws on anything but files and directories. */
async function treeFiles(root: string, prefix: string): Promise<HashFile[]> {
  const files: HashFile[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(join(dir, e.name), r);
      else if (e.isFile())
        files.push({ name: `${prefix}/${r}`, data: await readFile(join(dir, e.name)) });
      // A module zip holds no links or devices: a tree with one was not extracted by Go.
      else throw new Error(`${prefix}/${r} is not a regular file`);
    }
  };
  await walk(root, "");
  return files;
}

export interface VerifiedRestore extends RestoreOutcome {
  verification?: CacheVerification;
  /** The download cache's files the verification left ("<escaped path>/@v/<name>"): the warm check's answer, with no file system call. */
  present?: ReadonlySet<string>;
  /** The security finding, when the verification removed something it should not have met. */
  diagnostic?: Diagnostic;
}

/**
 * Restores the module cache and, when anything came back, verifies it (the `full` layout's
 * trees too) before the caller lets any go command run.
 */
/** Times one phase of the restore (the step's stage clock); the default only runs it. */
export type PhaseTimer = <T>(
  phase: "restore" | "verification",
  work: () => Promise<T>,
) => Promise<T>;

export async function restoreVerified(
  plan: CachePlan,
  sums: readonly string[],
  opts: RestoreOptions & { database?: Database; time?: PhaseTimer } = {},
): Promise<VerifiedRestore> {
  const { database, time = (_, work) => work(), ...restoreOpts } = opts;
  const restored = await time("restore", () => restoreModuleCache(plan, restoreOpts));
  if (restored.facts.hit === "miss") return restored;
  let v: CacheVerification;
  try {
    v = await time("verification", () =>
      verifyModuleCache({
        gomodcache: plan.gomodcache,
        sums,
        trees: plan.layout === "full",
        listing: restored.listing,
        ...(database ? { database } : {}),
      }),
    );
  } finally {
    await database?.close();
  }
  const trees = plan.layout === "full" ? `, ${v.trees} extracted trees` : "";
  const db = v.database;
  const asked =
    db.vouched + db.unanswered > 0
      ? `; the checksum database vouched for ${db.vouched} version${db.vouched === 1 ? "" : "s"} go.sum does not list${db.unanswered ? `, could not answer for ${db.unanswered} (${db.error})` : ""}`
      : "";
  core.info(
    `Module cache verified against go.sum: ${v.zips} zips, ${v.mods} go.mod files${trees} (${humanBytes(v.bytes)}) in ${v.seconds.toFixed(2)} s${asked}; ${v.rejected.length} removed`,
  );
  const diagnostic = untrustedFilesDiagnostic(
    v,
    restored.facts.hit,
    restored.facts.matchedKey ?? plan.key,
  );
  return {
    ...restored,
    verification: v,
    present: filesLeft(restored.listing, v),
    ...(diagnostic ? { diagnostic } : {}),
  };
}

/** The files of `listing` ("<escaped path>/@v/<name>") a verification of it left in place. Pure. */
export function filesLeft(listing: DownloadCacheScan, v: CacheVerification): Set<string> {
  // Versions it rejected lost every file; a tree's rejection leaves the download cache alone.
  const removed = new Set(v.rejected.filter((r) => r.file !== "tree").map((r) => r.module));
  const left = new Set<string>();
  for (const m of listing.modules) {
    const at = relative(listing.root, m.dir).split(sep).join("/");
    for (const f of m.others) left.add(`${at}/${f.name}`);
    for (const ver of m.versions) {
      if (removed.has(`${ver.path}@${ver.version}`)) continue;
      for (const f of ver.files)
        // A .ziphash without its zip is removed (verifyModuleCache).
        if (ver.hasZip || f.name !== `${ver.stem}.ziphash`) left.add(`${at}/${f.name}`);
    }
  }
  return left;
}

/**
 * What the verification of a partial hit removed because go.sum no longer lists it: versions
 * this run does not need, counted with what the pruner removes after the pre-warm.
 */
export function unlistedRemoved(restored: VerifiedRestore): { versions: number; bytes: number } {
  const unlisted =
    restored.facts.hit === "partial"
      ? (restored.verification?.rejected ?? []).filter(
          (r) => r.why === "unlisted" && r.file !== "tree",
        )
      : [];
  return { versions: unlisted.length, bytes: unlisted.reduce((n, r) => n + r.bytes, 0) };
}
