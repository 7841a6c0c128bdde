// The action's main step: a thin shell that reads inputs, calls the pipeline, and hands
// the report to GitHub (env, outputs, annotations, summary, a JSON file).
import * as core from "@actions/core";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { detectGo } from "../pipeline/go.ts";
import { runDownload } from "../pipeline/download.ts";
import { settingRows } from "../settings/rows.ts";
import {
  effectiveEnv,
  exportsFromInputs,
  redactList,
  settingSecrets,
} from "../settings/settings.ts";
import { REPORT_SCHEMA, type RunReport } from "../report/model.ts";
import { failureReasons } from "../report/verdict.ts";
import { renderSummary } from "../report/summary.ts";
import { reportAnnotations } from "../report/annotate.ts";
import { reportOutputs } from "../report/outputs.ts";
import { readInputs } from "./inputs.ts";

async function main(): Promise<void> {
  const inputs = readInputs();
  const exported = exportsFromInputs(inputs.variables);
  for (const secret of settingSecrets(exported)) core.setSecret(secret);
  for (const [name, value] of Object.entries(exported)) {
    core.exportVariable(name, value);
    core.setOutput(name.toLowerCase(), redactList(value));
  }

  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const workdir = resolve(workspace, inputs.workingDirectory);
  const env = effectiveEnv(process.env, exported);
  const go = await detectGo(env, workdir);
  if (!go) {
    core.setFailed(
      "go was not found on PATH. Install Go before this step (for example with actions/setup-go), then run setup-goproxy.",
    );
    return;
  }

  const download =
    inputs.prewarm === "off"
      ? undefined
      : await core.group(`go mod download (${go.versionText})`, () =>
          runDownload({
            workspace,
            workdir,
            env,
            go,
            scope: inputs.prewarm === "all" ? "all" : "needed",
            retries: inputs.retries,
            backoffSeconds: 2,
            allowDirect: inputs.allowDirect,
            onStderrLine: (line) => core.info(line),
          }),
        );
  if (inputs.prewarm !== "off" && !download)
    core.warning(`No go.mod or go.work under ${inputs.workingDirectory}: nothing to pre-warm.`);

  const partial: Omit<RunReport, "failedBecause"> = {
    schema: REPORT_SCHEMA,
    strict: inputs.strict,
    go: { version: go.versionText, bin: go.bin },
    settings: settingRows(go.effective, exported, process.env),
    diagnostics: [],
    ...(download ? { download } : {}),
  };
  const report: RunReport = { ...partial, failedBecause: failureReasons(partial) };
  await publish(report);
  if (report.failedBecause.length) process.exitCode = 1;
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

main().catch((err: unknown) => core.setFailed(err instanceof Error ? err.message : String(err)));
