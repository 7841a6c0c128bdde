// A generated corpus of 12,000 setting values through checkSettings: it never throws, every
// diagnostic names its variable, and no secret planted in a URL shows up in any diagnostic.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { checkSettings } from "../../../src/check/static.ts";
import { type CheckEnv } from "../../../src/check/context.ts";
import { GO_VARIABLES } from "../../../src/go/env.ts";
import { mulberry32 } from "../../support/seeded-random.ts";

const PIECES = [
  "direct",
  "off",
  "Direct",
  "OFF",
  "noproxy",
  ",",
  "|",
  ";",
  " ",
  "\t",
  "\n",
  "",
  "/",
  "//",
  ":",
  "@",
  "[",
  "]",
  "%",
  "%zz",
  "%41",
  "?",
  "#",
  "*",
  "\\",
  "https://",
  "http://",
  "file://",
  "ftp://",
  "proxy.example",
  "127.0.0.1:1",
  "[::1]",
  "[::1",
  "sum.golang.org",
  "off ",
  ".example.com",
  "github.com",
  "github.com/org/",
  "[a-",
  "\u00e9",
  "\u2003",
  "\ufeff",
  "\u0000",
  "\u007f",
  "\ud83d\ude00",
  "sum.golang.google.cn",
  "go1.22",
  "go1.22.0+auto",
  "local",
  "-mod=vendor",
  "-insecure",
  "'",
  '"',
];

const VARS = [...GO_VARIABLES, "goproxy", "GONOSUMCHECK", "GONOVERIFY", "GOPRIVTE"];

function secretValue(r: () => number, secrets: string[]): string {
  const secret = `S3CR${Math.floor(r() * 1e9).toString(36)}T`;
  secrets.push(secret);
  const scheme = ["https://", "http://", "file://", "", "HTTPS://", "ftp://"][Math.floor(r() * 6)]!;
  const form = Math.floor(r() * 5);
  const userinfo =
    form === 0
      ? `${secret}@`
      : form === 1
        ? `user:${secret}@`
        : form === 2
          ? `u:${secret}@x@`
          : form === 3
            ? `${secret}:@`
            : `us%3A:${secret}%40@`;
  const host = ["h.example", "[::1", "a b", "127.0.0.1:1", "h.example:x", ""][Math.floor(r() * 6)]!;
  return `${scheme}${userinfo}${host}${r() < 0.5 ? "/p" : ""}`;
}

function randomValue(r: () => number, secrets: string[]): string {
  const kind = r();
  if (kind < 0.02) return "x".repeat(1 + Math.floor(r() * 20000));
  if (kind < 0.05) {
    let s = "";
    for (let i = 0; i < 1 + r() * 40; i++) s += String.fromCharCode(Math.floor(r() * 0x3000));
    return s;
  }
  const parts: string[] = [];
  const n = 1 + Math.floor(r() * 8);
  for (let i = 0; i < n; i++) {
    if (r() < 0.3) parts.push(secretValue(r, secrets));
    else parts.push(PIECES[Math.floor(r() * PIECES.length)]!);
  }
  return parts.join(r() < 0.5 ? "" : [",", "|", " ", ";"][Math.floor(r() * 4)]!);
}

test("fuzz: 12,000 generated values through checkSettings", () => {
  const r = mulberry32(20240601);
  let diagnostics = 0;
  for (let i = 0; i < 12_000; i++) {
    const secrets: string[] = [];
    const env: Record<string, string> = {};
    const nvars = 1 + Math.floor(r() * 4);
    for (let k = 0; k < nvars; k++)
      env[VARS[Math.floor(r() * VARS.length)]!] = randomValue(r, secrets);
    const goVersion = { major: 1, minor: 11 + Math.floor(r() * 17), patch: 0 };
    const requirements =
      r() < 0.2
        ? [{ path: randomValue(r, []).slice(0, 80) || "x", file: "go.mod", line: 3 }]
        : undefined;
    let d;
    try {
      d = checkSettings(env as CheckEnv, { goVersion, ...(requirements ? { requirements } : {}) });
    } catch (e) {
      assert.fail(`threw on ${JSON.stringify(env)} (go1.${goVersion.minor}): ${String(e)}`);
    }
    diagnostics += d.length;
    for (const x of d) {
      assert.ok(typeof x.variable === "string" && x.variable.length > 0, JSON.stringify(x));
      assert.ok(
        x.variable in env ||
          x.variable === "go.mod" ||
          ["GOPROXY", "GOSUMDB", "GOTOOLCHAIN", "GOPRIVATE"].includes(x.variable),
        `${x.variable} not in ${Object.keys(env)}`,
      );
      const text = JSON.stringify(x);
      for (const s of secrets)
        assert.ok(!text.includes(s), `secret ${s} leaked: ${text}\ninput ${JSON.stringify(env)}`);
    }
  }
  assert.ok(diagnostics > 12_000);
});
