// report.json written piece by piece: byte for byte what JSON.stringify(value, null, 2) writes.
import { afterAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeJsonFile } from "../../../src/report/json-file.ts";

const dir = await mkdtemp(join(tmpdir(), "json-file-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function written(value: unknown): Promise<string> {
  const file = join(dir, "out.json");
  await writeJsonFile(file, value);
  return readFile(file, "utf8");
}

const expected = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

test.each([
  ["empty object", {}],
  ["empty array", []],
  ["scalars", { a: 1, b: "x", c: true, d: null, e: -0.5 }],
  ["nested, with empty members", { a: { b: { c: [] }, d: {} }, e: [[], {}, [1, [2, { f: 3 }]]] }],
  ["undefined members dropped, undefined items null", { a: undefined, b: [undefined, () => 1] }],
  ["functions and symbols dropped", { f: () => 1, s: Symbol("x"), k: 1 }],
  ["strings that need escapes", { 'we"ird\nkey': "tab\there \u2028 \u0000 é 😀 \\" }],
  ["toJSON on a member and an item", { t: new Date(0), list: [new Date(1)] }],
  ["a top-level array of objects", [{ a: 1 }, { b: [1, 2] }]],
])("%s", async (_name, value) => {
  assert.equal(await written(value), expected(value));
});

test("a report-sized value crosses many flushes and still matches", async () => {
  const modules = Array.from({ length: 5000 }, (_, i) => ({
    path: `example.com/m${i}`,
    version: `v1.${i}.0`,
    origin: i % 7 ? "https://proxy.example" : "direct",
    files: { info: "local", mod: null, zip: i % 3 ? "https://proxy.example" : null },
  }));
  const report = { schema: 3, download: { ledger: { modules, problems: [] } }, failedBecause: [] };
  const text = await written(report);
  assert.ok(text.length > 1 << 20);
  assert.equal(text, expected(report));
});
