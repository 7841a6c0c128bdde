// What a toolchain held when it was verified, kept beside its tool-cache entry. On a
// self-hosted runner RUNNER_TOOL_CACHE outlives the job, so whoever runs code there later could
// replace `bin/go`; the tool cache itself only checks that `<arch>.complete` exists. The
// manifest lists every file of the verified zip with its SHA-256 and the checksum database's
// h1: for the zip; the h1: recomputed from those digests must equal it (so the list cannot be
// edited alone), and on reuse every file must still match its digest, with nothing added.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { hash1FromDigests } from "../sumdb/dirhash.ts";
import type { CheckedFile } from "./extract.ts";
import { TOOLCHAIN_MODULE } from "./gover.ts";

interface Manifest {
  moduleVersion: string;
  /** The checksum database's h1: for the zip. */
  zipHash: string;
  database: string;
  /** Path inside GOROOT → hex SHA-256, for every file of the zip. */
  files: Record<string, string>;
}

export type ManifestCheck =
  { state: "none" } | { state: "ok" } | { state: "tampered"; files: string[] };

/** Kept next to `<tool cache>/go/<semver>/<arch>`, as the tool cache keeps `<arch>.complete`. */
export const manifestPath = (goroot: string) => `${goroot}.verified.json`;

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

function zipHashOf(m: Manifest): string {
  return hash1FromDigests(
    Object.entries(m.files).map(([name, digest]) => ({
      name: `${TOOLCHAIN_MODULE}@${m.moduleVersion}/${name}`,
      sha256: digest,
    })),
  );
}

export async function writeManifest(
  goroot: string,
  t: { moduleVersion: string; zipHash: string; database: string; files: readonly CheckedFile[] },
): Promise<void> {
  const files: Record<string, string> = {};
  for (const f of t.files) files[f.name] = sha256(f.data);
  const m: Manifest = {
    moduleVersion: t.moduleVersion,
    zipHash: t.zipHash,
    database: t.database,
    files,
  };
  await writeFile(manifestPath(goroot), `${JSON.stringify(m)}\n`, { mode: 0o644 });
}

async function fileDigest(path: string): Promise<string | undefined> {
  const h = createHash("sha256");
  try {
    for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  } catch {
    return undefined;
  }
  return h.digest("hex");
}

/** Every regular file and link under dir, "/"-separated and relative. */
async function listTree(dir: string): Promise<string[]> {
  const out: string[] = [];
  const stack = [""];
  for (let guard = 0; stack.length > 0 && guard < 1_000_000; guard++) {
    const rel = stack.pop()!;
    for (const e of await readdir(join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) stack.push(r);
      else out.push(r);
    }
  }
  return out;
}

/**
 * Re-checks an installed toolchain against its manifest: "none" when it has none (installed
 * by the runner image or another action), else "ok" or the files that differ, are missing or
 * were added (a `go.mod` copied from `_go.mod` on install is expected).
 */
export async function checkManifest(goroot: string): Promise<ManifestCheck> {
  let m: Manifest;
  try {
    m = JSON.parse(await readFile(manifestPath(goroot), "utf8")) as Manifest;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { state: "none" };
    return { state: "tampered", files: [manifestPath(goroot)] };
  }
  if (typeof m.files !== "object" || !m.files || zipHashOf(m) !== m.zipHash) {
    return { state: "tampered", files: [manifestPath(goroot)] };
  }
  const bad: string[] = [];
  for (const [name, digest] of Object.entries(m.files)) {
    if ((await fileDigest(join(goroot, ...name.split("/")))) !== digest) bad.push(name);
  }
  const fixup = (name: string) =>
    name.endsWith("go.mod") && `${name.slice(0, -6)}_go.mod` in m.files;
  for (const name of await listTree(goroot).catch(() => [])) {
    if (!(name in m.files) && !fixup(name)) bad.push(name);
  }
  return bad.length ? { state: "tampered", files: bad.sort() } : { state: "ok" };
}
