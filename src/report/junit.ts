// The report as JUnit XML, which GitLab, Jenkins and most CI systems show: one test case
// per module (failed modules fail) and per setting finding (errors fail).
import type { RunReport } from "./model.ts";

const xml = (s: string) =>
  s
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

export function renderJunit(report: RunReport): string {
  const cases: string[] = [];
  const failed = new Map(
    (report.download?.failures ?? []).map((f) => [`${f.module}@${f.version}`, f]),
  );
  for (const m of report.download?.ledger.modules ?? []) {
    const f = failed.get(`${m.path}@${m.version}`);
    const body = f
      ? `<failure message="${xml(f.explanation?.cause ?? f.error.split("\n")[0]!)}">${xml(
          [
            f.error,
            ...f.tried.map((t) => `tried ${t.origin}: ${t.reason ?? "served"}`),
            f.explanation ? `fix: ${f.explanation.fix}` : "",
          ].join("\n"),
        )}</failure>`
      : `<system-out>${xml(`served by ${m.origin ?? "nothing"}`)}</system-out>`;
    cases.push(
      `    <testcase classname="modules" name="${xml(`${m.path}@${m.version}`)}">${body}</testcase>`,
    );
  }
  for (const d of report.diagnostics) {
    const name = xml(`${d.variable}: ${d.rule}`);
    const body =
      d.severity === "error" || (report.strict && d.severity === "warning")
        ? `<failure message="${xml(d.message)}" type="${d.severity}"/>`
        : `<system-out>${xml(`${d.severity}: ${d.message}`)}</system-out>`;
    cases.push(`    <testcase classname="settings" name="${name}">${body}</testcase>`);
  }
  const failures = cases.filter((c) => c.includes("<failure")).length;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="setup-goproxy" tests="${cases.length}" failures="${failures}" errors="0" time="${(report.download?.seconds ?? 0).toFixed(3)}">\n` +
    cases.join("\n") +
    (cases.length ? "\n" : "") +
    "  </testsuite>\n</testsuites>\n"
  );
}
