import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { isValidGoVersion, parseGotoolchain } from "../../../src/go/toolchain.ts";
import { parseGoflags } from "../../../src/go/goflags.ts";
import { parseGoauth } from "../../../src/go/goauth.ts";
import { parseGovcs } from "../../../src/go/govcs.ts";
import {
  checkModulePath,
  decodeModulePath,
  escapePath,
  escapeString,
  escapeVersion,
  unescapeString,
} from "../../../src/go/module-path.ts";

test("§6 GOTOOLCHAIN forms and errors", () => {
  assert.deepEqual(parseGotoolchain("local"), { kind: "ok", min: "local", mode: "" });
  assert.deepEqual(parseGotoolchain("auto"), { kind: "ok", min: "local", mode: "auto" });
  assert.deepEqual(parseGotoolchain("go1.22.0+path"), {
    kind: "ok",
    min: "go1.22.0",
    mode: "path",
    version: "1.22.0",
  });
  assert.equal(parseGotoolchain("gccgo-go1.20.3").kind, "ok");
  const err = (v: string) => {
    const t = parseGotoolchain(v);
    return t.kind === "error" ? t.error : t.kind;
  };
  assert.equal(err("bash"), 'invalid GOTOOLCHAIN "bash"');
  assert.equal(
    err("go1.22.0+foo"),
    'invalid GOTOOLCHAIN "go1.22.0+foo": only version suffixes are +auto and +path',
  );
  assert.equal(
    err("bash+auto"),
    'invalid GOTOOLCHAIN "bash+auto": invalid minimum toolchain "bash"',
  );
  assert.ok(
    isValidGoVersion("1.21rc1") && !isValidGoVersion("1.21.3rc1") && !isValidGoVersion("01.2"),
  );
});

test("§8 GOFLAGS splitting per version", () => {
  const v19 = { major: 1, minor: 19, patch: 0 };
  const v21 = { major: 1, minor: 21, patch: 0 };
  assert.equal(parseGoflags("-mod=mod x", v19).error, 'parsing $GOFLAGS: non-flag "x"');
  assert.deepEqual(
    parseGoflags(`"-ldflags=-s -w" -x`, v21).flags.map((f) => f.value ?? f.name),
    ["-s -w", "x"],
  );
  // quotes count only at the start of a word, as in cmd/internal/quoted
  assert.deepEqual(
    parseGoflags(`-ldflags="-s -w"`, v21).flags.map((f) => f.raw),
    ['-ldflags="-s', '-w"'],
  );
  assert.equal(
    parseGoflags(`"-ldflags=-s -w"`, v19).error,
    `parsing $GOFLAGS: non-flag "\\"-ldflags=-s"`,
  );
});

test("§7 GOAUTH and §8 GOVCS errors", () => {
  assert.equal(parseGoauth("netrc;").error, "GOAUTH encountered an empty command");
  assert.equal(
    parseGoauth("off;netrc").error,
    "GOAUTH=off cannot be combined with other authentication commands",
  );
  assert.match(parseGoauth("git rel/dir").error!, /absolute/);
  assert.equal(parseGoauth("git /abs").error, undefined);
  assert.equal(parseGovcs("bad").error, 'malformed entry in GOVCS (missing colon): "bad"');
  assert.equal(
    parseGovcs("a:git,a:hg").error,
    'unreachable pattern in GOVCS: "a:hg" after "a:git"',
  );
  assert.equal(parseGovcs("a:git|").error, 'empty VCS name in GOVCS: "a:git|"');
  assert.equal(parseGovcs("./x:git").error, 'relative pattern not allowed in GOVCS: "./x"');
  assert.equal(parseGovcs("a:git,,b:hg").error, "empty entry in GOVCS");
  assert.deepEqual(parseGovcs(" private:all ").rules, [{ pattern: "private", allowed: ["all"] }]);
});

test("§9 module path escaping and validity", () => {
  assert.equal(escapePath("github.com/Azure/x"), "github.com/!azure/x");
  assert.equal(escapeVersion("v1.0.0-RC"), "v1.0.0-!r!c");
  assert.equal(unescapeString("github.com/!azure/x"), "github.com/Azure/x");
  assert.equal(unescapeString("github.com/Azure"), undefined);
  assert.equal(checkModulePath("nodot/x"), "missing dot in first path element");
  assert.equal(checkModulePath("example.com/x"), undefined);
  assert.throws(() => escapePath("a!b.com/x"));
  assert.throws(() => escapeVersion("v1.0.0-!"));
  // module's escapeString and unescapeString: "!" and non-ASCII are never valid.
  assert.equal(escapeString("a!b"), undefined);
  assert.equal(escapeString("é"), undefined);
  assert.equal(unescapeString("é"), undefined);
  assert.equal(unescapeString("a!"), undefined);
  assert.equal(unescapeString("a!!b"), undefined);
  // As found in a URL: percent-decoded first; what is no valid escape stays as written.
  assert.equal(decodeModulePath("github.com/%21burnt%21sushi/toml"), "github.com/BurntSushi/toml");
  assert.equal(decodeModulePath("github.com/Azure/x"), "github.com/Azure/x");
  assert.equal(decodeModulePath("bad%zz"), "bad%zz");
});
