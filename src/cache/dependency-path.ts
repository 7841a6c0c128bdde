// The cache-dependency-path input (as in actions/setup-go): glob patterns, one a line,
// relative to the workspace, whose files also feed the module cache key. A `!` pattern
// excludes. A pattern that matches no file is an error, as in setup-go: a key that silently
// ignores what the workflow names would go stale.
import { glob, readFile, stat } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import type { GraphFile } from "./key.ts";

/** Keeps these files apart from the go.mod/go.sum files of the same path in the hash. */
export const DEPENDENCY_PATH_PREFIX = "cache-dependency-path:";

export function parseDependencyPatterns(text: string): { include: string[]; exclude: string[] } {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  return {
    include: lines.filter((l) => !l.startsWith("!")),
    exclude: lines.filter((l) => l.startsWith("!")).map((l) => l.slice(1)),
  };
}

/** The files the patterns name, read as graph files (paths relative to the workspace, `/`-separated). */
export async function dependencyFiles(workspace: string, text: string): Promise<GraphFile[]> {
  const { include, exclude } = parseDependencyPatterns(text);
  const found = new Set<string>();
  for (const pattern of include) {
    let matched = 0;
    for await (const p of glob(pattern, { cwd: workspace, exclude })) {
      const abs = resolve(workspace, p);
      const rel = relative(workspace, abs).split(sep).join("/");
      if (await isFile(abs)) {
        found.add(rel);
        matched++;
      }
    }
    if (matched === 0)
      throw new Error(
        `cache-dependency-path: "${pattern}" matches no file under the workspace (${workspace}). Fix the pattern (relative to the workspace, e.g. "**/go.sum"), or remove it.`,
      );
  }
  const out: GraphFile[] = [];
  for (const rel of [...found].sort())
    out.push({
      path: DEPENDENCY_PATH_PREFIX + rel,
      content: await readFile(resolve(workspace, rel)),
    });
  return out;
}

async function isFile(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isFile() ?? false;
}
