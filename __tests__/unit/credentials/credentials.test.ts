// The credentials input → .netrc (Go's matching rules), git credential helper, masking, cleanup.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseCredentials } from "../../../src/credentials/input.ts";
import { parseNetrc } from "../../../src/net/netrc.ts";
import {
  cleanupCredentials,
  credentialsSecrets,
  setupCredentials,
} from "../../../src/credentials/setup.ts";
import { parseGoVersion } from "../../../src/go/version.ts";

const run = promisify(execFile);
const go126 = parseGoVersion("1.26")!;
const go119 = parseGoVersion("1.19")!;
const TOKEN = "tok_9f8e7d6c5b4a";

test("parse: comments, blanks, CRLF; malformed lines named by number, never quoted", () => {
  const text = [
    "# private proxy",
    "",
    `goproxy.corp.example:8443 ci-bot ${TOKEN}`,
    `  git.corp.example\tci-bot\tother_secret_1  `,
    `https://bad.example ci-bot scheme_secret_2`,
    `only.host.example tokenonly_secret_3`,
    `host.example user with space_secret_4`,
    `goproxy.corp.example:8443 again dup_secret_5`,
    `host.example:99999 u port_secret_6`,
  ].join("\r\n");
  const p = parseCredentials(text);
  assert.deepEqual(
    p.entries.map((e) => [e.host, e.user, e.line]),
    [
      ["goproxy.corp.example:8443", "ci-bot", 3],
      ["git.corp.example", "ci-bot", 4],
    ],
  );
  const lines = p.diagnostics.map((d) => /line (\d+)/.exec(d.message)?.[1]);
  assert.deepEqual(lines, ["5", "6", "7", "8", "9"]);
  const all = JSON.stringify(p.diagnostics);
  for (const s of [
    TOKEN,
    "other_secret_1",
    "scheme_secret_2",
    "tokenonly_secret_3",
    "space_secret_4",
    "dup_secret_5",
    "port_secret_6",
  ]) {
    assert.ok(!all.includes(s), `diagnostics leak ${s}`);
    assert.ok(p.secrets.includes(s) || p.secrets.some((x) => x.includes(s)), `${s} is masked`);
  }
  assert.equal(p.diagnostics.filter((d) => d.severity === "error").length, 4);
});

test("setup writes a private 0600 .netrc, keeps the user's, appends git helpers; cleanup removes it", async () => {
  const tmp = await mkdtemp(join(tmpdir(), "creds-test-"));
  try {
    const home = join(tmp, "home");
    await run("mkdir", ["-p", home]);
    await writeFile(
      join(home, ".netrc"),
      "machine old.example login olduser password oldpass_secret\n",
    );
    const input = `goproxy.corp.example:8443 ci-bot ${TOKEN}\n127.0.0.1:9 gituser git_tok_'quote\n`;
    const masked = credentialsSecrets(input);
    assert.ok(masked.includes(TOKEN));
    assert.ok(masked.includes(Buffer.from(`ci-bot:${TOKEN}`).toString("base64")));
    const env = {
      HOME: home,
      GIT_CONFIG_COUNT: "1",
      GIT_CONFIG_KEY_0: "a.b",
      GIT_CONFIG_VALUE_0: "c",
    };
    const s = await setupCredentials({ credentials: input, env, goVersion: go126, tempDir: tmp });
    assert.ok(s.secrets.includes(TOKEN) && s.secrets.includes("oldpass_secret"));
    const netrc = s.env.NETRC!;
    assert.equal((await stat(netrc)).mode & 0o777, 0o600);
    assert.equal((await stat(s.state.dir!)).mode & 0o777, 0o700);
    const entries = parseNetrc(await readFile(netrc, "utf8"));
    assert.deepEqual(
      entries.map((e) => e.machine),
      ["goproxy.corp.example:8443", "127.0.0.1:9", "old.example"],
    );
    assert.equal(s.env.GIT_CONFIG_COUNT, "3");
    assert.equal(s.env.GIT_CONFIG_KEY_1, "credential.https://goproxy.corp.example:8443.helper");
    assert.ok(!JSON.stringify(s.diagnostics).includes(TOKEN));
    assert.ok(!Object.values(s.env).some((v) => v.includes(TOKEN)), "no token in exported values");
    assert.deepEqual(JSON.parse(JSON.stringify(s.state)), s.state);

    // Real git asks the helper, and gets an answer only for our hosts over https.
    const gitEnv = {
      PATH: process.env.PATH!,
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_TERMINAL_PROMPT: "0",
      ...env,
      ...s.env,
    };
    const fill = async (url: string) => {
      const child = execFile("git", ["credential", "fill"], { env: gitEnv, cwd: tmp });
      child.stdin!.end(`url=${url}\n\n`);
      let out = "";
      child.stdout!.on("data", (d) => (out += d));
      const code = await new Promise<number>((r) => child.on("close", (c) => r(c ?? 1)));
      return { code, out };
    };
    const ok = await fill("https://127.0.0.1:9/some/repo.git");
    assert.equal(ok.code, 0);
    assert.match(ok.out, /username=gituser\npassword=git_tok_'quote\n/);
    const other = await fill("https://elsewhere.example/repo.git");
    assert.notEqual(other.code, 0, "no answer (and no prompt) for other hosts");
    const plain = await fill("http://127.0.0.1:9/repo.git");
    assert.notEqual(plain.code, 0, "never over http");

    await cleanupCredentials(JSON.stringify(s.state));
    assert.ok(!existsSync(s.state.dir!));
    assert.ok(!existsSync(netrc));
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});

test("GOAUTH: off warns on 1.24+, a list without netrc warns, older Go ignores GOAUTH", async () => {
  const tmp = await mkdtemp(join(tmpdir(), "creds-test-"));
  try {
    const input = `h.example u ${TOKEN}\n`;
    const off = await setupCredentials({
      credentials: input,
      env: { GOAUTH: "off" },
      goVersion: go126,
      tempDir: tmp,
    });
    assert.ok(
      off.diagnostics.some((d) => d.rule === "credentials-goauth-off" && d.severity === "warning"),
    );
    assert.equal(off.env.GOAUTH, undefined, "GOAUTH is never changed");
    const custom = await setupCredentials({
      credentials: input,
      env: { GOAUTH: "/bin/helper" },
      goVersion: go126,
      tempDir: tmp,
    });
    assert.ok(custom.diagnostics.some((d) => d.rule === "credentials-goauth-without-netrc"));
    const def = await setupCredentials({
      credentials: input,
      env: {},
      goVersion: go126,
      tempDir: tmp,
    });
    assert.ok(!def.diagnostics.some((d) => d.rule.startsWith("credentials-goauth")));
    const old = await setupCredentials({
      credentials: input,
      env: { GOAUTH: "off" },
      goVersion: go119,
      tempDir: tmp,
    });
    assert.ok(
      old.diagnostics.some(
        (d) => d.rule === "credentials-goauth-ignored" && d.severity === "notice",
      ),
    );
    const none = await setupCredentials({
      credentials: "# nothing\n",
      env: {},
      goVersion: go126,
      tempDir: tmp,
    });
    assert.deepEqual(none.env, {});
    assert.deepEqual(none.files, []);
    for (const s of [off, custom, def, old]) await cleanupCredentials(s.state);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});
