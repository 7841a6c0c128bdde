// Writes docs/rules.md from every rule catalogue: the settings checks (src/check/rules.ts), the
// live checks (src/probe/rules.ts), private access (src/credentials/rules.ts), toolchains
// (src/toolchain/rules.ts) and the failure explanations (src/explain/catalogue.ts).
// Run: npx node scripts/gen-rules-doc.ts   (a unit test fails when the file is stale)
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Severity } from "../src/core/diagnostic.ts";
import { type Rule } from "../src/core/rule.ts";
import { RULES } from "../src/check/rules.ts";
import { CACHE_RULES } from "../src/cache/rules.ts";
import { CREDENTIALS_RULES } from "../src/credentials/rules.ts";
import { DOWNLOAD_RULES } from "../src/download/rules.ts";
import { EXPLAIN_RULES, type ExplainRule } from "../src/explain/catalogue.ts";
import { CATEGORIES } from "../src/explain/types.ts";
import { PROBE_RULES } from "../src/probe/rules.ts";
import { TOOLCHAIN_RULES } from "../src/toolchain/rules.ts";

type DocRule = Rule & { alsoSeverity?: Severity };

interface Section {
  title: string;
  source: string;
  intro: string[];
  rules: readonly DocRule[];
}

/** The sections with a severity, in the order a run meets them. */
export const SECTIONS: readonly Section[] = [
  {
    title: "Settings checks",
    source: "src/check/rules.ts",
    intro: [
      "Static checks of the Go settings with Go's own rules (`setup-goproxy check`, and the action",
      "with `check: static` or `live`). No network. An error here stops the action before the",
      "live checks and the download.",
    ],
    rules: RULES,
  },
  {
    title: "Live checks",
    source: "src/probe/rules.ts",
    intro: [
      "With `check: live` (the default) every GOPROXY entry and the checksum database are asked",
      "for what the download needs, the way the go command asks (egress proxy, trusted roots,",
      ".netrc/GOAUTH), under one timeout (`probe-timeout`). Most findings are predictions: when",
      "the download runs, its outcome decides and the finding stays as evidence. The checksum",
      "database proofs (`probe-sumdb-wrong-key`, `probe-sumdb-bad-signature`,",
      "`probe-sumdb-malformed`, `probe-sumdb-key-invalid`) are facts: they block the download.",
      "A rule shown as `error / warning` takes the severity its entry describes.",
    ],
    rules: PROBE_RULES,
  },
  {
    title: "Private access",
    source: "src/credentials/rules.ts",
    intro: [
      "Findings about the `credentials` input: the private .netrc (NETRC) and git credential",
      "helper it sets up, and how GOAUTH and the Go version use them.",
    ],
    rules: CREDENTIALS_RULES,
  },
  {
    title: "Toolchains",
    source: "src/toolchain/rules.ts",
    intro: [
      "Findings about Go toolchains fetched through the proxy as the module `golang.org/toolchain`:",
      "the Go the `go-version` input installs, and the toolchain a go.mod will make Go switch to",
      "(GOTOOLCHAIN=auto), both verified by the checksum database.",
    ],
    rules: TOOLCHAIN_RULES,
  },
  {
    title: "Download outcomes",
    source: "src/download/rules.ts",
    intro: ["What the pre-warm actually did, judged after it ran: no setting predicts these."],
    rules: DOWNLOAD_RULES,
  },
  {
    title: "Module cache",
    source: "src/cache/rules.ts",
    intro: [
      "Findings about the restored module cache: every restored module zip, go.mod and extracted",
      "tree is checked against go.sum before any go command runs.",
    ],
    rules: CACHE_RULES,
  },
];

const EXPLAIN_TITLE = "Failure explanations";

export const ALL_RULE_IDS: readonly string[] = [
  ...SECTIONS.flatMap((s) => s.rules.map((r) => r.id)),
  ...EXPLAIN_RULES.map((r) => r.id),
];

function anchor(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .replace(/ /g, "-");
}

function variablesOf(r: DocRule): string {
  return r.variables.join(", ") || "—";
}

function severityOf(r: DocRule): string {
  return r.alsoSeverity ? `${r.severity} / ${r.alsoSeverity}` : r.severity;
}

/** What `strict: true` does with the rule's findings. */
function strictOf(r: DocRule): string {
  if (r.severity === "error" && !r.alsoSeverity) return "always fails";
  if (r.severity === "notice") return "never fails";
  return r.strict ? "fails" : "advice";
}

/** Table cells: `|` would end the cell. */
function cell(s: string): string {
  return s.replace(/\|/g, "\\|");
}

function renderSection(s: Section): string[] {
  const lines = [
    `# ${s.title}`,
    "",
    `<!-- From ${s.source}. -->`,
    "",
    ...s.intro,
    "",
    "| id | severity | strict | variables | title |",
    "| --- | --- | --- | --- | --- |",
    ...s.rules.map(
      (r) =>
        `| [\`${r.id}\`](#${r.id}) | ${severityOf(r)} | ${strictOf(r)} | ${variablesOf(r)} | ${cell(r.title)} |`,
    ),
    "",
  ];
  for (const r of s.rules) {
    lines.push(
      `## ${r.id}`,
      "",
      [`**${severityOf(r)}**`, `strict: ${strictOf(r)}`, r.variables.join(", "), r.title]
        .filter(Boolean)
        .join(" · "),
      "",
      r.doc,
      "",
    );
  }
  return lines;
}

function renderExplain(rules: readonly ExplainRule[]): string[] {
  const byCategory = CATEGORIES.map((c) => ({
    category: c,
    rules: rules.filter((r) => r.category === c),
  })).filter((g) => g.rules.length > 0);
  const lines = [
    `# ${EXPLAIN_TITLE}`,
    "",
    "<!-- From src/explain/catalogue.ts. -->",
    "",
    "When a download fails, the explainer matches Go's error text and names one of these",
    "findings, with the cause and the fix. They have no severity: the failure already happened.",
    "",
    "| id | category | title |",
    "| --- | --- | --- |",
    ...byCategory.flatMap((g) =>
      g.rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${g.category} | ${cell(r.title)} |`),
    ),
    "",
  ];
  for (const g of byCategory) {
    lines.push(`## Category: ${g.category}`, "");
    for (const r of g.rules) {
      lines.push(`## ${r.id}`, "", `**${r.category}** · ${r.title}`, "", r.doc, "");
    }
  }
  return lines;
}

export function renderRulesDoc(): string {
  const lines: string[] = [
    "# Rules: troubleshooting by rule id",
    "",
    "<!-- Generated by scripts/gen-rules-doc.ts from the rule catalogues. Do not edit. -->",
    "",
    "Every finding of setup-goproxy names one of these rules; search this page for its id.",
    "Severity: `error` when Go rejects the value, the download will fail or a setting silently",
    "does nothing; `warning` when it works but bites; `notice` for information and advice.",
    "",
    "Strict (`strict: true`): errors always fail the step; a warning fails it when its rule says",
    "`fails` (what went wrong or will go wrong: values Go ignores, checksum verification off, a",
    "direct fetch, an unreachable proxy or checksum database) and never when it says `advice`.",
    "A live check's prediction gives way to the download's outcome once the download ran. List",
    "rule ids in `strict-ignore` to silence them; `fail-on-fallback: true` fails on an actual",
    "fallback (`download-fallback`).",
    "",
    ...[...SECTIONS.map((s) => s.title), EXPLAIN_TITLE].map(
      (t, i) =>
        `- [${t}](#${anchor(t)}) (${i < SECTIONS.length ? SECTIONS[i]!.rules.length : EXPLAIN_RULES.length} rules)`,
    ),
    "",
  ];
  for (const s of SECTIONS) lines.push(...renderSection(s));
  lines.push(...renderExplain(EXPLAIN_RULES));
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = fileURLToPath(new URL("../docs/rules.md", import.meta.url));
  writeFileSync(out, renderRulesDoc());
  process.stdout.write(`wrote ${out}\n`);
}
