import { detectGo } from "../../pipeline/go.ts";
import { staticChecks } from "../../pipeline/check.ts";
import { scanWorkspace } from "../../pipeline/workspace.ts";
import type { Diagnostic } from "../../core/diagnostic.ts";
import { goVersionOption } from "../chain.ts";
import { EXIT, formatOption, type Command } from "../command.ts";

export const check: Command = {
  name: "check",
  summary: "Check the Go settings in the environment with Go's exact rules",
  usage: `setup-goproxy check [--format json|text] [--go-version X.Y] [--no-repo]

Reads GOPROXY, GOSUMDB, GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE, GOTOOLCHAIN,
GOFLAGS, GOAUTH and GOVCS from the environment (the variables Go reads, with the user's
\`go env -w\` file when go is on PATH) and prints a diagnostic for every value Go rejects,
ignores, or that works but bites. The Go version is --go-version, else the go on PATH,
else the newest release's rules. Unless --no-repo, the go.mod files under the current
directory are cross-checked (private modules a public proxy would be asked for; patterns
that match nothing). Rules: docs/rules.md.

JSON: {"diagnostics":[{"rule","severity","variable","value","message","file","line"}]}

Exit: 0 no error (warnings and notices allowed); 1 an error; 2 bad usage.`,
  options: {
    format: { type: "string" },
    "go-version": { type: "string" },
    "no-repo": { type: "boolean" },
  },
  async run(values, _positionals, io) {
    const format = formatOption(values);
    const env = Object.fromEntries(
      Object.entries(io.env).filter((e): e is [string, string] => e[1] !== undefined),
    );
    const go =
      values["go-version"] === undefined
        ? await detectGo(env, io.cwd).catch(() => undefined)
        : undefined;
    const goVersion = go?.version ?? goVersionOption(values["go-version"]);
    const workspace = values["no-repo"]
      ? undefined
      : await scanWorkspace(io.cwd, io.cwd, env.GOWORK);
    const diagnostics = staticChecks({
      env,
      goVersion,
      ...(go?.userEnv ? { userEnvFile: go.userEnv } : {}),
      ...(workspace ? { workspace } : {}),
    });
    io.stdout.write(
      format === "json"
        ? JSON.stringify({ diagnostics }, null, 2) + "\n"
        : renderDiagnosticsText(diagnostics),
    );
    return diagnostics.some((d) => d.severity === "error") ? EXIT.findings : EXIT.ok;
  },
};

function renderDiagnosticsText(diags: Diagnostic[]): string {
  if (diags.length === 0) return "no findings\n";
  return (
    diags
      .map(
        (d) =>
          `${d.severity.padEnd(7)} ${d.variable} ${d.rule}${d.file ? ` (${d.file}${d.line ? `:${d.line}` : ""})` : ""}\n        ${d.message}`,
      )
      .join("\n") + "\n"
  );
}
