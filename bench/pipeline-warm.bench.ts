// Warm runs: this project's module cache against the actions/setup-go caching strategy, both
// through the REAL @actions/cache (tar + zstd) against the loopback cache service
// (__tests__/support/cache-server.ts, protocol v2), with the link throttled to model a hosted
// runner (--down / --up, MB/s; default 50 down, 25 up — see docs/performance.md).
//
//   ours     `$GOMODCACHE/cache/download` only, key from the module graph; saved after the
//            pre-warm. Restore, verification and warm check through src/cache
//            (bench/cache-step.ts, a child process bundled by ncc), and the whole action main
//            step (dist/main, `cache: true`) on the hit.
//   setup-go GOMODCACHE and GOCACHE in one archive, exact key (OS, Go version, go.sum hash);
//            saved after `go mod download` and `go build ./...`, so GOCACHE is what a real
//            job leaves. Restored by the same toolkit in a child process bundled by ncc, after
//            the go commands setup-go's main step runs first (harness.ts setupGoPrelude).
//
// Reported: ready-to-build time (restore + verification + pre-warm for ours; go commands and
// restore for setup-go, which does not pre-warm), archive sizes, and restore + first
// `go build ./...` for both — where setup-go's GOCACHE pays off. The runs happen under $TMPDIR;
// how fast its file system creates files is printed at the start and the end, as the restores
// depend on it.
//
//   npx node bench/pipeline-warm.bench.ts [--reps 5] [--build-reps 3] [--down 50] [--up 25]
//                                         [--modules 300] [--seed 1] [--go 1.26]
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runCacheClient, startCacheServer } from "../__tests__/support/cache-server.ts";
import { jobEnv } from "../__tests__/support/example.ts";
import { startProxy } from "../__tests__/support/proxy-server.ts";
import { actionDefaults, runAction } from "../__tests__/support/runner.ts";
import { buildWorkload, median, writeWorkloadMain } from "./workload.ts";
import {
  benchGo,
  bundledCacheClient,
  bundledScript,
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
  saveLikeSetupGo,
  setupGoPrelude,
  setupGoCacheKey,
  spawnTimed,
  table,
  treeSize,
} from "./harness.ts";

const { values: args } = parseArgs({
  options: {
    reps: { type: "string", default: "5" },
    "build-reps": { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    ...LINK_WORKLOAD_OPTIONS,
  },
});
const REPS = Number(args.reps);
const BUILD_REPS = Math.min(REPS, Number(args["build-reps"]));
const DOWN = Number(args.down) * 1e6;
const UP = Number(args.up) * 1e6;
const go = benchGo(args.go);
const w = await buildWorkload({ seed: Number(args.seed), modules: Number(args.modules), log });
const proxy = await startProxy({ dir: w.proxyDir });
// A rate of 0 leaves that direction unthrottled.
const server = await startCacheServer({
  protocol: "v2",
  bytesPerSecond: { download: DOWN, upload: UP },
});
const root = await mkdtemp(join(tmpdir(), "bench-warm-"));
const disk = { start: fileCreationRate(root), end: 0 };
log(`file creation where the runs happen (${root}): ${disk.start} files/s`);
// Both sides' children run from one ncc bundle each, as an action ships (harness.ts).
const STEP = await bundledScript(join("bench", "cache-step.ts"));
const setupGoClient = await bundledCacheClient();
const defaults = await actionDefaults();
const actionHasCache = "cache" in defaults;

// Fixed runner paths, as on a hosted runner (/home/runner/…): setup-go's entry hashes the
// absolute GOMODCACHE and GOCACHE paths, ours writes "~/…", both need the same paths again.
interface Job {
  home: string;
  ws: string;
  env: Record<string, string>;
}
async function job(name: "ours" | "setupgo"): Promise<Job> {
  const home = await freshDir(join(root, name));
  const ws = join(home, "work", "app");
  await writeWorkloadMain(ws, w);
  return {
    home,
    ws,
    env: { ...jobEnv(go, home), GOPROXY: proxy.url, GOSUMDB: "off", TMPDIR: join(home) },
  };
}

async function cacheStep(j: Job, op: "restore" | "seed"): Promise<Record<string, unknown>> {
  const runnerTemp = await mkdtemp(join(j.home, "runner-temp-"));
  const r = await spawnTimed(
    process.execPath,
    [STEP, JSON.stringify({ op, ws: j.ws, goBin: go.goBin })],
    {
      cwd: j.ws,
      env: { ...j.env, ...server.env, RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: j.ws },
    },
  );
  const line = r.stdout.split("\n").find((l) => l.startsWith("__CACHE_STEP__ "));
  if (r.code !== 0 || !line)
    throw new Error(`cache-step ${op} exited ${r.code}: ${r.stderr.slice(-2000)}`);
  return { ...JSON.parse(line.slice("__CACHE_STEP__ ".length)), wallSeconds: r.seconds };
}

const setupGoPaths = (j: Job) => [j.env.GOMODCACHE!, j.env.GOCACHE!];
let setupGoKey = "";

async function setupGoRestore(j: Job): Promise<number> {
  const started = performance.now();
  const res = await runCacheClient(
    server.env,
    {
      op: "restore",
      paths: setupGoPaths(j),
      key: setupGoKey,
      cwd: j.ws,
      prelude: setupGoPrelude(go.goBin, "main"),
    },
    { extraEnv: { HOME: j.home }, script: setupGoClient },
  );
  if (res.value !== setupGoKey)
    throw new Error(
      `setup-go restore missed: ${JSON.stringify(res.error)} ${res.stdout.slice(-1500)}`,
    );
  return (performance.now() - started) / 1000;
}

const build = (j: Job) =>
  goSeconds(go, ["build", "./..."], { cwd: j.ws, env: { ...j.env, GOPROXY: "off" } });

const samples = {
  oursReady: [] as number[],
  oursRestore: [] as number[],
  /** The restored zips and go.mod files hashed against go.sum (restoreVerified). */
  oursVerify: [] as number[],
  oursWarmCheck: [] as number[],
  oursAction: [] as number[],
  /** The action's verification stage on the hit: restored zips hashed against go.sum, the warm check. */
  oursActionVerify: [] as number[],
  oursBuild: [] as number[],
  setupGoReady: [] as number[],
  setupGoBuild: [] as number[],
};
try {
  log(
    `warm: ${w.options.modules} modules, Go ${go.version}, link ${args.down} MB/s down / ${args.up} MB/s up, ${REPS} reps (${BUILD_REPS} with a first build for ours)`,
  );

  // ---- seed both caches, as the first (cold) run of each would ----
  const seedOurs = await job("ours");
  const seeded = await cacheStep(seedOurs, "seed");
  if (!seeded.saved) throw new Error(`ours not saved: ${String(seeded.saveReason)}`);
  const oursKey = String(seeded.key);
  const oursDl = await treeSize(join(seedOurs.env.GOMODCACHE!, "cache", "download"));

  const seedSg = await job("setupgo");
  const sgDownload = await goSeconds(go, ["mod", "download"], {
    cwd: seedSg.ws,
    env: seedSg.env,
  });
  const coldBuild = await build(seedSg);
  setupGoKey = setupGoCacheKey(go.version, await readFile(join(seedSg.ws, "go.sum")));
  const sgMod = await treeSize(seedSg.env.GOMODCACHE!);
  const sgCache = await treeSize(seedSg.env.GOCACHE!);
  const sgSave = await saveLikeSetupGo(
    server,
    { paths: setupGoPaths(seedSg), key: setupGoKey, ws: seedSg.ws, home: seedSg.home },
    undefined,
    setupGoClient,
  );
  const entry = (key: string) => server.entries().find((e) => e.key === key)!;
  const archive = { ours: entry(oursKey).size, setupGo: entry(setupGoKey).size };
  log(
    `seeded: ours ${MB(archive.ours)} MB (save ${s2(Number(seeded.saveSeconds))} s), setup-go ${MB(archive.setupGo)} MB (save ${s2(sgSave.ms / 1000)} s); cold go build ${s2(coldBuild)} s`,
  );

  // ---- warm runs ----
  for (let rep = 0; rep < REPS; rep++) {
    const oursFirst = rep % 2 === 0;
    const runOurs = async () => {
      const j = await job("ours");
      const r = await cacheStep(j, "restore");
      if (r.hit !== "exact" || !r.warm || r.offlineSeconds !== undefined)
        throw new Error(`ours: expected a warm exact hit, got ${JSON.stringify(r)}`);
      samples.oursReady.push(Number(r.wallSeconds));
      samples.oursRestore.push(Number(r.restoreSeconds));
      samples.oursVerify.push(Number(r.verifySeconds));
      samples.oursWarmCheck.push(Number(r.warmCheckSeconds) + Number(r.offlineSeconds ?? 0));
      if (rep < BUILD_REPS) samples.oursBuild.push(await build(j));
      if (actionHasCache) {
        const a = await job("ours");
        const started = performance.now();
        const res = await runAction({
          inputs: { proxy: proxy.url, sumdb: "off", cache: "true", "cache-save": "never" },
          env: { ...a.env, ...server.env },
          workspace: a.ws,
          post: false,
          runnerTemp: await mkdtemp(join(a.home, "runner-")),
        });
        samples.oursAction.push((performance.now() - started) / 1000);
        const out = res.main.stdout;
        if (res.main.exitCode !== 0 || !/exact hit/.test(out))
          throw new Error(`action with cache: exit ${res.main.exitCode}\n${out.slice(-3000)}`);
        const report = JSON.parse(await readFile(res.outputs.report!, "utf8")) as {
          timings?: { verification?: number };
        };
        if (report.timings?.verification === undefined)
          throw new Error("the action's report has no verification time on an exact hit");
        samples.oursActionVerify.push(report.timings.verification);
      }
    };
    const runSetupGo = async () => {
      const j = await job("setupgo");
      samples.setupGoReady.push(await setupGoRestore(j));
      samples.setupGoBuild.push(await build(j));
    };
    if (oursFirst) {
      await runOurs();
      await runSetupGo();
    } else {
      await runSetupGo();
      await runOurs();
    }
    log(
      `rep ${rep + 1}/${REPS}: ` +
        Object.entries(samples)
          .map(([k, v]) => `${k} ${s2(v.at(-1) ?? NaN)}`)
          .join(", "),
    );
  }

  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) as Record<
    keyof typeof samples,
    number
  >;
  const ready = m.setupGoReady / m.oursReady;
  const size = archive.ours / archive.setupGo;
  // Medians of the per-run shares, not a share of medians: each run's verification against its own step.
  const verifyShare = median(samples.oursActionVerify.map((v, i) => v / samples.oursAction[i]!));
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const oursTotal = m.oursReady + m.oursBuild;
  const sgTotal = m.setupGoReady + m.setupGoBuild;
  const rows = [
    [
      "warm run (exact hit), medians",
      "ours (cache/download)",
      "setup-go (GOMODCACHE+GOCACHE)",
      "ratio ours / setup-go",
    ],
    ["archive (MB, zstd)", MB(archive.ours), MB(archive.setupGo), size.toFixed(2)],
    [
      "ready to build: restore + verification + pre-warm (s)",
      s2(m.oursReady),
      s2(m.setupGoReady),
      (m.oursReady / m.setupGoReady).toFixed(2),
    ],
    ["… of which the toolkit's restore (s)", s2(m.oursRestore), "—", "—"],
    ["… of which the verification against go.sum (s)", s2(m.oursVerify), "—", "—"],
    ["… of which the warm check (s)", s2(m.oursWarmCheck), "—", "—"],
    ...(actionHasCache
      ? [
          ["whole action main step on the hit (s)", s2(m.oursAction), "—", "—"],
          [
            `… of which verification (s; target ≤ 10 % of the step)`,
            `${s2(m.oursActionVerify)} (${pct(verifyShare)})`,
            "—",
            "—",
          ],
        ]
      : []),
    [
      `first \`go build ./...\` after it (s, ${BUILD_REPS} / ${REPS} reps)`,
      s2(m.oursBuild),
      s2(m.setupGoBuild),
      (m.oursBuild / m.setupGoBuild).toFixed(1),
    ],
    ["restore + first build (s)", s2(oursTotal), s2(sgTotal), (oursTotal / sgTotal).toFixed(2)],
  ];
  disk.end = fileCreationRate(root);
  emit(
    "warm",
    table(rows) +
      `\nready-to-build speed-up ${ready.toFixed(2)}×, archive ${size.toFixed(2)}× of setup-go's; ` +
      `seed: go mod download ${s2(sgDownload)} s, cold go build ${s2(coldBuild)} s; ` +
      `setup-go's tree: GOMODCACHE ${MB(sgMod.bytes)} MB in ${sgMod.files} files, GOCACHE ${MB(sgCache.bytes)} MB in ${sgCache.files} files; ` +
      `ours: cache/download ${MB(oursDl.bytes)} MB in ${oursDl.files} files; ` +
      `file creation where the runs happened: ${disk.start} files/s at the start, ${disk.end} at the end`,
    {
      go: go.version,
      reps: REPS,
      buildReps: BUILD_REPS,
      link: { downMBps: Number(args.down), upMBps: Number(args.up) },
      workload: { ...w.options, versions: w.versions.length },
      archive,
      trees: { oursDownload: oursDl, setupGoModcache: sgMod, setupGoGocache: sgCache },
      seed: {
        oursSaveSeconds: seeded.saveSeconds,
        setupGoSaveSeconds: sgSave.ms / 1000,
        downloadSeconds: sgDownload,
        coldBuildSeconds: coldBuild,
      },
      medians: m,
      samples,
      ratios: {
        readySpeedup: ready,
        archive: size,
        restorePlusBuild: oursTotal / sgTotal,
        ...(actionHasCache ? { verifyShare } : {}),
      },
      machine: { ...machine(), fileCreationPerSecond: disk },
    },
  );
} finally {
  await proxy.close();
  await server.close();
  await removeTree(root);
  await rm(root, { recursive: true, force: true });
}
