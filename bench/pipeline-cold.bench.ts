// Cold pre-warm: the action's main step (dist/main under the runner emulator: configure,
// checks, go env, `go mod download -x -json`, ledger, report) against bare `go mod download`
// through the same loopback proxy, each with an empty GOMODCACHE, at several per-request
// latencies of the proxy and workload sizes; then the main step's peak RSS on a wide workload.
//
//   npx node bench/pipeline-cold.bench.ts [--reps 3] [--modules 60,300] [--latency 0,20,100]
//                                          [--rss-modules 5000] [--seed 1] [--go 1.26]
//
// Every variant is a child process (process start-up is part of the real cost). Pairs: within
// each repetition bare and action run back to back, alternating which goes first, so machine
// contention hits both alike; the ratio is the median of the per-pair ratios, with its spread.
// Peak RSS: the main step's own maxRSS (process.resourceUsage, read at exit through a
// NODE_OPTIONS --import hook); go's memory is its own process and not counted.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startProxy } from "../__tests__/support/proxy-server.ts";
import { actionDefaults, runAction } from "../__tests__/support/runner.ts";
import { jobEnv } from "../__tests__/support/example.ts";
import type { RunReport, Timings } from "../src/report/model.ts";
import {
  buildFlatWorkload,
  buildWorkload,
  median,
  writeWorkloadMain,
  type Workload,
} from "./workload.ts";
import {
  benchGo,
  emit,
  freshDir,
  log,
  machine,
  mustSucceed,
  removeTree,
  s2,
  spawnTimed,
  table,
} from "./harness.ts";

const { values: args } = parseArgs({
  options: {
    reps: { type: "string", default: "3" },
    modules: { type: "string", default: "60,300" },
    latency: { type: "string", default: "0,20,100" },
    "rss-modules": { type: "string", default: "5000" },
    seed: { type: "string", default: "1" },
    go: { type: "string", default: "" },
  },
});
const REPS = Number(args.reps);
const list = (s: string) => s.split(",").filter(Boolean).map(Number);
const go = benchGo(args.go);
const root = await mkdtemp(join(tmpdir(), "bench-cold-"));
const defaults = await actionDefaults();
const rssHook = join(root, "rss-hook.mjs");
await writeFile(
  rssHook,
  `import { writeFileSync } from "node:fs";\n` +
    `process.on("exit", () => { if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n`,
);

async function job(w: Workload) {
  const home = await freshDir(join(root, "home"));
  const ws = join(home, "ws");
  await writeWorkloadMain(ws, w);
  return { home, ws, env: jobEnv(go, home) };
}

async function bare(w: Workload, proxyUrl: string): Promise<number> {
  const j = await job(w);
  const env = { ...j.env, GOPROXY: proxyUrl, GOSUMDB: "off" };
  return mustSucceed(
    "go mod download",
    await spawnTimed(go.goBin, ["mod", "download"], { cwd: j.ws, env }),
  ).seconds;
}

/** The action's main step as a cold run: proxy, no checksum database, default checks, no cache. */
async function action(
  w: Workload,
  proxyUrl: string,
  rssFile?: string,
): Promise<{ seconds: number; timings: Timings; modules: number }> {
  const j = await job(w);
  const inputs: Record<string, string> = { proxy: proxyUrl, sumdb: "off" };
  if ("cache" in defaults) inputs.cache = "false";
  const env = rssFile
    ? { ...j.env, NODE_OPTIONS: `--import=${rssHook}`, BENCH_RSS_FILE: rssFile }
    : j.env;
  const started = performance.now();
  const res = await runAction({
    inputs,
    env,
    workspace: j.ws,
    post: false,
    runnerTemp: await mkdtemp(join(j.home, "runner-")),
    timeoutMs: 1_800_000,
  });
  const seconds = (performance.now() - started) / 1000;
  if (res.main.exitCode !== 0)
    throw new Error(
      `action failed: ${res.main.stdout.slice(-3000)}\n${res.main.stderr.slice(-2000)}`,
    );
  const report = JSON.parse(await readFile(res.outputs.report!, "utf8")) as RunReport;
  return {
    seconds,
    timings: report.timings ?? {},
    modules: report.download?.ledger.modules?.length ?? 0,
  };
}

const spread = (xs: number[]) => `${s2(Math.min(...xs))}–${s2(Math.max(...xs))}`;

interface Cell {
  modules: number;
  latencyMs: number;
  bare: number[];
  action: number[];
  ratios: number[];
  stages: Record<string, number[]>;
  ledgerModules: number;
}

try {
  const cells: Cell[] = [];
  for (const modules of list(args.modules!)) {
    const w = await buildWorkload({ seed: Number(args.seed), modules, log });
    for (const latencyMs of list(args.latency!)) {
      const proxy = await startProxy({
        dir: w.proxyDir,
        faults: latencyMs ? [{ path: /./, delayMs: latencyMs }] : [],
      });
      const cell: Cell = {
        modules,
        latencyMs,
        bare: [],
        action: [],
        ratios: [],
        stages: {},
        ledgerModules: 0,
      };
      try {
        await bare(w, proxy.url); // unmeasured: warms the page cache and the proxy's reads
        for (let rep = 0; rep < REPS; rep++) {
          let b = 0;
          let a: Awaited<ReturnType<typeof action>>;
          if (rep % 2 === 0) {
            b = await bare(w, proxy.url);
            a = await action(w, proxy.url);
          } else {
            a = await action(w, proxy.url);
            b = await bare(w, proxy.url);
          }
          cell.bare.push(b);
          cell.action.push(a.seconds);
          cell.ratios.push(a.seconds / b);
          cell.ledgerModules = a.modules;
          for (const [k, v] of Object.entries(a.timings)) (cell.stages[k] ??= []).push(v);
          log(
            `${modules} modules, ${latencyMs} ms: rep ${rep + 1}/${REPS} bare ${s2(b)} s, action ${s2(a.seconds)} s (${(a.seconds / b).toFixed(3)}×), stages ${JSON.stringify(a.timings)}`,
          );
        }
      } finally {
        await proxy.close();
      }
      cells.push(cell);
    }
  }

  // Peak RSS on a wide workload, one run at no added latency.
  let rss:
    { modules: number; maxRssMB: number; seconds: number; ledgerModules: number } | undefined;
  const rssModules = Number(args["rss-modules"]);
  if (rssModules > 0) {
    const w = await buildFlatWorkload({ modules: rssModules });
    const proxy = await startProxy({ dir: w.proxyDir });
    try {
      const file = join(root, "rss.txt");
      const a = await action(w, proxy.url, file);
      const kb = Number(await readFile(file, "utf8"));
      rss = {
        modules: rssModules,
        maxRssMB: kb / 1024,
        seconds: a.seconds,
        ledgerModules: a.modules,
      };
      log(
        `peak RSS, ${rssModules} modules: ${(kb / 1024).toFixed(0)} MB (main step ${s2(a.seconds)} s)`,
      );
    } finally {
      await proxy.close();
    }
  }

  const rows = [
    [
      "modules",
      "latency",
      "bare `go mod download` s (median, range)",
      "action main step s (median, range)",
      "paired ratio (median, range)",
      "≤ 1.05× (at ≥ 20 ms)",
      "action stages, medians: start-up · checks · download · report",
    ],
    ...cells.map((c) => {
      const ratio = median(c.ratios);
      const st = (k: string) => (c.stages[k] ? s2(median(c.stages[k]!)) : "–");
      return [
        String(c.modules),
        `${c.latencyMs} ms`,
        `${s2(median(c.bare))} (${spread(c.bare)})`,
        `${s2(median(c.action))} (${spread(c.action)})`,
        `${ratio.toFixed(3)} (${c.ratios
          .map((r) => r.toFixed(2))
          .sort()
          .join(", ")})`,
        c.latencyMs >= 20 ? (ratio <= 1.05 ? "met" : "missed") : "—",
        `${st("startup")} · ${st("checks")} · ${st("download")} · ${st("report")}`,
      ];
    }),
  ];
  emit(
    "cold",
    table(rows) +
      (rss
        ? `\npeak RSS of the main step, ${rss.modules} modules: ${rss.maxRssMB.toFixed(0)} MB (target < 200 MB: ${rss.maxRssMB < 200 ? "met" : "missed"}; step ${s2(rss.seconds)} s, ledger ${rss.ledgerModules} modules)`
        : ""),
    {
      go: go.version,
      reps: REPS,
      cells: cells.map((c) => ({
        ...c,
        medians: { bare: median(c.bare), action: median(c.action), ratio: median(c.ratios) },
        stageMedians: Object.fromEntries(Object.entries(c.stages).map(([k, v]) => [k, median(v)])),
      })),
      rss,
      machine: machine(),
    },
  );
} finally {
  await removeTree(root);
  await rm(root, { recursive: true, force: true });
}
