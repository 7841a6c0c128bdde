import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { checkSettings } from "../../../src/check/static.ts";
import { type CheckContext, type CheckEnv } from "../../../src/check/context.ts";
import { RULES_BY_ID } from "../../../src/check/rules.ts";
import { parseGoMod, parseGoWork, downloadedRequirements } from "../../../src/check/gomod.ts";

const v = (minor: number) => ({ major: 1, minor, patch: 0 });
const rules = (env: CheckEnv, ctx: Partial<CheckContext> = {}) =>
  checkSettings(env, { goVersion: v(26), ...ctx }).map((d) => d.rule);
const has = (env: CheckEnv, id: string, ctx: Partial<CheckContext> = {}) =>
  assert.ok(
    rules(env, ctx).includes(id),
    `${id} expected for ${JSON.stringify(env)}: got ${rules(env, ctx)}`,
  );
const hasNot = (env: CheckEnv, id: string, ctx: Partial<CheckContext> = {}) =>
  assert.ok(!rules(env, ctx).includes(id), `${id} not expected for ${JSON.stringify(env)}`);

test("the default settings give no error and no warning", () => {
  const d = checkSettings({}, { goVersion: v(26) });
  assert.deepEqual(
    d.filter((x) => x.severity !== "notice"),
    [],
  );
});

test("GOPROXY rules", () => {
  has({ GOPROXY: "foo" }, "goproxy-missing-scheme");
  has({ GOPROXY: "Direct" }, "goproxy-missing-scheme");
  has({ GOPROXY: "ftp://x" }, "goproxy-bad-scheme");
  has({ GOPROXY: "file://localhost/x" }, "goproxy-file-non-path");
  has({ GOPROXY: "https://a b.com" }, "goproxy-unparsable-url");
  has({ GOPROXY: " , " }, "goproxy-no-entries");
  has({ GOPROXY: "," }, "goproxy-no-entries", { goVersion: v(14) });
  has({ GOPROXY: "a,b" }, "goproxy-legacy-invalid", { goVersion: v(12) });
  has({ GOPROXY: "http://u:p@h.example" }, "goproxy-credentials-over-http");
  has({ GOPROXY: "https://TOKEN@h.example" }, "goproxy-username-token");
  has({ GOPROXY: "https://u:pw@h.example" }, "goproxy-password-in-url");
  has({ GOPROXY: "https://a.example|https://b.example" }, "goproxy-pipe-unsupported", {
    goVersion: v(14),
  });
  hasNot({ GOPROXY: "https://a.example|https://b.example" }, "goproxy-pipe-unsupported");
  has({ GOPROXY: "direct,https://a.example" }, "goproxy-entries-after-terminal");
  has({ GOPROXY: "https://a.example,direct" }, "goproxy-comma-hard-errors");
  hasNot({ GOPROXY: "https://a.example|direct" }, "goproxy-comma-hard-errors");
  has({ GOPROXY: "off" }, "goproxy-off");
  has({ GOPROXY: "direct" }, "goproxy-direct-only");
  has({ GOPROXY: "http://h.example" }, "goproxy-plain-http");
  has({ GOPROXY: "https://h.example/p//" }, "goproxy-sumdb-probe-double-slash");
  has({ GOPROXY: "" }, "goproxy-empty-env");
  hasNot({ GOPROXY: "" }, "goproxy-empty-env", { goVersion: v(19) });
  has({ GOPROXY: "" }, "goproxy-empty-masked", { userEnvFile: { GOPROXY: "" } });
  hasNot({ GOPROXY: "https://h.example/" }, "goproxy-sumdb-probe-double-slash");
});

test("GOSUMDB rules", () => {
  has({ GOSUMDB: "sum.example.com" }, "gosumdb-bare-name");
  has({ GOSUMDB: "a b c" }, "gosumdb-invalid");
  has({ GOSUMDB: "off" }, "gosumdb-off");
  has({ GOSUMDB: "" }, "gosumdb-missing", { userEnvFile: { GOSUMDB: "" } });
  has({ GOSUMDB: "sum.golang.org https://sum.example" }, "gosumdb-explicit-url");
  hasNot({ GOSUMDB: "sum.golang.google.cn" }, "gosumdb-explicit-url");
});

test("pattern rules", () => {
  has({ GOPRIVATE: "a.com;b.com" }, "pattern-semicolon");
  has({ GOPRIVATE: "a.com, b.com" }, "pattern-whitespace");
  has({ GONOSUMDB: "[a-" }, "pattern-bad-glob");
  has({ GOPRIVATE: "https://git.corp.example" }, "pattern-scheme");
  has({ GOPRIVATE: ".example.com" }, "pattern-leading-dot");
  has({ GOPRIVATE: "example.com/org/" }, "pattern-trailing-slash-old-go", { goVersion: v(17) });
  hasNot({ GOPRIVATE: "example.com/org/" }, "pattern-trailing-slash-old-go");
  has({ GOPRIVATE: "Example.com" }, "pattern-uppercase");
  has({ GOPRIVATE: "github.com" }, "pattern-too-broad");
  has({ GOPRIVATE: "*" }, "pattern-too-broad");
  hasNot({ GOPRIVATE: "github.com/org" }, "pattern-too-broad");
  has({ GOPRIVATE: "a.com", GONOPROXY: "" }, "gonoproxy-empty-not-off");
  has({ GOINSECURE: "a.com" }, "goinsecure-not-for-proxies");
  has({ GOINSECURE: "a.com" }, "variable-unsupported", { goVersion: v(13) });
  has({ GOPRIVATE: "a.com" }, "variable-unsupported", { goVersion: v(12) });
});

test("other variables", () => {
  has({ GOTOOLCHAIN: "bash" }, "gotoolchain-invalid");
  has({ GOTOOLCHAIN: "go1.22" }, "gotoolchain-language-version");
  has({ GOSUMDB: "off" }, "gotoolchain-needs-sumdb");
  hasNot({ GOSUMDB: "off", GOTOOLCHAIN: "local" }, "gotoolchain-needs-sumdb");
  has({ GOTOOLCHAIN: "go1.22.0" }, "variable-unsupported", { goVersion: v(19) });
  hasNot({ GOTOOLCHAIN: "local" }, "variable-unsupported", { goVersion: v(19) }); // what 1.19 does anyway
  has({ GOFLAGS: "-mod=mod x" }, "goflags-invalid");
  has({ GOFLAGS: "-insecure" }, "goflags-insecure");
  has({ GOFLAGS: "-mod=vendor" }, "goflags-mod-vendor");
  has({ GOFLAGS: "-modcachrw" }, "goflags-unknown-flag");
  hasNot({ GOFLAGS: "-modcacherw -x" }, "goflags-unknown-flag");
  has({ GOAUTH: "off;netrc" }, "goauth-invalid");
  has({ GOAUTH: "netrc" }, "variable-unsupported", { goVersion: v(23) });
  has({ GOVCS: "bad" }, "govcs-invalid");
  has({ GO111MODULE: "off" }, "go111module-off");
  for (const name of ["GONOSUMCHECK", "GONOVERIFY", "goproxy", "Goprivate", "GOPRIVTE", "GO_PROXY"])
    has({}, "variable-never-read", { otherEnv: { [name]: "x" } });
  for (const name of ["GOPATH", "GOROOT", "GOCACHE", "GOARCH", "GOBIN", "HOME", "GOENV"])
    hasNot({}, "variable-never-read", { otherEnv: { [name]: "x" } });
});

test("cross-checks with go.mod: private hosts, bad paths, unused patterns", () => {
  const mod = parseGoMod(
    [
      "module example.com/app",
      "",
      "go 1.22",
      "",
      "require github.com/pub/lib v1.0.0",
      "require (",
      "\tgit.corp.example/team/x v1.2.0 // indirect",
      '\t"nodot/y" v0.1.0',
      "\tlocal.example/z v1.0.0",
      ")",
      "replace local.example/z => ./z",
    ].join("\n"),
    "go.mod",
  );
  assert.equal(mod.go, "1.22");
  assert.deepEqual(
    mod.requires.map((r) => [r.path, r.line, r.indirect]),
    [
      ["github.com/pub/lib", 5, false],
      ["git.corp.example/team/x", 7, true],
      ["nodot/y", 8, false],
      ["local.example/z", 9, false],
    ],
  );
  const requirements = downloadedRequirements(mod);
  assert.equal(requirements.length, 3);
  const d = checkSettings({ GOPRIVATE: "other.example" }, { goVersion: v(26), requirements });
  const notPrivate = d.find((x) => x.rule === "module-not-private")!;
  assert.equal(notPrivate.line, 7);
  assert.match(notPrivate.message, /git\.corp\.example/);
  assert.ok(d.some((x) => x.rule === "module-path-invalid" && x.line === 8));
  assert.ok(d.some((x) => x.rule === "pattern-unused" && x.message.includes("other.example")));
  const ok = checkSettings({ GOPRIVATE: "git.corp.example" }, { goVersion: v(26), requirements });
  assert.ok(!ok.some((x) => x.rule === "module-not-private" || x.rule === "pattern-unused"));
  assert.deepEqual(
    parseGoWork("go 1.22\nuse (\n\t./a\n\t./b\n)\nuse ./c\n").uses.map((u) => u.dir),
    ["./a", "./b", "./c"],
  );
});

test("every diagnostic names its variable, uses a catalogued rule with its severity, and hides secrets", () => {
  const env: CheckEnv = {
    GOPROXY:
      "https://TOKENsecret1@h.example|http://user:PWsecret2@h.example,https://u:PW%20secret3@[::1,direct",
    GOSUMDB: "sum.golang.org https://x:PWsecret4@sumdb.example",
  };
  const d = checkSettings(env, { goVersion: v(26) });
  assert.ok(d.length > 0);
  for (const x of d) {
    assert.ok(x.variable, JSON.stringify(x));
    assert.equal(RULES_BY_ID.get(x.rule)?.severity, x.severity);
    const text = JSON.stringify(x);
    for (const s of ["TOKENsecret1", "PWsecret2", "PW%20secret3", "PW secret3", "PWsecret4"])
      assert.ok(!text.includes(s), `${s} leaked in ${text}`);
  }
});
