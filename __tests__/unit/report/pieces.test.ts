import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { fitAnnotations, type Annotation } from "../../../src/report/annotations.ts";
import { bar, capRows, cell, fitBytes } from "../../../src/report/markdown.ts";

const warn = (i: number): Annotation => ({ level: "warning", title: `w${i}`, message: `m${i}` });

test("annotations: at most 10 per level; the 10th names every one cut", () => {
  const items = [
    ...Array.from({ length: 25 }, (_, i) => warn(i)),
    { level: "error" as const, title: "e", message: "x" },
  ];
  const fit = fitAnnotations(items);
  const warnings = fit.filter((a) => a.level === "warning");
  assert.equal(warnings.length, 10);
  assert.deepEqual(
    warnings.slice(0, 9).map((a) => a.title),
    ["w0", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"],
  );
  assert.equal(warnings[9]!.title, "16 more warnings");
  for (let i = 9; i < 25; i++) assert.match(warnings[9]!.message, new RegExp(`- w${i}\\b`));
  assert.equal(fit.filter((a) => a.level === "error").length, 1);
  assert.equal(fitAnnotations(items.slice(0, 10)).length, 10, "exactly the limit passes untouched");
});

test("cells cannot break a table or inject HTML", () => {
  assert.equal(cell("a|b\nc<script>"), "a\\|b<br>c&lt;script&gt;");
});

test("bars and caps", () => {
  assert.equal(bar(0.8), "████████░░ 80%");
  assert.equal(bar(0.001), "░░░░░░░░░░ <1%");
  assert.equal(bar(Number.NaN), "░░░░░░░░░░ –");
  assert.deepEqual(
    capRows([1, 2, 3, 4], 2, (n) => -n),
    [1, 2, -2],
  );
});

test("fitBytes keeps markdown under the budget at a line boundary and closes open details", () => {
  const md = "<details><summary>x</summary>\n\n" + "row ✓ line\n".repeat(50_000) + "</details>";
  const fit = fitBytes(md, 100_000);
  assert.ok(Buffer.byteLength(fit) <= 100_000);
  assert.match(fit, /<\/details>\n\n> ✂️ The summary was cut/);
  assert.equal(fitBytes("small"), "small");
});
