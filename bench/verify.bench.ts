// The restored module cache's verification (src/cache/verify.ts: every zip and go.mod hashed
// against go.sum) against Go's own check of the same cache, `go mod verify`, on one
// GOMODCACHE filled by `go mod download` from the workload's file:// proxy.
//
//   npx node bench/verify.bench.ts [--modules 300] [--reps 9] [--seed 1] [--go 1.26]
//
// Ours runs in this process (the action calls it in-process); go mod verify is a child process,
// its start-up included (a user would run it that way). Alternating order per repetition;
// medians, and the median of the per-pair ratios.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { jobEnv } from "../__tests__/support/example.ts";
import { verifyModuleCache } from "../src/cache/verify.ts";
import { buildWorkload, median, writeWorkloadMain } from "./workload.ts";
import {
  benchGo,
  emit,
  freshDir,
  log,
  machine,
  mustSucceed,
  spawnTimed,
  table,
} from "./harness.ts";

const { values: args } = parseArgs({
  options: {
    modules: { type: "string", default: "300" },
    reps: { type: "string", default: "9" },
    seed: { type: "string", default: "1" },
    go: { type: "string", default: "" },
  },
});
const go = benchGo(args.go);
const w = await buildWorkload({ seed: Number(args.seed), modules: Number(args.modules), log });
const home = await freshDir(join(await mkdtemp(join(tmpdir(), "bench-verify-")), "home"));
const ws = join(home, "ws");
await writeWorkloadMain(ws, w);
const env = { ...jobEnv(go, home), GOPROXY: `file://${w.proxyDir}`, GOSUMDB: "off" };
mustSucceed("go mod download", await spawnTimed(go.goBin, ["mod", "download"], { cwd: ws, env }));
const gomodcache = join(home, "gomodcache");
const sums = (await readFile(join(ws, "go.sum"), "utf8")).split("\n").filter(Boolean);

const ours: number[] = [];
const goVerify: number[] = [];
let checked = { zips: 0, mods: 0, bytes: 0 };
const runOurs = async () => {
  const started = performance.now();
  const v = await verifyModuleCache({ gomodcache, sums, trees: false });
  if (v.rejected.length) throw new Error(`verification rejected ${v.rejected.length} files`);
  checked = { zips: v.zips, mods: v.mods, bytes: v.bytes };
  ours.push((performance.now() - started) / 1000);
};
const runGo = async () => {
  const r = mustSucceed(
    "go mod verify",
    await spawnTimed(go.goBin, ["mod", "verify"], { cwd: ws, env }),
  );
  goVerify.push(r.seconds);
};
await runOurs(); // unmeasured: the page cache and the JIT
for (let rep = 0; rep < Number(args.reps); rep++) {
  if (rep % 2) await runGo().then(runOurs);
  else await runOurs().then(runGo);
}
const ratios = ours.map((o, i) => o / goVerify[i]!);
emit(
  "verify",
  table([
    ["restored cache check (medians)", "ours (verifyModuleCache)", "`go mod verify`", "ours / go"],
    [
      `${checked.zips} zips, ${checked.mods} go.mod files, ${(checked.bytes / 1e6).toFixed(1)} MB`,
      `${(median(ours) * 1000).toFixed(0)} ms`,
      `${(median(goVerify) * 1000).toFixed(0)} ms`,
      median(ratios).toFixed(2),
    ],
  ]),
  {
    go: go.version,
    reps: ours.length,
    checked,
    ours,
    goVerify,
    medians: { ours: median(ours), goVerify: median(goVerify), ratio: median(ratios) },
    machine: machine(),
  },
);
