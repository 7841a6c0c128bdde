// The whole job on a warm runner: this action (module cache + build cache) against
// actions/setup-go's caching strategy, end to end — restore, `go build ./...`, `go test ./...`,
// save — through the REAL @actions/cache (tar + zstd) against the loopback cache service (v2),
// with the link throttled to a hosted runner's (--down / --up MB/s, docs/performance.md).
//
//   ours      dist/main (defaults: module cache `download` layout, cache-build on), the
//             job's go build and go test, dist/post, under the runner emulator; a push to
//             the default branch, so both caches may save.
//   setup-go  GOMODCACHE and GOCACHE in one archive, key `setup-go-Linux-x64-…-go-<ver>-
//             <sha256(go.sum)>`, no restore-keys; restore, build, test, and save unless the
//             key hit exactly (setup-go's src/cache-restore.ts and cache-save.ts), with the
//             `go version` / `go env` calls of its main step and the two `go env` calls its
//             post step makes before it compares keys (harness.ts setupGoPrelude), each
//             step a Node process running the toolkit from one ncc bundle, as an action does.
//
// The app: bench/workload.ts's module corpus (a build compiles all of it) plus local
// packages with tests (TESTED). Each repetition starts a fresh cache service and runs, each scenario
// with the two strategies taking turns (the order alternates between repetitions):
//   cold   nothing cached; exact  the same code again; edit  one local package changed;
//   bump   one dependency (selected at v1.0.0) moved to v1.1.0, which its importers follow.
// Then --churn jobs of ours alone, alternating edits and bumps, to see the saved build cache
// stay within what one job uses. The jobs run under $TMPDIR; how fast its file system creates
// files is printed at the start and the end, as the exact and edit jobs depend on it
// (TMPDIR=/dev/shm takes the disk out).
//
//   npx node bench/build-cache.bench.ts [--reps 3] [--churn 10] [--down 50] [--up 25]
//                                       [--modules 300] [--go 1.26]
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  runCacheClient,
  startCacheServer,
  type CacheServer,
} from "../__tests__/support/cache-server.ts";
import { jobEnv } from "../__tests__/support/example.ts";
import { startProxy } from "../__tests__/support/proxy-server.ts";
import { runAction } from "../__tests__/support/runner.ts";
import { buildWorkload, median, writeWorkloadMain, type Workload } from "./workload.ts";
import {
  benchGo,
  emit,
  fileCreationRate,
  freshDir,
  goSeconds,
  LINK_WORKLOAD_OPTIONS,
  log,
  machine,
  MB,
  removeTree,
  s2,
  bundledCacheClient,
  saveLikeSetupGo,
  setupGoCacheKey,
  setupGoPrelude,
  table,
} from "./harness.ts";

const { values: args } = parseArgs({
  options: {
    reps: { type: "string", default: "3" },
    churn: { type: "string", default: "10" },
    ...LINK_WORKLOAD_OPTIONS,
  },
});
const REPS = Number(args.reps);
const CHURN = Number(args.churn);
const LINK = { download: Number(args.down) * 1e6, upload: Number(args.up) * 1e6 };
const go = benchGo(args.go);
const w = await buildWorkload({ modules: Number(args.modules), log });
const proxy = await startProxy({ dir: w.proxyDir });
// setup-go's steps run the toolkit from one ncc bundle, as ours (dist/) do.
const setupGoClient = await bundledCacheClient();
const root = await freshDir(join(w.dir, "..", `bench-build-cache-${process.pid}`));
const disk = { start: fileCreationRate(root), end: 0 };
log(`file creation where the jobs run (${root}): ${disk.start} files/s`);

type Strategy = "ours" | "setupgo";
type Scenario = "cold" | "exact" | "edit" | "bump";
const SCENARIOS: Scenario[] = ["cold", "exact", "edit", "bump"];
/** Local packages with a test each. */
const TESTED = 2;

/** The code of one commit: which local package edit, which dependencies bumped. */
interface Code {
  edit: number;
  bumped: string[];
}

const direct = w.direct.map((m) => m.path);
/**
 * Modules with two versions that the main module alone decides: selected at v1.0.0 (nobody asks
 * for more), or imported directly (only the main module requires them). A bump moves one to
 * its other version; go.mod stays consistent.
 */
const bumpable = w.selected
  .filter((m) => w.versions.filter((v) => v.path === m.path).length > 1)
  .filter((m) => m.version === "v1.0.0" || direct.includes(m.path))
  .map((m) => m.path);
if (!bumpable.length) throw new Error("the workload has no module with two versions to bump");

async function writeApp(ws: string, code: Code): Promise<void> {
  const bumped: Workload = {
    ...w,
    selected: w.selected.map((m) =>
      code.bumped.includes(m.path)
        ? { ...m, version: m.version === "v1.0.0" ? "v1.1.0" : "v1.0.0" }
        : m,
    ),
  };
  await writeWorkloadMain(ws, bumped);
  for (let p = 0; p < TESTED; p++) {
    const dir = join(ws, "internal", `t${p}`);
    await mkdir(dir, { recursive: true });
    const imports = [direct[p % direct.length]!, direct[(p * 7 + 3) % direct.length]!];
    await writeFile(
      join(dir, `t${p}.go`),
      `package t${p}\n\nimport (\n${imports.map((i) => `\t_ "${i}"\n`).join("")})\n\n// Label changes with every edit of this package.\nvar Label = "edit-${p === code.edit % TESTED ? code.edit : 0}"\n\nfunc Sum(n int) int {\n\ts := len(Label)\n\tfor i := 0; i < n; i++ {\n\t\ts += i % 7\n\t}\n\treturn s\n}\n`,
    );
    await writeFile(
      join(dir, `t${p}_test.go`),
      `package t${p}\n\nimport "testing"\n\nfunc TestSum(t *testing.T) {\n\tif Sum(3000000) <= 0 {\n\t\tt.Fatal("sum")\n\t}\n}\n`,
    );
  }
}

interface JobTimes {
  seconds: number;
  build: number;
  test: number;
  /** Bytes this job uploaded (every entry it saved). */
  uploaded: number;
  /** ours: the main and post steps' wall time, and the main step's stages from its report. */
  steps?: { main: number; post: number; stages: Record<string, number> };
  /** ours: the build cache's phases as the post step's summary reports them. */
  build_cache?: { result: string; saved: boolean; restored: number; used: number; usedMiB: number };
}

function jobDirs(strategy: Strategy) {
  const home = join(root, strategy);
  return { home, ws: join(home, "work", "app") };
}

async function goSteps(ws: string, env: Record<string, string>) {
  const build = await goSeconds(go, ["build", "./..."], { cwd: ws, env });
  const test = await goSeconds(go, ["test", "./..."], { cwd: ws, env });
  return { build, test };
}

const uploadedSince = (server: CacheServer, before: number) =>
  server
    .entries()
    .slice(before)
    .reduce((n, e) => n + e.size, 0);

async function ours(server: CacheServer, code: Code): Promise<JobTimes> {
  const { home, ws } = jobDirs("ours");
  await freshDir(home);
  await writeApp(ws, code);
  const event = join(home, "event.json");
  await writeFile(event, JSON.stringify({ repository: { default_branch: "main" } }));
  const before = server.entries().length;
  let steps = { build: 0, test: 0 };
  const started = performance.now();
  const res = await runAction({
    workspace: ws,
    env: {
      ...jobEnv(go, home),
      GOPROXY: "off", // until the action exports the loopback proxy
      ...server.env,
      GITHUB_EVENT_NAME: "push",
      GITHUB_EVENT_PATH: event,
      TMPDIR: home,
    },
    inputs: { proxy: proxy.url, sumdb: "off" },
    runnerTemp: await freshDir(join(root, "ours-runner")),
    between: async (env) => {
      steps = await goSteps(ws, env);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (res.main.exitCode !== 0 || res.post?.exitCode !== 0)
    throw new Error(`ours: ${res.main.stdout.slice(-3000)}\n${res.post?.stdout.slice(-2000)}`);
  const row = (label: string) =>
    new RegExp(`\\| ${label}[^|]*\\| (\\d+) \\| ([0-9.]+) (B|KiB|MiB|GiB)`).exec(res.summary);
  const used = row("used by this job");
  const unit = { B: 1 / 2 ** 20, KiB: 1 / 1024, MiB: 1, GiB: 1024 } as const;
  const report = JSON.parse(await readFile(res.outputs.report!, "utf8")) as {
    timings?: Record<string, number>;
  };
  return {
    seconds,
    ...steps,
    steps: { main: res.main.seconds, post: res.post?.seconds ?? 0, stages: report.timings ?? {} },
    uploaded: uploadedSince(server, before),
    build_cache: {
      result: res.outputs["build-cache-result"] ?? "",
      saved: res.outputs["build-cache-saved"] === "true",
      restored: Number(/; (\d+) entries, \d+ stamped/.exec(res.main.stdout)?.[1] ?? 0),
      used: Number(used?.[1] ?? 0),
      usedMiB: used ? Number(used[2]) * unit[used[3] as keyof typeof unit] : 0,
    },
  };
}

async function setupGo(server: CacheServer, code: Code): Promise<JobTimes> {
  const { home, ws } = jobDirs("setupgo");
  await freshDir(home);
  await writeApp(ws, code);
  const env: Record<string, string> = {
    ...jobEnv(go, home),
    GOPROXY: proxy.url,
    GOSUMDB: "off",
    TMPDIR: home,
  };
  const paths = [env.GOMODCACHE!, env.GOCACHE!];
  const key = setupGoCacheKey(go.version, await readFile(join(ws, "go.sum")));
  const before = server.entries().length;
  const started = performance.now();
  const restored = await runCacheClient(
    server.env,
    { op: "restore", paths, key, cwd: ws, prelude: setupGoPrelude(go.goBin, "main") },
    { extraEnv: env, script: setupGoClient },
  );
  if (restored.error)
    throw new Error(`setup-go main step failed: ${JSON.stringify(restored.error)}`);
  const steps = await goSteps(ws, env);
  const hit = restored.value === key;
  await saveLikeSetupGo(
    server,
    { paths, key, ws, home, goBin: go.goBin, hit },
    600_000,
    setupGoClient,
  );
  return {
    seconds: (performance.now() - started) / 1000,
    ...steps,
    uploaded: uploadedSince(server, before),
  };
}

const RUN = { ours, setupgo: setupGo };
const samples: Record<Scenario, Record<Strategy, JobTimes[]>> = Object.fromEntries(
  SCENARIOS.map((s) => [s, { ours: [], setupgo: [] }]),
) as never;
const CODE: Record<Scenario, Code> = {
  cold: { edit: 0, bumped: [] },
  exact: { edit: 0, bumped: [] },
  edit: { edit: 1, bumped: [] },
  bump: { edit: 1, bumped: [bumpable[0]!] },
};

try {
  log(
    `build cache: ${w.options.modules} modules + ${TESTED} tested packages, Go ${go.version}, link ${args.down}/${args.up} MB/s, ${REPS} reps, ${CHURN} churn runs`,
  );
  for (let rep = 0; rep < REPS; rep++) {
    const server = await startCacheServer({ protocol: "v2", bytesPerSecond: LINK });
    try {
      const order: Strategy[] = rep % 2 === 0 ? ["ours", "setupgo"] : ["setupgo", "ours"];
      for (const scenario of SCENARIOS) {
        for (const s of order) samples[scenario][s].push(await RUN[s](server, CODE[scenario]));
        const [o, g] = [samples[scenario].ours.at(-1)!, samples[scenario].setupgo.at(-1)!];
        log(
          `rep ${rep + 1} ${scenario}: ours ${s2(o.seconds)} s (main ${s2(o.steps!.main)} ${JSON.stringify(o.steps!.stages)}, build ${s2(o.build)}, test ${s2(o.test)}, post ${s2(o.steps!.post)}, ${o.build_cache?.result}, saved ${MB(o.uploaded)} MB) | setup-go ${s2(g.seconds)} s (build ${s2(g.build)}, test ${s2(g.test)}, saved ${MB(g.uploaded)} MB)`,
        );
      }
    } finally {
      await server.close();
    }
  }

  // Churn: a run of commits, each an edit or a bump, through ours alone.
  const churn: JobTimes[] = [];
  const server = await startCacheServer({ protocol: "v2", bytesPerSecond: LINK });
  try {
    const code: Code = { edit: 0, bumped: [] };
    for (let i = 0; i < CHURN; i++) {
      if (i > 0 && i % 3 === 0) code.bumped = bumpable.slice(0, 1 + ((i / 3) % bumpable.length));
      else code.edit = i;
      churn.push(await ours(server, { ...code, bumped: [...code.bumped] }));
      const c = churn.at(-1)!;
      log(
        `churn ${i + 1}: ${c.build_cache?.result}, restored ${c.build_cache?.restored} entries, used ${c.build_cache?.used} (${c.build_cache?.usedMiB.toFixed(1)} MiB), saved ${c.build_cache?.saved ? MB(c.uploaded) + " MB" : "nothing"}, ${s2(c.seconds)} s`,
      );
    }
  } finally {
    await server.close();
  }
  // What a job restores never exceeds what the job that saved it used.
  let churnWorst = 0;
  let lastUsed = 0;
  for (const c of churn) {
    const b = c.build_cache!;
    if (lastUsed) churnWorst = Math.max(churnWorst, b.restored / lastUsed);
    if (b.saved || !lastUsed) lastUsed = b.used;
  }

  disk.end = fileCreationRate(root);
  log(`file creation where the jobs ran, at the end: ${disk.end} files/s`);
  const med = (xs: JobTimes[], f: (j: JobTimes) => number) => median(xs.map(f));
  const TARGET: Record<Scenario, number> = { cold: 1.1, exact: 0.8, edit: 0.8, bump: 0.4 };
  const rows: string[][] = [
    [
      "scenario (medians)",
      "ours: job (build + test)",
      "setup-go: job (build + test)",
      "ratio",
      "target",
    ],
  ];
  const ratios: Record<string, number> = {};
  for (const s of SCENARIOS) {
    const o = samples[s].ours;
    const g = samples[s].setupgo;
    const r = med(o, (j) => j.seconds) / med(g, (j) => j.seconds);
    ratios[s] = r;
    rows.push([
      s,
      `${s2(med(o, (j) => j.seconds))} s (${s2(med(o, (j) => j.build))} + ${s2(med(o, (j) => j.test))})`,
      `${s2(med(g, (j) => j.seconds))} s (${s2(med(g, (j) => j.build))} + ${s2(med(g, (j) => j.test))})`,
      r.toFixed(2),
      `≤ ${TARGET[s]} ${r <= TARGET[s] ? "met" : "**missed**"}`,
    ]);
  }
  const total = (s: Strategy) =>
    median(
      Array.from({ length: REPS }, (_, rep) =>
        SCENARIOS.reduce((n, sc) => n + samples[sc][s][rep]!.uploaded, 0),
      ),
    );
  ratios.uploaded = total("ours") / total("setupgo");
  rows.push([
    "bytes saved over the 4 jobs",
    `${MB(total("ours"))} MB`,
    `${MB(total("setupgo"))} MB`,
    ratios.uploaded.toFixed(2),
    `≤ 0.5 ${ratios.uploaded <= 0.5 ? "met" : "**missed**"}`,
  ]);
  emit(
    "build-cache",
    table(rows) +
      `\nchurn over ${CHURN} runs: restored / used by the saving job at most ${churnWorst.toFixed(2)}× (1.00 = exactly what one job used); ` +
      `saved ${churn.filter((c) => c.build_cache!.saved).length} of ${CHURN} times\n` +
      `file creation where the jobs ran: ${disk.start} files/s at the start, ${disk.end} at the end`,
    {
      go: go.version,
      reps: REPS,
      link: { downMBps: Number(args.down), upMBps: Number(args.up) },
      workload: w.options,
      ratios,
      medians: Object.fromEntries(
        SCENARIOS.map((s) => [
          s,
          {
            ours: med(samples[s].ours, (j) => j.seconds),
            setupgo: med(samples[s].setupgo, (j) => j.seconds),
          },
        ]),
      ),
      uploaded: { ours: total("ours"), setupgo: total("setupgo") },
      churn: { worstRestoredOverUsed: churnWorst, runs: churn },
      samples,
      machine: { ...machine(), fileCreationPerSecond: disk },
    },
  );
} finally {
  await proxy.close();
  await removeTree(root);
}
