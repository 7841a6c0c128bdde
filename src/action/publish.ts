// The report handed to GitHub: annotations, outputs, the JSON file and the job summary. Loaded
// while the download runs: none of it is needed before.
import * as core from "@actions/core";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { RunReport } from "../report/model.ts";
import { renderSummary } from "../report/summary.ts";
import { reportAnnotations } from "../report/annotate.ts";
import { reportOutputs } from "../report/outputs.ts";
import { writeJsonFile } from "../report/json-file.ts";

export async function publish(report: RunReport, dir: string): Promise<void> {
  for (const a of reportAnnotations(report)) {
    const props = {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.line ? { startLine: a.line } : {}),
    };
    ({ error: core.error, warning: core.warning, notice: core.notice })[a.level](a.message, props);
  }
  for (const [name, value] of Object.entries(reportOutputs(report))) core.setOutput(name, value);
  await mkdir(dir, { recursive: true });
  const file = join(dir, "report.json");
  await writeJsonFile(file, report);
  core.setOutput("report", file);
  await core.summary.addRaw(renderSummary(report)).write();
}
