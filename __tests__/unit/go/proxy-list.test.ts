import { test } from "@jest/globals";
import assert from "node:assert/strict";
import {
  addsHttps,
  defaultGoproxy,
  effectiveGoproxy,
  parseProxyList,
} from "../../../src/go/proxy-list.ts";
import { goUrlParse, goUrlRedacted } from "../../../src/go/gourl.ts";

const v = (minor: number, patch = 0) => ({ major: 1, minor, patch });
const go126 = v(26);

test("§1.1 separators: , and | on 1.15+, only , on 1.13–1.14", () => {
  const r = parseProxyList("https://a.example|https://b.example,direct", go126);
  assert.deepEqual(
    r.entries.map((e) => [e.url, e.fallback]),
    [
      ["https://a.example", "any"],
      ["https://b.example", "notfound"],
      ["direct", "notfound"],
    ],
  );
  const old = parseProxyList("https://a.example|https://b.example", v(14));
  assert.match(old.error!, /^parse "https:\/\/a.example|https:\/\/b.example": /);
});

test("§1.2 trimming, empty elements, case-sensitive keywords, entries after direct/off ignored", () => {
  const r = parseProxyList(" https://a.example , ,direct,ftp://bad", go126);
  assert.equal(r.error, undefined);
  assert.equal(r.emptyElements, 1);
  assert.deepEqual(r.ignored, ["ftp://bad"]);
  assert.equal(parseProxyList("Direct", go126).error, "invalid proxy URL missing scheme: Direct");
  assert.equal(
    parseProxyList("https://ok.example,ftp://bad", go126).error,
    "invalid proxy URL scheme (must be https, http, file): ftp://bad",
  );
  assert.equal(parseProxyList("noproxy", go126).error, "invalid proxy URL missing scheme: noproxy");
});

test("§1.2 hidden noproxy entry when GONOPROXY is set and GOPROXY is not exactly direct", () => {
  assert.equal(parseProxyList("off", go126, { gonoproxy: "x.com" }).entries[0]!.kind, "noproxy");
  assert.equal(parseProxyList("direct", go126, { gonoproxy: "x.com" }).entries[0]!.kind, "direct");
  // only the hidden entry is not enough
  assert.equal(
    parseProxyList(",", go126, { gonoproxy: "x" }).error,
    "GOPROXY list is not the empty string, but contains no entries",
  );
});

test("§1.3 the https:// rule and file:// rules", () => {
  for (const [el, adds] of [
    ["goproxy.cn", true],
    ["proxy.corp:8443", true],
    ["goproxy.cn/sub", true],
    ["foo", false],
    ["/srv/proxy", false],
    ["https://x", false],
  ] as const)
    assert.equal(addsHttps(el), adds, el);
  assert.equal(parseProxyList("goproxy.cn", go126).entries[0]!.url, "https://goproxy.cn");
  assert.equal(parseProxyList("/srv/p", go126).error, "invalid proxy URL missing scheme: /srv/p");
  assert.equal(parseProxyList("file:///srv/p", go126).error, undefined);
  assert.equal(
    parseProxyList("file://localhost/x", go126).error,
    "invalid file:// proxy URL with non-path elements: file://localhost/x",
  );
  assert.match(parseProxyList("file:/x", go126).error!, /non-path elements: file:\/x$/);
});

test("§1.3 url.Parse failures come back raw (unredacted), scheme errors redacted", () => {
  assert.equal(
    parseProxyList("https://u:secret@[::1", go126).error,
    `parse "https://u:secret@[::1": missing ']' in host`,
  );
  assert.equal(
    parseProxyList("https://a b.com", go126).error,
    `parse "https://a b.com": invalid character " " in host name`,
  );
  assert.equal(
    parseProxyList("ftp://u:pw@h", go126).error,
    "invalid proxy URL scheme (must be https, http, file): ftp://u:xxxxx@h",
  );
});

test("go1.26 parses hosts strictly (port from the first colon, IP literals checked); go1.24.4 does not", () => {
  assert.equal(
    parseProxyList("http://a:b:80", go126).error,
    `parse "http://a:b:80": invalid port ":b:80" after host`,
  );
  assert.equal(parseProxyList("http://a:b:80", v(24, 4)).error, undefined);
  assert.equal(
    parseProxyList("http://[1.2.3.4]:1", go126).error,
    `parse "http://[1.2.3.4]:1": invalid IP-literal`,
  );
  assert.equal(parseProxyList("http://[::1]:1", go126).error, undefined);
});

test("§1.5 display hides passwords and lone-username tokens", () => {
  const r = parseProxyList("https://TOKEN@h.example|https://u:pw@h.example", go126);
  assert.deepEqual(
    r.entries.map((e) => e.display),
    ["https://xxxxx@h.example", "https://u:xxxxx@h.example"],
  );
});

test("§1.6 default and empty values per version, the go env -w trap", () => {
  assert.equal(defaultGoproxy(v(12)), "direct");
  assert.equal(defaultGoproxy(v(13)), "https://proxy.golang.org,direct");
  assert.equal(effectiveGoproxy("", v(19), { GOPROXY: "" }), "https://proxy.golang.org,direct");
  assert.equal(effectiveGoproxy("", v(21), { GOPROXY: "" }), "");
  assert.equal(
    parseProxyList(" , ", go126).error,
    "GOPROXY list is not the empty string, but contains no entries",
  );
  assert.equal(parseProxyList(",", v(14)).behavesAsOff, true);
});

test("≤1.12: one value, comma and scheme errors", () => {
  assert.equal(parseProxyList("a,b", v(12)).error, "invalid $GOPROXY setting: cannot have comma");
  assert.match(parseProxyList("ftp://x", v(12)).error!, /malformed URL or invalid scheme/);
  assert.equal(parseProxyList("", v(12)).entries[0]!.kind, "direct");
});

test("URL printing follows URL.String", () => {
  const r = goUrlParse("http://u@@h.example/a b");
  assert.ok(r.ok);
  assert.equal(goUrlRedacted(r.url), "http://u%40@h.example/a%20b");
});
