// Goldens from real Go runs (scripts/capture-traces.ts): for every captured Go version and
// scenario, the parsed trace must agree with the proxies' own access logs, and the ledger
// with the fallbacks those logs prove.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTrace } from "../../../src/download/trace.ts";
import { buildLedger } from "../../../src/download/ledger.ts";
import { decodeDownloadJson } from "../../../src/download/json-stream.ts";
import type { Ledger } from "../../../src/download/types.ts";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "testdata");
const F = "github.com/goproxy-fixture";

interface Expect {
  go: string;
  scenario: string;
  exitCode: number;
  goproxy: string;
  proxies: string[];
  sumdbs: { name: string; url: string }[];
  refused: string | null;
  accessLogs: Record<string, [string, number | string][]>;
  fromLogs: { files: { path: string; chains: [string, number | string][][] }[] };
}

const captures = readdirSync(DATA)
  .filter((f) => f.endsWith(".expect.json"))
  .map((f) => f.slice(0, -".expect.json".length))
  .sort();

function load(name: string) {
  const expect = JSON.parse(readFileSync(join(DATA, `${name}.expect.json`), "utf8")) as Expect;
  const trace = parseTrace(readFileSync(join(DATA, `${name}.stderr`), "utf8"));
  const jsonFile = join(DATA, `${name}.json`);
  const decoded = existsSync(jsonFile)
    ? decodeDownloadJson(readFileSync(jsonFile, "utf8"))
    : undefined;
  const chain = { proxies: expect.goproxy.split(/[,|]/), sumdbs: expect.sumdbs };
  const ledger = buildLedger(trace, chain, decoded ? { modules: decoded.modules } : {});
  return { expect, trace, decoded, ledger };
}

/** "module version file from→to reason" with proxies named p1, p2… by chain position. */
function fallbackLines(ledger: Ledger, chain: string[]): string[] {
  const name = (o: string) => (o === "direct" ? "direct" : `p${chain.indexOf(o) + 1}`);
  return ledger.fallbacks
    .map(
      (f) =>
        `${f.module.replace(`${F}/`, "")} ${f.version ?? "-"} ${f.file} ${name(f.from)}>${name(f.to)} ${
          /connection refused/.test(f.reason) ? "refused" : f.reason
        }`,
    )
    .sort();
}

const each = (mod: string, version: string, files: string[], hop: string, reason: string) =>
  files.map((f) => `${mod} ${version} ${f} ${hop} ${reason}`);

/** Hand-checked against the captured access logs of every version (they agree across 1.19–1.26). */
const EXPECTED_FALLBACKS: Record<string, string[]> = {
  "proxy-ok": [],
  "fallback-404": each("beta", "v1.0.0", ["info", "mod", "zip"], "p1>p2", "404 Not Found"),
  "pipe-500": each("beta", "v1.0.0", ["info", "mod", "zip"], "p1>p2", "500 Internal Server Error"),
  refused: each("alpha", "v1.1.0", ["info", "mod", "zip"], "p1>p2", "refused"),
  "direct-git": each("gamma", "v1.0.0", ["info", "mod", "zip"], "p1>direct", "404 Not Found"),
  "direct-only": [],
  query: [
    "alpha - list p1>p2 404 Not Found",
    ...each("alpha", "v1.1.0", ["mod", "zip"], "p1>p2", "404 Not Found"),
  ],
  walk: [
    "delta - list p1>p2 404 Not Found",
    ...each("delta", "v1.0.0", ["info", "mod", "zip"], "p1>p2", "404 Not Found"),
  ],
  "sumdb-proxy": [],
  "sumdb-direct": [],
};

test("captures exist for several Go versions and every scenario", () => {
  const versions = new Set(captures.map((c) => /-go(1\.\d+)$/.exec(c)![1]));
  assert.ok(versions.size >= 2, `captured versions: ${[...versions].join(" ")}`);
  for (const sc of Object.keys(EXPECTED_FALLBACKS))
    assert.ok(
      captures.some((c) => c.startsWith(`${sc}-go`)),
      `no capture for ${sc}`,
    );
});

for (const name of captures) {
  test(`golden ${name}: requests match the access logs`, () => {
    const { expect, trace, ledger } = load(name);
    assert.deepEqual(trace.problems, []);
    assert.ok(trace.requests.every((r) => r.complete));
    for (const [url, log] of Object.entries(expect.accessLogs)) {
      const seen = ledger.requests
        .filter((r) => r.url.startsWith(`${url}/`))
        .map((r) => `${decodeURIComponent(new URL(r.url).pathname)} ${r.status ?? r.error}`)
        .sort();
      const served = log.map(([path, status]) => `${path} ${status}`).sort();
      assert.deepEqual(seen, served, `requests to ${url}`);
    }
    if (expect.refused) {
      const refused = ledger.requests.filter((r) => r.origin === expect.refused);
      assert.ok(refused.length > 0);
      for (const r of refused) {
        assert.equal(r.status, null);
        assert.match(r.error ?? "", /connection refused/);
      }
    }
    // Every request is attributed to a configured origin (or a checksum database).
    const origins = new Set([
      ...expect.proxies,
      "direct",
      ...expect.sumdbs.map((s) => `sumdb:${s.name}`),
    ]);
    for (const r of ledger.requests) assert.ok(origins.has(r.origin), `${r.url} → ${r.origin}`);
  });

  test(`golden ${name}: fallbacks are the ones the access logs prove`, () => {
    const { expect, ledger } = load(name);
    const chain = expect.goproxy.split(/[,|]/);
    const scenario = expect.scenario;
    assert.deepEqual(fallbackLines(ledger, chain), [...EXPECTED_FALLBACKS[scenario]!].sort());
    // Each proxy-to-proxy fallback is a failed attempt followed by the next proxy in the logs.
    for (const f of ledger.fallbacks) {
      if (f.to === "direct" || f.from === expect.refused) continue;
      const path =
        `/${f.module}/@v/${f.file === "list" ? "list" : `${f.version}.${f.file}`}`.replace(
          /[A-Z]/g,
          (c) => `!${c.toLowerCase()}`,
        );
      const logged = expect.fromLogs.files.find((x) => x.path === path);
      assert.ok(logged, `no access-log entry for ${path}`);
      assert.ok(
        logged.chains.some((c) =>
          c.some(
            (a, i) =>
              a[0] === f.from && c[i + 1]?.[0] === f.to && String(a[1]) === f.reason.split(" ")[0],
          ),
        ),
        `${path}: ${f.from} → ${f.to} not in ${JSON.stringify(logged.chains)}`,
      );
    }
  });

  test(`golden ${name}: who served what`, () => {
    const { expect, ledger, decoded } = load(name);
    const [p1, p2] = expect.proxies;
    assert.deepEqual(decoded?.problems ?? [], []);
    const served = (mod: string) =>
      [
        ...new Set(ledger.files.filter((f) => f.module === `${F}/${mod}`).map((f) => f.origin)),
      ].sort();
    switch (expect.scenario) {
      case "proxy-ok":
        assert.equal(ledger.shares.ratio.firstProxy, 1);
        assert.deepEqual(
          [...new Set(ledger.modules?.map((m) => m.path.replace(`${F}/`, "")))].sort(),
          ["Zeta", "alpha", "beta"],
        );
        assert.ok(ledger.modules?.every((m) => m.origin === p1));
        assert.ok(ledger.files.some((f) => f.module === `${F}/Zeta` && f.file === "zip"));
        break;
      case "fallback-404":
      case "pipe-500":
        assert.deepEqual(served("beta"), [p2]);
        assert.deepEqual(served("alpha"), [p1]);
        assert.equal(ledger.origins.find((o) => o.origin === p2)?.hitRate, 1);
        break;
      case "refused":
        assert.deepEqual(served("alpha"), [p2]);
        assert.equal(ledger.origins.find((o) => o.origin === p1)?.errors, 3);
        assert.equal(ledger.origins.find((o) => o.origin === p1)?.hitRate, 0);
        assert.equal(ledger.shares.ratio.laterProxies, 1);
        break;
      case "direct-git":
        assert.deepEqual(served("gamma"), ["direct"]);
        assert.equal(ledger.modules?.find((m) => m.path === `${F}/gamma`)?.origin, "direct");
        assert.ok((ledger.origins.find((o) => o.origin === "direct")?.vcsCommands ?? 0) > 5);
        break;
      case "direct-only":
        assert.deepEqual(served("gamma"), ["direct"]);
        assert.equal(ledger.shares.ratio.direct, 1);
        break;
      case "query":
        assert.deepEqual(served("alpha"), [p2]);
        assert.deepEqual(served("beta"), [p1]);
        break;
      case "walk": {
        const walk = ledger.requests.filter((r) => r.walk);
        // Four paths that are not modules (…/delta/sub/pkg, …/delta/sub, goproxy-fixture, github.com), at both proxies.
        assert.equal(walk.length, 8);
        assert.ok(walk.every((r) => r.status === 404));
        assert.deepEqual(served("delta"), [p2]);
        break;
      }
      case "sumdb-proxy":
        assert.deepEqual(
          ledger.sumdb.map((s) => [s.name, s.origin, s.requests, s.ok, s.notFound]),
          [["sumdb.test", p1, 2, 1, 1]],
        );
        assert.equal(ledger.origins.find((o) => o.origin === p1)?.sumdbRequests, 2);
        assert.match(ledger.modules?.[0]?.error ?? "", /verifying go\.mod/);
        assert.equal(ledger.modules?.[0]?.origin, null);
        break;
      case "sumdb-direct":
        assert.deepEqual(
          ledger.sumdb.map((s) => [s.name, s.origin, s.requests, s.notFound]),
          [["sumdb.test", "sumdb:sumdb.test", 1, 1]],
        );
        break;
      default:
        assert.fail(`unknown scenario ${expect.scenario}`);
    }
  });
}
