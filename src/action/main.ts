// The action's main step: a thin shell that reads inputs and calls the pipeline.
import * as core from "@actions/core";
import { resolve } from "node:path";
import { redactUrl } from "../go/url.ts";
import { findGo, runGo } from "../download/go-command.ts";
import { effectiveEnv, exportsFromInputs, settingSecrets } from "../settings/settings.ts";
import { readInputs } from "./inputs.ts";

async function main(): Promise<void> {
  const inputs = readInputs();
  const exported = exportsFromInputs(inputs.variables);
  for (const secret of settingSecrets(exported)) core.setSecret(secret);
  for (const [name, value] of Object.entries(exported)) {
    core.exportVariable(name, value);
    core.setOutput(name.toLowerCase(), redactList(value));
  }

  const env = effectiveEnv(process.env, exported);
  const go = findGo(env.PATH);
  if (!go) {
    core.setFailed(
      "go was not found on PATH. Install Go before this step (for example with actions/setup-go), then run setup-goproxy.",
    );
    return;
  }
  const cwd = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
  const run = await runGo(go, ["mod", "download", "-x"], { cwd, env });
  if (run.exitCode !== 0) {
    const said = goMessages(run.stderr);
    core.error(
      `go mod download failed in ${inputs.workingDirectory} (exit ${run.exitCode}):\n${said}`,
      {
        title: "Module download failed",
      },
    );
    process.exitCode = 1;
  } else {
    core.info(`go mod download finished in ${run.seconds.toFixed(1)}s`);
  }
  await core.summary
    .addHeading("setup-goproxy", 2)
    .addTable([
      [
        { data: "Variable", header: true },
        { data: "Value", header: true },
      ],
      ...Object.entries(exported).map(([name, value]) => [
        name,
        `<code>${escapeHtml(redactList(value))}</code>`,
      ]),
    ])
    .addRaw(
      `\n\n${run.exitCode === 0 ? "✅" : "❌"} \`go mod download\` in \`${inputs.workingDirectory}\`: exit ${run.exitCode}, ${run.seconds.toFixed(1)} s\n`,
    )
    .write();
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function redactList(value: string): string {
  return value
    .split(/([,|])/)
    .map((part) => redactUrl(part))
    .join("");
}

/** What Go said, without the -x trace lines around it. */
function goMessages(stderr: string): string {
  const lines = stderr
    .split("\n")
    .filter(
      (l) =>
        /^(go: |go mod download: |\t)/.test(l) ||
        /: (invalid|missing|reading|parse|verifying)/.test(l),
    );
  return (lines.length ? lines : stderr.trim().split("\n").slice(-10)).join("\n");
}

main().catch((err: unknown) => core.setFailed(err instanceof Error ? err.message : String(err)));
