import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { unpackTargets } from "../../../src/pipeline/unpack.ts";

test("the modules to unpack: every zip go.sum lists that the cache holds, never a go.mod-only line", () => {
  const sums = [
    "example.com/a v1.0.0 h1:zip=\nexample.com/a v1.0.0/go.mod h1:mod=\n",
    "example.com/b v0.1.0/go.mod h1:onlymod=\nexample.com/c/v2 v2.0.0 h1:c=\nexample.com/gone v1.0.0 h1:g=\n",
  ];
  const held = new Set(["example.com/a@v1.0.0", "example.com/b@v0.1.0", "example.com/c/v2@v2.0.0"]);
  assert.deepEqual(
    unpackTargets(sums, (path, version) => held.has(`${path}@${version}`)),
    ["example.com/a@v1.0.0", "example.com/c/v2@v2.0.0"],
  );
});
