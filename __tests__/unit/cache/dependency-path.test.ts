import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dependencyFiles } from "../../../src/cache/dependency-path.ts";
import { cacheKeys } from "../../../src/cache/key.ts";

test("cache-dependency-path: globs on several lines, `!` excludes, and the files change the key", async () => {
  const ws = await mkdtemp(join(tmpdir(), "deppath-"));
  try {
    await mkdir(join(ws, "a", "vendor"), { recursive: true });
    await mkdir(join(ws, "tools"), { recursive: true });
    await writeFile(join(ws, "a", "go.sum"), "x v1 h1:a\n");
    await writeFile(join(ws, "a", "vendor", "go.sum"), "y v1 h1:b\n");
    await writeFile(join(ws, "tools", "versions.txt"), "golangci-lint 1.60\n");
    const files = await dependencyFiles(ws, "**/go.sum\n!**/vendor/**\n\ntools/*.txt\n");
    assert.deepEqual(
      files.map((f) => f.path),
      ["cache-dependency-path:a/go.sum", "cache-dependency-path:tools/versions.txt"],
    );
    assert.deepEqual(await dependencyFiles(ws, ""), []);
    const key = (extra: typeof files) =>
      cacheKeys({ os: "linux", layout: "download", graphFiles: extra }).key;
    const before = key(files);
    await writeFile(join(ws, "tools", "versions.txt"), "golangci-lint 1.61\n");
    assert.notEqual(key(await dependencyFiles(ws, "tools/*.txt\n**/go.sum")), before);
    await assert.rejects(
      dependencyFiles(ws, "nothing/**/go.sum"),
      /cache-dependency-path: "nothing\/\*\*\/go\.sum" matches no file/,
    );
  } finally {
    await rm(ws, { recursive: true, force: true });
  }
});
