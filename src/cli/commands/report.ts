import { readInput, EXIT, formatOption, type Command } from "../command.ts";
import { renderSummary } from "../../report/summary.ts";
import { renderJunit } from "../../report/junit.ts";
import { REPORT_SCHEMA, type RunReport } from "../../report/model.ts";

export const report: Command = {
  name: "report",
  summary: "Render a JSON report (the action's, or download --report) as Markdown, JSON or JUnit",
  usage: `setup-goproxy report [--format markdown|json|junit] [FILE]

Reads a JSON report (schema docs/report-schema.md) from FILE or stdin: the action's
\`report\` output, or \`setup-goproxy download --report FILE\`. Markdown is the job summary
as GitHub shows it; JUnit XML gives GitLab and Jenkins one test case per module and per
setting finding.

Exit: 0 printed and the report passed; 1 the report records a failure; 2 bad usage or a
file that is not a report.`,
  options: { format: { type: "string" } },
  async run(values, positionals, io) {
    const format = formatOption(values, ["markdown", "json", "junit"]);
    const parsed = JSON.parse(await readInput(positionals[0], io)) as RunReport;
    if (parsed.schema !== REPORT_SCHEMA) {
      io.stderr.write(`setup-goproxy report: not a ${REPORT_SCHEMA} report\n`);
      return EXIT.usage;
    }
    const out = {
      markdown: renderSummary,
      json: (r: RunReport) => JSON.stringify(r, null, 2) + "\n",
      junit: renderJunit,
    }[format as "markdown" | "json" | "junit"](parsed);
    io.stdout.write(out);
    return parsed.failedBecause.length ? EXIT.findings : EXIT.ok;
  },
};
