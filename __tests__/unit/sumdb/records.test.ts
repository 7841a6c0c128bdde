// Record and tree-note texts (x/mod tlog/note_test.go vectors), go.sum lines, path escaping.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import {
  escapeModulePath,
  formatRecord,
  formatSumLine,
  formatTree,
  lookupPath,
  moduleRecordText,
  parseLookup,
  parseRecord,
  parseSumLines,
  parseTree,
  unescapeModulePath,
  unescapeModuleVersion,
} from "../../../src/sumdb/records.ts";
import { recordHash } from "../../../src/sumdb/tlog.ts";

const TREE = "go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n";

test("formatTree and parseTree (x/mod TestFormatTree, TestParseTree)", () => {
  const hash = recordHash("hello world");
  assert.equal(formatTree({ n: 123456789012, hash }), TREE);
  assert.deepEqual(parseTree(TREE), { n: 123456789012, hash });
  for (const bad of [
    `not-${TREE}`,
    "go.sum database tree\n0xabcdef\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
    "go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBTOOBIG=\n",
    "go.sum database tree\n0123\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
    "go.sum database tree\n-1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
    "go.sum database tree\n12\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=",
  ]) {
    assert.throws(() => parseTree(bad), /^SumdbError: malformed tree note$/, bad);
  }
  for (const good of [`${TREE}JOE`, `${TREE}JOE\n`, TREE + "JOE\n".repeat(1000)]) {
    assert.deepEqual(parseTree(good), { n: 123456789012, hash });
  }
});

test("formatRecord and parseRecord (x/mod TestFormatRecord, TestParseRecord)", () => {
  assert.equal(formatRecord(123456789012, "hello, world\n"), "123456789012\nhello, world\n\n");
  for (const bad of ["", "hello\nworld", "hello\n\nworld\n", "hello\x01world\n"]) {
    assert.throws(() => formatRecord(1, bad), /malformed record data/, JSON.stringify(bad));
  }
  const junk = Buffer.concat([
    Buffer.from("123456789012\nhello, world\n\njunk on end\x01"),
    Buffer.of(0xff),
  ]);
  const r = parseRecord(junk);
  assert.equal(r.id, 123456789012);
  assert.equal(r.text, "hello, world\n");
  assert.deepEqual(
    Buffer.from(r.rest),
    Buffer.concat([Buffer.from("junk on end\x01"), Buffer.of(0xff)]),
  );
  assert.equal(parseRecord("123456789012\nhello, world\n\n").rest.length, 0);
  const bads: (string | Buffer)[] = [
    "not-123456789012\nhello, world\n\n",
    "123\nhello\x01world\n\n",
    Buffer.concat([Buffer.from("123\nhello"), Buffer.of(0xff), Buffer.from("world\n\n")]),
    "123\nhello world\n",
    "0x123\nhello world\n\n",
  ];
  for (const bad of bads) assert.throws(() => parseRecord(bad), /malformed record data/);
});

test("module records, go.sum lines and lookup responses", () => {
  const text = moduleRecordText("example.com/M", "v1.2.3", "h1:zip=", "h1:mod=");
  assert.equal(text, "example.com/M v1.2.3 h1:zip=\nexample.com/M v1.2.3/go.mod h1:mod=\n");
  const lines = parseSumLines(text);
  assert.deepEqual(lines, [
    { path: "example.com/M", version: "v1.2.3", goMod: false, hash: "h1:zip=" },
    { path: "example.com/M", version: "v1.2.3", goMod: true, hash: "h1:mod=" },
  ]);
  assert.equal(lines.map(formatSumLine).join("\n") + "\n", text);
  const body = `${formatRecord(7, text)}${TREE}\n— x sig\n`;
  const lookup = parseLookup(body);
  assert.equal(lookup.id, 7);
  assert.equal(lookup.text, text);
  assert.equal(Buffer.from(lookup.signedTree).toString(), `${TREE}\n— x sig\n`);
});

test("module path and version escaping, as in proxy and lookup URLs", () => {
  assert.equal(escapeModulePath("github.com/Azure/azure-sdk"), "github.com/!azure/azure-sdk");
  assert.equal(unescapeModulePath("github.com/!azure/azure-sdk"), "github.com/Azure/azure-sdk");
  assert.equal(
    lookupPath("example.com/Upper", "v1.0.0-RC1"),
    "lookup/example.com/!upper@v1.0.0-!r!c1",
  );
  assert.equal(lookupPath("example.com/m", "v1.0.0/go.mod"), "lookup/example.com/m@v1.0.0");
  assert.equal(unescapeModuleVersion("v1.0.0-!r!c1"), "v1.0.0-RC1");
  for (const bad of ["example.com/Upper", "a!", "a!1", "é"]) {
    assert.throws(() => unescapeModulePath(bad), /invalid escaped module path/, bad);
  }
  assert.throws(() => escapeModulePath("a!b"), /invalid escaped path element/);
});
