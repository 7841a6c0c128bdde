import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { indexSums, judge } from "../../../src/cache/verify.ts";
import { suspicious, untrustedFilesDiagnostic } from "../../../src/cache/rules.ts";

const SUM = [
  "example.com/a v1.0.0 h1:zip=",
  "example.com/a v1.0.0/go.mod h1:mod=",
  "example.com/b v0.1.0/go.mod h1:onlymod=",
  "garbage line",
].join("\n");

describe("restore verification, pure parts", () => {
  test("go.sum lines index zip and go.mod hashes by path@version", () => {
    const i = indexSums([SUM]);
    assert.deepEqual([...i.zip.get("example.com/a@v1.0.0")!], ["h1:zip="]);
    assert.deepEqual([...i.mod.get("example.com/a@v1.0.0")!], ["h1:mod="]);
    assert.equal(i.zip.get("example.com/b@v0.1.0"), undefined);
    assert.deepEqual([...i.mod.get("example.com/b@v0.1.0")!], ["h1:onlymod="]);
  });

  test("a file matches, differs, is unlisted, or cannot be hashed", () => {
    const want = new Set(["h1:x"]);
    assert.equal(
      judge(want, () => "h1:x"),
      undefined,
    );
    assert.equal(
      judge(want, () => "h1:y"),
      "mismatch",
    );
    assert.equal(
      judge(undefined, () => "h1:x"),
      "unlisted",
    );
    assert.equal(
      judge(want, () => {
        throw new Error("zip: not a valid zip file");
      }),
      "unreadable",
    );
  });

  test("unlisted versions are news on an exact hit only, and never for toolchains", () => {
    const rejected = [
      { module: "example.com/a@v1.0.0", file: "zip" as const, why: "mismatch" as const },
      { module: "example.com/old@v0.1.0", file: "zip" as const, why: "unlisted" as const },
      {
        module: "golang.org/toolchain@v0.0.1-go1.26.0.linux-amd64",
        file: "zip" as const,
        why: "unlisted" as const,
      },
    ];
    assert.deepEqual(
      suspicious(rejected, "partial").map((r) => r.module),
      ["example.com/a@v1.0.0"],
    );
    assert.deepEqual(
      suspicious(rejected, "exact").map((r) => r.module),
      ["example.com/a@v1.0.0", "example.com/old@v0.1.0"],
    );
    const d = untrustedFilesDiagnostic({ rejected }, "exact", "key-123")!;
    assert.equal(d.rule, "cache-untrusted-files");
    assert.equal(d.severity, "warning");
    assert.match(d.message, /key-123/);
    assert.match(d.message, /example\.com\/a@v1\.0\.0 \(zip: hash differs from go\.sum\)/);
    assert.equal(
      untrustedFilesDiagnostic({ rejected: rejected.slice(1, 2) }, "partial", "k"),
      undefined,
    );
  });
});
