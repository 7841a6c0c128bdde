import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { renderRulesDoc } from "../../../scripts/gen-rules-doc.ts";
import { RULES } from "../../../src/check/rules.ts";

test("docs/rules.md is generated from the catalogue (run: npx node scripts/gen-rules-doc.ts)", () => {
  const onDisk = readFileSync(new URL("../../../docs/rules.md", import.meta.url), "utf8");
  assert.equal(onDisk, renderRulesDoc());
});

test("rule ids are unique kebab-case with a title and a doc paragraph", () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const r of RULES) {
    assert.match(r.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(r.title.length > 5 && r.doc.length > 40, r.id);
  }
});
