// The cache key and the cached path list.
//
// Key: setup-goproxy-gomod-v1-<os>-<layout>[-<suffix>]-<graph hash>
//   - <graph hash>: sha256 of every go.mod, go.sum, go.work and go.work.sum the pre-warm
//     reads (relative path and content), so the key names the module graph, not the job.
//   - <os>: the module cache's contents are the same for every OS and architecture, but an
//     entry is not portable across operating systems: the archive holds paths relative to the
//     workspace with the OS's separators and home layout, Windows uses a different tar (and
//     the toolkit refuses cross-OS restores there), and macOS may use BSD tar. Architecture is
//     left out on purpose: linux/amd64 and linux/arm64 jobs share one entry.
//   - The Go version is left out too: cache/download is the same for every Go release, so a
//     matrix over Go versions shares one entry.
//   - <layout>: "dl" (cache/download only) or "full"; the toolkit's version already keeps
//     them apart (it hashes the path list), the key just makes entries readable.
//   - <suffix> (input cache-key-suffix) comes before the hash, so the first restore key
//     (same suffix, any graph) prefers this suffix's entries over other suffixes'.
// Restore keys: "<prefix>-<suffix>-" then "<prefix>-": the newest entry of the prefix.
// GitHub limits a key to 512 characters and forbids commas.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join, relative, sep } from "node:path";

export type CacheLayout = "download" | "full";

export const KEY_PREFIX = "setup-goproxy-gomod-v1";
export const MAX_KEY_LENGTH = 512;
const MAX_SUFFIX = 200;

export interface GraphFile {
  /** Path relative to the working directory, with forward slashes. */
  path: string;
  content: string | Uint8Array;
}

export interface KeyInput {
  /** runnerOs(): "linux", "macos", "windows", or another platform name. */
  os: string;
  layout: CacheLayout;
  graphFiles: GraphFile[];
  /** The cache-key-suffix input; commas and white space become "-". */
  suffix?: string;
}

export interface CacheKeys {
  key: string;
  restoreKeys: string[];
  /** "setup-goproxy-gomod-v1-linux-dl" */
  prefix: string;
  /** sha256 hex of the graph files. */
  graphHash: string;
  graphFiles: number;
}

/** The runner's OS as it appears in keys. */
export function runnerOs(platform: string = process.platform): string {
  if (platform === "win32") return "windows";
  if (platform === "darwin") return "macos";
  return platform.replace(/[^a-z0-9]/gi, "").toLowerCase() || "unknown";
}

/** The graph files' hash: order-independent, path-sensitive, content-exact. */
export function graphHash(files: GraphFile[]): string {
  const h = createHash("sha256");
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of sorted) {
    const content = typeof f.content === "string" ? Buffer.from(f.content) : f.content;
    h.update(`${f.path}\0${content.length}\0`);
    h.update(content);
  }
  return h.digest("hex");
}

function cleanSuffix(suffix: string | undefined): string {
  const s = (suffix ?? "")
    .trim()
    .replace(/[\s,]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (s.length <= MAX_SUFFIX) return s;
  return `${s.slice(0, 32)}-${createHash("sha256").update(s).digest("hex").slice(0, 16)}`;
}

export function cacheKeys(input: KeyInput): CacheKeys {
  const layout = input.layout === "full" ? "full" : "dl";
  const prefix = `${KEY_PREFIX}-${runnerOs(input.os)}-${layout}`;
  const suffix = cleanSuffix(input.suffix);
  const hash = graphHash(input.graphFiles);
  const base = suffix ? `${prefix}-${suffix}` : prefix;
  const key = `${base}-${hash}`;
  if (key.length > MAX_KEY_LENGTH || key.includes(","))
    throw new Error(`cache key too long or malformed: ${key}`);
  const restoreKeys = suffix ? [`${base}-`, `${prefix}-`] : [`${prefix}-`];
  return { key, restoreKeys, prefix, graphHash: hash, graphFiles: input.graphFiles.length };
}

/**
 * Reads graph files (absolute paths, e.g. from findModuleRoots' graphFiles or graphFilesUnder)
 * into GraphFile data, paths relative to `workdir`. An edge: reads files.
 */
export async function readGraphFiles(workdir: string, files: string[]): Promise<GraphFile[]> {
  const out: GraphFile[] = [];
  for (const file of [...new Set(files)].sort()) {
    out.push({
      path: relative(workdir, file).split(sep).join("/"),
      content: await readFile(file),
    });
  }
  return out;
}

/**
 * The path list handed to @actions/cache, identical at restore and at save (it is hashed into
 * the entry's version). A GOMODCACHE under the home directory is written with "~" (the
 * toolkit's glob expands it), so runners with different user names share entries.
 *   download: "<GOMODCACHE>/cache/download/*" and "!<GOMODCACHE>/cache/download/sumdb"
 *   full:     "<GOMODCACHE>"
 */
export function cachePaths(
  gomodcache: string,
  layout: CacheLayout,
  home: string = homedir(),
): string[] {
  const base =
    home && (gomodcache === home || gomodcache.startsWith(home + sep))
      ? `~${gomodcache.slice(home.length)}`
      : gomodcache;
  if (layout === "full") return [base];
  const dl = [base, "cache", "download"].join(sep);
  return [`${dl}${sep}*`, `!${dl}${sep}sumdb`];
}

/** $GOMODCACHE/cache/download. */
export function downloadDir(gomodcache: string): string {
  return join(gomodcache, "cache", "download");
}
