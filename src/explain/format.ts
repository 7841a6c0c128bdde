// The CLI's text format for findings: one block per finding. Pure.
import type { Finding } from "./types.ts";

export function renderFindingsText(findings: readonly Finding[]): string {
  if (findings.length === 0) return "No known failure found in the text.\n";
  return findings
    .map((f, i) => {
      const subject = f.module ? (f.version ? `${f.module}@${f.version}` : f.module) : undefined;
      const lines = [
        `${i + 1}. [${f.category}] ${f.rule}${subject ? ` — ${subject}` : ""}`,
        ...(f.origin ? [`   origin: ${f.origin}`] : []),
        `   cause:  ${f.cause}`,
        `   fix:    ${f.fix}`,
      ];
      return lines.join("\n");
    })
    .join("\n\n")
    .concat("\n");
}
