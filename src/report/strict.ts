// Strict mode's judgement: which findings fail the step, from the `strict` field of each rule
// in the catalogues, minus the ids a team silenced with `strict-ignore`.
import type { Diagnostic } from "../core/diagnostic.ts";
import { type Rule } from "../core/rule.ts";
import { RULES } from "../check/rules.ts";
import { CREDENTIALS_RULES } from "../credentials/rules.ts";
import { DOWNLOAD_RULES } from "../download/rules.ts";
import { EXPLAIN_RULES } from "../explain/catalogue.ts";
import { PROBE_RULES } from "../probe/rules.ts";
import { TOOLCHAIN_RULES } from "../toolchain/rules.ts";

const CATALOGUE: ReadonlyMap<string, Rule> = new Map(
  [...RULES, ...PROBE_RULES, ...CREDENTIALS_RULES, ...TOOLCHAIN_RULES, ...DOWNLOAD_RULES].map(
    (r) => [r.id, r],
  ),
);
const EXPLAIN_IDS: ReadonlySet<string> = new Set(EXPLAIN_RULES.map((r) => r.id));

export interface StrictIgnore {
  /** Rule ids whose warnings and notices are dropped and never fail the step. */
  ids: string[];
  /** One per id that silences nothing: unknown, or a rule whose findings always fail. */
  warnings: string[];
}

/** The `strict-ignore` input: rule ids separated by commas or new lines. */
export function parseStrictIgnore(text: string): StrictIgnore {
  const ids: string[] = [];
  const warnings: string[] = [];
  for (const id of new Set(text.split(/[,\n]/).map((s) => s.trim()))) {
    if (!id) continue;
    const rule = CATALOGUE.get(id);
    if (rule && (rule.severity !== "error" || "alsoSeverity" in rule)) ids.push(id);
    else if (rule || EXPLAIN_IDS.has(id))
      warnings.push(
        `strict-ignore names "${id}", which is always an error (Go rejects the setting, or the download fails): it fails the step with or without strict and cannot be silenced. Fix what the finding names instead, and remove "${id}" from strict-ignore.`,
      );
    else
      warnings.push(
        `strict-ignore names "${id}", which is no rule id of setup-goproxy, so it silences nothing. Use the id a finding names in its title (all ids: docs/rules.md), e.g. "goproxy-entries-after-terminal".`,
      );
  }
  return { ids, warnings };
}

/** The findings that remain once the silenced ids are dropped (errors are never dropped). */
export function withoutSilenced(
  diagnostics: Diagnostic[],
  ignore: readonly string[],
): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === "error" || !ignore.includes(d.rule));
}

/** Whether strict mode fails on a warning of this rule; ids outside the catalogues do. */
export function strictFailsOn(ruleId: string): boolean {
  return CATALOGUE.get(ruleId)?.strict ?? true;
}

/** How a strict failure of a rule tells the reader to allow it. */
export function allowHint(ruleId: string): string {
  return `To allow it, add "${ruleId}" to strict-ignore (docs/rules.md#${ruleId}).`;
}
