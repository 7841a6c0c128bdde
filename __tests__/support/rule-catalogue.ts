// A rule catalogue against the source that emits its ids: the ids are read from the code as
// text, so an id typed in a new diagnostic without a catalogue entry (or an entry no code
// emits any more) is caught without running every path that could produce it.
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import type { Rule } from "../../src/core/rule.ts";

const SRC = new URL("../../src/", import.meta.url);

/** Rule ids in src/<dir>: whole double-quoted literals `"<prefix>-kebab-case"`, comments left out. */
export async function emittedIds(dir: string, prefix: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const base = new URL(`${dir}/`, SRC);
  for (const f of await readdir(base)) {
    if (!f.endsWith(".ts") || f === "rules.ts") continue;
    const code = (await readFile(new URL(f, base), "utf8"))
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    for (const m of code.matchAll(/"([a-z0-9]+(?:-[a-z0-9]+)+)"/g))
      if (m[1]!.startsWith(`${prefix}-`)) ids.add(m[1]!);
  }
  return ids;
}

/**
 * The catalogue has each id once, names the variables it looks at, and holds exactly the
 * `<prefix>-…` ids the src/ folders `dirs` emit; `atLeast` guards the scan itself (a scan that finds
 * nothing would agree with an empty catalogue).
 */
export async function assertCatalogueMatchesCode(
  catalogue: readonly Rule[],
  dirs: readonly string[],
  prefix: string,
  atLeast: number,
): Promise<void> {
  const emitted = new Set<string>();
  for (const dir of dirs) for (const id of await emittedIds(dir, prefix)) emitted.add(id);
  const ids = catalogue.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, "duplicate catalogue id");
  assert.ok(emitted.size >= atLeast, `only ${emitted.size} ids found: is the scan still right?`);
  assert.deepEqual([...emitted].sort(), [...ids].sort());
  for (const r of catalogue) assert.ok(r.variables.length > 0, r.id);
}
