// Micro-benchmark of the -x trace parser (and the ledger over its result).
//
//   npx node bench/trace-parser.bench.ts [lines] [runs]
//
// Generates a realistic trace: concurrent module fetches through a two-proxy chain with
// 404 fallbacks, interleaved results, checksum-database lookups, direct git fetches, and a
// CI timestamp prefix on a third of the lines (bench/workload.ts generateTrace). Prints
// lines/second and the median of runs, and a `BENCH {…}` JSON line for scripts/bench.sh.
import { parseTrace } from "../src/download/trace.ts";
import { buildLedger } from "../src/download/ledger.ts";
import { TRACE_PROXIES, generateTrace } from "./workload.ts";

const LINES = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 7);
const [P1, P2] = TRACE_PROXIES;

const text = generateTrace(LINES);
const lines = text.split("\n").length - 1;
const parseTimes: number[] = [];
const ledgerTimes: number[] = [];
let requests = 0;
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  const trace = parseTrace(text);
  const t1 = performance.now();
  const ledger = buildLedger(trace, { proxies: [P1, P2, "direct"] });
  const t2 = performance.now();
  parseTimes.push(t1 - t0);
  ledgerTimes.push(t2 - t1);
  requests = ledger.requests.length;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mp = median(parseTimes);
const ml = median(ledgerTimes);
console.log(
  `trace: ${lines} lines, ${(text.length / 1e6).toFixed(1)} MB, ${requests} requests, ${RUNS} runs`,
);
console.log(
  `parse:  median ${mp.toFixed(1)} ms  (${Math.round(lines / (mp / 1000)).toLocaleString("en")} lines/s)`,
);
console.log(`ledger: median ${ml.toFixed(1)} ms`);
console.log(
  `total:  median ${median(parseTimes.map((p, k) => p + ledgerTimes[k]!)).toFixed(1)} ms`,
);
console.log(
  `BENCH ${JSON.stringify({
    name: "trace",
    lines,
    bytes: text.length,
    requests,
    runs: RUNS,
    parseMs: mp,
    ledgerMs: ml,
    totalMs: median(parseTimes.map((p, k) => p + ledgerTimes[k]!)),
    linesPerSecond: lines / (mp / 1000),
    linesPerSecondWithLedger: lines / ((mp + ml) / 1000),
    parseSamples: parseTimes,
    ledgerSamples: ledgerTimes,
  })}`,
);
