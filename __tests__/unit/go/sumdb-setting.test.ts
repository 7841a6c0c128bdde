import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { SUM_GOLANG_ORG_KEY, parseGosumdb } from "../../../src/go/sumdb-setting.ts";
import { checkVerifierKey } from "../../../src/go/verifier-key.ts";
import { verifierKey } from "../../../src/sumdb/note.ts";

const raw = generateKeyPairSync("ed25519")
  .publicKey.export({ format: "der", type: "spki" })
  .subarray(-32);

test("the default key verifies (hash 033de0ae, 33 bytes, algorithm 1)", () => {
  const check = checkVerifierKey(SUM_GOLANG_ORG_KEY);
  assert.ok(check.ok);
  assert.deepEqual(
    { name: check.name, hash: check.hash, algorithm: check.algorithm, key: check.publicKey.length },
    { name: "sum.golang.org", hash: 0x033de0ae, algorithm: 1, key: 32 },
  );
});

test("§3 accepted forms and errors", () => {
  assert.deepEqual(parseGosumdb("off"), { kind: "off" });
  const alias = parseGosumdb("sum.golang.google.cn");
  assert.equal(alias.kind === "db" && alias.url, "https://sum.golang.google.cn");
  assert.equal(parseGosumdb("sum.golang.org").kind, "db");
  const err = (v: string) => {
    const s = parseGosumdb(v);
    return s.kind === "error" ? s.error : s.kind;
  };
  assert.equal(err("sum.example.com"), "invalid GOSUMDB: malformed verifier id");
  assert.equal(err("a b c"), "invalid GOSUMDB: too many fields");
  assert.equal(err("   "), "missing GOSUMDB");
  assert.equal(err(" off"), "invalid GOSUMDB: malformed verifier id");
  const good = verifierKey("db.test", raw);
  assert.equal(err(good), "db");
  const [n, h] = good.split("+") as [string, string];
  const k = good.slice(n.length + h.length + 2);
  const flipped = h.slice(0, 7) + (h[7] === "0" ? "1" : "0");
  assert.equal(err(`${n}+${flipped}+${k}`), "invalid GOSUMDB: invalid verifier hash");
  assert.equal(
    err(`${n}+${h}+${k} %zz`),
    `invalid GOSUMDB URL: parse "%zz": invalid URL escape "%zz"`,
  );
  assert.equal(
    err(verifierKey("db.test/", raw)),
    "invalid sumdb name (must be host[/path]): db.test/",
  );
  const bad = parseGosumdb(verifierKey("a%zz.test", raw));
  assert.ok(bad.kind === "error" && bad.crashes);
});
