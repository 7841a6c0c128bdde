// The job summary for a big run: 5,000 modules through a two-proxy chain (a fifth falling back
// to the second proxy, one in 25 fetched directly, checksum-database lookups), built the way
// the action builds it — a generated `go mod download -x` trace and its -json objects through
// downloadReport (parser + ledger) into a RunReport — then rendered by renderSummary.
// GitHub drops a step summary over 1 MiB, so the size matters as much as the time.
//
//   npx node bench/summary.bench.ts [--modules 5000] [--runs 7] [--failures 50]
//
// Two reports: a clean run, and the same run with --failures modules failing (the failure
// table and its annotations filled). Medians of --runs renders; in-process (no process start-up
// in this cost: the action renders inside its main step).
import { parseArgs } from "node:util";
import type { RootOutcome } from "../src/download/prewarm.ts";
import type { DownloadModule } from "../src/download/types.ts";
import { parseGoVersion } from "../src/go/version.ts";
import { downloadReport } from "../src/pipeline/download-report.ts";
import { parseTrace } from "../src/download/trace.ts";
import { REPORT_SCHEMA, type RunReport } from "../src/report/model.ts";
import { renderSummary } from "../src/report/summary.ts";
import { failureReasons } from "../src/report/verdict.ts";
import { emit, log, machine, table } from "./harness.ts";
import { TRACE_PROXIES, generateTraceModules, median } from "./workload.ts";

const { values: args } = parseArgs({
  options: {
    modules: { type: "string", default: "5000" },
    runs: { type: "string", default: "7" },
    failures: { type: "string", default: "50" },
  },
});
const MODULES = Number(args.modules);
const RUNS = Number(args.runs);
const FAILURES = Number(args.failures);
const goVersion = parseGoVersion("go1.26.0")!;

function report(failing: number): { report: RunReport; buildMs: number; lines: number } {
  const { text, modules } = generateTraceModules({ modules: MODULES });
  const objects: DownloadModule[] = modules.map((m, i) => {
    const base = `/home/runner/go/pkg/mod/cache/download/${m.path.toLowerCase()}/@v/${m.version}`;
    const failed = i % Math.max(1, Math.floor(MODULES / Math.max(1, failing))) === 1 && i < MODULES;
    return failed && failing > 0
      ? {
          Path: m.path,
          Version: m.version,
          Error: `${m.path}@${m.version}: reading ${TRACE_PROXIES[1]}/${m.path.toLowerCase()}/@v/${m.version}.zip: 404 Not Found`,
        }
      : {
          Path: m.path,
          Version: m.version,
          Info: `${base}.info`,
          GoMod: `${base}.mod`,
          Zip: `${base}.zip`,
          Dir: `/home/runner/go/pkg/mod/${m.path.toLowerCase()}@${m.version}`,
          Sum: "h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
          GoModSum: "h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
        };
  });
  const failedCount = objects.filter((o) => o.Error).length;
  const outcome: RootOutcome = {
    root: { dir: "/home/runner/work/app/app", kind: "module", graphFiles: [] },
    attempts: [
      {
        exitCode: failedCount ? 1 : 0,
        stdout: "",
        stderr: text,
        seconds: 42.5,
        args: ["mod", "download", "-x", "-json"],
        modules: objects,
        waited: 0,
      },
    ],
    modules: objects,
    ok: failedCount === 0,
  };
  const requiredAt = Object.fromEntries(
    modules.map((m, i) => [m.path, { file: "go.mod", line: 5 + i }]),
  );
  const started = performance.now();
  const download = downloadReport(
    { roots: [outcome], trace: parseTrace(text) },
    {
      workspace: "/home/runner/work/app/app",
      chain: { proxies: [...TRACE_PROXIES, "direct"], sumdbs: ["sum.golang.org"] },
      goVersion,
      allowDirect: "",
      requiredAt,
    },
  );
  const buildMs = performance.now() - started;
  const partial: Omit<RunReport, "failedBecause"> = {
    schema: REPORT_SCHEMA,
    strict: false,
    go: { version: "go1.26.0", bin: "/opt/hostedtoolcache/go/1.26.0/x64/bin/go" },
    settings: [
      { variable: "GOPROXY", value: `${TRACE_PROXIES.join(",")},direct`, source: "input" },
      { variable: "GOSUMDB", value: "sum.golang.org", source: "go env" },
      { variable: "GOPRIVATE", value: "", source: "go env" },
    ],
    diagnostics: [],
    download,
  };
  return {
    report: { ...partial, failedBecause: failureReasons(partial) },
    buildMs,
    lines: text.split("\n").length - 1,
  };
}

const results: Record<string, unknown> = {};
const rows = [
  [
    "summary, " + MODULES + " modules",
    "trace lines",
    "parse + ledger (ms)",
    "render (ms, median)",
    "bytes",
    "< 1 MiB",
  ],
];
for (const [name, failing] of [
  ["clean", 0],
  [`${FAILURES} failures`, FAILURES],
] as const) {
  const r = report(failing);
  const times: number[] = [];
  let md = "";
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    md = renderSummary(r.report);
    times.push(performance.now() - t);
  }
  const bytes = Buffer.byteLength(md);
  const ms = median(times);
  log(`${name}: ${r.report.download?.ledger.modules?.length} ledger modules, ${bytes} bytes`);
  rows.push([
    name,
    String(r.lines),
    r.buildMs.toFixed(0),
    ms.toFixed(1),
    bytes.toLocaleString("en"),
    bytes < 1048576 ? "yes" : "NO",
  ]);
  results[name === "clean" ? "clean" : "failures"] = {
    ledgerModules: r.report.download?.ledger.modules?.length ?? 0,
    failures: r.report.download?.failures.length ?? 0,
    traceLines: r.lines,
    buildMs: r.buildMs,
    renderMs: ms,
    renderSamples: times,
    bytes,
    jsonReportBytes: Buffer.byteLength(JSON.stringify(r.report, null, 2)),
  };
}
emit("summary", table(rows), { modules: MODULES, runs: RUNS, ...results, machine: machine() });
