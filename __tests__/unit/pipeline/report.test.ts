// The report both the action and the CLI assemble, and the gate before the download: a setting
// Go rejects stops the run before any go command reaches the network.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Diagnostic } from "../../../src/core/diagnostic.ts";
import { detectJob, gateChecks } from "../../../src/pipeline/detect.ts";
import { assembleReport } from "../../../src/pipeline/report.ts";
import { isolatedGoEnv } from "../../support/fixtures.ts";
import { testedToolchains } from "../../support/toolchains.ts";

const go = testedToolchains().at(-1)!;

async function job(extra: Record<string, string>) {
  const home = await mkdtemp(join(tmpdir(), "report-home-"));
  const ws = await mkdtemp(join(tmpdir(), "report-ws-"));
  await writeFile(
    join(ws, "go.mod"),
    "module example.com/m\n\ngo 1.19\n\nrequire corp.example/lib v1.0.0\n",
  );
  const env = isolatedGoEnv(home, { ...extra, PATH: `${join(go.goroot, "bin")}:/usr/bin:/bin` });
  const found = await detectJob(env, ws, ws);
  assert.ok(found);
  return { env, ...found };
}

describe("gateChecks", () => {
  test("a malformed GOPRIVATE glob rejects the run; check: off leaves the gate open", async () => {
    const { env, go: install, ws } = await job({ GOPRIVATE: "corp.example/[lib" });
    const gate = await gateChecks({ check: "static", env, go: install, ws });
    assert.equal(gate.rejected, true);
    assert.ok(gate.diagnostics.some((d) => d.rule === "pattern-bad-glob"));
    const off = await gateChecks({ check: "off", env, go: install, ws });
    assert.deepEqual(off, { diagnostics: [], rejected: false });
  });

  test("sound settings pass the gate", async () => {
    const { env, go: install, ws } = await job({ GOPRIVATE: "corp.example" });
    const gate = await gateChecks({ check: "live", env, go: install, ws });
    assert.equal(gate.rejected, false, JSON.stringify(gate.diagnostics));
  });
});

describe("assembleReport", () => {
  const warning: Diagnostic = {
    rule: "pattern-semicolon",
    severity: "warning",
    variable: "GOPRIVATE",
    message: "one literal pattern",
  };
  const error: Diagnostic = {
    rule: "pattern-bad-glob",
    severity: "error",
    variable: "GOPRIVATE",
    message: "malformed glob",
  };

  test("strict fails on a warning strict-ignore does not silence; errors always fail", async () => {
    const { go: install } = await job({});
    const base = {
      strict: true,
      failOnFallback: false,
      go: install,
      settings: [],
      diagnostics: [warning],
    };
    const strict = assembleReport({ ...base, strictIgnore: [] });
    assert.equal(strict.failedBecause.length, 1);
    assert.match(strict.failedBecause[0]!, /^strict: pattern-semicolon/);
    assert.equal(strict.go?.version, install.versionText);

    const ignored = assembleReport({ ...base, strictIgnore: ["pattern-semicolon"] });
    assert.deepEqual(ignored.failedBecause, []);
    assert.deepEqual(ignored.diagnostics, []);
    assert.deepEqual(ignored.strictIgnore, ["pattern-semicolon"]);

    const withError = assembleReport({
      ...base,
      strictIgnore: ["pattern-bad-glob"],
      diagnostics: [error],
      timings: { startup: 0.1, total: 1 },
    });
    assert.deepEqual(withError.diagnostics, [error], "an error is never silenced");
    assert.match(withError.failedBecause[0]!, /1 setting error: pattern-bad-glob/);
    assert.deepEqual(Object.keys(withError).slice(-2), ["failedBecause", "timings"]);
  });
});
