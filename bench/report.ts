// Prints one table from the `BENCH {…}` lines the benchmarks wrote (scripts/bench.sh).
//
//   npx node bench/report.ts results.txt [elapsed-seconds]
import { readFileSync } from "node:fs";
import { machine, MB, table } from "./harness.ts";

/* eslint-disable @typescript-eslint/no-explicit-any */
const file = process.argv[2];
if (!file) throw new Error("usage: report.ts results.txt [elapsed-seconds]");
const elapsed = Number(process.argv[3] ?? NaN);
const results: Record<string, any> = {};
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line.startsWith("BENCH ")) continue;
  const r = JSON.parse(line.slice(6));
  results[r.name] = r;
}

const s = (n: number) => `${n.toFixed(2)} s`;
const yes = (ok: boolean) => (ok ? "met" : "**missed**");
const rows: string[][] = [["benchmark", "measured (medians)", "ratio", "target", ""]];
const c = results.cold;
if (c) {
  for (const cell of c.cells) {
    const m = cell.medians;
    rows.push([
      `cold pre-warm, ${cell.modules} modules, ${cell.latencyMs} ms per request (${c.reps} paired reps)`,
      `action main step ${s(m.action)} vs bare \`go mod download\` ${s(m.bare)}`,
      `${m.ratio.toFixed(3)}×`,
      cell.latencyMs >= 20 ? "≤ 1.05×" : "",
      cell.latencyMs >= 20 ? yes(m.ratio <= 1.05) : "",
    ]);
  }
  if (c.rss)
    rows.push([
      `main step peak RSS, ${c.rss.modules} modules`,
      `${c.rss.maxRssMB.toFixed(0)} MB`,
      "",
      "< 200 MB",
      yes(c.rss.maxRssMB < 200),
    ]);
}
const w = results.warm;
if (w) {
  const m = w.medians;
  rows.push([
    `warm, exact hit, ${w.link.downMBps}/${w.link.upMBps} MB/s link (${w.reps} reps)`,
    `ready to build: ours ${s(m.oursReady)} vs setup-go ${s(m.setupGoReady)}`,
    `${w.ratios.readySpeedup.toFixed(2)}× faster`,
    "≥ 2×",
    yes(w.ratios.readySpeedup >= 2),
  ]);
  rows.push([
    "… archive",
    `ours ${MB(w.archive.ours)} MB vs setup-go ${MB(w.archive.setupGo)} MB`,
    `${w.ratios.archive.toFixed(2)}×`,
    "≤ 0.5×",
    yes(w.ratios.archive <= 0.5),
  ]);
  if (Number.isFinite(m.oursAction))
    rows.push(["… whole action main step on the hit", s(m.oursAction), "", "", ""]);
  if (w.ratios.verifyShare !== undefined)
    rows.push([
      "… of which verifying the restored cache",
      s(m.oursActionVerify),
      `${(100 * w.ratios.verifyShare).toFixed(1)} % of the step`,
      "≤ 10 %",
      yes(w.ratios.verifyShare <= 0.1),
    ]);
  rows.push([
    `… restore + first \`go build ./...\` (${w.buildReps} reps for ours)`,
    `ours ${s(m.oursReady + m.oursBuild)} vs setup-go ${s(m.setupGoReady + m.setupGoBuild)}`,
    `${w.ratios.restorePlusBuild.toFixed(1)}× slower`,
    "(setup-go restores GOCACHE)",
    "",
  ]);
}
const b = results["build-cache"];
if (b) {
  const targets: Record<string, number> = { exact: 0.8, edit: 0.8, bump: 0.4, cold: 1.1 };
  for (const [scenario, target] of Object.entries(targets)) {
    const m = b.medians[scenario];
    rows.push([
      `whole job (restore, build, test, save), ${scenario}, ${b.link.downMBps}/${b.link.upMBps} MB/s (${b.reps} reps)`,
      `ours ${s(m.ours)} vs setup-go ${s(m.setupgo)}`,
      `${b.ratios[scenario].toFixed(2)}×`,
      `≤ ${target}×`,
      yes(b.ratios[scenario] <= target),
    ]);
  }
  rows.push([
    "… bytes saved over the four jobs",
    `ours ${MB(b.uploaded.ours)} MB vs setup-go ${MB(b.uploaded.setupgo)} MB`,
    `${b.ratios.uploaded.toFixed(2)}×`,
    "≤ 0.5×",
    yes(b.ratios.uploaded <= 0.5),
  ]);
  rows.push([
    `… churn, ${b.churn.runs.length} runs`,
    `a restore holds at most ${b.churn.worstRestoredOverUsed.toFixed(2)}× what the saving job used`,
    "",
    "≤ 1×",
    yes(b.churn.worstRestoredOverUsed <= 1),
  ]);
}
const t = results.trace;
if (t)
  rows.push([
    `trace parser, ${t.lines.toLocaleString("en")} lines (${t.runs} runs)`,
    `parse ${t.parseMs.toFixed(0)} ms, + ledger ${t.ledgerMs.toFixed(0)} ms`,
    `${Math.round(t.linesPerSecond).toLocaleString("en")} lines/s (${Math.round(t.linesPerSecondWithLedger).toLocaleString("en")} with ledger)`,
    "",
    "",
  ]);
const su = results.summary;
if (su)
  rows.push([
    `summary, ${su.modules.toLocaleString("en")} modules (${su.runs} runs)`,
    `render ${su.clean.renderMs.toFixed(1)} ms, ${su.clean.bytes.toLocaleString("en")} B; with ${su.failures.failures} failures ${su.failures.renderMs.toFixed(1)} ms, ${su.failures.bytes.toLocaleString("en")} B`,
    "",
    "< 1 MiB",
    yes(Math.max(su.clean.bytes, su.failures.bytes) < 1048576),
  ]);

const mc = machine();
const go = c?.go ?? w?.go ?? "?";
console.log(
  `\n# setup-goproxy benchmarks\n\n${mc.cpus} CPUs (${mc.model}), ${mc.memGiB} GiB, Node ${mc.node}, Go ${go}, load average now ${mc.loadavg}` +
    (Number.isFinite(elapsed) ? `; whole run ${Math.round(elapsed)} s` : "") +
    `\n\n${table(rows)}\n`,
);
