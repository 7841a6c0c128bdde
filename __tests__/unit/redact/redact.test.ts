// Secrets in every form: Go's userinfo split (the last "@"), the forms a secret takes in
// output, and the one scrubber every printer uses.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import {
  goEscapeUserinfo,
  goUserinfo,
  redactList,
  redactUrlsInText,
  redactUrl,
  secretScrubber,
  settingSecrets,
  urlSecretForms,
  valueSecretForms,
} from "../../../src/redact/redact.ts";
import { parseCredentials, credentialSecrets } from "../../../src/credentials/input.ts";

const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("Go's userinfo", () => {
  test("split at the last @ of the authority; user and password at the first colon", () => {
    const u = goUserinfo("https://ci:p@ss:w%40rd@proxy.example:8443/p?q=a@b#x@y");
    assert.equal(u?.user, "ci");
    assert.equal(u?.password, "p@ss:w%40rd");
    assert.equal(
      goUserinfo("https://proxy.example/a@b"),
      undefined,
      "an @ in the path is not userinfo",
    );
    assert.equal(goUserinfo("ci:tok@egress:3128"), undefined, "no scheme: not a URL");
    assert.equal(goUserinfo("ci:tok@egress:3128", { schemeless: true })?.password, "tok");
  });
  test("Go's escaping of userinfo (url.UserPassword.String)", () => {
    assert.equal(goEscapeUserinfo("a@b:c/d?e#f"), "a%40b%3Ac%2Fd%3Fe%23f");
    assert.equal(goEscapeUserinfo("$&+,;=-_.~"), "$&+,;=-_.~");
    assert.equal(goEscapeUserinfo("!*'() é"), "%21%2A%27%28%29%20%C3%A9");
  });
});

describe("every form of a secret", () => {
  test("a password with raw @ and :, and with %40: raw, decoded, escaped, pair, Basic", () => {
    for (const [url, pw] of [
      ["https://ci:p@ss:word@h.example", "p@ss:word"],
      ["https://ci:p%40ss%3Aword@h.example", "p@ss:word"],
    ] as const) {
      const forms = urlSecretForms(url);
      for (const f of [pw, "p%40ss%3Aword", `ci:${pw}`, b64(`ci:${pw}`)])
        assert.ok(forms.includes(f), `${url}: ${f} missing from ${JSON.stringify(forms)}`);
    }
  });
  test("a user name given alone is a token: its forms and its Basic header (empty password)", () => {
    const forms = urlSecretForms("https://ghp_tok%2Fen@h.example");
    for (const f of ["ghp_tok%2Fen", "ghp_tok/en", b64("ghp_tok/en:")])
      assert.ok(forms.includes(f), f);
  });
  test("setting values: each URL of a list, with or without scheme", () => {
    const s = settingSecrets([
      "https://a:pw-one@p1.example|https://tok-two@p2.example,direct",
      "user:pw-three@egress:3128",
    ]);
    for (const f of ["pw-one", "tok-two", "pw-three", b64("a:pw-one")]) assert.ok(s.includes(f), f);
  });
  test("credentials input: fields split at any white space Go's .netrc reader splits at", () => {
    for (const sep of [" ", "\t", "\u00a0", "\u2003", "\u0085", "\v", "\f", " \u3000 "]) {
      const p = parseCredentials(`h.example${sep}ci-bot${sep}tok-${sep.length}x\r\n`);
      assert.equal(p.entries.length, 1, JSON.stringify(sep));
      assert.equal(p.entries[0]!.token, `tok-${sep.length}x`);
    }
    const forms = credentialSecrets({ user: "ci", token: "t@k%3A" });
    for (const f of ["t@k%3A", "t@k:", "ci:t@k%3A", b64("ci:t@k:"), b64("ci:t@k%3A")])
      assert.ok(forms.includes(f), f);
  });
});

describe("redaction", () => {
  test("URLs: Go's form, up to the last @ (nothing of the password is left)", () => {
    assert.equal(redactUrl("https://ci:p@ss@h.example/x"), "https://ci:xxxxx@h.example/x");
    assert.equal(redactUrl("https://ghp_x@h.example"), "https://xxxxx@h.example");
    assert.equal(
      redactList("https://ci:p@ss@a,user:pw@b|direct"),
      "https://ci:xxxxx@a,user:xxxxx@b|direct",
    );
    assert.equal(
      redactUrlsInText("get https://ci:p@ss@h.example/m/@v/list: 404; https://https://t@h2"),
      "get https://ci:xxxxx@h.example/m/@v/list: 404; https://https://xxxxx@h2",
    );
  });
  test("scrubber: every occurrence, overlaps merged, short values left alone", () => {
    const scrub = secretScrubber(["bcd", "abcdef", "xyz", "ab"]);
    assert.equal(scrub("0abcdef1 bcd xyzxyz ab"), "0xxxxx1 xxxxx xxxxx ab");
    assert.equal(scrub("zabcdez"), "zaxxxxxez");
    assert.equal(secretScrubber([])("text"), "text");
  });
  test("scrubbing a value with its own forms leaves none of them", () => {
    const v = "https://u:p@ss%3Aw@h.example,https://ghp_abc@h2,x:y-z@h3";
    const text = `${v} ${decodeURIComponent("p@ss%3Aw")} ${b64("u:p@ss:w")}`;
    const out = secretScrubber(valueSecretForms(v))(text);
    for (const s of ["p@ss", "ghp_abc", "y-z", b64("u:p@ss:w")])
      assert.ok(!out.includes(s), `${s} in ${out}`);
  });
});
