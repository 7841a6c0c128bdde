// The settings parsed once: what each Go version makes of the proxy list, the pattern lists
// and the checksum database, including the defaults and the `go env -w` file.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { goSettings, goSettingsFromEnv } from "../../../src/settings/go-settings.ts";
import { parseGoVersion } from "../../../src/go/version.ts";

const go = (v: string) => parseGoVersion(v)!;

describe("goSettingsFromEnv", () => {
  test("unset variables give each version's defaults", () => {
    const s = goSettingsFromEnv({}, go("1.26"));
    assert.equal(s.goproxy, "https://proxy.golang.org,direct");
    assert.deepEqual(
      s.proxy.entries.map((e) => [e.kind, e.url, e.fallback]),
      [
        ["proxy", "https://proxy.golang.org", "notfound"],
        ["direct", "direct", "notfound"],
      ],
    );
    assert.equal(s.gosumdb, "sum.golang.org");
    assert.equal(s.sumdb.kind, "db");
    assert.equal(s.sumdbConfigured, false);
    assert.equal(goSettingsFromEnv({}, go("1.12")).goproxy, "direct");
  });

  test("GOPRIVATE stands in for GONOPROXY and GONOSUMDB, and puts the hidden noproxy entry first", () => {
    const s = goSettingsFromEnv(
      { GOPRIVATE: "corp.example/*", GOPROXY: "https://p.example" },
      go("1.21"),
    );
    assert.equal(s.gonoproxy, "corp.example/*");
    assert.equal(s.gonosumdb, "corp.example/*");
    assert.deepEqual(
      s.proxy.entries.map((e) => e.kind),
      ["noproxy", "proxy"],
    );
    const own = goSettingsFromEnv({ GOPRIVATE: "a.example", GONOSUMDB: "b.example" }, go("1.21"));
    assert.equal(own.gonosumdb, "b.example");
    assert.equal(own.gonoproxy, "a.example");
  });

  test("`|` is a separator from 1.15 on; before, the list splits at commas only", () => {
    const v = "https://a.example|https://b.example,direct";
    assert.deepEqual(
      goSettingsFromEnv({ GOPROXY: v }, go("1.15")).proxy.entries.map((e) => [e.url, e.fallback]),
      [
        ["https://a.example", "any"],
        ["https://b.example", "notfound"],
        ["direct", "notfound"],
      ],
    );
    assert.ok(goSettingsFromEnv({ GOPROXY: v }, go("1.14")).proxy.error);
  });

  test("the go env file fills an empty variable; an empty GOSUMDB= line hides the default on 1.21+", () => {
    const file = { GOPROXY: "https://file.example", GOSUMDB: "" };
    const s = goSettingsFromEnv({ GOPROXY: "" }, go("1.21"), file);
    assert.equal(s.goproxy, "https://file.example");
    assert.deepEqual(s.sumdb, { kind: "error", error: "missing GOSUMDB" });
    assert.equal(goSettingsFromEnv({}, go("1.19"), file).sumdb.kind, "db");
  });

  test("a named database is configured; off is off", () => {
    const s = goSettingsFromEnv({ GOSUMDB: "sum.golang.google.cn" }, go("1.26"));
    assert.equal(s.sumdbConfigured, true);
    assert.equal(s.sumdb.kind === "db" && s.sumdb.alias, true);
    assert.equal(goSettingsFromEnv({ GOSUMDB: "off" }, go("1.26")).sumdb.kind, "off");
  });
});

describe("goSettings (from go env)", () => {
  test("takes Go's effective values as they are: an empty GOPROXY is Go's error, not the default", () => {
    const s = goSettings({ GOPROXY: "", GOSUMDB: "sum.golang.org" }, go("1.26"));
    assert.equal(s.goproxy, "");
    assert.match(s.proxy.error ?? "", /GOPROXY list is not the empty string/);
    const own = goSettings({ GOPROXY: "https://p.example,off", GOSUMDB: "off" }, go("1.26"));
    assert.deepEqual(
      own.proxy.entries.map((e) => e.kind),
      ["proxy", "off"],
    );
    assert.equal(own.sumdb.kind, "off");
  });
});
