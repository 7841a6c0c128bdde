// The action's main step: a thin shell that reads inputs, calls the pipeline stages in
// order, and hands the report to GitHub (env, outputs, annotations, summary, JSON file).
import * as core from "@actions/core";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { credentialsSecrets, fitCredentialsToGo, setupCredentials } from "../credentials/setup.ts";
import type { VerifiedRestore } from "../cache/index.ts";
import { untrustedEcho } from "../report/untrusted-echo.ts";
import { buildCacheOutputs } from "../report/build-cache.ts";
import { detectGo } from "../pipeline/go.ts";
import { installRequestedGo, prewarmSwitches } from "../pipeline/toolchain.ts";
import { scanWorkspace, requiredAt, sumModules } from "../pipeline/workspace.ts";
import { staticChecks } from "../pipeline/check.ts";
import { liveChecks } from "../pipeline/probe.ts";
import { reportDownload, runGoDownload } from "../pipeline/download.ts";
import { GuardedTask, StageClock } from "../pipeline/stages.ts";
import type { RootOutcome } from "../download/prewarm.ts";
import type { ProbeReport } from "../probe/chain.ts";
import { cachedDownloadReport, chainConfig } from "../report/from-download.ts";
import { settingRows } from "../settings/rows.ts";
import { effectiveEnv, exportsFromInputs } from "../settings/settings.ts";
import { redactList, settingSecrets } from "../redact/redact.ts";
import { REPORT_SCHEMA, type DownloadReport, type RunReport } from "../report/model.ts";
import { failureReasons, PROBE_PROOFS } from "../report/verdict.ts";
import { parseStrictIgnore, withoutSilenced } from "../report/strict.ts";
import { renderSummary } from "../report/summary.ts";
import { reportAnnotations } from "../report/annotate.ts";
import { reportOutputs } from "../report/outputs.ts";
import { readInputs } from "./inputs.ts";
import { addGoInstallDirToPath, registerProblemMatcher } from "./later-steps.ts";
import { dependencyFiles } from "../cache/dependency-path.ts";
import { readGraphFiles } from "../cache/key.ts";
import { STATE } from "./state.ts";

// The go runs of the pre-warm, which may start before the checks end (pipeline/stages.ts).
const goDownload = new GuardedTask<RootOutcome[]>();

async function main(): Promise<void> {
  const clock = new StageClock();
  // Build cache entries Go stamps from now on were used by this job.
  const since = Date.now();
  const inputs = readInputs();
  // Secrets first: nothing may print before the runner knows what to mask.
  for (const s of credentialsSecrets(inputs.credentials)) core.setSecret(s);
  const exported = exportsFromInputs(inputs.variables);
  for (const s of settingSecrets(Object.values(exported))) core.setSecret(s);
  for (const [name, value] of Object.entries(exported)) {
    core.exportVariable(name, value);
    core.setOutput(name.toLowerCase(), redactList(value));
  }

  const strictIgnore = parseStrictIgnore(inputs.strictIgnore);
  for (const w of strictIgnore.warnings) core.warning(w, { title: "strict-ignore" });
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const workdir = resolve(workspace, inputs.workingDirectory);
  let env = effectiveEnv(process.env, exported);
  // Credentials before anything that may need them: a toolchain installed through a private proxy.
  const creds = inputs.credentials.trim()
    ? await setupCredentials({
        credentials: inputs.credentials,
        env,
        tempDir: join(process.env.RUNNER_TEMP ?? workdir, "setup-goproxy"),
        onDirCreated: (state) => core.saveState(STATE.credentials, JSON.stringify(state)),
      })
    : undefined;
  if (creds) {
    for (const s of creds.secrets) core.setSecret(s);
    for (const [name, value] of Object.entries(creds.env)) core.exportVariable(name, value);
    core.saveState(STATE.credentials, JSON.stringify(creds.state));
    env = { ...env, ...creds.env };
  }
  const installed = await installRequestedGo({
    goVersion: inputs.goVersion,
    goVersionFile: inputs.goVersionFile,
    cwd: workspace,
    env,
    checkLatest: inputs.checkLatest,
    architecture: inputs.architecture,
  });
  if (installed) {
    core.addPath(installed.facts.binDir);
    env = { ...env, PATH: installed.path };
    for (const w of installed.warnings) core.warning(w);
  }
  const detecting = clock.time("checks", () => detectGo(env, workdir));
  // The cache code (with the toolkit, most of the bundle) loads only when the cache is on,
  // while go env runs.
  const loadingCache = inputs.cache ? import("../cache/index.ts") : undefined;
  // Scanned while go env runs, with GOWORK as the environment sets it; go env has the last word.
  let ws = await clock.time("checks", () => scanWorkspace(workspace, workdir, env.GOWORK));
  const go = await detecting;
  if (!go) {
    core.setFailed(
      "go was not found on PATH. Install Go before this step (set go-version, or use actions/setup-go), then run setup-goproxy.",
    );
    return;
  }
  await addGoInstallDirToPath(go.effective.GOPATH);
  await registerProblemMatcher(join(process.env.RUNNER_TEMP ?? workdir, "setup-goproxy"));

  const diagnostics = [];
  if (creds)
    diagnostics.push(...creds.diagnostics, ...(await fitCredentialsToGo(creds, env, go.version)));

  if ((go.effective.GOWORK === "off") !== (env.GOWORK === "off"))
    ws = await clock.time("checks", () => scanWorkspace(workspace, workdir, go.effective.GOWORK));
  if (inputs.check !== "off") {
    diagnostics.push(
      ...(await clock.time("checks", () =>
        staticChecks({
          env,
          goVersion: go.version,
          goenvFile: go.effective.GOENV,
          workspace: ws,
        }),
      )),
    );
  }
  // The settings checks come first: they need go env, take milliseconds, and a setting they
  // reject (a malformed GOPRIVATE glob sends private paths to the public proxy) must not reach
  // the network at all.
  const rejected = diagnostics.some((d) => d.severity === "error");

  // The live probes run alongside the restore and the download. A checksum database that fails
  // its proof stops the download the moment the probe says so: Go would fail or, worse, trust
  // nothing it could verify. Go is killed; what it fetched before is not reported.
  const unprovenBy = (p: ProbeReport | undefined) =>
    p?.diagnostics.some((d) => d.severity === "error" && PROBE_PROOFS.has(d.rule)) ?? false;
  const probing =
    inputs.check === "live" && !rejected
      ? clock
          .time("checks", () =>
            liveChecks({
              go,
              env,
              ws,
              timeoutMs: inputs.probeTimeoutSeconds * 1000,
              probeModule: inputs.probeModule,
            }),
          )
          .then((p) => {
            if (unprovenBy(p)) goDownload.stop("the checksum database failed its proof");
            return p;
          })
      : undefined;
  probing?.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  // The module cache (verified against go.sum before any go command runs, docs/security.md)
  // and the build cache restore side by side.
  const restoring = (inputs.cache || inputs.cacheBuild) && !rejected && ws.roots.length > 0;
  const graphFiles = restoring ? await readGraphFiles(workdir, ws.graphFiles) : [];
  const [restored, buildCache] = !restoring
    ? [undefined, undefined]
    : await clock.time("restore", () =>
        Promise.all([
          inputs.cache
            ? (async () => {
                const { planCache, restoreVerified, openDatabase } = (await loadingCache)!;
                return restoreVerified(
                  planCache({
                    gomodcache: go.effective.GOMODCACHE!,
                    layout: inputs.cacheLayout,
                    graphFiles: [
                      ...graphFiles,
                      ...(await dependencyFiles(workspace, inputs.cacheDependencyPath)),
                    ],
                    ...(inputs.cacheKeySuffix ? { suffix: inputs.cacheKeySuffix } : {}),
                  }),
                  ws.sums,
                  {
                    timeoutSeconds: inputs.cacheTimeoutSeconds,
                    // Versions go.sum does not list are checked against GOSUMDB, as Go would.
                    database: openDatabase({
                      env: { ...env, ...go.effective },
                      settings: go.settings,
                      timeoutMs: inputs.probeTimeoutSeconds * 1000,
                    }),
                  },
                );
              })()
            : undefined,
          inputs.cacheBuild
            ? (async () => {
                const { restoreBuildCache } = await import("../buildcache/index.ts");
                return restoreBuildCache({
                  goBin: go.bin,
                  localVersion: go.versionText,
                  env: { ...env, ...go.effective },
                  workdir,
                  rootDirs: ws.roots.map((r) => r.dir),
                  graphFiles,
                  ...(inputs.cacheKeySuffix ? { suffix: inputs.cacheKeySuffix } : {}),
                  since,
                  stateDir: join(process.env.RUNNER_TEMP ?? workdir, "setup-goproxy"),
                  timeoutSeconds: inputs.cacheTimeoutSeconds,
                });
              })()
            : undefined,
        ]),
      );
  if (buildCache) {
    const { serializeBuildState } = await import("../buildcache/index.ts");
    core.saveState(STATE.buildCache, serializeBuildState(buildCache));
    for (const [name, value] of Object.entries(buildCacheOutputs(buildCache)))
      core.setOutput(name, value);
  }
  // A poisoned cache is a security finding: strict makes it an error.
  if (restored?.diagnostic)
    diagnostics.push({
      ...restored.diagnostic,
      ...(inputs.strict ? { severity: "error" as const } : {}),
    });
  // Before any go command runs in the repository with the job's GOTOOLCHAIN (and after the
  // restore, which may hold it): a go.mod asking for a newer Go would make Go fetch that
  // toolchain itself, unverified by us and unaccounted.
  const switches =
    rejected || !ws.roots.length
      ? undefined
      : await clock.time("checks", () => prewarmSwitches(go, env, ws));
  if (switches) diagnostics.push(...switches.diagnostics);

  let download: DownloadReport | undefined;
  let warm = false;
  if (inputs.prewarm !== "off" && !rejected && ws.roots.length) {
    if (restored?.facts.hit === "exact") {
      const { warmFromSums } = (await loadingCache)!;
      const check = await clock.time("verification", () =>
        warmFromSums(go.effective.GOMODCACHE!, ws.sums),
      );
      warm = check.warm && ws.sums.length > 0;
      if (warm) {
        download = cachedDownloadReport(ws.roots, sumModules(ws), check.seconds, {
          workspace,
          chain: chainConfig(go.settings),
          goVersion: go.version,
          allowDirect: inputs.allowDirect,
          requiredAt: requiredAt(ws),
        });
      }
    }
    // Everything the download needs is known: it starts now, with the probes still running.
    if (!download) {
      const goStderr = untrustedEcho();
      goDownload.start((signal) => {
        core.startGroup(`go mod download (${go.versionText})`);
        return clock
          .time("download", () =>
            runGoDownload({
              ws,
              env,
              goBin: go.bin,
              scope: inputs.prewarm === "all" ? "all" : "needed",
              retries: inputs.retries,
              backoffSeconds: 2,
              onStderrLine: goStderr.line,
              stallSeconds: inputs.stallTimeoutSeconds,
              timeoutSeconds: inputs.downloadTimeoutSeconds,
              gomodcache: go.effective.GOMODCACHE,
              signal,
            }),
          )
          .finally(() => {
            goStderr.flush();
            core.endGroup();
          });
      });
    }
  }
  const probes = await probing;
  if (probes) diagnostics.push(...probes.diagnostics);
  const ran = await goDownload.settle();
  if (ran.state === "stopped") core.info(`go mod download stopped: ${ran.reason}.`);
  const reportStarted = performance.now();
  if (ran.state === "done") {
    download = reportDownload(ran.value, { ws, go, allowDirect: inputs.allowDirect });
    // The explainer is loaded only when something failed.
    if (download.failures.length) {
      const { explainFailures } = await import("../pipeline/explain.ts");
      download = explainFailures(download, go, env);
    }
  }
  if (!ws.roots.length)
    core.warning(
      `No go.mod or go.work under ${inputs.workingDirectory}: nothing to pre-warm or cache.`,
    );

  const cache = restored ? await settleCache(restored, download, ws.sums, warm) : undefined;
  const partial: Omit<RunReport, "failedBecause"> = {
    schema: REPORT_SCHEMA,
    strict: inputs.strict,
    ...(strictIgnore.ids.length ? { strictIgnore: strictIgnore.ids } : {}),
    ...(inputs.failOnFallback ? { failOnFallback: true } : {}),
    go: { version: go.versionText, bin: go.bin },
    settings: settingRows(go.effective, exported, process.env),
    diagnostics: withoutSilenced(diagnostics, strictIgnore.ids),
    ...(probes ? { probes } : {}),
    ...(installed || switches?.prewarmed.length
      ? {
          toolchain: {
            ...(installed ? { installed: installed.facts } : {}),
            prewarmed: switches?.prewarmed ?? [],
          },
        }
      : {}),
    ...(cache ? { cache } : {}),
    ...(download ? { download } : {}),
  };
  clock.record("report", reportStarted, performance.now());
  const report: RunReport = {
    ...partial,
    failedBecause: failureReasons(partial),
    timings: clock.timings(),
  };
  await publish(report);
  if (report.failedBecause.length) process.exitCode = 1;
}

/** After the pre-warm: prune what a partial restore brought and this run did not need; hand the verdict to post. */
async function settleCache(
  restored: VerifiedRestore,
  download: DownloadReport | undefined,
  sums: string[],
  warm: boolean,
) {
  const {
    cacheFacts,
    downloadDir,
    neededFromDownload,
    neededFromSums,
    pruneDownloadCache,
    recordPrewarm,
    serializeState,
    unlistedRemoved,
  } = await import("../cache/index.ts");
  const verdict = !download ? "skipped" : download.failures.length ? "failed" : "ok";
  let pruned: { versions: number; bytes: number } | undefined;
  if (restored.facts.hit === "partial" && verdict === "ok" && download) {
    const needed = [
      ...neededFromDownload(
        (download.ledger.modules ?? []).map((m) => ({ Path: m.path, Version: m.version })),
      ),
      ...sums.flatMap(neededFromSums),
    ];
    const byPruner = await pruneDownloadCache(
      downloadDir(restored.state.gomodcache),
      needed,
      new Set(restored.restoredVersions),
    );
    // The verification already removed the versions go.sum no longer lists.
    const byVerification = unlistedRemoved(restored);
    pruned = {
      versions: byPruner.versions + byVerification.versions,
      bytes: byPruner.bytes + byVerification.bytes,
    };
  }
  const state = recordPrewarm(restored.state, verdict, { ...(pruned ? { pruned } : {}), warm });
  core.saveState(STATE.cache, serializeState(state));
  return cacheFacts(state);
}

async function publish(report: RunReport): Promise<void> {
  for (const a of reportAnnotations(report)) {
    const props = {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.line ? { startLine: a.line } : {}),
    };
    ({ error: core.error, warning: core.warning, notice: core.notice })[a.level](a.message, props);
  }
  for (const [name, value] of Object.entries(reportOutputs(report))) core.setOutput(name, value);
  const dir = join(process.env.RUNNER_TEMP ?? process.cwd(), "setup-goproxy");
  await mkdir(dir, { recursive: true });
  const file = join(dir, "report.json");
  await writeFile(file, JSON.stringify(report, null, 2) + "\n");
  core.setOutput("report", file);
  await core.summary.addRaw(renderSummary(report)).write();
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
