// The report as annotations, most important first, fitted to GitHub's per-level limits.
import type { RunReport } from "./model.ts";
import { fitAnnotations, type Annotation } from "./annotations.ts";
import { groupFallbacks } from "./summary.ts";

export function reportAnnotations(report: RunReport): Annotation[] {
  const out: Annotation[] = [];
  const d = report.download;
  for (const f of d?.failures ?? []) {
    const tried = f.tried.map((t) => `  ${t.origin}: ${t.reason ?? "served"}`).join("\n");
    const explained = f.explanation
      ? `\n${f.explanation.cause}\nFix: ${f.explanation.fix} (rule ${f.explanation.rule})`
      : "";
    out.push({
      level: "error",
      title: `${f.module}@${f.version} failed to download`,
      message: `${f.error}${tried ? `\nTried:\n${tried}` : ""}${explained}`,
      ...at(f),
    });
  }
  const denied = d?.direct.filter((m) => !m.allowed) ?? [];
  if (report.strict && denied.length) {
    out.push({
      level: "error",
      title: `strict: ${denied.length} module${denied.length === 1 ? "" : "s"} fetched directly`,
      message:
        "These modules were fetched from their VCS (direct), not a proxy. Mirror them in the proxy, or list them in `allow-direct`:\n" +
        denied.map((m) => `  ${m.module}@${m.version}`).join("\n"),
      ...at(denied.find((m) => m.file) ?? {}),
    });
  }
  for (const level of ["error", "warning", "notice"] as const) {
    for (const diag of report.diagnostics.filter((x) => x.severity === level)) {
      out.push({
        level,
        title: `${diag.variable}: ${diag.rule}`,
        message: diag.message,
        ...at(diag),
      });
    }
  }
  for (const g of groupFallbacks(d?.ledger.fallbacks ?? [])) {
    const modules = [...new Set(g.events.map((e) => e.module))];
    const where = modules.map((m) => d?.requiredAt[m]).find((x) => x !== undefined);
    out.push({
      level: "warning",
      title: `Fallback ${g.from} → ${g.to}: ${g.reason}`,
      message:
        `${g.events.length} module file${g.events.length === 1 ? "" : "s"} of ${modules.length} module${modules.length === 1 ? "" : "s"} fell through: ` +
        modules.slice(0, 15).join(", ") +
        (modules.length > 15 ? ` and ${modules.length - 15} more` : ""),
      ...(where ?? {}),
    });
  }
  return fitAnnotations(out);
}

function at(x: { file?: string; line?: number }): { file?: string; line?: number } {
  return x.file ? { file: x.file, ...(x.line ? { line: x.line } : {}) } : {};
}
