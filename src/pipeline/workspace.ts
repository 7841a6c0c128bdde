// One look at the repository, shared by every stage: the module roots, what their go.mod
// files require (with file and line), and the go.sum texts. An edge: reads files.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { findModuleRoots, type ModuleRoot } from "../download/module-roots.ts";
import { downloadedRequirements, parseGoMod, type Requirement } from "../check/gomod.ts";

export interface Workspace {
  workspace: string;
  workdir: string;
  roots: ModuleRoot[];
  /** Requirements Go will download (local replacements left out); file paths relative to the workspace. */
  requirements: Requirement[];
  sums: string[];
  graphFiles: string[];
  /** The go.mod and go.work texts by absolute path, read once for every stage. */
  goFiles: Map<string, string>;
}

export async function scanWorkspace(
  workspace: string,
  workdir: string,
  gowork: string | undefined,
): Promise<Workspace> {
  const roots = await findModuleRoots(workdir, gowork === "off" ? "off" : undefined);
  const graphFiles = [...new Set(roots.flatMap((r) => r.graphFiles))].sort();
  const requirements: Requirement[] = [];
  const sums: string[] = [];
  const goFiles = new Map<string, string>();
  const texts = await Promise.all(graphFiles.map((file) => readFile(file, "utf8")));
  graphFiles.forEach((file, i) => {
    const text = texts[i]!;
    if (file.endsWith(".sum")) sums.push(text);
    else goFiles.set(file, text);
    if (file.endsWith("go.mod"))
      requirements.push(...downloadedRequirements(parseGoMod(text, relative(workspace, file))));
  });
  return { workspace, workdir, roots, requirements, sums, graphFiles, goFiles };
}

/** Where each module is first required: for annotations on the right go.mod line. */
export function requiredAt(ws: Workspace): Record<string, { file: string; line: number }> {
  const out: Record<string, { file: string; line: number }> = {};
  for (const r of ws.requirements) out[r.path] ??= { file: r.file, line: r.line };
  return out;
}

/** The module versions whose zips go.sum records: what a warm cache must hold. */
export function sumModules(ws: Workspace): { path: string; version: string }[] {
  const seen = new Map<string, { path: string; version: string }>();
  for (const text of ws.sums) {
    for (const line of text.split("\n")) {
      const [path, version, hash] = line.trim().split(/\s+/);
      if (path && version && hash && !version.endsWith("/go.mod"))
        seen.set(`${path}@${version}`, { path, version });
    }
  }
  return [...seen.values()];
}
