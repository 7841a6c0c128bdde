// Go's egress-proxy choice (golang.org/x/net/http/httpproxy), case by case.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import {
  egressFor,
  egressFromEnv,
  parseEgressProxy,
  useProxy,
} from "../../../src/net/env-proxy.ts";

const via = (env: Record<string, string>, url: string) => {
  const d = egressFor(egressFromEnv(env), url);
  return d.kind === "proxy" ? d.url : d.kind;
};

test("upper case wins; an empty value counts as unset; https uses HTTPS_PROXY only", () => {
  assert.equal(
    via({ HTTPS_PROXY: "http://up:1", https_proxy: "http://low:1" }, "https://a.example/x"),
    "http://up:1",
  );
  assert.equal(
    via({ HTTPS_PROXY: "", https_proxy: "http://low:1" }, "https://a.example/x"),
    "http://low:1",
  );
  assert.equal(via({ HTTP_PROXY: "http://h:1" }, "https://a.example/x"), "direct");
  assert.equal(via({ HTTP_PROXY: "http://h:1" }, "http://a.example/x"), "http://h:1");
  assert.equal(via({ HTTPS_PROXY: "http://s:1" }, "http://a.example/x"), "direct");
});

test("a bare host:port gets http://; socks5 is kept; garbage is ignored (direct)", () => {
  assert.equal(parseEgressProxy("proxy.corp:3128"), "http://proxy.corp:3128");
  assert.equal(parseEgressProxy("socks5://s:1080"), "socks5://s:1080");
  assert.equal(parseEgressProxy("https://p:443"), "https://p:443");
  const env = egressFromEnv({ HTTPS_PROXY: "%zz" });
  assert.equal(env.config.httpsProxy, undefined);
  assert.deepEqual(
    env.config.invalid.map((i) => i.variable),
    ["HTTPS_PROXY"],
  );
});

test("localhost and loopback literals never use a proxy; a name is not resolved", () => {
  const env = { HTTPS_PROXY: "http://p:1" };
  assert.equal(via(env, "https://localhost:8443/x"), "direct");
  assert.equal(via(env, "https://127.0.0.1:8443/x"), "direct");
  assert.equal(via(env, "https://127.9.9.9/x"), "direct");
  assert.equal(via(env, "https://[::1]:8443/x"), "direct");
  assert.equal(via(env, "https://goproxy.test:8443/x"), "http://p:1");
  assert.equal(via(env, "https://localhost.localdomain/x"), "http://p:1");
});

test("NO_PROXY: domains, leading dot, *., ports, IPs, CIDRs, *", () => {
  const cases: [string, string, string, boolean][] = [
    // [NO_PROXY, host, port, useProxy]
    ["foo.com", "foo.com", "443", false],
    ["foo.com", "bar.foo.com", "443", false],
    ["foo.com", "barfoo.com", "443", true],
    [".foo.com", "foo.com", "443", true],
    [".foo.com", "x.foo.com", "443", false],
    ["*.foo.com", "foo.com", "443", true],
    ["*.foo.com", "x.foo.com", "443", false],
    ["foo.com:8443", "foo.com", "443", true],
    ["foo.com:8443", "foo.com", "8443", false],
    [" FOO.com ", "foo.com", "443", false],
    ["10.0.0.1", "10.0.0.1", "443", false],
    ["10.0.0.1:80", "10.0.0.1", "443", true],
    ["10.0.0.0/8", "10.2.3.4", "443", false],
    ["10.0.0.0/8", "11.2.3.4", "443", true],
    ["10.0.0.0/8", "ten.example", "443", true],
    ["[2001:db8::1]:443", "2001:db8::1", "443", false],
    ["2001:db8::/32", "2001:db8::5", "443", false],
    ["*", "anything.example", "443", false],
    ["a.com,*", "b.com", "443", false],
    ["a.com;b.com", "b.com", "443", true],
    ["", "a.com", "443", true],
  ];
  for (const [np, host, port, want] of cases) {
    assert.equal(useProxy(np, host, port), want, `NO_PROXY=${JSON.stringify(np)} ${host}:${port}`);
  }
  assert.equal(
    via({ HTTPS_PROXY: "http://p:1", no_proxy: "corp.example" }, "https://x.corp.example/a"),
    "direct",
  );
  assert.equal(
    via({ HTTPS_PROXY: "http://p:1", NO_PROXY: "corp.example:443" }, "https://corp.example/a"),
    "direct",
  );
});

test("CGI: HTTP_PROXY is refused for http requests", () => {
  const d = egressFor(
    egressFromEnv({ HTTP_PROXY: "http://p:1", REQUEST_METHOD: "GET" }),
    "http://a.example/",
  );
  assert.equal(d.kind, "error");
});
