// The layout of Go's module download cache ($GOMODCACHE/cache/download), read as data:
// every module version with its files and sizes. Shared by the manifest, the warm check and
// the pruner. An edge: it reads the directory tree (nothing here writes).
//
// Layout (cmd/go/internal/modfetch/cache.go):
//   cache/download/<escaped module path>/@v/<escaped version>.{info,mod,zip,ziphash,lock,partial}
//   cache/download/<escaped module path>/@v/list        versions that have a .mod, semver order
//   cache/download/sumdb/<db name>/{lookup,tile}/...    checksum-database cache (not a module)
import { readdirSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { walkTree } from "./walk.ts";

/** Files Go creates and removes around its own work; never content, never cached. */
export function isScratchFile(name: string): boolean {
  return (
    name.endsWith(".lock") ||
    name.endsWith(".partial") ||
    /\.tmp(-\d+)?$/.test(name) ||
    /\.tmp-\d+/.test(name)
  );
}

/** module.EscapePath / EscapeVersion: upper case letters become "!" + lower case. */
export function escapeModuleString(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

/** The inverse of escapeModuleString; undefined when `s` is not a valid escape. */
export function unescapeModuleString(s: string): string | undefined {
  if (/[A-Z]/.test(s) || /![^a-z]|!$/.test(s)) return undefined;
  return s.replace(/!([a-z])/g, (_m, c: string) => c.toUpperCase());
}

export interface VersionFile {
  /** File name inside @v, e.g. "v1.2.0.zip". */
  name: string;
  size: number;
}

export interface CachedVersion {
  /** Module path, unescaped ("github.com/Azure/x"). */
  path: string;
  /** Version, unescaped. */
  version: string;
  /** Absolute path of the @v directory. */
  dir: string;
  /** Escaped version: the file-name stem. */
  stem: string;
  /** Content files (scratch files excluded), sorted by name. */
  files: VersionFile[];
  bytes: number;
  hasMod: boolean;
  hasZip: boolean;
  hasInfo: boolean;
}

export interface ModuleDir {
  path: string;
  /** Absolute path of the @v directory. */
  dir: string;
  versions: CachedVersion[];
  /** Other files in @v: "list" and anything not tied to a version. */
  others: VersionFile[];
}

export interface DownloadCacheScan {
  /** Absolute $GOMODCACHE/cache/download. */
  root: string;
  modules: ModuleDir[];
  /** Bytes under sumdb/ (checksum-database cache); 0 when absent. */
  sumdbBytes: number;
  sumdbFiles: number;
  /** Scratch files seen (locks, partial downloads, temporaries), relative to root. */
  scratch: string[];
}

/** The file extensions that belong to one version, in the order Go's download makes them complete. */
const VERSION_EXTS = [".info", ".mod", ".zip", ".ziphash"];

/** Splits an @v file name into the version stem and extension, for version files only. */
export function versionFileStem(name: string): string | undefined {
  for (const ext of VERSION_EXTS) {
    if (name.endsWith(ext) && name.length > ext.length) return name.slice(0, -ext.length);
  }
  return undefined;
}

const MAX_ENTRIES = 2_000_000;

/**
 * Reads cache/download. Missing root: an empty scan. Bounded: stops after MAX_ENTRIES entries.
 * Symbolic links are not followed (Go never makes any there).
 */
export async function scanDownloadCache(root: string): Promise<DownloadCacheScan> {
  const scan: DownloadCacheScan = { root, modules: [], sumdbBytes: 0, sumdbFiles: 0, scratch: [] };
  const visit = (e: Dirent, dir: string, rel: string): boolean => {
    if (!e.isDirectory()) {
      if (e.isFile() && isScratchFile(e.name)) scan.scratch.push(rel);
      return false;
    }
    if (e.name === "@v") {
      const mod = readVersionDir(join(dir, e.name), rel.slice(0, -"/@v".length), scan);
      if (mod) scan.modules.push(mod);
      return false;
    }
    if (rel === "sumdb") {
      sizeTree(join(dir, e.name), scan);
      return false;
    }
    return true;
  };
  walkTree(root, visit, MAX_ENTRIES);
  scan.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return scan;
}

/** The file's size; undefined when it was removed while we looked. */
const sizeOf = (path: string): number | undefined =>
  statSync(path, { throwIfNoEntry: false })?.size;

function sizeTree(dir: string, scan: DownloadCacheScan): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (!e.isFile()) continue;
    const size = sizeOf(join(e.parentPath, e.name));
    if (size === undefined) continue;
    scan.sumdbBytes += size;
    scan.sumdbFiles++;
  }
}

function readVersionDir(
  dir: string,
  escapedPath: string,
  scan: DownloadCacheScan,
): ModuleDir | undefined {
  const path = unescapeModuleString(escapedPath);
  if (path === undefined || escapedPath === "") return undefined;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  const byStem = new Map<string, VersionFile[]>();
  const others: VersionFile[] = [];
  for (const e of entries) {
    if (!e.isFile()) continue;
    if (isScratchFile(e.name)) {
      scan.scratch.push(`${escapedPath}/@v/${e.name}`);
      continue;
    }
    const size = sizeOf(join(dir, e.name));
    if (size === undefined) continue;
    const f: VersionFile = { name: e.name, size };
    const stem = versionFileStem(f.name);
    if (stem === undefined) {
      others.push(f);
      continue;
    }
    const list = byStem.get(stem) ?? [];
    list.push(f);
    byStem.set(stem, list);
  }
  const versions: CachedVersion[] = [];
  for (const [stem, files] of byStem) {
    const version = unescapeModuleString(stem);
    if (version === undefined) {
      others.push(...files);
      continue;
    }
    files.sort((a, b) => (a.name < b.name ? -1 : 1));
    const has = (ext: string): boolean => files.some((f) => f.name === stem + ext);
    versions.push({
      path,
      version,
      dir,
      stem,
      files,
      bytes: files.reduce((n, f) => n + f.size, 0),
      hasMod: has(".mod"),
      hasZip: has(".zip"),
      hasInfo: has(".info"),
    });
  }
  versions.sort((a, b) => compareSemver(a.version, b.version));
  others.sort((a, b) => (a.name < b.name ? -1 : 1));
  return { path, dir, versions, others };
}

// ---- semantic versions, as golang.org/x/mod/semver orders them ----

interface Parsed {
  nums: [string, string, string];
  pre: string[];
}

const SEMVER =
  /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?)?$/;

function parseSemver(v: string): Parsed | undefined {
  const m = SEMVER.exec(v);
  if (!m) return undefined;
  // semver: a shorthand (v1, v1.2) takes no prerelease or build
  if ((m[2] === undefined || m[3] === undefined) && /[-+]/.test(v)) return undefined;
  const pre = m[4]?.split(".") ?? [];
  for (const id of pre)
    if (/^\d+$/.test(id) && id.length > 1 && id.startsWith("0")) return undefined;
  return { nums: [m[1]!, m[2] ?? "0", m[3] ?? "0"], pre };
}

function compareNum(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePre(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) return compareNum(x, y);
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** semver.Compare, with ties (and invalid versions, which sort first) broken by the string, as semver.Sort does. */
export function compareSemver(a: string, b: string): number {
  const pa = parseSemver(a);
  const pb = parseSemver(b);
  let c = 0;
  if (pa && pb) {
    for (let i = 0; i < 3 && c === 0; i++) c = compareNum(pa.nums[i]!, pb.nums[i]!);
    if (c === 0) c = comparePre(pa.pre, pb.pre);
  } else if (pa || pb) {
    c = pa ? 1 : -1;
  }
  return c !== 0 ? c : a < b ? -1 : a > b ? 1 : 0;
}

/** module.CanonicalVersion(v) === v: the versions Go lists in @v/list. */
export function isCanonicalVersion(v: string): boolean {
  const m = /^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+incompatible)?$/.exec(v);
  return m !== null && parseSemver(v.replace(/\+incompatible$/, "")) !== undefined;
}

/** The @v/list text Go's rewriteVersionList writes: canonical versions with a .mod file, in semver order. */
export function versionListText(modStems: string[]): string {
  return modStems
    .filter(isCanonicalVersion)
    .sort(compareSemver)
    .map((v) => `${v}\n`)
    .join("");
}

/**
 * The extracted module trees under GOMODCACHE ("github.com/x/y@v1.2.0"), without descending into
 * them: a cheap fingerprint of the `full` layout's extra content. Skips cache/. Bounded.
 */
export async function listExtractedModules(gomodcache: string): Promise<string[]> {
  const found: string[] = [];
  const visit = (e: Dirent, _dir: string, rel: string): boolean => {
    if (!e.isDirectory() || rel === "cache") return false;
    if (e.name.includes("@")) found.push(rel);
    return !e.name.includes("@");
  };
  walkTree(gomodcache, visit, MAX_ENTRIES);
  return found.sort();
}
