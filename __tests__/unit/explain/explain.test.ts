// The explainer on Go's exact error strings (docs/go-semantics.md), CI log prefixes, secrets
// and arbitrary input. Pure: no go, no network.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import {
  CATEGORIES,
  EXPLAIN_RULES,
  explainModuleError,
  explainText,
  renderFindingsText,
  type ExplainSettings,
  type Finding,
} from "../../../src/explain/index.ts";
import { RULES } from "../../../src/check/rules.ts";
import { mulberry32 } from "../../support/seeded-random.ts";

const first = (text: string, s: ExplainSettings = {}): Finding => {
  const f = explainText(text, s)[0];
  assert.ok(f, `no finding for ${JSON.stringify(text)}`);
  return f;
};

describe("catalogue", () => {
  test("ids are unique, kebab-case, explain-*, documented, and do not clash with check rules", () => {
    const ids = new Set<string>();
    const checkIds = new Set<string>(RULES.map((r) => r.id));
    for (const r of EXPLAIN_RULES) {
      assert.match(r.id, /^explain-[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(!ids.has(r.id), `duplicate ${r.id}`);
      assert.ok(!checkIds.has(r.id), `${r.id} clashes with src/check/rules.ts`);
      ids.add(r.id);
      assert.ok(CATEGORIES.includes(r.category), r.id);
      assert.ok(r.title.length > 5 && r.doc.length > 40, r.id);
    }
  });
});

// Go's own words, from go-semantics.md, with the prefixes each version adds.
const CASES: [string, string, string, ExplainSettings?][] = [
  [
    "go: example.com/hello@v1.0.0: invalid proxy URL missing scheme: foo",
    "config",
    "explain-goproxy-invalid",
  ],
  [
    "go: example.com/hello@v1.0.0: invalid proxy URL scheme (must be https, http, file): ftp://x",
    "config",
    "explain-goproxy-invalid",
  ],
  [
    "go: example.com/hello@v1.0.0: invalid file:// proxy URL with non-path elements: file://localhost/x",
    "config",
    "explain-goproxy-invalid",
  ],
  [
    "go: example.com/hello@v1.0.0: refusing to pass credentials to insecure URL: http://u:xxxxx@proxy.corp/",
    "config",
    "explain-insecure-credentials",
  ],
  [
    "go: example.com/hello@v1.0.0: verifying go.mod: invalid GOSUMDB: malformed verifier id",
    "config",
    "explain-gosumdb-invalid",
  ],
  [
    "go: example.com/hello@v1.0.0: verifying module: invalid GOSUMDB: invalid verifier hash",
    "config",
    "explain-gosumdb-invalid",
  ],
  [
    "go: example.com/hello@v1.0.0: verifying module: missing GOSUMDB",
    "config",
    "explain-gosumdb-missing",
  ],
  ['go: parsing $GOFLAGS: non-flag "x"', "config", "explain-goflags-invalid"],
  ["go: parsing $GOFLAGS: unknown flag -foo", "config", "explain-goflags-invalid"],
  ['go: invalid GOTOOLCHAIN "bash"', "config", "explain-gotoolchain-invalid"],
  [
    "go: invalid toolchain: go1.22 is a language version but not a toolchain version (go1.22.x)",
    "config",
    "explain-gotoolchain-invalid",
  ],
  [
    "go: GOVCS disallows using git for public 127.0.0.1/repo.git; see 'go help vcs'",
    "config",
    "explain-govcs",
  ],
  ['go: malformed entry in GOVCS (missing colon): "bad"', "config", "explain-govcs"],
  [
    "go: GOAUTH=off cannot be combined with other authentication commands",
    "config",
    "explain-goauth-invalid",
  ],
  [
    "go: -insecure flag is no longer supported; use GOINSECURE instead",
    "config",
    "explain-insecure-flag",
  ],
  [
    "go: download go1.22.0 for linux/amd64: toolchain not available",
    "toolchain",
    "explain-toolchain-not-available",
  ],
  [
    "go: download go1.22.0 for linux/amd64: verifying golang.org/toolchain@v0.0.1-go1.22.0.linux-amd64: checksum database disabled by GOSUMDB=off",
    "toolchain",
    "explain-toolchain-sumdb-off",
  ],
  [
    "go: example.com/m@v1.0.0 requires go >= 1.23 (running go 1.21.13; GOTOOLCHAIN=local)",
    "toolchain",
    "explain-toolchain-too-old",
  ],
  [
    "go: example.com/hello@v1.0.0: module lookup disabled by GOPROXY=off",
    "offline",
    "explain-goproxy-off",
  ],
  [
    "main.go:3:8: cannot find module providing package example.com/x: import lookup disabled by -mod=vendor",
    "offline",
    "explain-mod-vendor",
  ],
  [
    "go: example.com/x@v1.0.0: missing go.sum entry for go.mod file; to add it:\n\tgo mod download example.com/x",
    "offline",
    "explain-mod-readonly",
  ],
  [
    'go: example.com/hello@v1.0.0: Get "https://proxy.corp/example.com/hello/@v/v1.0.0.info": proxyconnect tcp: dial tcp 10.0.0.1:3128: connect: connection refused',
    "egress-proxy",
    "explain-egress-proxy",
  ],
  [
    'go: example.com/hello@v1.0.0: Get "https://proxy.corp/example.com/hello/@v/v1.0.0.info": Proxy Authentication Required',
    "egress-proxy",
    "explain-egress-proxy",
  ],
  [
    'go: example.com/hello@v1.0.0: Get "https://proxy.corp/example.com/hello/@v/v1.0.0.info": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    "tls",
    "explain-tls-unknown-authority",
  ],
  [
    'go: example.com/hello@v1.0.0: Get "https://proxy.corp/example.com/hello/@v/v1.0.0.info": x509: certificate is valid for other.corp, not proxy.corp',
    "tls",
    "explain-tls-hostname",
  ],
  [
    'go: example.com/hello@v1.0.0: Get "https://proxy.corp/example.com/hello/@v/v1.0.0.info": http: server gave HTTP response to HTTPS client',
    "tls",
    "explain-tls-handshake",
  ],
  [
    "go: corp.example.com/a@v1.0.0: verifying module: corp.example.com/a@v1.0.0: reading https://sum.golang.org/lookup/corp.example.com/a@v1.0.0: 410 Gone\n\tserver response: not found: corp.example.com/a@v1.0.0: invalid version: unknown revision v1.0.0",
    "sumdb",
    "explain-sumdb-not-found",
  ],
  [
    'verifying example.com/a@v1.0.0/go.mod: example.com/a@v1.0.0/go.mod: Get "https://sum.golang.org/lookup/example.com/a@v1.0.0": dial tcp 142.250.0.1:443: i/o timeout',
    "sumdb",
    "explain-sumdb-unreachable",
  ],
  [
    "go: example.com/a@v1.0.0: verifying go.mod: example.com/a@v1.0.0/go.mod: reading https://proxy.corp/sumdb/sum.golang.org/supported: 500 Internal Server Error",
    "sumdb",
    "explain-sumdb-unreachable",
  ],
  [
    'go: example.com/hello@v1.0.0: Get "https://proxy.corp/example.com/hello/@v/v1.0.0.info": dial tcp: lookup proxy.corp on 127.0.0.53:53: no such host',
    "network",
    "explain-network-dns",
  ],
  [
    'go: example.com/hello@v1.0.0: Get "https://proxy.corp/example.com/hello/@v/v1.0.0.zip": net/http: TLS handshake timeout',
    "network",
    "explain-network-timeout",
  ],
  [
    'go: example.com/hello@v1.0.0: Get "https://proxy.golang.org/example.com/hello/@v/v1.0.0.zip": http2: server sent GOAWAY and closed the connection',
    "network",
    "explain-network-reset",
  ],
  [
    "go: example.com/hello@v1.0.0: reading https://proxy.corp/example.com/hello/@v/v1.0.0.info: 503 Service Unavailable",
    "network",
    "explain-proxy-server-error",
  ],
  [
    "go: example.com/hello@v1.0.0: reading https://proxy.corp/example.com/hello/@v/v1.0.0.info: 401 Unauthorized\n\tserver response: login required",
    "auth",
    "explain-proxy-unauthorized",
  ],
  [
    "go: example.com/hello@v1.0.0: reading https://proxy.corp/example.com/hello/@v/v1.0.0.info: 403 Forbidden",
    "auth",
    "explain-proxy-forbidden",
  ],
  [
    "go: github.com/corp/private@v1.0.0: reading https://proxy.golang.org/github.com/corp/private/@v/list: 410 Gone\n\tserver response: not found: github.com/corp/private@v1.0.0: invalid version: git ls-remote -q origin in /tmp/gopath/pkg/mod/cache/vcs/1: exit status 128:\n\t\tfatal: could not read Username for 'https://github.com': terminal prompts disabled",
    "not-found",
    "explain-proxy-not-found",
  ],
  [
    "go: example.com/hello@v1.0.0: invalid response from proxy \"https://proxy.corp\": invalid character '<' looking for beginning of value",
    "protocol",
    "explain-protocol-bad-info",
  ],
  [
    "go: example.com/hello@v1.0.0: proxy returned info for version v1.0.1 instead of requested version",
    "protocol",
    "explain-protocol-bad-info",
  ],
  [
    "go: example.com/hello@v1.0.0: downloaded zip file too large",
    "protocol",
    "explain-protocol-bad-zip",
  ],
  [
    "go: example.com/hello@v1.0.0: reading https://proxy.corp/example.com/hello/@v/v1.0.0.info: 400 Bad Request",
    "protocol",
    "explain-protocol-unexpected-status",
  ],
  [
    "go: github.com/corp/x@v1.0.0: invalid version: git ls-remote -q origin in /tmp/x: exit status 128:\n\tfatal: could not read Username for 'https://github.com': terminal prompts disabled",
    "direct",
    "explain-direct-git-auth",
  ],
  [
    "go: github.com/corp/x@v1.0.0: invalid version: unknown revision v1.0.0",
    "direct",
    "explain-direct-unknown-revision",
  ],
  [
    'go: corp.example.com/x@v1.0.0: unrecognized import path "corp.example.com/x": reading https://corp.example.com/x?go-get=1: 404 Not Found',
    "direct",
    "explain-direct-go-get",
  ],
  [
    'go: corp.example.com/x@v1.0.0: exec: "git": executable file not found in $PATH',
    "direct",
    "explain-direct-vcs-missing",
  ],
  [
    "verifying example.com/a@v1.0.0: checksum mismatch\n\tdownloaded: h1:aaa=\n\tgo.sum:     h1:bbb=\n\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.",
    "checksum-mismatch",
    "explain-checksum-mismatch",
  ],
  // Prefixes of other versions: none (1.13–1.15), `go mod download: ` (1.16–1.17), `go get: `.
  [
    "example.com/hello@v1.0.0: reading https://proxy.corp/example.com/hello/@v/v1.0.0.info: 403 Forbidden",
    "auth",
    "explain-proxy-forbidden",
  ],
  [
    "go mod download: example.com/hello@v1.0.0: reading https://proxy.corp/example.com/hello/@v/v1.0.0.info: 404 Not Found",
    "not-found",
    "explain-proxy-not-found",
  ],
  [
    "go get: example.com/hello@v1.0.0: module lookup disabled by GOPROXY=off",
    "offline",
    "explain-goproxy-off",
  ],
  // Before Go 1.14 a URL in an error is not quoted; a refused CONNECT leaves only the reason.
  [
    'go: example.com/hello@v1.0.0: unrecognized import path "example.com/hello" (https fetch: Get https://example.com/hello?go-get=1: Forbidden)',
    "egress-proxy",
    "explain-egress-proxy",
  ],
  [
    "go: example.com/hello@v1.0.0: reading https://proxy.corp/example.com/hello/@v/v1.0.0.info: 502",
    "network",
    "explain-proxy-server-error",
  ],
  [
    "go: example.com/app imports\n\texample.com/private/lib: cannot find module providing package example.com/private/lib: module example.com/private/lib: git ls-remote -q origin in /home/u/go/pkg/mod/cache/vcs/0a1b: exit status 128:\n\tfatal: could not read Username for 'https://example.com': terminal prompts disabled",
    "direct",
    "explain-direct-git-auth",
  ],
  [
    "release.sh: go mod download failed: exit status 1\ngo: example.com/hello@v1.0.0: reading https://proxy.corp/example.com/hello/@v/v1.0.0.info: 404 Not Found",
    "not-found",
    "explain-proxy-not-found",
  ],
  [
    "go: arguments must be KEY=VALUE: invalid argument: GOPROXY",
    "config",
    "explain-goenv-write-ignored",
  ],
  ["go: GOVERSION cannot be modified", "config", "explain-goenv-write-ignored"],
  ["go: multiple values for key: GOPROXY", "config", "explain-goenv-write-ignored"],
  ["go: cannot find GOROOT directory: /opt/go", "config", "explain-goenv-write-ignored"],
  // Go 1.19 and 1.26 print these two without a "go:" prefix.
  ["build flag -mod=mod only valid when using modules", "config", "explain-modules-disabled"],
  [
    "flag provided but not defined: -modcacherww\nusage: go build [-o output] [build flags] [packages]",
    "config",
    "explain-goflags-invalid",
  ],
  // A status quoted at the end of a sentence, and a server's own reason phrase.
  [
    "go get example.com/hello: unexpected status (https://proxy.corp.example/example.com/hello/@v/list): 502 Bad Gateway.",
    "network",
    "explain-proxy-server-error",
  ],
  [
    "go: example.com/hello@v1.0.0: unexpected status (https://proxy.corp.example/example.com/hello/@v/v1.0.0.info): 401 authenticationrequired",
    "auth",
    "explain-proxy-unauthorized",
  ],
  // A line of the build script that mentions a vendor directory is not Go's vendoring error.
  [
    'Populating GOPATH with vendor directory contents\ngo: GOPATH entry is relative; must be absolute path: "".',
    "config",
    "explain-goenv-write-ignored",
  ],
  // Go 1.17 and older asked Bitbucket's API which VCS serves a repository.
  [
    "go: bitbucket.org/corp/lib@v1.0.0: reading https://api.bitbucket.org/2.0/repositories/corp/lib?fields=scm: 403 Forbidden",
    "direct",
    "explain-direct-go-get",
  ],
  // Public proxies never ask for credentials: a login demand came from a middlebox.
  [
    "go: example.com/hello@v1.0.0: unexpected status (https://proxy.golang.org/example.com/hello/@v/v1.0.0.info): 407 proxyauthrequired",
    "egress-proxy",
    "explain-egress-protocol-mismatch",
  ],
  [
    "go: example.com/hello@v1.0.0: reading https://proxy.golang.org/example.com/hello/@v/v1.0.0.mod: 401 Unauthorized",
    "egress-proxy",
    "explain-egress-protocol-mismatch",
  ],
];

describe("Go's exact messages", () => {
  for (const [text, category, rule, settings] of CASES) {
    test(`${category} / ${rule}: ${text.split("\n")[0]!.slice(0, 90)}`, () => {
      const f = first(text, settings);
      assert.equal(f.category, category, JSON.stringify(f));
      assert.equal(f.rule, rule, JSON.stringify(f));
      assert.ok(!/\n/.test(f.cause), "the cause is one line");
      assert.ok(f.cause.split(/(?<=[.!?])\s+(?=[A-Z])/).length <= 2, `one sentence: ${f.cause}`);
      const m = explainModuleError(text, settings ?? {});
      assert.equal(m.category, category, "explainModuleError agrees");
    });
  }
});

describe("fixes use the settings in force", () => {
  test("403 with a `,` chain: does not fall through; names `|` and the next entry", () => {
    const f = first(
      "go: example.com/m@v1.0.0: reading https://art.corp/api/go/go/example.com/m/@v/v1.0.0.info: 403 Forbidden",
      {
        GOPROXY: "https://art.corp/api/go/go,https://proxy.golang.org,direct",
      },
    );
    assert.equal(f.origin, "https://art.corp/api/go/go");
    assert.match(f.fix, /never tried/);
    assert.match(f.fix, /`\|` after https:\/\/art\.corp\/api\/go\/go/);
  });

  test("sumdb 410: names a pattern that covers the host, and the dead pattern next to it", () => {
    const f = first(
      "go: corp.example.com/team/mod@v1.2.0: verifying go.mod: corp.example.com/team/mod@v1.2.0/go.mod: reading https://sum.golang.org/lookup/corp.example.com/team/mod@v1.2.0: 410 Gone",
      { GOPRIVATE: ".corp.example.com" },
    );
    assert.equal(f.module, "corp.example.com/team/mod");
    assert.equal(f.version, "v1.2.0");
    assert.equal(f.origin, "sumdb:sum.golang.org");
    assert.match(f.fix, /`GOPRIVATE=corp\.example\.com`/);
    assert.match(f.fix, /`\.corp\.example\.com` cannot match/);
  });

  test("sumdb 410 for a module already covered: the setting is not reaching the step", () => {
    const f = first(
      "go: corp.example.com/a@v1.0.0: verifying module: corp.example.com/a@v1.0.0: reading https://sum.golang.org/lookup/corp.example.com/a@v1.0.0: 410 Gone",
      { GONOSUMDB: "corp.example.com" },
    );
    assert.match(f.fix, /already covered by the pattern `corp\.example\.com`/);
  });

  test("patterns follow the Go version that ran: a trailing `/` matches from Go 1.18 only", () => {
    const text =
      "go: corp.example.com/a@v1.0.0: verifying module: corp.example.com/a@v1.0.0: reading https://sum.golang.org/lookup/corp.example.com/a@v1.0.0: 410 Gone";
    const newer = first(text, { GOPRIVATE: "corp.example.com/", goVersion: "1.18" });
    assert.match(newer.fix, /already covered by the pattern `corp\.example\.com\/`/);
    const older = first(text, { GOPRIVATE: "corp.example.com/", goVersion: "go1.17.13" });
    assert.match(older.fix, /`GOPRIVATE=corp\.example\.com`/);
    assert.match(older.fix, /`corp\.example\.com\/` cannot match/);
  });

  test("a GOPROXY Go rejects gives no chain to blame; the fix shows it as written", () => {
    const f = first("go: example.com/hello@v1.0.0: invalid proxy URL missing scheme: foo", {
      GOPROXY: "https://u:pw@p.corp,foo,direct",
    });
    assert.equal(f.rule, "explain-goproxy-invalid");
    assert.match(f.fix, /GOPROXY is `https:\/\/u:xxxxx@p\.corp,foo,direct`/);
    const g = first(
      "go: example.com/m@v1.0.0: reading https://p.corp/example.com/m/@v/v1.0.0.info: 403 Forbidden",
      { GOPROXY: "https://p.corp,ftp://x,direct" },
    );
    assert.equal(g.origin, "https://p.corp");
    assert.doesNotMatch(g.fix, /never tried|last GOPROXY entry/);
  });

  test("an egress proxy is named only when Go would use it for that request", () => {
    const text =
      'go: example.com/m@v1.0.0: Get "https://p.corp/example.com/m/@v/v1.0.0.info": dial tcp 10.0.0.1:443: i/o timeout';
    const via = (s: ExplainSettings) => /egress proxy, which may be/.test(first(text, s).fix);
    assert.ok(via({ HTTPS_PROXY: "http://egress:3128" }));
    assert.match(first(text, { HTTPS_PROXY: "http://u:pw@egress:3128" }).fix, /u:xxxxx@egress/);
    // https requests never use HTTP_PROXY; NO_PROXY domains cover their subdomains.
    assert.ok(!via({ HTTP_PROXY: "http://egress:3128" }));
    assert.ok(!via({ HTTPS_PROXY: "http://egress:3128", NO_PROXY: "corp" }));
    assert.ok(!via({ HTTPS_PROXY: "http://egress:3128", NO_PROXY: "p.corp:443" }));
    assert.ok(via({ HTTPS_PROXY: "http://egress:3128", NO_PROXY: "p.corp:8443" }));
  });

  test("the `go env -w GOPROXY=` trap: go env -u GOPROXY", () => {
    const f = first(
      "go: example.com/m@v1.0.0: GOPROXY list is not the empty string, but contains no entries",
      {
        goVersion: "1.22",
      },
    );
    assert.match(f.fix, /go env -u GOPROXY/);
  });

  test("x509 in direct mode: GOINSECURE is possible there, not for proxies", () => {
    const f = first(
      'go: corp.example.com/x@v1.0.0: unrecognized import path "corp.example.com/x": https fetch: Get "https://corp.example.com/x?go-get=1": x509: certificate signed by unknown authority',
    );
    assert.equal(f.origin, "direct");
    assert.match(f.fix, /GOINSECURE=corp\.example\.com/);
  });

  test("GOPROXY=off: offers GONOPROXY for a direct fetch", () => {
    const f = first("go: corp.example.com/x@v1.0.0: module lookup disabled by GOPROXY=off", {
      GOPROXY: "off",
    });
    assert.equal(f.origin, "off");
    assert.match(f.fix, /GONOPROXY=corp\.example\.com/);
  });

  test("toolchain not available with GOPROXY=off: the misleading message is named", () => {
    const f = first(
      "go: downloading go1.99.0 (linux/amd64)\ngo: download go1.99.0 for linux/amd64: toolchain not available",
      {
        GOPROXY: "off",
      },
    );
    assert.match(f.fix, /misleading/);
    assert.match(f.fix, /GOTOOLCHAIN=local/);
  });

  test("checksum mismatch is a security error", () => {
    const f = first(
      "verifying example.com/a@v1.0.0: checksum mismatch\n\tdownloaded: h1:a=\n\tsum.golang.org: h1:b=\n\nSECURITY ERROR\nThis download does NOT match the one reported by the checksum server.",
    );
    assert.match(f.cause, /^SECURITY: .*checksum database/);
    assert.match(f.fix, /Do not just delete go\.sum/);
  });
});

describe("CI prefixes and -x traces", () => {
  const msg =
    "go: example.com/m@v1.0.0: reading https://p.corp/example.com/m/@v/v1.0.0.info: 403 Forbidden";
  for (const prefix of [
    "2026-11-22T04:05:06.1234567Z ",
    "[Pipeline] ",
    "#12 3.456 ",
    "\x1b[31m",
    "##[error]",
    "[2026-11-22 04:05:06] ",
    "12:34:56 ",
  ]) {
    test(`prefix ${JSON.stringify(prefix)}`, () => {
      const f = first(`${prefix}${msg}\n${prefix}go: downloading example.com/x v1.0.0`);
      assert.equal(f.category, "auth");
      assert.equal(f.origin, "https://p.corp");
      assert.equal(f.module, "example.com/m");
    });
  }

  test("status lines of a -x trace are not findings; a transport error is used when nothing else is", () => {
    const trace = [
      "# get https://p.corp/example.com/m/@v/v1.0.0.info",
      "# get https://p.corp/example.com/m/@v/v1.0.0.info: 404 Not Found (0.012s)",
      "# get https://q.corp/example.com/m/@v/v1.0.0.info",
      '# get https://q.corp/example.com/m/@v/v1.0.0.info: Get "https://q.corp/example.com/m/@v/v1.0.0.info": dial tcp 10.1.1.1:443: connect: connection refused',
    ].join("\n");
    const fs = explainText(trace, { GOPROXY: "https://p.corp,https://q.corp" });
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.category, "network");
    assert.equal(fs[0]!.origin, "https://q.corp");
  });

  test("a -json stream: each Error field is a message", () => {
    const json = `{\n\t"Path": "example.com/a",\n\t"Version": "v1.0.0",\n\t"Error": "example.com/a@v1.0.0: reading https://p.corp/example.com/a/@v/v1.0.0.info: 410 Gone\\n\\tserver response: not found"\n}\n{\n\t"Path": "example.com/b",\n\t"Version": "v2.0.0",\n\t"Error": "example.com/b@v2.0.0: reading https://p.corp/example.com/b/@v/v2.0.0.zip: 500 Internal Server Error"\n}\n`;
    const fs = explainText(json, { GOPROXY: "https://p.corp" });
    assert.deepEqual(
      fs.map((f) => [f.category, f.module, f.version]),
      [
        ["not-found", "example.com/a", "v1.0.0"],
        ["network", "example.com/b", "v2.0.0"],
      ],
    );
  });

  test("a requires chain names its leaf", () => {
    const f = first(
      "go: example.com/app@v1.0.0 requires\n\texample.com/lib@v1.2.0 requires\n\texample.com/leaf@v0.3.0: reading https://p.corp/example.com/leaf/@v/v0.3.0.mod: 404 Not Found",
    );
    assert.equal(f.module, "example.com/leaf");
    assert.equal(f.version, "v0.3.0");
  });
});

describe("secrets are never echoed", () => {
  const SECRET = "s3cr3tP4ss";
  const TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";

  test("URL passwords and username tokens in text and settings", () => {
    const texts = [
      `go: example.com/m@v1.0.0: reading https://user:${SECRET}@p.corp/example.com/m/@v/v1.0.0.info: 403 Forbidden`,
      `go: example.com/m@v1.0.0: parse "https://u:${SECRET}@[::1": missing ']' in host`,
      `go: example.com/m@v1.0.0: reading https://${TOKEN}@p.corp/example.com/m/@v/v1.0.0.info: 401 Unauthorized`,
      `go: example.com/m@v1.0.0: refusing to pass credentials to insecure URL: http://u:${SECRET}@p.corp`,
      `# get https://${TOKEN}@p.corp/x/@v/list: Get "https://${TOKEN}@p.corp/x/@v/list": dial tcp: lookup p.corp: no such host`,
      `fatal: could not read Username for 'https://oauth2:${SECRET}@gitlab.com': terminal prompts disabled`,
      `Authorization: Bearer ${SECRET}\ngo: example.com/m@v1.0.0: reading https://p.corp/example.com/m/@v/v1.0.0.info: 401 Unauthorized`,
    ];
    const settings: ExplainSettings = {
      GOPROXY: `https://user:${SECRET}@p.corp,https://${TOKEN}@q.corp,direct`,
      HTTPS_PROXY: `http://proxyuser:${SECRET}@egress:3128`,
    };
    for (const t of texts) {
      for (const f of [...explainText(t, settings), explainModuleError(t, settings)]) {
        const s = JSON.stringify(f) + renderFindingsText([f]);
        assert.ok(!s.includes(SECRET), `password leaked: ${s}`);
        assert.ok(!s.includes(TOKEN), `token leaked: ${s}`);
      }
    }
  });
});

describe("never crashes", () => {
  const PIECES = [
    "go: ",
    "example.com/m@v1.0.0",
    ": ",
    "reading ",
    "https://u:pw@p.corp/example.com/m/@v/v1.0.0.info",
    "http:/",
    "403 Forbidden",
    "410 Gone",
    "\n\tserver response: ",
    'Get "',
    '": ',
    "proxyconnect tcp: ",
    "x509: ",
    "EOF",
    "verifying ",
    "checksum mismatch",
    "SECURITY ERROR",
    "# get ",
    "@",
    "/",
    "\n",
    "\t",
    "\r\n",
    "\x1b[0m",
    "2026-11-22T04:05:06Z ",
    "#1 0.1 ",
    "[Pipeline] ",
    "(",
    ")",
    "[",
    "]",
    "*",
    "\\",
    "%",
    "%zz",
    "!",
    "\u0000",
    "\u00a0",
    "😀",
    '"Error": "',
    "\\n",
    "GOPROXY=off",
    "toolchain not available",
    "requires go >= 1.",
    "sumdb/",
    "lookup/",
    "?go-get=1",
    "https://",
    ":///",
    "@@",
    "..",
    "a".repeat(300),
  ];

  test("2,000 random pastes and settings: findings are well formed", () => {
    const r = mulberry32(20261122);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    for (let i = 0; i < 2000; i++) {
      const n = 1 + Math.floor(r() * 40);
      let text = "";
      for (let j = 0; j < n; j++)
        text += r() < 0.8 ? pick(PIECES) : String.fromCharCode(Math.floor(r() * 0x3000));
      const settings: ExplainSettings = {
        GOPROXY:
          r() < 0.5
            ? pick([
                "",
                "off",
                "direct",
                " , ",
                "https://a|https://b,direct",
                "[::1",
                "https://u:pw@x",
              ])
            : undefined,
        GOPRIVATE: r() < 0.5 ? pick(["[a-", "*.corp", " a.com, b.com", ""]) : undefined,
        GOSUMDB: r() < 0.3 ? pick(["off", "garbage", "a+b+c http://x", ""]) : undefined,
        goVersion: r() < 0.5 ? pick(["1.13", "go1.26.1", "junk", ""]) : undefined,
      };
      const fs = explainText(text, settings);
      const one = explainModuleError(text, settings);
      for (const f of [...fs, one]) {
        assert.ok(CATEGORIES.includes(f.category), JSON.stringify(f));
        assert.ok(
          EXPLAIN_RULES.some((x) => x.id === f.rule),
          f.rule,
        );
        assert.equal(typeof f.cause, "string");
        assert.equal(typeof f.fix, "string");
        assert.ok(!JSON.stringify(f).includes("u:pw@"), "password echoed");
      }
      renderFindingsText(fs);
    }
  });

  test("odd inputs: empty, huge, non-strings", () => {
    assert.deepEqual(explainText("", {}), []);
    assert.equal(explainModuleError("", {}).rule, "explain-unrecognized");
    const huge = "go: example.com/m@v1.0.0: " + "x".repeat(2 << 20) + ": 403 Forbidden";
    const started = performance.now();
    explainText(huge + "\n" + huge, {});
    explainText("(".repeat(200_000) + "EOF", {});
    explainText("\t".repeat(100_000), {});
    assert.ok(performance.now() - started < 10_000, "bounded time");
    // Callers in plain JavaScript can pass anything.
    assert.doesNotThrow(() =>
      explainText(undefined as unknown as string, null as unknown as ExplainSettings),
    );
    assert.doesNotThrow(() =>
      explainModuleError(42 as unknown as string, 7 as unknown as ExplainSettings),
    );
  });
});

describe("renderFindingsText", () => {
  test("one numbered block per finding; a message when there is none", () => {
    assert.equal(renderFindingsText([]), "No known failure found in the text.\n");
    const text = renderFindingsText([
      {
        category: "auth",
        rule: "explain-proxy-forbidden",
        module: "example.com/m",
        version: "v1.0.0",
        origin: "https://p.corp",
        cause: "C.",
        fix: "F.",
      },
      { category: "config", rule: "explain-gosumdb-missing", cause: "C2.", fix: "F2." },
    ]);
    assert.equal(
      text,
      [
        "1. [auth] explain-proxy-forbidden — example.com/m@v1.0.0",
        "   origin: https://p.corp",
        "   cause:  C.",
        "   fix:    F.",
        "",
        "2. [config] explain-gosumdb-missing",
        "   cause:  C2.",
        "   fix:    F2.",
        "",
      ].join("\n"),
    );
  });
});
