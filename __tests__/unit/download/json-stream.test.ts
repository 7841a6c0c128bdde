import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createDownloadJsonDecoder,
  decodeDownloadJson,
} from "../../../src/download/json-stream.ts";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "testdata");

test("decodes every captured -json stdout, as JSON.parse of each object would", () => {
  const files = readdirSync(DATA).filter((f) => f.endsWith(".json") && !f.endsWith(".expect.json"));
  assert.ok(files.length > 10);
  for (const f of files) {
    const text = readFileSync(join(DATA, f), "utf8");
    const { modules, problems } = decodeDownloadJson(text);
    assert.deepEqual(problems, [], f);
    const reference = text
      .split(/^}\n?/m)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => JSON.parse(`${s}}`) as unknown);
    assert.deepEqual(modules, reference, f);
  }
});

test("keeps multi-line errors, Query and Origin", () => {
  const text = readFileSync(join(DATA, "sumdb-proxy-go1.26.json"), "utf8");
  const { modules } = decodeDownloadJson(text);
  assert.match(modules[0]!.Error!, /404 Not Found\n\tserver response: not found/);
  const q = decodeDownloadJson(readFileSync(join(DATA, "query-go1.26.json"), "utf8")).modules;
  assert.deepEqual(
    q.map((m) => [m.Path, m.Version, m.Query]),
    [
      ["github.com/goproxy-fixture/alpha", "v1.1.0", "latest"],
      ["github.com/goproxy-fixture/beta", "v1.0.0", "v1"],
    ],
  );
  const o = decodeDownloadJson(readFileSync(join(DATA, "direct-only-go1.26.json"), "utf8")).modules;
  assert.equal(o[0]!.Origin?.VCS, "git");
});

test("any chunking gives the same objects", () => {
  const text = readFileSync(join(DATA, "proxy-ok-go1.26.json"), "utf8");
  const whole = decodeDownloadJson(text);
  for (const size of [1, 3, 17, 256]) {
    const d = createDownloadJsonDecoder();
    const streamed = [];
    for (let i = 0; i < text.length; i += size) streamed.push(...d.write(text.slice(i, i + size)));
    const end = d.end();
    assert.deepEqual(streamed, whole.modules);
    assert.deepEqual(end, whole);
  }
});

test("braces and quotes inside strings do not confuse the splitter", () => {
  const text =
    '{\n\t"Path": "a.b/c",\n\t"Version": "v1.0.0",\n\t"Error": "bad } { \\" \\\\ thing"\n}\n{\n\t"Path": "d.e/f",\n\t"Version": "v2.0.0"\n}\n';
  const { modules, problems } = decodeDownloadJson(text);
  assert.deepEqual(problems, []);
  assert.equal(modules.length, 2);
  assert.equal(modules[0]!.Error, 'bad } { " \\ thing');
});

test("truncated, garbage and non-module input is reported, never thrown, and later objects survive", () => {
  const good = '{\n\t"Path": "ok.com/x",\n\t"Version": "v1.0.0"\n}\n';
  const text = `go: warning\n${good}{\n\t"Path": "cut.com/y",\n\t"Vers${"\n"}${good}[1,2]\n{"Path": 3}\n{\n\t"Path": "end.com/z"`;
  const { modules, problems } = decodeDownloadJson(text);
  assert.deepEqual(
    modules.map((m) => m.Path),
    ["ok.com/x", "ok.com/x"],
  );
  assert.deepEqual(
    problems.map((p) => p.kind),
    ["garbage", "truncated", "garbage", "not-a-module", "truncated"],
  );
  assert.match(problems[1]!.excerpt, /cut\.com/);
  assert.equal(problems[0]!.offset, 0);
});

test("empty and whitespace-only input", () => {
  assert.deepEqual(decodeDownloadJson(""), { modules: [], problems: [] });
  assert.deepEqual(decodeDownloadJson("\n\n  \n"), { modules: [], problems: [] });
});
