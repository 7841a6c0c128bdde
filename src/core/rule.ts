// A catalogue entry: every catalogue of the project (settings checks, probes, toolchains,
// credentials, caches, downloads) is a list of these, and docs/rules.md is generated from them.
import type { Severity } from "./diagnostic.ts";

export interface Rule<Id extends string = string> {
  /** Stable kebab-case id, used in diagnostics, JSON output, strict-ignore and docs anchors. */
  id: Id;
  severity: Severity;
  /** The variables or inputs the rule looks at. */
  variables: string[];
  title: string;
  /** One paragraph: why it matters, what Go does, how to fix it. */
  doc: string;
  /**
   * Whether `strict: true` fails the step on it: what went wrong or will go wrong. Errors
   * always fail; notices and advice ("this could bite later") never do.
   */
  strict: boolean;
}

/** One catalogue entry; the id keeps its literal type so a catalogue can type its ids. */
export const defineRule = <const Id extends string>(
  id: Id,
  severity: Severity,
  variables: string[],
  title: string,
  doc: string,
): Rule<Id> => ({ id, severity, variables, title, doc, strict: severity !== "notice" });

/** Marks a catalogue entry as advice: reported with its severity, never a strict failure. */
export const advice = <R extends Rule>(rule: R): R => ({ ...rule, strict: false });

/** The ids of a catalogue, as a type: `RuleId<typeof RULES>`. */
export type RuleId<Catalogue extends readonly Rule[]> = Catalogue[number]["id"];
