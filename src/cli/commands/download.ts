import { resolve } from "node:path";
import { detectJob } from "../../pipeline/detect.ts";
import { runDownload } from "../../pipeline/download.ts";
import { DEFAULT_DOWNLOAD_TIMEOUT_SECONDS, DEFAULT_STALL_SECONDS } from "../../download/prewarm.ts";
import { explainFailures } from "../../pipeline/explain.ts";
import { renderDownloadText } from "../../report/text.ts";
import { writeJsonFile } from "../../report/json-file.ts";
import { assembleReport } from "../../pipeline/report.ts";
import { parseStrictIgnore } from "../../report/strict.ts";
import { settingRows } from "../../settings/rows.ts";
import { EXIT, formatOption, UsageError, type Command } from "../command.ts";

export const download: Command = {
  name: "download",
  summary: "Pre-warm the module cache through the configured chain and print the ledger",
  usage: `setup-goproxy download [--format json|text] [--all] [--retries N] [--strict] [--allow-direct PATTERNS] [--strict-ignore IDS] [--fail-on-fallback] [--stall-timeout S] [--download-timeout S] [--report FILE] [DIR...]

Runs \`go mod download -x -json\` (with --all: \`go mod download all\`) in every module
root under each DIR (default: the current directory; a go.work makes one root), with the
Go settings of the environment, exactly as Go reads them. Retries transient failures
(5xx, timeouts, resets) up to --retries times (default 2). Prints the ledger: which
origin served every module file, hit rates, fallbacks, and "modules".

--stall-timeout S (default 60) stops go when a proxy request makes no progress for S
seconds (Go itself would wait forever) and names the proxy and module; --download-timeout S
(default 1200) bounds the whole pre-warm.

--report FILE writes the full JSON report (docs/report-schema.md) for \`report\`.

--strict-ignore takes rule ids (comma-separated) that never fail the run, e.g.
download-direct; --fail-on-fallback fails on a module file that fell through to a later
GOPROXY entry (rule download-fallback).

Exit: 0 all modules downloaded; 1 a module failed (or, with --strict, a module came
from direct outside --allow-direct; with --fail-on-fallback, a fallback happened); 2 bad
usage or no go on PATH.`,
  options: {
    format: { type: "string" },
    all: { type: "boolean" },
    retries: { type: "string" },
    strict: { type: "boolean" },
    "allow-direct": { type: "string" },
    "strict-ignore": { type: "string" },
    "fail-on-fallback": { type: "boolean" },
    report: { type: "string" },
    "stall-timeout": { type: "string" },
    "download-timeout": { type: "string" },
  },
  async run(values, positionals, io) {
    const format = formatOption(values);
    const retries = values.retries === undefined ? 2 : Number(values.retries);
    if (!Number.isInteger(retries) || retries < 0 || retries > 10)
      throw new UsageError("--retries must be 0 to 10");
    const seconds = (name: "stall-timeout" | "download-timeout", fallback: number) => {
      const n = values[name] === undefined ? fallback : Number(values[name]);
      if (!Number.isInteger(n) || n < 1 || n > 21600)
        throw new UsageError(`--${name} must be a whole number of seconds from 1 to 21600`);
      return n;
    };
    const stallSeconds = seconds("stall-timeout", DEFAULT_STALL_SECONDS);
    const timeoutSeconds = seconds("download-timeout", DEFAULT_DOWNLOAD_TIMEOUT_SECONDS);
    const env = Object.fromEntries(
      Object.entries(io.env).filter((e): e is [string, string] => e[1] !== undefined),
    );
    const ignore = parseStrictIgnore((values["strict-ignore"] as string | undefined) ?? "");
    for (const w of ignore.warnings) io.stderr.write(`setup-goproxy: ${w}\n`);
    const dirs = positionals.length ? positionals : ["."];
    if (values.report !== undefined && dirs.length > 1)
      throw new UsageError("--report takes one DIR");
    let failed = false;
    let progress = 0;
    const onStderrLine = io.stderr.isTTY
      ? (line: string) => {
          if (line.startsWith("# get ") && !line.includes(": "))
            io.stderr.write(`\r${++progress} requests…`);
        }
      : undefined;
    for (const dir of dirs) {
      const workdir = resolve(io.cwd, dir);
      const found = await detectJob(env, io.cwd, workdir);
      if (!found) {
        io.stderr.write("setup-goproxy: go was not found on PATH\n");
        return EXIT.usage;
      }
      const { go, ws } = found;
      const downloaded = await runDownload({
        ws,
        env,
        go,
        scope: values.all ? "all" : "needed",
        retries,
        backoffSeconds: 2,
        allowDirect: (values["allow-direct"] as string | undefined) ?? "",
        ...(onStderrLine ? { onStderrLine } : {}),
        stallSeconds,
        timeoutSeconds,
        limitNames: { stall: "--stall-timeout", total: "--download-timeout" },
      });
      const report = downloaded && explainFailures(downloaded, go, env);
      if (onStderrLine && progress) io.stderr.write("\r\x1b[K");
      if (!report) {
        io.stderr.write(`setup-goproxy: no go.mod or go.work under ${dir}\n`);
        continue;
      }
      const full = assembleReport({
        strict: values.strict === true,
        strictIgnore: ignore.ids,
        failOnFallback: values["fail-on-fallback"] === true,
        go,
        settings: settingRows(go.effective, {}, env),
        diagnostics: [],
        download: report,
      });
      if (values.report) await writeJsonFile(values.report as string, full);
      failed ||= full.failedBecause.length > 0;
      io.stdout.write(
        format === "json"
          ? JSON.stringify(
              {
                dir,
                ...report.ledger,
                failures: report.failures,
                retries: report.retries,
                direct: report.direct,
              },
              null,
              2,
            ) + "\n"
          : `${dirs.length > 1 ? `== ${dir}\n` : ""}${renderDownloadText(report)}`,
      );
    }
    return failed ? EXIT.findings : EXIT.ok;
  },
};
