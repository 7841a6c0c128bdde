import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import {
  indexSums,
  judge,
  unlistedRemoved,
  unverifiableVersions,
  type VerifiedRestore,
} from "../../../src/cache/verify.ts";
import { suspicious, untrustedFilesDiagnostic } from "../../../src/cache/rules.ts";
import type { CachedVersion, DownloadCacheScan } from "../../../src/cache/modcache.ts";

const SUM = [
  "example.com/a v1.0.0 h1:zip=",
  "example.com/a v1.0.0/go.mod h1:mod=",
  "example.com/b v0.1.0/go.mod h1:onlymod=",
  "garbage line",
].join("\n");

describe("restore verification, pure parts", () => {
  test("a version is unverifiable when go.sum lacks one of its files and Go would not ask the database", () => {
    const v = (path: string, version: string, hasZip: boolean): CachedVersion => ({
      path,
      version,
      dir: "",
      stem: version,
      files: [],
      bytes: 0,
      hasMod: true,
      hasZip,
      hasInfo: true,
    });
    const scan = {
      root: "",
      modules: [
        {
          path: "example.com/a",
          dir: "",
          versions: [v("example.com/a", "v1.0.0", true), v("example.com/a", "v1.1.0", true)],
        },
        { path: "example.com/b", dir: "", versions: [v("example.com/b", "v0.1.0", false)] },
        { path: "example.com/c", dir: "", versions: [v("example.com/c", "v0.2.0", false)] },
        { path: "public.org/d", dir: "", versions: [v("public.org/d", "v1.0.0", false)] },
      ],
    } as unknown as DownloadCacheScan;
    const privateOnly = (path: string) => !path.startsWith("example.com/");
    assert.deepEqual(unverifiableVersions(scan, indexSums([SUM]), privateOnly), [
      "example.com/a@v1.1.0",
      "example.com/c@v0.2.0",
    ]);
    assert.deepEqual(
      unverifiableVersions(scan, indexSums([SUM]), () => true),
      [],
    );
  });

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
      { module: "example.com/a@v1.0.0", file: "zip" as const, why: "mismatch" as const, bytes: 10 },
      {
        module: "example.com/old@v0.1.0",
        file: "zip" as const,
        why: "unlisted" as const,
        bytes: 20,
      },
      {
        module: "golang.org/toolchain@v0.0.1-go1.26.0.linux-amd64",
        file: "zip" as const,
        why: "unlisted" as const,
        bytes: 30,
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

  test("versions a partial hit's go.sum no longer lists count as pruned; nothing else does", () => {
    const rejected = [
      { module: "example.com/a@v1.0.0", file: "zip" as const, why: "mismatch" as const, bytes: 10 },
      {
        module: "example.com/old@v0.1.0",
        file: "zip" as const,
        why: "unlisted" as const,
        bytes: 20,
      },
      {
        module: "example.com/old@v0.2.0",
        file: "go.mod" as const,
        why: "unlisted" as const,
        bytes: 5,
      },
      { module: "example.com/t@v1.0.0", file: "tree" as const, why: "unlisted" as const, bytes: 0 },
    ];
    const verification = { zips: 0, mods: 0, trees: 0, bytes: 0, rejected, seconds: 0 };
    const outcome = (hit: "exact" | "partial") =>
      ({ facts: { hit }, verification }) as unknown as VerifiedRestore;
    assert.deepEqual(unlistedRemoved(outcome("partial")), { versions: 2, bytes: 25 });
    assert.deepEqual(unlistedRemoved(outcome("exact")), { versions: 0, bytes: 0 });
  });
});
