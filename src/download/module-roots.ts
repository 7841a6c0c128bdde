// Where to run the pre-warm: the go.work workspace when there is one (Go uses it from any
// directory below), otherwise every go.mod under the working directory. An edge: reads the tree.
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";

export interface ModuleRoot {
  /** Absolute directory to run go in. */
  dir: string;
  kind: "module" | "workspace";
  /** go.mod, go.sum, go.work and go.work.sum files that define this root's module graph. */
  graphFiles: string[];
}

/** Folders Go itself never treats as part of a module's tree, plus vendored and tool folders. */
const SKIP = new Set(["vendor", "testdata", "node_modules"]);
const GRAPH_FILES = ["go.mod", "go.sum", "go.work", "go.work.sum"];
const MAX_DIRS = 50_000;

/**
 * `gowork` is the GOWORK variable: "off" ignores go.work files, a path names the workspace file.
 */
export async function findModuleRoots(workdir: string, gowork?: string): Promise<ModuleRoot[]> {
  const root = resolve(workdir);
  if (gowork && gowork !== "off") {
    const file = isAbsolute(gowork) ? gowork : resolve(root, gowork);
    const dir = resolve(file, "..");
    return [{ dir: root, kind: "workspace", graphFiles: await graphFilesUnder(dir) }];
  }
  if (gowork !== "off" && existsSync(join(root, "go.work"))) {
    return [{ dir: root, kind: "workspace", graphFiles: await graphFilesUnder(root) }];
  }
  const files = await graphFilesUnder(root);
  const moduleDirs = files
    .filter((f) => f.endsWith("/go.mod"))
    .map((f) => f.slice(0, -"/go.mod".length));
  return moduleDirs.map((dir) => ({
    dir,
    kind: "module" as const,
    graphFiles: GRAPH_FILES.slice(0, 2)
      .map((name) => join(dir, name))
      .filter((f) => files.includes(f)),
  }));
}

/** Every graph file below `dir`, sorted, skipping hidden, `_`-prefixed, vendor and testdata folders. */
export async function graphFilesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const queue = [resolve(dir)];
  for (let seen = 0; queue.length > 0 && seen < MAX_DIRS; seen++) {
    const current = queue.shift()!;
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      continue; // unreadable folders hold nothing Go could use either
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && !e.name.startsWith(".") && !e.name.startsWith("_"))
          queue.push(join(current, e.name));
      } else if (GRAPH_FILES.includes(e.name)) {
        found.push(join(current, e.name));
      }
    }
  }
  return found.sort();
}

/** A root's directory relative to the workspace, for messages ("." for the workspace itself). */
export function displayDir(workspace: string, dir: string): string {
  return relative(workspace, dir) || ".";
}
