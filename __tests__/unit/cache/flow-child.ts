// One job step that uses src/cache the way the action's main and post steps do, run as a
// child process so the real @actions/cache reads a clean environment (see flow.ts).
//
//   node flow-child.ts '{"op":"main","workdir":…,"goBin":…}'   restore, warm check, pre-warm, prune
//   node flow-child.ts '{"op":"post","state":"…","policy":"auto"}'  save
//
// Prints workflow commands as a step would, then one line `__FLOW__ {json}`, then exits
// explicitly (keep-alive sockets must not hold a post step open).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { downloadDir, readGraphFiles, type CacheLayout } from "../../../src/cache/key.ts";
import { versionSet } from "../../../src/cache/manifest.ts";
import { scanDownloadCache } from "../../../src/cache/modcache.ts";
import type { SavePolicy } from "../../../src/cache/policy.ts";
import {
  neededFromDownload,
  neededFromSums,
  pruneDownloadCache,
} from "../../../src/cache/prune.ts";
import { planCache, restoreModuleCache } from "../../../src/cache/restore.ts";
import { cacheFacts, saveModuleCache } from "../../../src/cache/save.ts";
import {
  parseState,
  recordPrewarm,
  serializeState,
  type PrewarmVerdict,
} from "../../../src/cache/state.ts";
import { warmFromSums, warmOffline } from "../../../src/cache/warm.ts";

const run = promisify(execFile);

export interface FlowRequest {
  op: "main" | "post";
  workdir: string;
  goBin?: string;
  layout?: CacheLayout;
  suffix?: string;
  /** main: on an exact hit, try the pre-warm offline first and skip the network when it passes. */
  warmCheck?: boolean;
  /** main: build after the pre-warm (Go extracts module trees, read-only). */
  build?: boolean;
  /** post: the main step's state string. */
  state?: string;
  policy?: SavePolicy;
  strict?: boolean;
  timeoutSeconds?: number;
}

const req = JSON.parse(process.argv[2] ?? "{}") as FlowRequest;
const env = process.env as Record<string, string>;
const gomodcache = env.GOMODCACHE!;

async function main(): Promise<unknown> {
  const files = ["go.mod", "go.sum"].map((f) => join(req.workdir, f)).filter((f) => existsSync(f));
  const plan = planCache({
    gomodcache,
    graphFiles: await readGraphFiles(req.workdir, files),
    ...(req.layout ? { layout: req.layout } : {}),
    ...(req.suffix ? { suffix: req.suffix } : {}),
  });
  const restored = await restoreModuleCache(plan);
  const goSums = existsSync(join(req.workdir, "go.sum"))
    ? [await readFile(join(req.workdir, "go.sum"), "utf8")]
    : [];
  let sums;
  let offline;
  if (restored.facts.hit === "exact" && req.warmCheck) {
    sums = await warmFromSums(gomodcache, goSums);
    offline = await warmOffline({ goBin: req.goBin!, cwd: req.workdir, env });
  }
  let verdict: PrewarmVerdict = "ok";
  let modules: { Path: string; Version: string }[] = [];
  if (!offline?.warm) {
    try {
      const { stdout } = await run(req.goBin!, ["mod", "download", "-json"], {
        cwd: req.workdir,
        env,
        maxBuffer: 64 << 20,
      });
      modules = JSON.parse(`[${stdout.replace(/}\s*{/g, "},{")}]`) as typeof modules;
    } catch {
      verdict = "failed";
    }
  }
  let pruned;
  if (restored.facts.hit === "partial" && verdict === "ok") {
    const needed = [...neededFromDownload(modules), ...goSums.flatMap(neededFromSums)];
    pruned = await pruneDownloadCache(
      downloadDir(gomodcache),
      needed,
      new Set(restored.restoredVersions),
    );
  }
  if (req.build) await run(req.goBin!, ["build", "./..."], { cwd: req.workdir, env });
  const state = recordPrewarm(restored.state, verdict, {
    ...(pruned ? { pruned } : {}),
    ...(offline ? { warm: offline.warm } : {}),
  });
  return {
    restore: restored.facts,
    restoredVersions: restored.restoredVersions,
    sums,
    offline,
    downloaded: modules.length,
    pruned,
    versionsAfter: [...versionSet(await scanDownloadCache(downloadDir(gomodcache)))].sort(),
    state: serializeState(state),
  };
}

async function post(): Promise<unknown> {
  const state = parseState(req.state);
  if (!state) throw new Error("no state");
  const save = await saveModuleCache(state, {
    policy: req.policy ?? "auto",
    ...(req.strict ? { strict: true } : {}),
    ...(req.timeoutSeconds ? { timeoutSeconds: req.timeoutSeconds } : {}),
  });
  return { save, facts: cacheFacts(state, save) };
}

let result: unknown;
let error: string | undefined;
try {
  result = req.op === "main" ? await main() : await post();
} catch (e) {
  error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
process.stdout.write(`\n__FLOW__ ${JSON.stringify({ result, error })}\n`, () =>
  process.exit(error ? 1 : 0),
);
