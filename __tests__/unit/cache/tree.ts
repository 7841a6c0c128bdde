// Test helper: write a directory tree from a path → content map.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

export async function writeTree(
  root: string,
  files: Record<string, string | Buffer>,
): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const file = join(root, ...rel.split("/"));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}
