import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { checkSettings } from "../../../src/check/static.ts";
import type { DownloadReport, RunReport } from "../../../src/report/model.ts";
import { failureReasons } from "../../../src/report/verdict.ts";
import { parseStrictIgnore, withoutSilenced } from "../../../src/report/strict.ts";
import { SECTIONS } from "../../../scripts/gen-rules-doc.ts";

const go = { goVersion: { major: 1, minor: 26, patch: 0 } };
const run = (
  env: Record<string, string>,
  extra: Partial<Omit<RunReport, "failedBecause">> = {},
): string[] =>
  failureReasons({
    schema: "setup-goproxy/report@1",
    strict: true,
    settings: [],
    diagnostics: withoutSilenced(checkSettings(env, go), extra.strictIgnore ?? []),
    ...extra,
  });
const download = (over: Partial<DownloadReport>): DownloadReport =>
  ({
    roots: [],
    retries: [],
    seconds: 1,
    failures: [],
    direct: [],
    requiredAt: {},
    ledger: { fallbacks: [] },
    ...over,
  }) as unknown as DownloadReport;

test("strict is green on Go's default chain `<proxy>,direct`: the `,` warning is advice", () => {
  const env = { GOPROXY: "https://proxy.corp.example,direct" };
  assert.ok(checkSettings(env, go).some((d) => d.rule === "goproxy-comma-hard-errors"));
  assert.deepEqual(run(env), []);
});

test("strict fails on a value Go silently ignores, naming the rule and how to allow it", () => {
  const env = { GOPROXY: "https://proxy.corp.example,direct,https://dead.example" };
  const [reason, ...rest] = run(env);
  assert.equal(rest.length, 0);
  assert.match(reason!, /^strict: goproxy-entries-after-terminal: 1 warning on GOPROXY\./);
  assert.match(reason!, /add "goproxy-entries-after-terminal" to strict-ignore/);
  assert.deepEqual(run(env, { strict: false }), []);
  assert.deepEqual(run(env, { strictIgnore: ["goproxy-entries-after-terminal"] }), []);
  // checksum verification off for everything
  assert.match(run({ GOSUMDB: "off" }).join("\n"), /strict: gosumdb-off:/);
});

test("errors fail with or without strict, and strict-ignore cannot silence them", () => {
  const env = { GOPROXY: "Direct" };
  const ignore = parseStrictIgnore("goproxy-missing-scheme");
  assert.deepEqual(ignore.ids, []);
  assert.match(ignore.warnings[0]!, /"goproxy-missing-scheme", which is always an error/);
  assert.match(
    run(env, { strict: false, strictIgnore: ignore.ids }).join(),
    /goproxy-missing-scheme/,
  );
});

test("strict-ignore: commas and lines, unknown ids warn, explain ids cannot be silenced", () => {
  const p = parseStrictIgnore(
    "download-direct, goproxy-username-token\n\n  no-such-rule\nexplain-checksum-mismatch,download-direct",
  );
  assert.deepEqual(p.ids, ["download-direct", "goproxy-username-token"]);
  assert.equal(p.warnings.length, 2);
  assert.match(p.warnings[0]!, /"no-such-rule", which is no rule id/);
  assert.match(p.warnings[1]!, /"explain-checksum-mismatch", which is always an error/);
});

test("an actual direct fetch fails strict unless allow-direct or strict-ignore allows it", () => {
  const d = download({
    direct: [
      { module: "git.corp.example/x", version: "v1.0.0", allowed: false },
      { module: "git.corp.example/ok", version: "v1.0.0", allowed: true },
    ],
  });
  const [reason] = run({}, { download: d });
  assert.match(
    reason!,
    /^strict: download-direct: 1 module fetched directly.*git\.corp\.example\/x\./,
  );
  assert.doesNotMatch(reason!, /ok/);
  assert.deepEqual(run({}, { download: d, strictIgnore: ["download-direct"] }), []);
  assert.deepEqual(run({}, { download: d, strict: false }), []);
});

test("a fallback fails only with fail-on-fallback; a live prediction gives way to the download", () => {
  const fallback = {
    module: "example.com/m",
    version: "v1.0.0",
    file: "zip",
    from: "https://a.example",
    to: "https://b.example",
    reason: "404",
  };
  const d = download({ ledger: { fallbacks: [fallback] } as unknown as DownloadReport["ledger"] });
  assert.deepEqual(run({}, { download: d }), []);
  assert.match(
    run({}, { download: d, failOnFallback: true, strict: false }).join(),
    /^fail-on-fallback: download-fallback: 1 module file fell through .*example\.com\/m/,
  );
  assert.deepEqual(
    run({}, { download: d, failOnFallback: true, strictIgnore: ["download-fallback"] }),
    [],
  );
  const probe = {
    rule: "probe-fallback-direct",
    severity: "warning" as const,
    variable: "GOPROXY",
    message: "x",
  };
  const base = { schema: "setup-goproxy/report@1" as const, strict: true, settings: [] };
  assert.match(failureReasons({ ...base, diagnostics: [probe] }).join(), /probe-fallback-direct/);
  assert.deepEqual(failureReasons({ ...base, diagnostics: [probe], download: d }), []);
});

test("every catalogue says per rule whether strict fails: notices never, advice is a warning", () => {
  for (const s of SECTIONS)
    for (const r of s.rules) {
      assert.equal(typeof r.strict, "boolean", r.id);
      if (r.severity === "notice") assert.equal(r.strict, false, r.id);
      if (!r.strict) assert.notEqual(r.severity, "error", r.id);
    }
  const advice = SECTIONS.flatMap((s) => s.rules)
    .filter((r) => r.severity !== "notice" && !r.strict)
    .map((r) => r.id)
    .sort();
  assert.deepEqual(advice, [
    "download-fallback",
    "goproxy-comma-hard-errors",
    "pattern-too-broad",
    "probe-proxy-not-found",
    "probe-proxy-slow",
    "probe-tls-expiring",
    "toolchain-not-mirrored",
  ]);
});
