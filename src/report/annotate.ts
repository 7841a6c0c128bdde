// The report as annotations, most important first, fitted to GitHub's per-level limits.
import type { Failure, RunReport } from "./model.ts";
import { fitAnnotations, type Annotation } from "./annotations.ts";
import { groupFallbacks } from "./summary.ts";
import { superseded } from "./verdict.ts";

export function reportAnnotations(report: RunReport): Annotation[] {
  const out: Annotation[] = [];
  const d = report.download;
  for (const group of groupFailures(d?.failures ?? [])) {
    const [f] = group;
    const tried = f!.tried.map((t) => `  ${t.origin}: ${t.reason ?? "served"}`).join("\n");
    const explained = f!.explanation
      ? `\n${f!.explanation.cause}\nFix: ${f!.explanation.fix} (rule ${f!.explanation.rule})`
      : "";
    const names = group.map((x) => `${x.module}${x.version ? `@${x.version}` : ""}`);
    const others =
      group.length > 1
        ? `\nThe same happened to: ${names.slice(1, 30).join(", ")}${names.length > 30 ? ` and ${names.length - 30} more` : ""}`
        : "";
    out.push({
      level: "error",
      title:
        group.length === 1
          ? `${names[0]} failed to download`
          : `${group.length} modules failed to download`,
      message: `${f!.error}${tried ? `\nTried:\n${tried}` : ""}${explained}${others}`,
      ...at(group.find((x) => x.file) ?? {}),
    });
  }
  const denied = d?.direct.filter((m) => !m.allowed) ?? [];
  if (report.strict && denied.length && !report.strictIgnore?.includes("download-direct")) {
    out.push({
      level: "error",
      title: `strict: download-direct: ${denied.length} module${denied.length === 1 ? "" : "s"} fetched directly`,
      message:
        'These modules were fetched from their VCS (direct), not a proxy. Mirror them in the proxy, list them in `allow-direct`, or add "download-direct" to `strict-ignore`:\n' +
        denied.map((m) => `  ${m.module}@${m.version}`).join("\n"),
      ...at(denied.find((m) => m.file) ?? {}),
    });
  }
  for (const level of ["error", "warning", "notice"] as const) {
    // Probe notices are facts ("answered 200 OK"): the summary has them; annotations are for what needs a look.
    for (const diag of report.diagnostics.filter(
      (x) => x.severity === level && !(level === "notice" && x.rule.startsWith("probe-")),
    )) {
      out.push({
        level: level === "error" && superseded(diag.rule, report) ? "warning" : level,
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

/** Failures with one cause (the explainer's rule and the origins tried) make one annotation. */
function groupFailures(failures: Failure[]): Failure[][] {
  const groups = new Map<string, Failure[]>();
  for (const f of failures) {
    const key = `${f.explanation?.rule ?? f.error}\u0000${f.tried.map((t) => t.origin).join(",")}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

function at(x: { file?: string; line?: number }): { file?: string; line?: number } {
  return x.file ? { file: x.file, ...(x.line ? { line: x.line } : {}) } : {};
}
