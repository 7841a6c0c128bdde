// One module-cache step through this project's library (src/cache), run by
// bench/pipeline-warm.bench.ts as a child process with a job's environment (GOMODCACHE,
// HOME, the cache service's ACTIONS_* variables, RUNNER_TEMP, GITHUB_WORKSPACE), as the
// action's main and post steps would run it:
//
//   node bench/cache-step.ts '{"op":"restore","ws":"/…/ws","goBin":"/usr/lib/go-1.26/bin/go"}'
//     planCache → restoreVerified (the restore and its verification against go.sum) →
//     warmFromSums over the files the verification left (the action's exact-hit check), and the
//     offline pre-warm (`go mod download -json`, GOPROXY=off) only when that says "not warm".
//   node bench/cache-step.ts '{"op":"seed","ws":…,"goBin":…}'
//     planCache → restoreModuleCache (a miss) → `go mod download` through GOPROXY →
//     saveModuleCache (policy always).
//
// Prints one line: `__CACHE_STEP__ {…timings…}`, then exits.
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  planCache,
  readGraphFiles,
  recordPrewarm,
  restoreModuleCache,
  restoreVerified,
  saveModuleCache,
  warmFromSums,
  warmOffline,
  type VerifiedRestore,
} from "../src/cache/index.ts";

interface Request {
  op: "restore" | "seed";
  ws: string;
  goBin: string;
}

const req = JSON.parse(process.argv[2] ?? "{}") as Request;
const env = Object.fromEntries(
  Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
);
const gomodcache = env.GOMODCACHE!;
const out: Record<string, unknown> = {};
const t0 = performance.now();
const plan = planCache({
  gomodcache,
  layout: "download",
  graphFiles: await readGraphFiles(req.ws, [join(req.ws, "go.mod"), join(req.ws, "go.sum")]),
});
const sums = await readFile(join(req.ws, "go.sum"), "utf8");
const restored: VerifiedRestore =
  req.op === "restore"
    ? await restoreVerified(plan, [sums], { announce: false })
    : await restoreModuleCache(plan, { announce: false });
out.hit = restored.facts.hit;
out.problem = restored.facts.problem;
out.archiveBytes = restored.facts.archiveBytes;
out.restoreSeconds = restored.facts.seconds;
out.key = plan.key;
if (req.op === "restore") {
  out.verifySeconds = restored.verification?.seconds;
  const check = await warmFromSums(gomodcache, [sums], restored.present);
  out.warmCheckSeconds = check.seconds;
  out.warm = check.warm;
  if (!check.warm) out.missing = check.missing.slice(0, 5);
  if (!check.warm) {
    const offline = await warmOffline({ goBin: req.goBin, cwd: req.ws, env });
    out.offlineSeconds = offline.seconds;
    out.warm = offline.warm;
  }
} else {
  const t = performance.now();
  const dl = spawnSync(req.goBin, ["mod", "download"], { cwd: req.ws, env, encoding: "utf8" });
  if (dl.status !== 0) throw new Error(`go mod download failed: ${dl.stderr}`);
  out.downloadSeconds = (performance.now() - t) / 1000;
  const saved = await saveModuleCache(recordPrewarm(restored.state, "ok"), {
    policy: "always",
    context: { eventName: "push", ref: "refs/heads/main", defaultBranch: "main" },
    announce: false,
  });
  out.saved = saved.saved;
  out.saveReason = saved.reason;
  out.saveSeconds = saved.seconds;
  out.savedArchiveBytes = saved.archiveBytes;
}
out.stepSeconds = (performance.now() - t0) / 1000;
process.stdout.write(`\n__CACHE_STEP__ ${JSON.stringify(out)}\n`, () => process.exit(0));
