import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTrace } from "../../../src/download/trace.ts";
import { buildLedger } from "../../../src/download/ledger.ts";
import { classifyUrl, inferProxyBase } from "../../../src/download/classify.ts";
import { decodeModulePath } from "../../../src/go/module-path.ts";
import { decodeDownloadJson } from "../../../src/download/json-stream.ts";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "testdata");

const get = (url: string, result: string) => `# get ${url}\n# get ${url}: ${result}\n`;

test("classify: module files under a configured base, credentials redacted, case decoded", () => {
  const chain = { proxies: ["https://u:s3cret@proxy.corp/go/", "direct"] };
  assert.deepEqual(
    classifyUrl("https://u:xxxxx@proxy.corp/go/github.com/!azure/sdk/@v/v1.2.0.zip", chain),
    {
      origin: "https://u:xxxxx@proxy.corp/go/",
      kind: "zip",
      file: "zip",
      module: "github.com/Azure/sdk",
      version: "v1.2.0",
    },
  );
  assert.deepEqual(classifyUrl("https://u:xxxxx@proxy.corp/go/example.com/m/@v/list", chain), {
    origin: "https://u:xxxxx@proxy.corp/go/",
    kind: "list",
    file: "list",
    module: "example.com/m",
  });
  assert.equal(classifyUrl("https://proxy.corp/go/example.com/m/@latest", chain).kind, "latest");
  assert.equal(
    classifyUrl("https://proxy.corp/go/example.com/m/@v/v1.0.0-!r!c1.info", chain).version,
    "v1.0.0-RC1",
  );
  assert.equal(
    classifyUrl(
      "https://proxy.corp/go/golang.org/toolchain/@v/v0.0.1-go1.22.0.linux-amd64.zip",
      chain,
    ).kind,
    "toolchain",
  );
  // A lone token is a secret too: the origin label masks it.
  assert.equal(
    classifyUrl("https://tok@p.corp/x.org/m/@v/list", { proxies: ["https://tok@p.corp"] }).origin,
    "https://xxxxx@p.corp",
  );
  // Go adds https:// to scheme-less entries and cleans `//`.
  assert.equal(
    classifyUrl("https://goproxy.corp/x.org/m/@v/list", { proxies: ["goproxy.corp//"] }).origin,
    "goproxy.corp//",
  );
});

test("classify: checksum database via a proxy, direct, or at a GOSUMDB URL; go-get; longest base wins", () => {
  const chain = {
    proxies: ["https://p.corp", "https://p.corp/deep", "direct"],
    sumdbs: [{ name: "sum.corp", url: "http://127.0.0.1:9/db" }],
  };
  assert.deepEqual(classifyUrl("https://p.corp/sumdb/sum.golang.org/supported", chain), {
    origin: "https://p.corp",
    kind: "sumdb-supported",
    sumdb: "sum.golang.org",
  });
  assert.deepEqual(
    classifyUrl("https://p.corp/sumdb/sum.golang.org/lookup/github.com/!x/y@v1.0.0", chain),
    {
      origin: "https://p.corp",
      kind: "sumdb-lookup",
      sumdb: "sum.golang.org",
      module: "github.com/X/y",
      version: "v1.0.0",
    },
  );
  assert.equal(
    classifyUrl("https://sum.golang.org/tile/8/1/000.p/3", chain).origin,
    "sumdb:sum.golang.org",
  );
  assert.equal(classifyUrl("https://sum.golang.org/tile/8/1/000.p/3", chain).kind, "sumdb-tile");
  assert.equal(
    classifyUrl("http://127.0.0.1:9/db/lookup/a.b/c@v1.0.0", chain).origin,
    "sumdb:sum.corp",
  );
  assert.deepEqual(classifyUrl("https://git.corp/team/repo?go-get=1", chain), {
    origin: "direct",
    kind: "go-get",
    module: "git.corp/team/repo",
  });
  assert.equal(
    classifyUrl("https://p.corp/deep/a.b/c/@v/list", chain).origin,
    "https://p.corp/deep",
  );
});

test("classify without a chain: the proxy base is inferred from the URL", () => {
  assert.equal(
    inferProxyBase("https://art.corp/api/go/remote/github.com/a/b/@v/list"),
    "https://art.corp/api/go/remote",
  );
  assert.equal(
    inferProxyBase("http://127.0.0.1:8080/sumdb/sum.golang.org/supported"),
    "http://127.0.0.1:8080",
  );
  const c = classifyUrl("https://art.corp/api/go/remote/github.com/a/b/@v/v1.0.0.mod", {
    proxies: [],
  });
  assert.equal(c.origin, "https://art.corp/api/go/remote");
  assert.equal(c.module, "github.com/a/b");
  assert.equal(decodeModulePath("github.com/%21burnt%21sushi/toml"), "github.com/BurntSushi/toml");
});

test("fallback is per request; walk probes are not fallbacks; chains restart", () => {
  const p1 = "http://p1";
  const p2 = "http://p2";
  const trace = parseTrace(
    get(`${p1}/ex.com/a/b/c/@v/v1.0.0.info`, "404 Not Found (0.001s)") +
      get(`${p1}/ex.com/a/b/@v/v1.0.0.info`, "404 Not Found (0.001s)") +
      get(`${p2}/ex.com/a/b/c/@v/v1.0.0.info`, "404 Not Found (0.001s)") +
      get(`${p2}/ex.com/a/b/@v/v1.0.0.info`, "200 OK (0.001s)") +
      get(`${p1}/ex.com/a/b/@v/v1.0.0.mod`, "404 Not Found (0.001s)") +
      get(`${p2}/ex.com/a/b/@v/v1.0.0.mod`, "200 OK (0.001s)") +
      get(`${p1}/ex.com/a/b/@v/v1.0.0.zip`, "503 Service Unavailable (0.001s)") +
      get(`${p2}/ex.com/a/b/@v/v1.0.0.zip`, "200 OK (0.002s)") +
      // The same file asked again later starts a new chain at the first proxy.
      get(`${p1}/ex.com/a/b/@v/v1.0.0.mod`, "200 OK (0.001s)"),
  );
  const l = buildLedger(trace, { proxies: [p1, p2] });
  assert.deepEqual(
    l.fallbacks.map((f) => `${f.file} ${f.from}>${f.to} ${f.reason}`),
    [
      "info http://p1>http://p2 404 Not Found",
      "mod http://p1>http://p2 404 Not Found",
      "zip http://p1>http://p2 503 Service Unavailable",
    ],
  );
  assert.equal(l.requests.filter((r) => r.walk).length, 2);
  assert.deepEqual(
    l.files.map((f) => `${f.file} ${f.origin} ${f.failed.length}`),
    ["info http://p2 1", "mod http://p2 1", "mod http://p1 0", "zip http://p2 1"],
  );
  const o1 = l.origins.find((o) => o.origin === p1)!;
  assert.deepEqual(
    [
      o1.requests,
      o1.ok,
      o1.notFound,
      o1.otherStatus,
      o1.transportErrors,
      o1.errors,
      o1.filesAsked,
      o1.filesServed,
    ],
    [5, 1, 3, 1, 0, 1, 4, 1],
  );
  assert.equal(o1.hitRate, 0.25);
  assert.deepEqual([l.shares.files, l.shares.firstProxy, l.shares.laterProxies], [4, 1, 3]);
});

test("-json modules with no request came from the local cache", () => {
  const trace = parseTrace(readFileSync(join(DATA, "synthetic-go1.16-lock.stderr"), "utf8"));
  const { modules } = decodeDownloadJson(
    readFileSync(join(DATA, "synthetic-go1.16-lock.json"), "utf8"),
  );
  const l = buildLedger(trace, { proxies: ["https://proxy.corp", "direct"] }, { modules });
  assert.deepEqual(
    l.modules?.map((m) => [m.path, m.origin]),
    [
      ["github.com/acme/tool", "direct"],
      ["github.com/acme/cached", "local"],
    ],
  );
  assert.deepEqual(
    l.fallbacks.map((f) => [f.file, f.from, f.to, f.reason]),
    [
      ["info", "https://proxy.corp", "direct", "410 Gone"],
      ["mod", "https://proxy.corp", "direct", "410 Gone"],
      ["zip", "https://proxy.corp", "direct", "410 Gone"],
    ],
  );
  assert.equal(l.shares.local, 3);
  assert.equal(l.shares.direct, 3);
  assert.equal(l.origins.find((o) => o.origin === "direct")?.vcsCommands, 6);
});

test("no secret reaches the ledger: passwords, lone tokens, net/http's *** form", () => {
  const trace = parseTrace(
    get("https://tok3n@p.corp/a.b/c/@v/list", "200 OK (0.001s)") +
      get(
        "https://user:xxxxx@q.corp/a.b/c/@v/v1.0.0.info",
        'Get "https://user:***@q.corp/a.b/c/@v/v1.0.0.info": dial tcp: lookup q.corp: no such host',
      ) +
      get("https://tok3n@p.corp/a.b/c/@v/v1.0.0.info", "200 OK (0.001s)"),
  );
  const l = buildLedger(trace, {
    proxies: ["https://user:pa55word@q.corp", "https://tok3n@p.corp"],
  });
  const text = JSON.stringify(l);
  assert.doesNotMatch(text, /tok3n|pa55word|\*\*\*/);
  assert.equal(l.fallbacks.length, 1);
  assert.equal(l.fallbacks[0]!.from, "https://user:xxxxx@q.corp");
  assert.equal(l.fallbacks[0]!.to, "https://xxxxx@p.corp");
});

test("the design.md contract fields are present", () => {
  const trace = parseTrace(readFileSync(join(DATA, "fallback-404-go1.26.stderr"), "utf8"));
  const l = buildLedger(trace, { proxies: [] });
  for (const r of l.requests)
    for (const k of ["url", "origin", "status", "error", "seconds"]) assert.ok(k in r, k);
  for (const o of l.origins)
    for (const k of ["origin", "requests", "ok", "notFound", "errors"]) assert.ok(k in o, k);
  assert.ok(l.fallbacks.length > 0);
  for (const f of l.fallbacks)
    for (const k of ["module", "version", "file", "from", "to", "reason"]) assert.ok(k in f, k);
  // With no chain given, the two proxies are inferred in the order they appear.
  assert.equal(l.origins.length, 2);
});
