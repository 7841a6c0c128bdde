import { test } from "@jest/globals";
import assert from "node:assert/strict";
import {
  effectiveGonoproxy,
  effectiveGonosumdb,
  isBadPattern,
  matchPrefixPatterns,
  pathMatch,
  routeModule,
} from "../../../src/go/patterns.ts";

const go124 = { major: 1, minor: 24, patch: 0 };
const go117 = { major: 1, minor: 17, patch: 0 };

test("§2 answers table (go-semantics.md)", () => {
  const table: [string, string, boolean][] = [
    [".example.com", "sub.example.com/x", false],
    ["example.com", "example.com/foo/bar", true],
    ["example.com", "example.com", true],
    ["example.com", "sub.example.com/foo", false],
    ["example.com", "example.com.evil.org/x", false],
    ["*.example.com", "sub.example.com/x", true],
    ["*.example.com", "a.b.example.com/x", true],
    ["*.example.com", "example.com/x", false],
    ["*.corp", "a.b.corp/x", true],
    ["github.com/org", "github.com/organization/x", false],
    ["github.com/org/*", "github.com/org", false],
    ["github.com/org/", "github.com/org/repo", true],
    ["a.com, b.com", "b.com/x", false],
    ["a.com;b.com", "a.com/x", false],
    ["a.com;b.com", "b.com/x", false],
    ["[a-", "a", false],
    ["Example.com", "example.com/x", false],
  ];
  for (const [p, t, want] of table)
    assert.equal(matchPrefixPatterns(p, t, go124), want, `${p} ${t}`);
  assert.equal(matchPrefixPatterns("github.com/org/", "github.com/org/repo", go117), false);
});

test("path.Match: classes, escapes, ? and * never cross /, bad patterns", () => {
  assert.equal(pathMatch("[a-c]x", "bx"), true);
  assert.equal(pathMatch("[^a-c]x", "bx"), false);
  assert.equal(pathMatch("a?c", "a/c"), false);
  assert.equal(pathMatch("a*", "a/b"), false);
  assert.equal(pathMatch("a\\*", "a*"), true);
  assert.equal(pathMatch("[]a]", "a"), "bad");
  assert.equal(pathMatch("x[", "y"), "bad");
  assert.equal(pathMatch("\u00e9", "\u00e9"), true);
  assert.equal(pathMatch("[\u00e0-\u00ff]", "\u00e9"), true);
  assert.ok(isBadPattern("[a-"));
  assert.ok(isBadPattern("a\\"));
  assert.ok(!isBadPattern("*.corp"));
});

test("defaults: GONOPROXY/GONOSUMDB from GOPRIVATE, empty means unset, none overrides", () => {
  assert.equal(effectiveGonoproxy({ GOPRIVATE: "a.com", GONOPROXY: "" }), "a.com");
  assert.equal(effectiveGonosumdb({ GOPRIVATE: "a.com" }), "a.com");
  assert.equal(effectiveGonoproxy({ GOPRIVATE: "a.com", GONOPROXY: "none" }), "none");
  const r = routeModule(
    "a.com/x",
    { GOPRIVATE: "a.com", GONOPROXY: "none", GOINSECURE: "a.com" },
    go124,
  );
  assert.deepEqual(r, { bypassProxy: false, skipSumdb: true, insecure: true, private: true });
});
