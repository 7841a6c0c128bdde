// The action's main step: a thin shell that reads inputs, calls the pipeline stages in
// order, and hands the report to GitHub (env, outputs, annotations, summary, JSON file).
import * as core from "@actions/core";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { credentialsSecrets, setupCredentials } from "../credentials/setup.ts";
import {
  cacheFacts,
  neededFromDownload,
  neededFromSums,
  planCache,
  pruneDownloadCache,
  readGraphFiles,
  recordPrewarm,
  restoreModuleCache,
  serializeState,
  warmFromSums,
  downloadDir,
  type RestoreOutcome,
} from "../cache/index.ts";
import { restoreBuildCache, serializeBuildState } from "../buildcache/index.ts";
import { buildCacheOutputs } from "../report/build-cache.ts";
import { detectGo } from "../pipeline/go.ts";
import { installRequestedGo, prewarmSwitches } from "../pipeline/toolchain.ts";
import { scanWorkspace, requiredAt, sumModules } from "../pipeline/workspace.ts";
import { staticChecks } from "../pipeline/check.ts";
import { liveChecks } from "../pipeline/probe.ts";
import { runDownload } from "../pipeline/download.ts";
import { explainFailures } from "../pipeline/explain.ts";
import { cachedDownloadReport, chainConfig } from "../report/from-download.ts";
import { settingRows } from "../settings/rows.ts";
import {
  effectiveEnv,
  exportsFromInputs,
  redactList,
  settingSecrets,
} from "../settings/settings.ts";
import { REPORT_SCHEMA, type DownloadReport, type RunReport } from "../report/model.ts";
import { failureReasons, PROBE_PROOFS } from "../report/verdict.ts";
import { renderSummary } from "../report/summary.ts";
import { reportAnnotations } from "../report/annotate.ts";
import { reportOutputs } from "../report/outputs.ts";
import { readInputs } from "./inputs.ts";
import { STATE } from "./state.ts";

async function main(): Promise<void> {
  // Build cache entries Go stamps from now on were used by this job.
  const since = Date.now();
  const inputs = readInputs();
  // Secrets first: nothing may print before the runner knows what to mask.
  for (const s of credentialsSecrets(inputs.credentials)) core.setSecret(s);
  const exported = exportsFromInputs(inputs.variables);
  for (const s of settingSecrets(exported)) core.setSecret(s);
  for (const [name, value] of Object.entries(exported)) {
    core.exportVariable(name, value);
    core.setOutput(name.toLowerCase(), redactList(value));
  }

  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const workdir = resolve(workspace, inputs.workingDirectory);
  let env = effectiveEnv(process.env, exported);
  const installed = await installRequestedGo({
    goVersion: inputs.goVersion,
    goVersionFile: inputs.goVersionFile,
    cwd: workdir,
    env,
  });
  if (installed) {
    core.addPath(installed.facts.binDir);
    env = { ...env, PATH: installed.path };
    for (const w of installed.warnings) core.warning(w);
  }
  const go = await detectGo(env, workdir);
  if (!go) {
    core.setFailed(
      "go was not found on PATH. Install Go before this step (set go-version, or use actions/setup-go), then run setup-goproxy.",
    );
    return;
  }

  const diagnostics = [];
  if (inputs.credentials.trim()) {
    const creds = await setupCredentials({
      credentials: inputs.credentials,
      env,
      goVersion: go.version,
      tempDir: join(process.env.RUNNER_TEMP ?? workdir, "setup-goproxy"),
    });
    for (const s of creds.secrets) core.setSecret(s);
    for (const [name, value] of Object.entries(creds.env)) core.exportVariable(name, value);
    core.saveState(STATE.credentials, JSON.stringify(creds.state));
    env = { ...env, ...creds.env };
    diagnostics.push(...creds.diagnostics);
  }

  const ws = await scanWorkspace(workspace, workdir, go.effective.GOWORK);
  if (inputs.check !== "off") {
    diagnostics.push(
      ...(await staticChecks({
        env,
        goVersion: go.version,
        goenvFile: go.effective.GOENV,
        workspace: ws,
      })),
    );
  }
  const rejected = diagnostics.some((d) => d.severity === "error");

  // The cache restores and the live probes are independent: run them side by side.
  const graphFiles = await readGraphFiles(workdir, ws.graphFiles);
  const [restored, probes, buildCache] = await Promise.all([
    inputs.cache && !rejected && ws.roots.length
      ? restoreModuleCache(
          planCache({
            gomodcache: go.effective.GOMODCACHE!,
            layout: inputs.cacheLayout,
            graphFiles,
            ...(inputs.cacheKeySuffix ? { suffix: inputs.cacheKeySuffix } : {}),
          }),
        )
      : undefined,
    inputs.check === "live" && !rejected
      ? liveChecks({
          go,
          env,
          ws,
          timeoutMs: inputs.probeTimeoutSeconds * 1000,
          probeModule: inputs.probeModule,
        })
      : undefined,
    inputs.cacheBuild && !rejected && ws.roots.length
      ? restoreBuildCache({
          goBin: go.bin,
          localVersion: go.versionText,
          env: { ...env, ...go.effective },
          workdir,
          rootDirs: ws.roots.map((r) => r.dir),
          graphFiles,
          ...(inputs.cacheKeySuffix ? { suffix: inputs.cacheKeySuffix } : {}),
          since,
          stateDir: join(process.env.RUNNER_TEMP ?? workdir, "setup-goproxy"),
          timeoutSeconds: 300,
        })
      : undefined,
  ]);
  if (buildCache) {
    core.saveState(STATE.buildCache, serializeBuildState(buildCache));
    for (const [name, value] of Object.entries(buildCacheOutputs(buildCache)))
      core.setOutput(name, value);
  }
  if (probes) diagnostics.push(...probes.diagnostics);
  // Before any go command runs in the repository (and after the restore, which may hold it):
  // a go.mod asking for a newer Go would make Go fetch that toolchain itself, unverified by
  // us and unaccounted.
  const switches = rejected || !ws.roots.length ? undefined : await prewarmSwitches(go, env, ws);
  if (switches) diagnostics.push(...switches.diagnostics);
  // A checksum database that fails its proof blocks the download: Go would fail or, worse,
  // trust nothing it could verify.
  const unproven =
    probes?.diagnostics.some((d) => d.severity === "error" && PROBE_PROOFS.has(d.rule)) ?? false;

  let download: DownloadReport | undefined;
  let warm = false;
  if (inputs.prewarm !== "off" && !rejected && !unproven && ws.roots.length) {
    if (restored?.facts.hit === "exact") {
      const check = await warmFromSums(go.effective.GOMODCACHE!, ws.sums);
      warm = check.warm && ws.sums.length > 0;
      if (warm) {
        const e = go.effective;
        download = cachedDownloadReport(ws.roots, sumModules(ws), check.seconds, {
          workspace,
          chain: chainConfig(
            { GOPROXY: e.GOPROXY!, GOSUMDB: e.GOSUMDB!, GONOPROXY: e.GONOPROXY! },
            go.version,
          ),
          goVersion: go.version,
          allowDirect: inputs.allowDirect,
          requiredAt: requiredAt(ws),
        });
      }
    }
    download ??= await core.group(`go mod download (${go.versionText})`, () =>
      runDownload({
        ws,
        env,
        go,
        scope: inputs.prewarm === "all" ? "all" : "needed",
        retries: inputs.retries,
        backoffSeconds: 2,
        allowDirect: inputs.allowDirect,
        onStderrLine: (line) => core.info(line),
      }),
    );
    if (download) download = explainFailures(download, go, env);
  }
  if (!ws.roots.length)
    core.warning(
      `No go.mod or go.work under ${inputs.workingDirectory}: nothing to pre-warm or cache.`,
    );

  const cache = restored ? await settleCache(restored, download, ws.sums, warm) : undefined;
  const partial: Omit<RunReport, "failedBecause"> = {
    schema: REPORT_SCHEMA,
    strict: inputs.strict,
    go: { version: go.versionText, bin: go.bin },
    settings: settingRows(go.effective, exported, process.env),
    diagnostics,
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
  const report: RunReport = { ...partial, failedBecause: failureReasons(partial) };
  await publish(report);
  if (report.failedBecause.length) process.exitCode = 1;
}

/** After the pre-warm: prune what a partial restore brought and this run did not need; hand the verdict to post. */
async function settleCache(
  restored: RestoreOutcome,
  download: DownloadReport | undefined,
  sums: string[],
  warm: boolean,
) {
  const verdict = !download ? "skipped" : download.failures.length ? "failed" : "ok";
  let pruned: { versions: number; bytes: number } | undefined;
  if (restored.facts.hit === "partial" && verdict === "ok" && download) {
    const needed = [
      ...neededFromDownload(
        (download.ledger.modules ?? []).map((m) => ({ Path: m.path, Version: m.version })),
      ),
      ...sums.flatMap(neededFromSums),
    ];
    pruned = await pruneDownloadCache(
      downloadDir(restored.state.gomodcache),
      needed,
      new Set(restored.restoredVersions),
    );
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
  .catch((err: unknown) => core.setFailed(err instanceof Error ? err.message : String(err)))
  // Keep-alive sockets of the cache client can hold the process open for minutes.
  .finally(() => process.exit());
