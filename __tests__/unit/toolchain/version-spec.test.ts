// go-version ranges resolve the way actions/setup-go resolves them (semver over Go's versions
// mapped like its makeSemver), on a fixed list of available versions.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { goToSemver, parseVersionSpec, pickVersion } from "../../../src/toolchain/version-spec.ts";

const AVAILABLE = [
  "1.21.0",
  "1.21.13",
  "1.22.0",
  "1.22.2",
  "1.22.3",
  "1.22.12",
  "1.23rc1",
  "1.23.0",
  "1.23.8",
  "1.24.5",
  "1.25.0",
  "1.25.4",
  "1.26rc1",
  "1.26rc2",
];
const pick = (spec: string) => {
  const parsed = parseVersionSpec(spec);
  assert.ok(parsed, `"${spec}" parses`);
  return pickVersion(parsed, AVAILABLE);
};

test("ranges pick the newest matching release, like setup-go", () => {
  const cases: [string, string | undefined][] = [
    ["^1.22", "1.25.4"],
    ["~1.22.3", "1.22.12"],
    ["~1.22", "1.22.12"],
    [">=1.21 <1.24", "1.23.8"],
    ["1.22.x", "1.22.12"],
    ["1.22", "1.22.12"],
    ["1.x", "1.25.4"],
    ["*", "1.25.4"],
    ["1.21 || 1.24", "1.24.5"],
    ["1.20", undefined],
    ["^2", undefined],
    // a range matches prereleases only when it names one on the same tuple
    ["1.26.x", undefined],
    [">=1.26.0-rc.1", "1.26rc2"],
    ["1.26.0-rc.1", "1.26rc1"],
  ];
  for (const [spec, want] of cases) assert.equal(pick(spec), want, spec);
});

test("exact versions, stable and oldstable", () => {
  assert.deepEqual(parseVersionSpec("1.22.3"), { kind: "exact", version: "1.22.3" });
  assert.deepEqual(parseVersionSpec("go1.22.3"), { kind: "exact", version: "1.22.3" });
  assert.deepEqual(parseVersionSpec("1.26rc1"), { kind: "exact", version: "1.26rc1" });
  assert.equal(pick("1.22.3"), "1.22.3");
  assert.equal(pick("1.22.4"), undefined);
  assert.equal(pick("stable"), "1.25.4");
  assert.equal(pick("latest"), "1.25.4");
  assert.equal(pick("oldstable"), "1.24.5");
  assert.equal(pickVersion({ kind: "oldstable" }, ["1.25.0", "1.25.4"]), undefined);
});

test("what is not a version spec", () => {
  for (const bad of ["1", "banana", "1.22.3.4", ">=", ""])
    assert.equal(parseVersionSpec(bad), undefined, bad);
});

test("Go versions map to semver as setup-go's makeSemver maps them", () => {
  assert.equal(goToSemver("1.22"), "1.22.0");
  assert.equal(goToSemver("1.22.3"), "1.22.3");
  assert.equal(goToSemver("1.26rc2"), "1.26.0-rc.2");
  assert.equal(goToSemver("1.8.5beta1"), "1.8.5-beta.1");
});
