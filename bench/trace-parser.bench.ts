// Micro-benchmark of the -x trace parser (and the ledger over its result).
//
//   npx node bench/trace-parser.bench.ts [lines] [runs]
//
// Generates a realistic trace: concurrent module fetches through a two-proxy chain with
// 404 fallbacks, interleaved results, checksum-database lookups, direct git fetches, and a
// CI timestamp prefix on a third of the lines. Prints lines/second and the median of runs.
import { parseTrace } from "../src/download/trace.ts";
import { buildLedger } from "../src/download/ledger.ts";

const LINES = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 7);
const P1 = "https://u:xxxxx@proxy1.corp/go";
const P2 = "https://proxy2.corp";

function generate(target: number): string {
  const out: string[] = [];
  let seq = 0;
  const stamp = () => `2026-11-22T04:05:${String(seq % 60).padStart(2, "0")}.1234567Z `;
  const emit = (s: string) => out.push(seq++ % 3 === 0 ? stamp() + s : s);
  let i = 0;
  while (out.length < target) {
    const mod = `github.com/org${i % 97}/!module${i}`;
    const v = `v1.${i % 13}.${i % 7}`;
    const open: string[] = [];
    for (const f of ["info", "mod", "zip"]) {
      const url = `${P1}/${mod}/@v/${v}.${f}`;
      emit(`# get ${url}`);
      open.push(url);
    }
    for (const url of open.reverse()) {
      if (i % 5 === 0) {
        emit(`# get ${url}: 404 Not Found (0.012s)`);
        const again = url.replace(P1, P2);
        emit(`# get ${again}`);
        emit(`# get ${again}: 200 OK (0.034s)`);
      } else emit(`# get ${url}: 200 OK (0.021s)`);
    }
    if (i % 4 === 0) {
      const url = `${P1}/sumdb/sum.golang.org/lookup/${mod}@${v}`;
      emit(`# get ${url}`);
      emit(`# get ${url}: 200 OK (0.045s)`);
    }
    if (i % 25 === 0) {
      const dir = `/home/runner/go/pkg/mod/cache/vcs/${(i * 2654435761).toString(16).padStart(64, "0")}`;
      emit(`mkdir -p ${dir} # git3 https://git.corp/team/repo${i}`);
      for (const cmd of [
        "git init --bare",
        "git ls-remote -q origin",
        `git fetch -f --depth=1 origin refs/tags/${v}:refs/tags/${v}`,
      ]) {
        emit(`cd ${dir}; ${cmd}`);
        emit(`0.012s # cd ${dir}; ${cmd}`);
      }
    }
    i++;
  }
  return out.slice(0, target).join("\n") + "\n";
}

const text = generate(LINES);
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
