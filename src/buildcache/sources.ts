// The part of the build cache key that follows the code: a hash of every file the go command
// compiles or assembles under the working directory. An edge: reads files.
//
// Why only these: the key decides when a new entry is worth saving, not what Go may reuse
// (action IDs do that). Files outside the list (embedded assets, testdata) still invalidate
// Go's entries; they just do not make a new key.
import { createHash } from "node:crypto";
import { readFileSync, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";
import { walkTree } from "../cache/walk.ts";

const SOURCE_EXTENSIONS = new Set(
  ".go .s .S .sx .c .cc .cpp .cxx .h .hh .hpp .hxx .m .f .F .for .f90 .swig .swigcxx .syso".split(
    " ",
  ),
);
const GRAPH_FILES = new Set(["go.mod", "go.sum", "go.work", "go.work.sum"]);
/** Bound on the walk: a tree this large is hashed by its first files only. */
const MAX_ENTRIES = 400_000;

function isSource(name: string): boolean {
  if (GRAPH_FILES.has(name)) return true;
  const dot = name.lastIndexOf(".");
  return dot > 0 && SOURCE_EXTENSIONS.has(name.slice(dot));
}

/** Directories the go command ignores for ./... (and node_modules, which it never builds). */
function skipDir(name: string): boolean {
  return (
    name.startsWith(".") || name.startsWith("_") || name === "testdata" || name === "node_modules"
  );
}

export interface CodeHash {
  hash: string;
  files: number;
  bytes: number;
}

export async function hashSources(workdir: string): Promise<CodeHash> {
  const files: string[] = [];
  const visit = (e: Dirent, dir: string): boolean => {
    if (e.isDirectory()) return !skipDir(e.name);
    if (e.isFile() && isSource(e.name)) files.push(join(dir, e.name));
    return false;
  };
  walkTree(workdir, visit, MAX_ENTRIES);
  files.sort();
  const h = createHash("sha256");
  let bytes = 0;
  for (const f of files) {
    // Synchronous: one short read per source file, not a thread-pool round trip each.
    const content = readFileSync(f);
    bytes += content.length;
    h.update(`${relative(workdir, f).split(sep).join("/")}\0${content.length}\0`);
    h.update(content);
  }
  return { hash: h.digest("hex"), files: files.length, bytes };
}
