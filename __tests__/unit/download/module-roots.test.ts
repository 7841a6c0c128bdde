import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findModuleRoots } from "../../../src/download/module-roots.ts";

async function tree(files: string[]): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "roots-"));
  for (const f of files) {
    await mkdir(join(root, f, ".."), { recursive: true });
    await writeFile(join(root, f), "");
  }
  return root;
}

test("every go.mod is a root, except under vendor, testdata, hidden and _ folders", async () => {
  const root = await tree([
    "go.mod",
    "go.sum",
    "tools/go.mod",
    "svc/api/go.mod",
    "svc/api/go.sum",
    "vendor/x/go.mod",
    "pkg/testdata/mod/go.mod",
    ".github/go.mod",
    "_old/go.mod",
  ]);
  const roots = await findModuleRoots(root);
  assert.deepEqual(
    roots.map((r) => [
      r.dir.slice(root.length) || "/",
      r.kind,
      r.graphFiles.map((f) => f.slice(root.length)),
    ]),
    [
      ["/", "module", ["/go.mod", "/go.sum"]],
      ["/svc/api", "module", ["/svc/api/go.mod", "/svc/api/go.sum"]],
      ["/tools", "module", ["/tools/go.mod"]],
    ],
  );
});

test("a go.work makes one workspace root whose graph is every module file below it", async () => {
  const root = await tree(["go.work", "go.work.sum", "a/go.mod", "a/go.sum", "b/go.mod"]);
  const roots = await findModuleRoots(root);
  assert.equal(roots.length, 1);
  assert.equal(roots[0]!.kind, "workspace");
  assert.equal(roots[0]!.dir, root);
  assert.deepEqual(
    roots[0]!.graphFiles.map((f) => f.slice(root.length)),
    ["/a/go.mod", "/a/go.sum", "/b/go.mod", "/go.work", "/go.work.sum"],
  );
  const off = await findModuleRoots(root, "off");
  assert.deepEqual(
    off.map((r) => r.kind),
    ["module", "module"],
  );
});

test("no module at all gives no roots", async () => {
  assert.deepEqual(await findModuleRoots(await tree(["README.md"])), []);
});
