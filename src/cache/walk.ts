// A bounded walk of a directory tree, for the scans of both caches. An edge: it
// reads directories (nothing here writes).
import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/**
 * Visits the entries below `root`. `visit` gets the entry, the directory holding it and its
 * path relative to root ("a/b"), and answers whether to descend (directories only).
 * Unreadable directories are passed over; the walk stops after `maxEntries` entries.
 * Sibling entries are visited side by side (one await after another made a scan of 300
 * modules a chain of thread-pool round trips, ~100 ms): the order of visits is not defined.
 */
export async function walkTree(
  root: string,
  visit: (e: Dirent, dir: string, rel: string) => boolean | Promise<boolean>,
  maxEntries: number,
): Promise<void> {
  let seen = 0;
  const walk = async (dir: string, rel: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const below: Promise<void>[] = [];
    for (const e of entries) {
      if (++seen > maxEntries) break;
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      below.push(
        (async () => {
          if ((await visit(e, dir, childRel)) && e.isDirectory())
            await walk(join(dir, e.name), childRel);
        })(),
      );
    }
    await Promise.all(below);
  };
  await walk(root, "");
}
