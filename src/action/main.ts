// The action's main step: a thin shell that reads inputs, calls the pipeline stages, and hands
// the report to GitHub. The order, and what runs alongside what:
//
//   settings → credentials, Go install → go env ∥ workspace scan → settings checks (gate)
//   → module cache restore ∥ build cache restore
//   → toolchain switch (gate, only when Go may switch)
//   → go mod download ∥ live probes ∥ switch plan ∥ loading the report code
//   → report → publish
// The live probes start sooner when the module cache has an entry: while its archive downloads.
import * as core from "@actions/core";
import { join, resolve } from "node:path";
import { credentialsSecrets } from "../credentials/setup.ts";
import type { PrewarmRun } from "../download/prewarm.ts";
import { redactList, settingSecrets } from "../redact/redact.ts";
import type { Diagnostic } from "../core/diagnostic.ts";
import type { DownloadReport } from "../report/model.ts";
import { parseStrictIgnore } from "../report/strict.ts";
import { echoUntrusted, untrustedEcho } from "../redact/untrusted-echo.ts";
import { settingRows } from "../settings/rows.ts";
import { effectiveEnv, exportsFromInputs } from "../settings/settings.ts";
import { detectJob, gateChecks } from "../pipeline/detect.ts";
import type { StepOutput } from "../pipeline/output.ts";
import { prepareGo } from "../pipeline/prepare.ts";
import {
  downloadOutcome,
  startDownload,
  startProbes,
  warmFromCache,
  type PrewarmContext,
} from "../pipeline/prewarm.ts";
import { assembleReport } from "../pipeline/report.ts";
import { cacheGraphFiles, restoreBuildCache, restoreModuleCache } from "../pipeline/restore.ts";
import type { settleCache } from "../pipeline/cache-settle.ts";
import { GuardedTask, once, StageClock } from "../pipeline/stages.ts";
import { STATE } from "../pipeline/state.ts";
import { maySwitch, prewarmSwitches } from "../pipeline/toolchain.ts";
import type { UnpackOutcome } from "../pipeline/unpack.ts";
import { readInputs, type ActionInputs } from "./inputs.ts";
import { addGoInstallDirToPath, registerProblemMatcher } from "./later-steps.ts";

// The go runs of the pre-warm, which may start before the checks end (pipeline/stages.ts).
const goDownload = new GuardedTask<PrewarmRun>();

const runner: StepOutput = {
  secret: (v) => core.setSecret(v),
  exportVariable: (n, v) => core.exportVariable(n, v),
  addPath: (d) => core.addPath(d),
  saveState: (n, v) => core.saveState(n, v),
  setOutput: (n, v) => core.setOutput(n, v),
  warning: (m) => core.warning(m),
  info: (m) => core.info(m),
};

/** Secrets first: nothing may print before the runner knows what to mask. */
function exportSettings(inputs: ActionInputs): Record<string, string> {
  for (const s of credentialsSecrets(inputs.credentials)) core.setSecret(s);
  const exported = exportsFromInputs(inputs.variables);
  for (const s of settingSecrets(Object.values(exported))) core.setSecret(s);
  for (const [name, value] of Object.entries(exported)) {
    core.exportVariable(name, value);
    core.setOutput(name.toLowerCase(), redactList(value));
  }
  return exported;
}

async function main(): Promise<void> {
  const clock = new StageClock();
  const since = Date.now();
  const inputs = readInputs();
  const exported = exportSettings(inputs);
  const strictIgnore = parseStrictIgnore(inputs.strictIgnore);
  for (const w of strictIgnore.warnings) core.warning(w, { title: "strict-ignore" });
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const workdir = resolve(workspace, inputs.workingDirectory);
  const stateDir = join(process.env.RUNNER_TEMP ?? workdir, "setup-goproxy");
  const { env, creds, installed } = await prepareGo(
    inputs,
    { env: effectiveEnv(process.env, exported), workspace, stateDir },
    runner,
  );
  const found = await clock.time("checks", () => detectJob(env, workspace, workdir));
  if (!found) {
    core.setFailed(
      "go was not found on PATH. Install Go before this step (set go-version, or use actions/setup-go), then run setup-goproxy.",
    );
    return;
  }
  const { go, ws } = found;
  const laterSteps = Promise.all([
    addGoInstallDirToPath(go.effective.GOPATH),
    registerProblemMatcher(stateDir),
  ]);
  const gate = await clock.time("checks", () =>
    gateChecks({ check: inputs.check, env, go, ws, ...(creds ? { creds } : {}) }),
  );
  const diagnostics = gate.diagnostics;
  const ctx: PrewarmContext = { go, env, ws, clock };
  // Once the module cache's entry is found (they then run while its archive downloads and is
  // verified), else once the download starts: started before the restores, their own work
  // (loading their code, Go's roots) delayed a cold download by 20-30 ms (docs/performance.md).
  const probe = once(() => startProbes(inputs, ctx, goDownload));
  const prewarm =
    gate.rejected || !ws.roots.length
      ? undefined
      : await startPrewarm(inputs, ctx, { stateDir, since, onModuleEntry: probe }, diagnostics);
  const probing = gate.rejected ? undefined : probe();
  const publishing = import("./publish.ts");

  let download = prewarm?.cached;
  const [switches, probes] = await Promise.all([prewarm?.switching, probing]);
  if (switches) diagnostics.push(...switches.diagnostics);
  if (probes) diagnostics.push(...probes.diagnostics);
  await publishBuildCache(await prewarm?.buildCache);
  const unpacked = await prewarm?.unpacking;
  if (unpacked?.problem)
    // go's words quote go.mod files and the module cache: untrusted.
    echoUntrusted(
      `Unpacking the restored modules ahead of the build stopped: ${unpacked.problem}. The build unpacks what it needs.`,
    );
  else if (unpacked)
    core.info(
      `Unpacked ${unpacked.modules} restored modules for the build (offline go mod download, alongside the build cache's restore) in ${unpacked.seconds.toFixed(2)} s`,
    );
  const ran = await goDownload.settle();
  if (ran.state === "stopped") core.info(`go mod download stopped: ${ran.reason}.`);
  const reportStarted = performance.now();
  if (ran.state === "done") download = await downloadOutcome(inputs, ctx, ran.value);
  if (!ws.roots.length)
    core.warning(
      `No go.mod or go.work under ${inputs.workingDirectory}: nothing to pre-warm or cache.`,
    );
  const restored = prewarm?.restored;
  const cache = restored
    ? await settleModuleCache(
        restored,
        download,
        ws.sums,
        prewarm?.cached !== undefined,
        go.settings,
      )
    : undefined;
  await laterSteps;
  clock.record("report", reportStarted, performance.now());
  const report = assembleReport({
    strict: inputs.strict,
    strictIgnore: strictIgnore.ids,
    failOnFallback: inputs.failOnFallback,
    go,
    settings: settingRows(go.effective, exported, process.env),
    diagnostics,
    ...(probes ? { probes } : {}),
    ...(installed || switches?.prewarmed.length
      ? {
          toolchain: {
            ...(installed ? { installed } : {}),
            prewarmed: switches?.prewarmed ?? [],
          },
        }
      : {}),
    ...(cache ? { cache } : {}),
    ...(download ? { download } : {}),
    timings: clock.timings(),
  });
  await (await publishing).publish(report, stateDir);
  if (report.failedBecause.length) process.exitCode = 1;
}

/**
 * Everything up to the download's start, in the order that must hold: the module cache
 * restored, the toolchain switch prepared when Go may switch; then the download starts, with
 * the toolchain plan alongside. The build cache restores alongside all of it.
 */
async function startPrewarm(
  inputs: ActionInputs,
  ctx: PrewarmContext,
  job: { stateDir: string; since: number; onModuleEntry: () => void },
  diagnostics: Diagnostic[],
) {
  const { clock, go, env, ws } = ctx;
  const restoreCtx = { go, env, ws, clock, stateDir: job.stateDir, since: job.since };
  const graphFiles = await cacheGraphFiles(inputs, ws);
  // GOCACHE is read by no go command before the job's own builds, so its restore runs alongside
  // everything here, the module cache's restore included.
  const buildCache = inputs.cacheBuild
    ? clock.time("restore", () => restoreBuildCache(inputs, restoreCtx, graphFiles))
    : undefined;
  let buildRestoring = buildCache !== undefined;
  buildCache?.catch(() => undefined).finally(() => (buildRestoring = false));
  const restored = inputs.cache
    ? await restoreModuleCache(inputs, restoreCtx, graphFiles, job.onModuleEntry)
    : undefined;
  // A poisoned cache is a security finding: strict makes it an error.
  if (restored?.diagnostic)
    diagnostics.push({
      ...restored.diagnostic,
      ...(inputs.strict ? { severity: "error" as const } : {}),
    });
  // After the restore (which may hold it) and before any go command runs in the repository: a
  // go.mod asking for a newer Go would make Go fetch that toolchain itself, unverified by us.
  // When no root can make Go switch, the plan only reports: it starts once go runs, as loading
  // its code took ~20 ms in front of the download.
  const planSwitches = () => {
    const plan = clock.time("checks", () => prewarmSwitches(go, env, ws));
    plan.catch(() => undefined);
    return plan;
  };
  const switchFirst = maySwitch(go, ws) ? planSwitches() : undefined;
  if (switchFirst) await switchFirst;

  let cached: DownloadReport | undefined;
  let unpacking: Promise<UnpackOutcome> | undefined;
  if (inputs.prewarm !== "off") {
    if (restored?.facts.hit === "exact")
      cached = await warmFromCache(inputs, ctx, restored.present);
    // Go is not run on a warm exact hit. While the build cache is still restoring (an archive
    // on its way: a miss is over by now), Go unpacks the modules the job's build would
    // otherwise unpack first; without that overlap it would only move the work into this step.
    if (cached && buildRestoring)
      unpacking = clock.time("unpack", async () =>
        (await import("../pipeline/unpack.ts")).unpackModules(ctx),
      );
    const goStderr = untrustedEcho();
    if (!cached)
      startDownload(inputs, ctx, goDownload, {
        open: (title) => core.startGroup(title),
        line: goStderr.line,
        close: () => {
          goStderr.flush();
          core.endGroup();
        },
      });
  }
  const switching = switchFirst ?? planSwitches();
  return { restored, switching, cached, buildCache, unpacking };
}

async function publishBuildCache(
  state: Awaited<ReturnType<typeof restoreBuildCache>>,
): Promise<void> {
  if (!state) return;
  const { serializeBuildState } = await import("../buildcache/index.ts");
  const { buildCacheOutputs } = await import("../report/build-cache.ts");
  core.saveState(STATE.buildCache, serializeBuildState(state));
  for (const [name, value] of Object.entries(buildCacheOutputs(state))) core.setOutput(name, value);
}

async function settleModuleCache(...args: Parameters<typeof settleCache>) {
  const settled = await (await import("../pipeline/cache-settle.ts")).settleCache(...args);
  core.saveState(STATE.cache, settled.state);
  return settled.facts;
}

main()
  .catch(async (err: unknown) => {
    core.setFailed(err instanceof Error ? err.message : String(err));
    // go must not outlive the step.
    goDownload.stop("the step failed");
    await goDownload.settle().catch(() => undefined);
  })
  // Keep-alive sockets of the cache client can hold the process open for minutes.
  .finally(() => process.exit());
