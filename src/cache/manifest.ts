// A manifest of what the module download cache holds: a digest of every content file's
// relative path and size, small enough to carry from the main step to the post step as
// action state. Equal digests at restore time and at save time mean "nothing new to save".
// Module files are immutable per version (Go verifies them against go.sum), so path + size
// is a faithful fingerprint; only @v/list changes in place, and it changes only when a .mod
// file appears or disappears, which the digest already sees.
import { createHash } from "node:crypto";
import type { DownloadCacheScan } from "./modcache.ts";

export interface ManifestDigest {
  /** Module versions with at least one content file. */
  versions: number;
  /** Content files (scratch files — locks, partial downloads — excluded). */
  files: number;
  /** Bytes of those files. */
  bytes: number;
  /** Bytes under sumdb/ (not part of the digest when the layout leaves sumdb out). */
  sumdbBytes: number;
  /** sha256 (hex) of the sorted "path\tsize" lines. */
  digest: string;
}

export interface ManifestOptions {
  /** Count sumdb/ into the digest (the `full` layout caches it). */
  includeSumdb?: boolean;
  /** Extracted module trees ("path@version" directories), for the `full` layout. */
  extracted?: string[];
}

export function manifestOf(scan: DownloadCacheScan, opts: ManifestOptions = {}): ManifestDigest {
  const lines: string[] = [];
  let files = 0;
  let bytes = 0;
  let versions = 0;
  for (const m of scan.modules) {
    for (const f of m.others) {
      lines.push(`${m.path}/@v/${f.name}\t${f.size}`);
      files++;
      bytes += f.size;
    }
    for (const v of m.versions) {
      if (v.files.length > 0) versions++;
      for (const f of v.files) {
        lines.push(`${m.path}/@v/${f.name}\t${f.size}`);
        files++;
        bytes += f.size;
      }
    }
  }
  if (opts.includeSumdb) lines.push(`sumdb\t${scan.sumdbFiles}\t${scan.sumdbBytes}`);
  for (const dir of opts.extracted ?? []) lines.push(`extracted\t${dir}`);
  lines.sort();
  const digest = createHash("sha256").update(lines.join("\n")).digest("hex");
  return { versions, files, bytes, sumdbBytes: scan.sumdbBytes, digest };
}

/** The "path@version" set of a scan: what a restore brought (or what was there before it). */
export function versionSet(scan: DownloadCacheScan): Set<string> {
  const set = new Set<string>();
  for (const m of scan.modules) for (const v of m.versions) set.add(`${v.path}@${v.version}`);
  return set;
}
