import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { redactUrlsInText } from "../../../src/redact/redact.ts";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { stripCiPrefix } from "../../../src/download/ci-prefix.ts";
import { createTraceParser, parseTrace } from "../../../src/download/trace.ts";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "testdata");
const read = (f: string) => readFileSync(join(DATA, f), "utf8");

test("pairs each result with the oldest open request of the same URL", () => {
  const t = parseTrace(
    [
      "# get http://p/a/@v/v1.0.0.mod",
      "# get http://p/b/@v/v1.0.0.mod",
      "# get http://p/a/@v/v1.0.0.mod",
      "# get http://p/b/@v/v1.0.0.mod: 404 Not Found (0.001s)",
      "# get http://p/a/@v/v1.0.0.mod: 200 OK (0.002s)",
      "# get http://p/a/@v/v1.0.0.mod: 500 Internal Server Error (0.300s)",
    ].join("\n"),
  );
  assert.deepEqual(
    t.requests.map((r) => [r.url.slice(9), r.status, r.statusText, r.seconds, r.line]),
    [
      ["a/@v/v1.0.0.mod", 200, "200 OK", 0.002, 1],
      ["b/@v/v1.0.0.mod", 404, "404 Not Found", 0.001, 2],
      ["a/@v/v1.0.0.mod", 500, "500 Internal Server Error", 0.3, 3],
    ],
  );
  assert.deepEqual(t.problems, []);
});

test("transport errors and keywords are errors, not statuses", () => {
  const t = parseTrace(
    [
      "# get https://p/x/@v/list",
      '# get https://p/x/@v/list: Get "https://p/x/@v/list": dial tcp 127.0.0.1:1: connect: connection refused',
      "# get http://h/x?go-get=1",
      "# get http://h/x?go-get=1: insecure",
      "# get ftp://h/x",
      "# get ftp://h/x: unsupported",
      "# get http://u:xxxxx@h/x/@v/list",
      "# get http://u:xxxxx@h/x/@v/list: insecure credentials",
    ].join("\n"),
  );
  assert.deepEqual(
    t.requests.map((r) => [r.status, r.error]),
    [
      [null, 'Get "https://p/x/@v/list": dial tcp 127.0.0.1:1: connect: connection refused'],
      [null, "insecure"],
      [null, "unsupported"],
      [null, "insecure credentials"],
    ],
  );
});

test("an unfinished request and an orphan result are reported, not dropped", () => {
  const t = parseTrace("# get http://p/a/@v/list\n# get http://p/b/@v/list: 200 OK (0.001s)\n");
  assert.equal(t.requests.length, 2);
  assert.equal(t.requests[0]!.complete, false);
  assert.equal(t.requests[0]!.error, "no result in trace");
  assert.equal(t.requests[1]!.status, 200);
  assert.match(t.problems[0]!, /result without a start/);
});

test("streaming: any chunking gives the same result as the whole text", () => {
  const text = read("direct-git-go1.26.stderr");
  const whole = parseTrace(text);
  for (const size of [1, 7, 64, 1000]) {
    const p = createTraceParser();
    for (let i = 0; i < text.length; i += size) p.write(text.slice(i, i + size));
    assert.deepEqual(p.end(), whole, `chunks of ${size}`);
  }
  const p = createTraceParser();
  for (const line of text.split("\n")) p.push(line);
  assert.deepEqual(p.end().requests, whole.requests);
});

test("git commands of a direct fetch: paired with their timing, tied to the repository", () => {
  const t = parseTrace(read("direct-git-go1.26.stderr"));
  assert.ok(t.vcs.length >= 10);
  assert.ok(t.vcs.every((c) => c.tool === "git" && c.complete && c.seconds !== null));
  assert.ok(t.vcs.every((c) => c.repo === "https://github.com/goproxy-fixture/gamma"));
  assert.ok(
    t.vcs.some((c) => c.args.startsWith("-c core.autocrlf=input") && c.args.includes("archive")),
  );
  assert.deepEqual(
    [...new Set(t.repos.map((r) => r.url))],
    ["https://github.com/goproxy-fixture/gamma"],
  );
});

test("Go 1.13-1.18: the joined `# lock` line still yields the line it swallowed", () => {
  const t = parseTrace(read("synthetic-go1.16-lock.stderr"));
  const dir = "/home/runner/go/pkg/mod/cache/vcs/5c2a9e1f";
  assert.ok(t.repos.some((r) => r.dir === dir && r.url === "https://github.com/acme/tool"));
  assert.equal(t.vcs.length, 6);
  assert.ok(t.vcs.every((c) => c.complete && c.repo === "https://github.com/acme/tool"));
  const fetch = t.vcs.find((c) => c.args.startsWith("fetch"))!;
  assert.equal(fetch.seconds, 0.42);
  assert.deepEqual(
    t.requests.map((r) => r.status),
    [410, 410, 410],
  );
});

test("Go 1.13: unquoted URLs in errors and `%5Bredacted%5D` passwords", () => {
  const t = parseTrace(read("synthetic-go1.13.stderr"));
  assert.equal(t.requests.length, 4);
  const failed = t.requests[1]!;
  // Every password form (`xxxxx`, `***`, `%5Bredacted%5D`) comes out as `xxxxx`.
  assert.equal(failed.url, "https://u:xxxxx@mirror.corp/go/github.com/acme/lib/@v/v1.2.0.info");
  assert.match(failed.error!, /^Get https:\/\/u:xxxxx@mirror\.corp\/.*connection refused$/);
});

test("CI prefixes: timestamps, Jenkins, BuildKit, GitLab sections, colours, unknown prefixes", () => {
  const t = parseTrace(read("synthetic-ci-prefixes.stderr"));
  assert.deepEqual(
    t.requests.map((r) => [r.url, r.status ?? r.error]),
    [
      ["https://xxxxx@proxy.corp/golang.org/x/mod/@v/list", 200],
      [
        "https://user:xxxxx@proxy.corp/golang.org/x/mod/@v/v0.20.0.info",
        'Get "https://user:xxxxx@proxy.corp/golang.org/x/mod/@v/v0.20.0.info": tls: failed to verify certificate: x509: certificate signed by unknown authority',
      ],
      ["https://sum.golang.org/lookup/golang.org/x/mod@v0.20.0", 200],
      ["http://plain.corp/golang.org/x/mod/@v/v0.20.0.info", "insecure"],
      ["https://golang.org/x/mod?go-get=1", 200],
    ],
  );
  assert.doesNotMatch(JSON.stringify(t), /TOKEN123|\*\*\*/);
});

test("stripCiPrefix", () => {
  const cases: [string, string][] = [
    ["2026-11-22T04:05:06.1234567Z # get x", "# get x"],
    ["2026-11-22T04:05:06Z 0.004s # cd /d; git tag -l", "0.004s # cd /d; git tag -l"],
    ["[Pipeline] cd /d; git tag -l", "cd /d; git tag -l"],
    ["#7 12.345 mkdir -p /d # git3 https://h/r", "mkdir -p /d # git3 https://h/r"],
    ["section_end:1732248306:godl\r\x1b[0K", ""],
    ["# get http://p/x\r", "# get http://p/x"],
    ["0.004s # cd /d; git tag -l", "0.004s # cd /d; git tag -l"],
    ["app-1  | # get x", "# get x"],
    ["web_1    | mkdir -p /d # git3 https://h/r", "mkdir -p /d # git3 https://h/r"],
  ];
  for (const [input, want] of cases)
    assert.equal(stripCiPrefix(input), want, JSON.stringify(input));
});

test("go's error text in a trace keeps no password or lone token of any URL", () => {
  assert.equal(
    redactUrlsInText('Get "https://tok@h/p": x; https://u:pw@h2/q'),
    'Get "https://xxxxx@h/p": x; https://u:xxxxx@h2/q',
  );
  assert.equal(redactUrlsInText("no urls here"), "no urls here");
});

test("the untimed vcs-package form: `cd DIR` then `git ARGS`", () => {
  const t = parseTrace(
    "cd /tmp/x\ngit ls-remote https://tok@h.corp/repo\n# cd /tmp/x; git ls-remote https://h.corp/r2\n",
  );
  assert.equal(t.vcs.length, 2);
  assert.deepEqual(
    t.vcs.map((c) => [c.dir, c.args, c.repo, c.complete, c.failed]),
    [
      ["/tmp/x", "ls-remote https://xxxxx@h.corp/repo", "https://xxxxx@h.corp/repo", true, false],
      ["/tmp/x", "ls-remote https://h.corp/r2", "https://h.corp/r2", true, true],
    ],
  );
});

test("a status printed without its timing is a response; one cut inside its code waits for the rest", () => {
  const untimed = parseTrace(
    "# get https://p/m/@v/v1.0.0.mod\n# get https://p/m/@v/v1.0.0.mod: 404 Not Found\n",
  );
  assert.deepEqual(
    untimed.requests.map((r) => [r.status, r.statusText, r.error, r.seconds]),
    [[404, "404 Not Found", null, null]],
  );
  const cut = parseTrace(
    "# get https://p/m/@v/v1.0.0.mod\n# get https://p/m/@v/v1.0.0.mod: 2\n00 OK (0.035s)\n",
  );
  assert.deepEqual(
    cut.requests.map((r) => [r.status, r.error, r.seconds]),
    [[200, null, 0.035]],
  );
  assert.deepEqual(cut.problems, []);
  const ended = parseTrace("# get https://p/m/@v/v1.0.0.mod\n# get https://p/m/@v/v1.0.0.mod: 2\n");
  assert.deepEqual(
    ended.requests.map((r) => [r.status, r.error]),
    [[null, "2"]],
  );
});

test("Go 1.13's scheme-less failure line answers the https request it started", () => {
  const t = parseTrace(
    [
      "# get https://git.corp/group/mod?go-get=1",
      "}# get //git.corp/group/mod?go-get=1: Get https://git.corp/group/mod?go-get=1: dial tcp 10.0.0.1:443: connect: connection refused",
    ].join("\n"),
  );
  assert.deepEqual(t.problems, []);
  assert.equal(t.requests.length, 1);
  assert.equal(t.requests[0]!.url, "https://git.corp/group/mod?go-get=1");
  assert.match(t.requests[0]!.error ?? "", /connection refused$/);
});

test("a trace printed as one JSON string (an editor's tool-install report) is read line by line", () => {
  const t = parseTrace(
    [
      "{",
      ' "cmd": "/usr/local/go/bin/go get -x example.com/m@v1.0.0",',
      ' "stderr": "# get https://p.example/example.com/m/@v/v1.0.0.info\\ngo: finding example.com/m v1.0.0\\n# get https://p.example/example.com/m/@v/v1.0.0.info: 404 Not Found (0.101s)\\n"',
      "}",
    ].join("\n"),
  );
  assert.deepEqual(
    t.requests.map((r) => [r.url, r.status, r.seconds]),
    [["https://p.example/example.com/m/@v/v1.0.0.info", 404, 0.101]],
  );
  assert.deepEqual(t.problems, []);
});

test("trace lines pasted as shell comments (`# # get …`) are read; Go's own `# ` lines are not changed", () => {
  const t = parseTrace(
    [
      "go mod download -x",
      "# # get http://172.17.0.1:8000/a/@v/v1.0.0.mod: 200 OK (46.078s)",
      "# # get http://172.17.0.1:8000/b/@v/v1.0.0.mod",
      "# # get http://172.17.0.1:8000/b/@v/v1.0.0.mod: 200 OK (0.001s)",
      "# # # get http://172.17.0.1:8000/c/@v/v1.0.0.mod",
      "# lock /c/d.lock",
      "# /c/d for git3 https://h/r",
    ].join("\n"),
  );
  assert.deepEqual(
    t.requests.map((r) => [r.url.slice(23), r.status, r.error]),
    [
      ["a/@v/v1.0.0.mod", 200, null],
      ["b/@v/v1.0.0.mod", 200, null],
      ["c/@v/v1.0.0.mod", null, "no result in trace"],
    ],
  );
  assert.deepEqual(t.repos, [{ dir: "/c/d", url: "https://h/r" }]);
});

test("dots a paste put where it left lines out do not continue the URL before them", () => {
  for (const elision of ["...", "....", "#12 0.377 ...."]) {
    const t = parseTrace(
      [
        "# get https://goproxy.cn/github.com/a/b/@v/v0.23.1.mod",
        elision,
        "# get https://goproxy.cn/x/@v/list",
      ].join("\n"),
    );
    assert.deepEqual(
      t.requests.map((r) => r.url),
      ["https://goproxy.cn/github.com/a/b/@v/v0.23.1.mod", "https://goproxy.cn/x/@v/list"],
      elision,
    );
  }
  // A cut URL whose rest starts with a dot is still joined.
  const cut = parseTrace(
    ["# get https://goproxy.cn/github.com/a/b/@v/v0.23.1", ".mod: 200 OK (0.1s)"].join("\n"),
  );
  assert.deepEqual(
    cut.requests.map((r) => [r.url, r.status]),
    [["https://goproxy.cn/github.com/a/b/@v/v0.23.1.mod", 200]],
  );
});
