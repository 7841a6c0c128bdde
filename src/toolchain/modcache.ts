// Where a verified toolchain goes in GOMODCACHE, exactly as modfetch.Download lays it out, so a
// later GOTOOLCHAIN switch finds it and needs no network.
import { existsSync } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { delimiter, dirname, join } from "node:path";
import { escapeModulePath, escapeModuleVersion } from "../sumdb/records.ts";
import { makeDirsReadOnly, makeWritable, writeFiles } from "./extract.ts";
import type { Env, VerifiedRecord } from "./fetch.ts";
import { TOOLCHAIN_MODULE } from "./gover.ts";

const exists = (p: string) => existsSync(p);

/** The module cache Go uses: GOMODCACHE, else the first GOPATH entry's pkg/mod, else ~/go/pkg/mod. */
export function goModCache(env: Env): string {
  if (env.GOMODCACHE) return env.GOMODCACHE;
  const gopath = (env.GOPATH ?? "").split(delimiter).find((p) => p !== "");
  return join(gopath ?? join(env.HOME ?? "", "go"), "pkg", "mod");
}

/** The unpacked toolchain and its download-cache files, as modfetch names them. */
export function modcachePaths(gomodcache: string, moduleVersion: string) {
  const escaped = escapeModulePath(TOOLCHAIN_MODULE).split("/");
  const v = escapeModuleVersion(moduleVersion);
  const dl = join(gomodcache, "cache", "download", ...escaped, "@v");
  return {
    dir: `${join(gomodcache, ...escaped)}@${v}`,
    dl,
    lock: join(dl, `${v}.lock`),
    zip: join(dl, `${v}.zip`),
    ziphash: join(dl, `${v}.ziphash`),
    partial: join(dl, `${v}.partial`),
  };
}

/** modfetch.DownloadDir's test: unpacked, no .partial, a .ziphash. */
export function isUnpacked(gomodcache: string, moduleVersion: string): boolean {
  const p = modcachePaths(gomodcache, moduleVersion);
  return exists(p.dir) && !exists(p.partial) && exists(p.ziphash);
}

async function writeAtomic(target: string, data: Uint8Array | string, mode = 0o644) {
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, data, { mode });
  await rename(tmp, target);
}

/** Writes a verified toolchain into GOMODCACHE in modfetch.Download's layout. */
export async function writeToModcache(
  gomodcache: string,
  t: {
    moduleVersion: string;
    zip: Uint8Array;
    zipHash: string;
    files: Parameters<typeof writeFiles>[1];
    record: VerifiedRecord;
  },
  opts: { modcacheRW?: boolean } = {},
): Promise<string> {
  const p = modcachePaths(gomodcache, t.moduleVersion);
  await mkdir(p.dl, { recursive: true });
  if (!exists(p.lock)) await writeFile(p.lock, "");
  await writeAtomic(p.zip, t.zip);
  await writeAtomic(p.ziphash, t.zipHash);
  await writeFile(p.partial, "");
  if (exists(p.dir)) {
    await makeWritable(p.dir);
    await rm(p.dir, { recursive: true, force: true });
  }
  try {
    await writeFiles(p.dir, t.files, 0o444);
    if (!opts.modcacheRW) await makeDirsReadOnly(p.dir);
  } catch (err) {
    await makeWritable(p.dir).catch(() => undefined);
    await rm(p.dir, { recursive: true, force: true });
    throw err;
  }
  await rm(p.partial, { force: true });
  // The checksum database client's cache: the lookup and the tiles that proved it.
  const db = join(gomodcache, "cache", "download", "sumdb", ...t.record.database.split("/"));
  const lookup = join(
    db,
    "lookup",
    `${escapeModulePath(TOOLCHAIN_MODULE)}@${escapeModuleVersion(t.moduleVersion)}`,
  );
  const cached: [string, Uint8Array][] = [[lookup, t.record.lookupBody]];
  for (const [tile, data] of t.record.tiles) cached.push([join(db, ...tile.split("/")), data]);
  for (const [file, data] of cached) {
    if (exists(file) && (await stat(file)).size > 0) continue;
    await mkdir(dirname(file), { recursive: true });
    await writeAtomic(file, data);
  }
  return p.dir;
}
