// Differential suite: GOPROXY, GOSUMDB and pattern values run through real `go mod download`
// and through the checker. The checker must report an error for exactly the values Go rejects
// (with Go's own message where we mirror it), and pattern decisions must equal what Go did
// (observed with -x: `?go-get=1`/git lines mean direct, `# get <proxy>` means the proxy).
//
// Nothing leaves the machine: proxies listen on 127.0.0.1, HTTP(S)_PROXY point at a closed
// loopback port so any non-loopback request (a direct ?go-get=1 lookup, sum.golang.org, a
// made-up proxy host) is refused without a DNS lookup, and git maps the fixture host to local
// repositories.
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFixtures, isolatedGoEnv, type Fixtures } from "../../support/fixtures.ts";
import { startProxy, type ProxyServer } from "../../support/proxy-server.ts";
import { testedToolchains, type Toolchain } from "../../support/toolchains.ts";
import { checkSettings } from "../../../src/check/static.ts";
import { parseProxyList } from "../../../src/go/proxy-list.ts";
import { parseGosumdb } from "../../../src/go/sumdb-setting.ts";
import { keyHash } from "../../../src/go/verifier-key.ts";
import { verifierKey } from "../../../src/sumdb/note.ts";
import { routeModule } from "../../../src/go/patterns.ts";
import { parseGoVersion, type GoVersion } from "../../../src/go/version.ts";

const FIXTURE = "github.com/goproxy-fixture/alpha";
const CLOSED = "http://127.0.0.1:1";

let fx: Fixtures;
let A: ProxyServer; // serves the fixture tree
let N: ProxyServer; // 404 for everything
let E: ProxyServer; // 500 for everything
let work: string;
const toolchains: Toolchain[] = testedToolchains();

beforeAll(async () => {
  fx = await buildFixtures([{ path: "alpha", versions: [{ version: "v1.0.0" }] }]);
  A = await startProxy({ dir: fx.proxyDir });
  N = await startProxy({});
  E = await startProxy({ faults: [{ path: "/", status: 500 }] });
  work = await mkdtemp(join(tmpdir(), "goproxy-diff-"));
});

afterAll(async () => {
  await Promise.all([A?.close(), N?.close(), E?.close()]);
  await fx?.cleanup();
  if (work) await rm(work, { recursive: true, force: true });
});

interface GoRun {
  stdout: string;
  stderr: string;
  error: string;
}

let runCounter = 0;

async function runGo(
  tc: Toolchain,
  vars: Record<string, string | undefined>,
  target: string,
  userEnvFile?: string,
): Promise<GoRun> {
  const dir = join(work, `r${runCounter++}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "go.mod"), "module example.com/main\n\ngo 1.16\n");
  const goenv = join(dir, "goenv");
  await writeFile(goenv, userEnvFile ?? "");
  const env = isolatedGoEnv(dir, {
    ...fx.gitEnv,
    GOCACHE: join(work, "gocache"),
    GOENV: goenv,
    HTTPS_PROXY: CLOSED,
    HTTP_PROXY: CLOSED,
    https_proxy: CLOSED,
    http_proxy: CLOSED,
    NO_PROXY: "",
    no_proxy: "",
    GOSUMDB: "off",
    GOINSECURE: undefined,
    ...vars,
  });
  return new Promise((resolve) => {
    execFile(
      tc.goBin,
      ["mod", "download", "-x", "-json", `${target}@v1.0.0`],
      { cwd: dir, env, timeout: 60_000, maxBuffer: 16 << 20 },
      (_err, stdout, stderr) => {
        let error = "";
        const m = /"Error": "((?:[^"\\]|\\.)*)"/.exec(stdout);
        if (m) error = JSON.parse(`"${m[1]}"`) as string;
        else if (!stdout.includes('"Path"')) error = stderr.trim();
        void rm(dir, { recursive: true, force: true }).catch(() => undefined);
        resolve({ stdout, stderr, error });
      },
    );
  });
}

/** Runs jobs two at a time (the machine has 2 cores). */
async function pool<T>(jobs: (() => Promise<T>)[], width = 2): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return out;
}

function fill(t: string): string {
  const aHost = A.url.replace(/^http:\/\//, "");
  return t
    .replaceAll("{A}", A.url)
    .replaceAll("{AHOST}", aHost)
    .replaceAll("{APORT}", aHost.split(":")[1]!)
    .replaceAll("{N}", N.url)
    .replaceAll("{E}", E.url)
    .replaceAll("{TREE}", fx.proxyDir);
}

// ---------------------------------------------------------------------------------------------
// GOPROXY

const GOPROXY_VALUES = [
  "{A}",
  "{A}/",
  "{A}//",
  "{A},direct",
  "{A}|direct",
  "{N},{A}",
  "{N}|{A}",
  "{E},{A}",
  "{E}|{A}",
  " {A} ",
  "{A} , direct",
  ",{A}",
  "{A},,",
  "direct",
  "off",
  "direct,ftp://bad",
  "off,ftp://bad",
  "{A},ftp://bad",
  "ftp://bad,{A}",
  "Direct",
  "OFF",
  "DIRECT,{A}",
  "foo",
  "noproxy",
  "/srv/proxy",
  "file://{TREE}",
  "file://{TREE}/",
  "file://localhost{TREE}",
  "file:{TREE}",
  "file:relative",
  "file://{TREE}?x=1",
  "file://{TREE}#frag",
  "file://u@{TREE}",
  ",",
  " , ",
  "|",
  " | ",
  ",,,",
  "\t",
  " ",
  "127.0.0.1:{APORT}",
  "localhost:{APORT}",
  "a:b",
  "{A}:x",
  "http://[::1",
  "http://a b.com",
  "https://u:s3cretpw@[::1",
  "http://h.invalid/%zz",
  "http://%zz/",
  "http://h%41.invalid/",
  "http://h%C3%A9.invalid/",
  "HTTP://{AHOST}",
  "Https://x.invalid",
  "https://x.invalid|https://y.invalid",
  "1http://x",
  ":foo",
  "://x",
  "http:x",
  "http:/x",
  "gopher://x",
  "ws://x",
  "git+ssh://x",
  "s3://bucket",
  "https://x.invalid?q=1",
  "https://x.invalid#f",
  "http://user:pw@127.0.0.1:1",
  "http://tok3n@127.0.0.1:1",
  "https://user:pw@127.0.0.1:1",
  "https://tok3n@127.0.0.1:1",
  "http://u:p@{AHOST}",
  "*",
  "a|b",
  "http://x.invalid|ftp://y",
  "http://x\u00e9.invalid",
  "http://x.invalid/\u00e9",
  "http://[::1]:1",
  "http://[::1]x",
  "http://[fe80::1%25en0]:1",
  "http://[fe80::1%en0]:1",
  "http://127.0.0.1:99999",
  "http://:80",
  "http://",
  "https://",
  "http:",
  "file://",
  "file:///",
  "direct|{A}",
  "off|direct",
  "{A}|off",
  "x.invalid/sub",
  "goproxy.invalid",
  "proxy.invalid:8443",
  "proxy.invalid:abc",
  "proxy.invalid:/x",
  "C:\\proxy",
  "\\\\server\\share",
  "http://a\u0001b",
  "\u2003{A}\u2003",
  "\ufeff{A}",
  "{A}\n",
  "{A}\ndirect",
  "{N},off",
  "{N}",
  "{E}",
  "https://[::1]:1/p",
  // Newer releases (go1.26) take the port from the first colon and check IP literals.
  "http://h.invalid:b:80",
  "http://[127.0.0.1]:1",
  "http://h.invalid:",
  "http://@h.invalid",
  "http://u@@h.invalid",
  "http://u\u00e9@h.invalid",
  "http://h.invalid/a%2Fb",
  "mailto:x@y",
  "javascript:alert(1)",
];

const GO_REJECTS =
  /panic: |invalid proxy URL|invalid file:\/\/ proxy URL|GOPROXY list is not the empty string|refusing to pass credentials|(^|: )parse "|invalid \$GOPROXY setting|invalid GOSUMDB|missing GOSUMDB|invalid sumdb name/;

interface Outcome {
  label: string;
  agree: boolean;
  detail: string;
}

const results: Record<string, { cases: number; disagreements: string[]; ms: number }> = {};

function record(kind: string, tc: Toolchain, outcomes: Outcome[], ms: number) {
  const key = `${kind} go${tc.version}`;
  results[key] = {
    cases: outcomes.length,
    disagreements: outcomes.filter((o) => !o.agree).map((o) => `${o.label}: ${o.detail}`),
    ms,
  };
}

for (const tc of toolchains) {
  const v = parseGoVersion(tc.version) as GoVersion;

  test(`GOPROXY: checker errors exactly where go${tc.version} rejects`, async () => {
    const t0 = performance.now();
    const outcomes = await pool(
      GOPROXY_VALUES.map((tmpl) => async (): Promise<Outcome> => {
        const value = fill(tmpl);
        const run = await runGo(tc, { GOPROXY: value }, FIXTURE);
        const goRejected = GO_REJECTS.test(run.error);
        const diags = checkSettings({ GOPROXY: value, GOSUMDB: "off" }, { goVersion: v });
        const ours = diags.filter((d) => d.variable === "GOPROXY" && d.severity === "error");
        const weReject = ours.length > 0;
        const parsed = parseProxyList(value, v);
        // Go refuses credentials at request time and names the request URL (a lone username in
        // clear), so only the fixed part of that message is compared.
        const expected = (
          parsed.error ?? (weReject ? "refusing to pass credentials to insecure URL: " : "")
        ).replace(/ParseAddr\((".*?")\).*$/, "ParseAddr($1)");
        let agree = goRejected === weReject;
        let detail = `go: ${goRejected ? "rejects" : "accepts"} (${JSON.stringify(run.error.slice(0, 160))}); checker: ${weReject ? ours.map((d) => d.rule).join(",") : "no error"}`;
        if (agree && goRejected && !run.error.includes(expected)) {
          agree = false;
          detail += `; message differs: ours ${JSON.stringify(expected)}`;
        }
        return { label: JSON.stringify(tmpl), agree, detail };
      }),
    );
    record("GOPROXY", tc, outcomes, performance.now() - t0);
    const bad = outcomes.filter((o) => !o.agree);
    assert.deepEqual(
      bad,
      [],
      `${bad.length} disagreements:\n${bad.map((b) => `${b.label} ${b.detail}`).join("\n")}`,
    );
  });

  test(`GOSUMDB: checker errors exactly where go${tc.version} rejects`, async () => {
    const t0 = performance.now();
    const { publicKey } = generateKeyPairSync("ed25519");
    const raw = publicKey.export({ format: "der", type: "spki" }).subarray(-32);
    const good = verifierKey("sumdb.test", raw);
    const [name, hash, key] = good.split("+") as [string, string, string];
    const flip = (h: string) => h.slice(0, 7) + (h[7] === "0" ? "1" : "0");
    const keyBytes = Buffer.from(key, "base64");
    const alg2 = Buffer.from(keyBytes);
    alg2[0] = 2;
    const short = keyBytes.subarray(0, 32);
    const alg2Key = `${name}+${require32(alg2, name)}+${alg2.toString("base64")}`;
    const shortKey = `${name}+${require32(short, name)}+${short.toString("base64")}`;
    const values = [
      "off",
      " off",
      "OFF",
      "sum.golang.org",
      "sum.golang.google.cn",
      "sum.example.com",
      good,
      `${good} ${CLOSED}`,
      `${good} ${CLOSED} extra`,
      `${name}+${flip(hash)}+${key}`,
      `${name}+${hash.toUpperCase()}+${key}`,
      `${name}+${hash}+${key.slice(0, -1)}`,
      `${name}+${hash}+${key}=`,
      `${name}+${hash.slice(0, 7)}+${key}`,
      `${name}+0x${hash.slice(2)}+${key}`,
      alg2Key,
      shortKey,
      `${name}+${hash}`,
      `${name}`,
      "+",
      "++",
      `${good} %zz`,
      `${good} http://[::1`,
      `\t${good}\t`,
      `${good}\u00a0${CLOSED}`,
      verifierKey("127.0.0.1:1", raw),
      verifierKey("sumdb.test/sub", raw),
      verifierKey("sumdb.test/", raw),
      verifierKey("sumdb.test?x", raw),
      verifierKey("sumdb.test#f", raw),
      verifierKey("sum%zz.test", raw),
      verifierKey("u@sumdb.test", raw),
      verifierKey("sumdb.test:x", raw),
      verifierKey("Sumdb.Test", raw),
      verifierKey("sumdb.test/a%2Fb", raw),
      verifierKey("sumdb.test/a b", raw),
      verifierKey("[::1]:1", raw),
      `sum.golang.org ${CLOSED}`,
      `sum.golang.org ${CLOSED} x`,
      `sum.golang.google.cn ${CLOSED}`,
    ];
    const outcomes = await pool(
      values.map((value) => async (): Promise<Outcome> => {
        const run = await runGo(tc, { GOPROXY: A.url, GOSUMDB: value }, FIXTURE);
        const goRejected = GO_REJECTS.test(run.error);
        const diags = checkSettings({ GOPROXY: A.url, GOSUMDB: value }, { goVersion: v });
        const ours = diags.filter((d) => d.variable === "GOSUMDB" && d.severity === "error");
        const weReject = ours.length > 0;
        let agree = goRejected === weReject;
        let detail = `go: ${goRejected ? "rejects" : "accepts"} (${JSON.stringify(run.error.slice(-300))}); checker: ${weReject ? ours.map((d) => d.rule).join(",") : "no error"}`;
        const s = parseGosumdb(value, v);
        if (agree && s.kind === "error" && s.crashes) {
          agree = /panic: .*nil pointer dereference/.test(run.stderr);
          detail += "; expected the nil-pointer panic";
        } else if (agree && goRejected && s.kind === "error") {
          const want = s.error;
          if (!run.error.includes(want)) {
            agree = false;
            detail += `; message differs: ours ${JSON.stringify(want)}`;
          }
        }
        // A value Go accepts must really have been used: off succeeds, others try to connect.
        return {
          label: JSON.stringify(
            value.length > 90 ? value.slice(0, 40) + "…" + value.slice(-30) : value,
          ),
          agree,
          detail,
        };
      }),
    );
    record("GOSUMDB", tc, outcomes, performance.now() - t0);
    const bad = outcomes.filter((o) => !o.agree);
    assert.deepEqual(
      bad,
      [],
      `${bad.length} disagreements:\n${bad.map((b) => `${b.label} ${b.detail}`).join("\n")}`,
    );
  });

  test(`patterns: matchPrefixPatterns decides like go${tc.version} (direct vs proxy, seen with -x)`, async () => {
    const t0 = performance.now();
    const cases: { vars: Record<string, string>; target: string }[] = [];
    const pairs: [string, string][] = [
      [".example.com", "sub.example.com/x"],
      ["example.com", "example.com/foo/bar"],
      ["example.com", "example.com"],
      ["example.com", "sub.example.com/foo"],
      ["example.com", "example.com.evil.org/x"],
      ["*.example.com", "sub.example.com/x"],
      ["*.example.com", "a.b.example.com/x"],
      ["*.example.com", "example.com/x"],
      ["*.corp", "a.b.corp/x"],
      ["github.com/org", "github.com/organization/x"],
      ["github.com/org/*", "github.com/org"],
      ["github.com/org/", "github.com/org/repo"],
      ["a.com, b.com", "b.com/x"],
      ["a.com, b.com", "a.com/x"],
      ["a.com;b.com", "a.com/x"],
      ["a.com;b.com", "b.com/x"],
      ["[a-", "a.com/x"],
      ["[a-z].com", "a.com/x"],
      ["[!a].com", "b.com/x"],
      ["[^a].com", "b.com/x"],
      ["[^a].com", "a.com/x"],
      ["Example.com", "example.com/x"],
      ["example.com/", "example.com/x"],
      ["example.com//", "example.com/x"],
      ["*", "example.com/x"],
      ["*/*", "example.com/x"],
      ["*/*", "example.com"],
      ["*/x", "example.com/x"],
      ["?xample.com", "example.com/x"],
      ["example.co?", "example.com/x"],
      ["exa*le.com", "example.com/x"],
      ["ex\\ample.com", "example.com/x"],
      ["ex\\", "example.com/x"],
      ["example.com\\", "example.com/x"],
      ["[a-c]*.com", "b.com/x"],
      ["[]a].com", "a.com/x"],
      ["[\\]].com", "a.com/x"],
      ["github.com/goproxy-fixture", FIXTURE],
      ["github.com/goproxy-fixture/", FIXTURE],
      ["github.com/*/alpha", FIXTURE],
      ["github.com/goproxy-fixture/alpha/extra", FIXTURE],
      ["github.com", FIXTURE],
      ["github.com/GoProxy-Fixture", FIXTURE],
      [" github.com/goproxy-fixture", FIXTURE],
      ["github.com/goproxy-fixture ", FIXTURE],
      ["*.com", "example.com/x"],
      ["*.com", "sub.example.com/x"],
      ["example.com,,b.com", "b.com/x"],
      [",example.com,", "example.com/x"],
      ["https://example.com", "example.com/x"],
      ["example.com/x/", "example.com/x/y"],
      ["example.com/x/", "example.com/x"],
      ["exam[p-q]le.com", "example.com/x"],
      ["*.example.com,example.com", "example.com/x"],
      ["\u00e9.com", "\u00e9.com/x"],
    ];
    for (const [p, t] of pairs) {
      if (/[^\x00-\x7f]/.test(t)) continue; // not a valid module path; Go stops before lookup
      cases.push({ vars: { GOPRIVATE: p }, target: t });
      cases.push({ vars: { GONOPROXY: p }, target: t });
    }
    cases.push({ vars: { GOPRIVATE: "example.com", GONOPROXY: "" }, target: "example.com/x" });
    cases.push({ vars: { GOPRIVATE: "example.com", GONOPROXY: "none" }, target: "example.com/x" });
    cases.push({
      vars: { GOPRIVATE: "other.com", GONOPROXY: "example.com" },
      target: "example.com/x",
    });
    const outcomes = await pool(
      cases.map((cs) => async (): Promise<Outcome> => {
        const run = await runGo(tc, { GOPROXY: A.url, ...cs.vars }, cs.target);
        const proxied = run.stderr.includes(`# get ${A.url}/`);
        const direct =
          /\?go-get=1/.test(run.stderr) ||
          /(^|\n)(\S+; )?git /.test(run.stderr) ||
          /cd \S+; git /.test(run.stderr);
        const goDecision = direct && !proxied ? "direct" : proxied && !direct ? "proxy" : "unclear";
        const ours = routeModule(cs.target, cs.vars, v).bypassProxy ? "direct" : "proxy";
        return {
          label: `${JSON.stringify(cs.vars)} ${cs.target}`,
          agree: goDecision === ours,
          detail: `go: ${goDecision}; ours: ${ours}; ${JSON.stringify(run.error.slice(0, 120))}`,
        };
      }),
    );
    record("patterns", tc, outcomes, performance.now() - t0);
    const bad = outcomes.filter((o) => !o.agree);
    assert.deepEqual(
      bad,
      [],
      `${bad.length} disagreements:\n${bad.map((b) => `${b.label} ${b.detail}`).join("\n")}`,
    );
  });

  test(`go env -w GOPROXY= trap on go${tc.version}`, async () => {
    const run = await runGo(tc, { GOPROXY: "" }, FIXTURE, "GOPROXY=\n");
    const diags = checkSettings(
      { GOPROXY: "", GOSUMDB: "off" },
      { goVersion: v, userEnvFile: { GOPROXY: "" } },
    );
    const masked = diags.some((d) => d.rule === "goproxy-empty-masked");
    const goRejected = run.error.includes(
      "GOPROXY list is not the empty string, but contains no entries",
    );
    assert.equal(masked, goRejected, run.error);
    assert.equal(goRejected, v.minor >= 21);
  });
}

/** The right hash for arbitrary key bytes (so only the algorithm or the length is wrong). */
function require32(keyBytes: Buffer, name: string): string {
  return keyHash(name, keyBytes).toString(16).padStart(8, "0");
}

afterAll(() => {
  const lines = Object.entries(results).map(
    ([k, r]) =>
      `${k}: ${r.cases} cases, ${r.disagreements.length} disagreements, ${(r.ms / 1000).toFixed(1)}s`,
  );
  process.stdout.write(`# differential summary\n${lines.map((l) => `#   ${l}`).join("\n")}\n`);
});
