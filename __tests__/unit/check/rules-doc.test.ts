import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ALL_RULE_IDS, SECTIONS, renderRulesDoc } from "../../../scripts/gen-rules-doc.ts";
import { EXPLAIN_RULES } from "../../../src/explain/catalogue.ts";

test("docs/rules.md is generated from the catalogues (run: npx node scripts/gen-rules-doc.ts)", () => {
  const onDisk = readFileSync(new URL("../../../docs/rules.md", import.meta.url), "utf8");
  assert.equal(onDisk, renderRulesDoc());
});

test("rule ids are unique across every catalogue, kebab-case, with a title and a doc paragraph", () => {
  assert.equal(new Set(ALL_RULE_IDS).size, ALL_RULE_IDS.length, "an id is in two catalogues");
  const all = [...SECTIONS.flatMap((s) => s.rules), ...EXPLAIN_RULES];
  assert.equal(all.length, ALL_RULE_IDS.length);
  for (const r of all) {
    assert.match(r.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(r.title.length > 5 && r.doc.length > 40, r.id);
    assert.ok(!r.doc.includes("\n"), `${r.id}: the doc is one paragraph`);
  }
});

test("every rule has exactly one `## <id>` anchor, and every #link in the document resolves", () => {
  const doc = renderRulesDoc();
  const headings = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
  for (const id of ALL_RULE_IDS)
    assert.equal(headings.filter((h) => h === id).length, 1, `## ${id}`);
  const anchors = new Set([
    ...headings.map((h) =>
      h
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, "")
        .replace(/ /g, "-"),
    ),
    ...[...doc.matchAll(/^# (.+)$/gm)].map((m) =>
      m[1]!
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, "")
        .replace(/ /g, "-"),
    ),
  ]);
  for (const [, target] of doc.matchAll(/\]\(#([^)]+)\)/g))
    assert.ok(anchors.has(target!), `link to #${target} has no heading`);
});
