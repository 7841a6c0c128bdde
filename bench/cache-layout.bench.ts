// Module cache layout benchmark: cache/download only (this project's default) vs the whole
// GOMODCACHE (what actions/setup-go caches), through the REAL @actions/cache (tar + zstd)
// against the loopback cache server, on a generated workload of fixture modules.
//
//   npx node bench/cache-layout.bench.ts [--modules 200] [--reps 5] [--seed 1] [--link MiB/s]
//
// Measures, per layout: archive size, save time, restore time, files on disk, and the time the
// first build-like command (`go list -deps ./...`, which extracts what it needs) takes after
// the restore, so the cost of Go re-extracting zips is counted where the download layout pays
// it. Then the warm-hit checks (go.sum stat vs offline `go mod download`) on the oldest and
// newest installed Go, and the prune. Prints Markdown and one JSON line. Medians of --reps.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseArgs } from "node:util";
import { cachePaths, downloadDir } from "../src/cache/key.ts";
import { versionSet } from "../src/cache/manifest.ts";
import { scanDownloadCache } from "../src/cache/modcache.ts";
import { neededFromSums, pruneDownloadCache } from "../src/cache/prune.ts";
import { warmFromSums, warmOffline } from "../src/cache/warm.ts";
import { runCacheClient, startCacheServer } from "../__tests__/support/cache-server.ts";
import {
  buildFixtures,
  isolatedGoEnv,
  writeMainModule,
  type ModuleSpec,
} from "../__tests__/support/fixtures.ts";
import { installedToolchains } from "../__tests__/support/toolchains.ts";
import { mulberry32 } from "../__tests__/support/seeded-random.ts";

const run = promisify(execFile);
const { values: args } = parseArgs({
  options: {
    modules: { type: "string", default: "200" },
    reps: { type: "string", default: "5" },
    seed: { type: "string", default: "1" },
    /** Cache service link in MiB/s (both directions); 0 = loopback, unthrottled. */
    link: { type: "string", default: "0" },
  },
});
const MODULES = Number(args.modules);
const REPS = Number(args.reps);

// ---- a seeded workload ----
const rand = mulberry32(Number(args.seed));
const WORDS =
  "client server request response buffer reader writer config option value error index count token parse encode decode handler context timeout retry cache store record field name path version module".split(
    " ",
  );
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
const ident = (): string =>
  pick(WORDS) + pick(WORDS).replace(/^./, (c) => c.toUpperCase()) + Math.floor(rand() * 1000);

/** Go source of about `bytes` bytes: doc comments, functions, string tables — code-like text. */
function goFile(pkg: string, bytes: number): string {
  let s = `// Code generated for the cache benchmark. DO NOT EDIT.\n\npackage ${pkg}\n\nimport "strings"\n\nvar _ = strings.TrimSpace\n\n`;
  while (s.length < bytes) {
    const name = ident();
    s += `// ${name} ${pick(WORDS)}s the ${pick(WORDS)} of a ${pick(WORDS)} and returns the ${pick(WORDS)}.\n`;
    s += `func ${name}(${pick(WORDS)} int, ${pick(WORDS)}Name string) (int, error) {\n`;
    for (let i = 0, n = 2 + Math.floor(rand() * 8); i < n; i++)
      s += `\tif ${pick(WORDS)}Name == "${ident()}" {\n\t\treturn ${Math.floor(rand() * 1e6)}, nil\n\t}\n`;
    s += `\treturn len(strings.TrimSpace(${pick(WORDS)}Name)), nil\n}\n\n`;
    if (rand() < 0.1)
      s += `var table${ident()} = []byte("${Buffer.from(Array.from({ length: 64 }, () => Math.floor(rand() * 256))).toString("base64")}")\n\n`;
  }
  return s;
}

/** Module source sizes: log-normal around 60 KB, 4 KB … 4 MB (most modules small, a few large). */
function moduleSize(): number {
  const u = Math.max(1e-9, rand());
  const v = rand();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.round(Math.min(4e6, Math.max(4e3, Math.exp(Math.log(60e3) + 1.3 * z))));
}

function specs(): ModuleSpec[] {
  const out: ModuleSpec[] = [];
  for (let i = 0; i < MODULES; i++) {
    const name = `bm${String(i).padStart(3, "0")}`;
    const total = moduleSize();
    const files: Record<string, string> = {};
    for (let f = 0, left = total; left > 0; f++, left -= 24e3)
      files[`gen${f}.go`] = goFile(name, Math.min(24e3, left));
    out.push({ path: name, versions: [{ version: "v1.0.0", files }] });
  }
  return out;
}

// ---- helpers ----
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const secs = async (fn: () => Promise<unknown>): Promise<number> => {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
};
async function du(dir: string): Promise<{ bytes: number; files: number }> {
  const { stdout } = await run("bash", [
    "-c",
    `du -sb "${dir}" | cut -f1; find "${dir}" -type f | wc -l`,
  ]);
  const [bytes, files] = stdout.trim().split("\n").map(Number);
  return { bytes: bytes!, files: files! };
}
const MB = (n: number): string => (n / 1048576).toFixed(1);

// ---- the run ----
const tools = installedToolchains();
const goNew = tools.at(-1)!;
const goOld = tools[0]!;
const root = await mkdtemp(join(tmpdir(), "cache-bench-"));
const LINK = Number(args.link) * 1048576;
const server = await startCacheServer({
  protocol: "v2",
  ...(LINK > 0 ? { bytesPerSecond: LINK } : {}),
});
try {
  process.stderr.write(`generating ${MODULES} modules (seed ${args.seed}) …\n`);
  const tGen = performance.now();
  const fx = await buildFixtures(specs(), { goBin: goNew.goBin });
  process.stderr.write(`fixtures built in ${((performance.now() - tGen) / 1000).toFixed(0)} s\n`);
  const template = join(root, "template");
  await writeMainModule(template, {
    path: "example.com/bench",
    requires: fx.modules.map((m) => `${m.path}@${m.version}`),
    fixtures: fx,
  });

  let n = 0;
  const runner = async () => {
    const home = join(root, `r${++n}`);
    const ws = join(home, "ws");
    await mkdir(join(home, "tmp"), { recursive: true });
    await cp(template, ws, { recursive: true });
    const env = isolatedGoEnv(home, { GOPROXY: `file://${fx.proxyDir}`, GOFLAGS: "-mod=mod" });
    return { home, ws, env, gomodcache: env.GOMODCACHE! };
  };
  const cleanRunner = async (r: { home: string }) => {
    await run("chmod", ["-R", "u+w", r.home]).catch(() => undefined);
    await rm(r.home, { recursive: true, force: true });
  };
  const listDeps = (r: { ws: string; env: Record<string, string> }, goBin = goNew.goBin) =>
    run(goBin, ["list", "-deps", "./..."], {
      cwd: r.ws,
      env: { ...r.env, GOPROXY: "off" },
      maxBuffer: 64 << 20,
    });

  // seed: download, then extract, timing each
  const seed = await runner();
  const tDownload = await secs(() =>
    run(goNew.goBin, ["mod", "download"], { cwd: seed.ws, env: seed.env }),
  );
  const tExtractSeed = await secs(() => listDeps(seed));
  const dlSize = await du(downloadDir(seed.gomodcache));
  const fullSize = await du(seed.gomodcache);
  const zipBytes = (await scanDownloadCache(downloadDir(seed.gomodcache))).modules
    .flatMap((m) => m.versions)
    .flatMap((v) => v.files)
    .filter((f) => f.name.endsWith(".zip"))
    .reduce((a, f) => a + f.size, 0);

  // save each layout once from the seed (the archive is what every restore downloads)
  const layouts = ["download", "full"] as const;
  const saved: Record<string, { bytes: number; saveMs: number; key: string }> = {};
  for (const layout of layouts) {
    const key = `bench-${layout}-${Date.now()}`;
    const res = await runCacheClient(
      server.env,
      { op: "save", paths: cachePaths(seed.gomodcache, layout, seed.home), key, cwd: seed.ws },
      { extraEnv: { HOME: seed.home } },
    );
    if (res.error || typeof res.value !== "number" || res.value < 0)
      throw new Error(
        `save ${layout} failed: ${JSON.stringify(res.error)} ${res.stdout.slice(-500)}`,
      );
    const entry = server.entries().find((e) => e.key === key)!;
    saved[layout] = { bytes: entry.size, saveMs: res.ms, key };
  }

  // restore each layout REPS times on fresh runners, then the first go command after it
  const restoreS: Record<string, number[]> = { download: [], full: [] };
  const firstGoS: Record<string, number[]> = { download: [], full: [] };
  for (let rep = 0; rep < REPS; rep++) {
    for (const layout of layouts) {
      const r = await runner();
      const res = await runCacheClient(
        server.env,
        {
          op: "restore",
          paths: cachePaths(r.gomodcache, layout, r.home),
          key: saved[layout]!.key,
          cwd: r.ws,
        },
        { extraEnv: { HOME: r.home } },
      );
      if (res.value !== saved[layout]!.key)
        throw new Error(`restore ${layout}: ${res.stdout.slice(-800)}`);
      restoreS[layout]!.push(res.ms / 1000);
      firstGoS[layout]!.push(await secs(() => listDeps(r)));
      await cleanRunner(r);
    }
  }

  // warm checks and prune on a download-layout runner
  const w = await runner();
  await runCacheClient(
    server.env,
    {
      op: "restore",
      paths: cachePaths(w.gomodcache, "download", w.home),
      key: saved.download!.key,
      cwd: w.ws,
    },
    { extraEnv: { HOME: w.home } },
  );
  const goSum = await readFile(join(w.ws, "go.sum"), "utf8");
  const sumsS: number[] = [];
  for (let i = 0; i < REPS; i++) sumsS.push((await warmFromSums(w.gomodcache, [goSum])).seconds);
  const offline: Record<string, number[]> = {};
  const offlineOk: Record<string, boolean> = {};
  for (const go of [goOld, goNew]) {
    offline[go.version] = [];
    for (let i = 0; i < REPS; i++) {
      const o = await warmOffline({ goBin: go.goBin, cwd: w.ws, env: w.env });
      offlineOk[go.version] = o.warm;
      offline[go.version]!.push(o.seconds);
    }
  }
  // correctness: what each check says when a file the pre-warm needs is missing
  const probe: Record<string, Record<string, boolean>> = {};
  const v0 = join(downloadDir(w.gomodcache), "github.com", "goproxy-fixture", "bm000", "@v");
  for (const [what, files] of [
    ["no .info", ["v1.0.0.info"]],
    ["no .zip", ["v1.0.0.zip", "v1.0.0.ziphash"]],
  ] as const) {
    const copies = join(w.home, "moved");
    await mkdir(copies, { recursive: true });
    for (const f of files) await run("mv", [join(v0, f), join(copies, f)]);
    probe[what] = { sums: (await warmFromSums(w.gomodcache, [goSum])).warm };
    for (const go of [goOld, goNew])
      probe[what]![`go ${go.version}`] = (
        await warmOffline({ goBin: go.goBin, cwd: w.ws, env: w.env })
      ).warm;
    for (const f of files) await run("mv", [join(copies, f), join(v0, f)]).catch(() => undefined);
  }
  const all = [...versionSet(await scanDownloadCache(downloadDir(w.gomodcache)))];
  const half = neededFromSums(goSum).filter((_, i) => i % 2 === 0);
  const pruneRes = await pruneDownloadCache(downloadDir(w.gomodcache), half);
  await cleanRunner(w);

  const r = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "?" },
    modules: MODULES,
    linkMiBps: Number(args.link),
    seed: Number(args.seed),
    reps: REPS,
    go: { old: goOld.version, new: goNew.version },
    onDisk: { download: dlSize, full: fullSize, zipBytes },
    archive: { download: saved.download!.bytes, full: saved.full!.bytes },
    saveS: { download: saved.download!.saveMs / 1000, full: saved.full!.saveMs / 1000 },
    restoreS: { download: median(restoreS.download!), full: median(restoreS.full!) },
    firstGoS: { download: median(firstGoS.download!), full: median(firstGoS.full!) },
    seedS: { download: tDownload, extract: tExtractSeed },
    warm: {
      sumsS: median(sumsS),
      offlineS: Object.fromEntries(Object.entries(offline).map(([k, v]) => [k, median(v)])),
      offlineOk,
    },
    probe,
    prune: {
      before: all.length,
      removed: pruneRes.versions,
      bytes: pruneRes.bytes,
      seconds: pruneRes.seconds,
    },
    samples: { restoreS, firstGoS, sumsS, offline },
  };
  const ratio = (a: number, b: number): string => (a / b).toFixed(2);
  const rows = [
    ["", "cache/download only", "whole GOMODCACHE", "ratio (download / full)"],
    [
      "files on disk",
      String(dlSize.files),
      String(fullSize.files),
      ratio(dlSize.files, fullSize.files),
    ],
    [
      "bytes on disk (MiB)",
      MB(dlSize.bytes),
      MB(fullSize.bytes),
      ratio(dlSize.bytes, fullSize.bytes),
    ],
    [
      "archive (MiB, zstd)",
      MB(r.archive.download),
      MB(r.archive.full),
      ratio(r.archive.download, r.archive.full),
    ],
    [
      "save (s, 1 run)",
      r.saveS.download.toFixed(2),
      r.saveS.full.toFixed(2),
      ratio(r.saveS.download, r.saveS.full),
    ],
    [
      "restore (s, median)",
      r.restoreS.download.toFixed(2),
      r.restoreS.full.toFixed(2),
      ratio(r.restoreS.download, r.restoreS.full),
    ],
    [
      "first `go list -deps` after restore (s, median)",
      r.firstGoS.download.toFixed(2),
      r.firstGoS.full.toFixed(2),
      ratio(r.firstGoS.download, r.firstGoS.full),
    ],
    [
      "restore + first go command (s)",
      (r.restoreS.download + r.firstGoS.download).toFixed(2),
      (r.restoreS.full + r.firstGoS.full).toFixed(2),
      ratio(r.restoreS.download + r.firstGoS.download, r.restoreS.full + r.firstGoS.full),
    ],
  ];
  console.log(
    rows
      .map((row) => `| ${row.join(" | ")} |`)
      .join("\n")
      .replace(/\n/, `\n|${" --- |".repeat(4)}\n`),
  );
  console.log(
    `\nwarm check, median of ${REPS}: go.sum stat ${(r.warm.sumsS * 1000).toFixed(1)} ms; offline go mod download ` +
      Object.entries(r.warm.offlineS)
        .map(
          ([v, s]) =>
            `go ${v} ${(s * 1000).toFixed(0)} ms (${r.warm.offlineOk[v] ? "warm" : "NOT warm"})`,
        )
        .join(", "),
  );
  console.log(`missing-file probes (true = says warm): ${JSON.stringify(probe)}`);
  console.log(
    `prune: ${r.prune.removed} of ${r.prune.before} versions, ${MB(r.prune.bytes)} MiB, in ${(r.prune.seconds * 1000).toFixed(0)} ms`,
  );
  console.log(
    `seed: go mod download ${tDownload.toFixed(2)} s, extraction (go list -deps) ${tExtractSeed.toFixed(2)} s`,
  );
  console.log(`\nJSON ${JSON.stringify(r)}`);
} finally {
  await server.close();
  await run("chmod", ["-R", "u+w", root]).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
}
