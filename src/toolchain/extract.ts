// Unpacking a verified toolchain module zip, in pure Node (no `unzip` needed): the checks of
// golang.org/x/mod/zip's Unzip (every name under `<module>@<version>/`, clean relative paths, no
// case-folding duplicates, go.mod only at the root, at most 500 MiB unpacked), then the fix-ups
// cmd/go's toolchain switch makes on first use (execute bits under bin/ and pkg/tool/, every
// `_go.mod` copied to `go.mod`).
import { chmod, copyFile, mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { ZipEntry } from "../sumdb/dirhash.ts";
import { ToolchainError } from "./errors.ts";

/** x/mod/zip's MaxZipFile for the unpacked contents. */
export const MAX_UNZIPPED = 500 << 20;

export interface CheckedFile {
  /** Path inside the module, "/"-separated. */
  name: string;
  data: Uint8Array;
}

const bad = (message: string) => new ToolchainError("install", "toolchain-bad-zip", message);

/** The files of a module zip, checked as x/mod/zip's Unzip checks them. */
export function checkModuleZip(entries: readonly ZipEntry[], prefix: string): CheckedFile[] {
  const seen = new Set<string>();
  const out: CheckedFile[] = [];
  let size = 0;
  for (const e of entries) {
    const full = Buffer.from(e.name).toString("utf8");
    if (!full.startsWith(prefix)) {
      throw bad(`zip for ${prefix.slice(0, -1)} has unexpected file ${full}`);
    }
    let name = full.slice(prefix.length);
    if (name === "") continue;
    const isDir = name.endsWith("/");
    if (isDir) name = name.slice(0, -1);
    const parts = name.split("/");
    if (
      name === "" ||
      name.startsWith("/") ||
      parts.some((p) => p === "" || p === "." || p === "..") ||
      /[\\:\x00-\x1f\x7f]/.test(name)
    ) {
      throw bad(`${full}: malformed file path: not clean or not allowed`);
    }
    if (isDir) continue;
    const folded = name.toLowerCase();
    if (seen.has(folded)) throw bad(`${full}: multiple entries for file`);
    seen.add(folded);
    const base = parts[parts.length - 1]!;
    if (base.toLowerCase() === "go.mod" && name !== "go.mod") {
      throw bad(`${full}: go.mod file not in module root directory`);
    }
    size += e.data.length;
    if (size > MAX_UNZIPPED) {
      throw bad(
        `total uncompressed size of module contents too large (max size is ${MAX_UNZIPPED} bytes)`,
      );
    }
    out.push({ name, data: e.data });
  }
  return out;
}

/** Writes the files under dir with one mode for files; directories are created as needed. */
export async function writeFiles(
  dir: string,
  files: readonly CheckedFile[],
  fileMode: number,
): Promise<void> {
  const made = new Set<string>();
  for (const f of files) {
    const target = join(dir, ...f.name.split("/"));
    const parent = dirname(target);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    await writeFile(target, f.data, { mode: fileMode, flag: "wx" });
    await chmod(target, fileMode); // the umask does not decide Go's modes
  }
}

async function walk(dir: string, visit: (path: string, isDir: boolean) => Promise<void>) {
  const stack = [dir];
  for (let guard = 0; stack.length > 0 && guard < 10_000_000; guard++) {
    const d = stack.pop()!;
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      await visit(p, e.isDirectory());
    }
  }
}

/** What cmd/go's toolchain.Exec does before running a downloaded toolchain the first time. */
export async function runnableFixups(goroot: string): Promise<void> {
  for (const sub of ["pkg/tool", "bin"]) {
    const d = join(goroot, sub);
    if (!(await stat(d).catch(() => undefined))?.isDirectory()) continue;
    await walk(d, async (p, isDir) => {
      if (isDir) return;
      const m = (await stat(p)).mode & 0o777;
      await chmod(p, m | 0o111);
    });
  }
  await walk(goroot, async (p, isDir) => {
    if (isDir || basename(p) !== "_go.mod") return;
    const target = p.slice(0, -"_go.mod".length) + "go.mod";
    if (!(await stat(target).catch(() => undefined))) await copyFile(p, target);
  });
}

/** Go's makeDirsReadOnly: every directory 0555 (files are already 0444). */
export async function makeDirsReadOnly(dir: string): Promise<void> {
  const dirs: string[] = [dir];
  await walk(dir, async (p, isDir) => {
    if (isDir) dirs.push(p);
  });
  for (const d of dirs.reverse()) await chmod(d, 0o555);
}

/** Makes a tree writable again so it can be removed (module cache trees are read-only). */
export async function makeWritable(dir: string): Promise<void> {
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) return;
  await chmod(dir, 0o755);
  await walk(dir, async (p, isDir) => {
    if (isDir) await chmod(p, 0o755);
  });
}
