// PROBE_RULES against the code: every `probe-…` rule id the live checks emit has exactly one
// catalogue entry and every entry is emitted; and, over cheap scenarios on 127.0.0.1, each
// diagnostic's severity is the one the catalogue gives (or its documented alternative).
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer as createNet, type AddressInfo, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startProxy, type ProxyServer } from "../../support/proxy-server.ts";
import { foreignKey, startSumdb } from "../../support/sumdb-server.ts";
import { makeTestCa, type TestCa } from "../../support/tls.ts";
import type { Diagnostic } from "../../../src/core/diagnostic.ts";
import { parseProxyList } from "../../../src/go/proxy-list.ts";
import { parseGoVersion } from "../../../src/go/version.ts";
import { goCredentials } from "../../../src/net/auth.ts";
import { probeChain, type ProbeInput } from "../../../src/probe/chain.ts";
import { PROBE_RULES } from "../../../src/probe/rules.ts";

const SRC = new URL("../../../src/", import.meta.url);

/** Rule ids in the source: whole double-quoted literals `"<prefix>-kebab-case"`, comments left out. */
async function emittedIds(dir: string, prefix: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const base = new URL(`${dir}/`, SRC);
  for (const f of await readdir(base)) {
    if (!f.endsWith(".ts") || f === "rules.ts") continue;
    const code = (await readFile(new URL(f, base), "utf8"))
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    for (const m of code.matchAll(/"([a-z0-9]+(?:-[a-z0-9]+)+)"/g))
      if (m[1]!.startsWith(`${prefix}-`)) ids.add(m[1]!);
  }
  return ids;
}

test("every probe-… rule id the code emits is catalogued once, and every entry is emitted", async () => {
  // The probes, and Go's credential lookup they share with the toolchain fetch (src/net).
  const emitted = new Set([
    ...(await emittedIds("probe", "probe")),
    ...(await emittedIds("net", "probe")),
  ]);
  const ids = PROBE_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, "duplicate catalogue id");
  assert.ok(emitted.size >= 25, `only ${emitted.size} ids found: is the scan still right?`);
  assert.deepEqual([...emitted].sort(), [...ids].sort());
  // The credentials code emits no probe ids, and the probes no credentials ids.
  assert.equal((await emittedIds("credentials", "probe")).size, 0);
  assert.equal((await emittedIds("probe", "credentials")).size, 0);
  assert.equal((await emittedIds("net", "credentials")).size, 0);
  for (const r of PROBE_RULES) {
    assert.ok(r.variables.length > 0, r.id);
    if (r.alsoSeverity) assert.notEqual(r.alsoSeverity, r.severity, r.id);
  }
});

// Severities, from scenarios that need nothing beyond 127.0.0.1.
const v = parseGoVersion("1.26")!;
const HELLO = { path: "example.com/hello", version: "v1.0.0" };
let tmp: string;
let ca: TestCa;
const closers: (() => Promise<void>)[] = [];
const seen: Diagnostic[] = [];

async function proxy(opts: Parameters<typeof startProxy>[0] = {}): Promise<ProxyServer> {
  const p = await startProxy(opts);
  closers.push(() => p.close());
  return p;
}

async function probe(goproxy: string, extra: Partial<ProbeInput> = {}): Promise<Diagnostic[]> {
  const parsed = parseProxyList(goproxy, v);
  assert.equal(parsed.error, undefined, parsed.error);
  const r = await probeChain({
    proxies: parsed.entries,
    modules: [HELLO],
    goVersion: v,
    timeoutMs: 3000,
    ...extra,
    env: { HOME: tmp, SSL_CERT_FILE: ca.caFile, SSL_CERT_DIR: join(tmp, "none"), ...extra.env },
  });
  seen.push(...r.diagnostics);
  return r.diagnostics;
}

function sev(ds: Diagnostic[], rule: string): string | undefined {
  return ds.find((d) => d.rule === rule)?.severity;
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "probe-rules-"));
  await mkdir(join(tmp, "none"));
  ca = await makeTestCa();
});

afterAll(async () => {
  for (const c of closers.reverse()) await c();
  await rm(tmp, { recursive: true, force: true });
  if (ca) await rm(ca.dir, { recursive: true, force: true });
});

test("severities: proxies, the chain, the egress proxy", async () => {
  const nf = await proxy();
  const boom = await proxy({ faults: [{ path: "/", status: 500 }] });
  const ok = await proxy({ faults: [{ path: "/", status: 200, body: "{}", delayMs: 120 }] });
  const locked = await proxy({ basicAuth: { user: "u", password: "p" } });

  let d = await probe(`${nf.url},${boom.url}`);
  assert.equal(sev(d, "probe-proxy-not-found"), "warning", "another entry follows");
  assert.equal(sev(d, "probe-proxy-status"), "error", "reached, and last");
  assert.equal(sev(d, "probe-chain-fails"), "error");

  d = await probe(`${boom.url}|${nf.url}`);
  assert.equal(sev(d, "probe-proxy-status"), "warning", "| follows it");
  assert.equal(sev(d, "probe-proxy-not-found"), "error", "the last entry");

  d = await probe(`${boom.url},${nf.url}`);
  assert.equal(sev(d, "probe-proxy-status"), "error", ", follows it");

  d = await probe(ok.url, { slowSeconds: 0.05 });
  assert.equal(sev(d, "probe-proxy-ok"), "notice");
  assert.equal(sev(d, "probe-proxy-slow"), "warning");

  d = await probe(`${nf.url},direct`);
  assert.equal(sev(d, "probe-fallback-direct"), "warning");

  d = await probe(locked.url);
  assert.equal(sev(d, "probe-proxy-auth"), "error");

  d = await probe("http://127.0.0.1:1");
  assert.equal(sev(d, "probe-proxy-unreachable"), "error");

  d = await probe(`http://user:pw@${new URL(nf.url).host}`);
  assert.equal(sev(d, "probe-proxy-insecure-credentials"), "error");

  d = await probe(`${nf.url}`, {
    env: { HTTP_PROXY: "http://127.0.0.1:9", REQUEST_METHOD: "GET", HTTPS_PROXY: "http://%zz" },
  });
  assert.equal(sev(d, "probe-egress-proxy-failed"), "error", "CGI refuses HTTP_PROXY");
  assert.equal(sev(d, "probe-egress-proxy-invalid"), "warning");
});

test("severities: TLS, redirects, a silent proxy", async () => {
  const plain = await proxy();
  const redirecting = await proxy({
    tls: ca,
    faults: [{ path: "/", redirectTo: `${plain.url}/x` }],
  });
  let d = await probe(redirecting.url);
  assert.equal(sev(d, "probe-proxy-insecure-redirect"), "error");

  const other = await makeTestCa();
  closers.push(() => rm(other.dir, { recursive: true, force: true }));
  const untrusted = await proxy({ tls: other });
  d = await probe(`${untrusted.url}|${plain.url}`);
  assert.equal(sev(d, "probe-proxy-tls"), "warning", "| follows it");

  const sockets = new Set<Socket>();
  const silent = createNet((s) => {
    sockets.add(s);
    s.on("error", () => undefined);
  });
  await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
  closers.push(
    () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        silent.close(() => r());
      }),
  );
  d = await probe(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`, {
    timeoutMs: 400,
  });
  assert.equal(sev(d, "probe-proxy-timeout"), "error", "reached, and last");
});

test("severities: the checksum database", async () => {
  const db = await startSumdb();
  closers.push(() => db.close());
  const supporting = await proxy({ sumdb: { name: db.name, url: db.url } });
  const plain = await proxy();
  const broken = await proxy({ faults: [{ path: "/sumdb/", status: 500 }] });
  const junk = await proxy({ faults: [{ path: "/", status: 200, body: "hello\n" }] });

  let d = await probe(`${supporting.url},direct`, { sumdb: { name: db.name, key: db.key } });
  assert.equal(sev(d, "probe-sumdb-via-proxy"), "notice");
  assert.equal(sev(d, "probe-sumdb-verified"), "notice");

  d = await probe(`${supporting.url},direct`, {
    sumdb: { name: db.name, key: foreignKey(db.name) },
  });
  assert.equal(sev(d, "probe-sumdb-wrong-key"), "error");

  d = await probe(`${broken.url},direct`, { sumdb: { name: db.name, key: db.key } });
  assert.equal(sev(d, "probe-sumdb-proxy-failed"), "error");

  d = await probe(`${plain.url},direct`, {
    sumdb: { name: "127.0.0.1:1", key: foreignKey("127.0.0.1:1") },
  });
  assert.equal(sev(d, "probe-sumdb-direct"), "notice");
  assert.equal(sev(d, "probe-sumdb-direct-unreachable"), "error");

  d = await probe(plain.url, {
    sumdb: { name: db.name, key: db.key, url: "http://127.0.0.1:1" },
  });
  assert.equal(sev(d, "probe-sumdb-unreachable"), "error");

  d = await probe(plain.url, { sumdb: { name: db.name, key: db.key, url: junk.url } });
  assert.equal(sev(d, "probe-sumdb-malformed"), "error");

  d = await probe(plain.url, { sumdb: { name: db.name, key: "not-a-key", url: db.url } });
  assert.equal(sev(d, "probe-sumdb-key-invalid"), "error");
});

test("severities: GOAUTH and the .netrc (Go 1.24+)", async () => {
  const v24 = parseGoVersion("1.24")!;
  const signal = new AbortController().signal;
  const dir = join(tmp, "netrc-is-a-dir");
  await mkdir(dir);
  const cases: [Record<string, string>, string][] = [
    [{ GOAUTH: "netrc;;" }, "probe-goauth-invalid"],
    [{ NETRC: dir }, "probe-netrc-unreadable"],
    [{ GOAUTH: join(tmp, "no-such-command") }, "probe-goauth-command-failed"],
  ];
  for (const [env, rule] of cases) {
    const c = await goCredentials({ HOME: tmp, ...env }, v24, signal);
    seen.push(...c.diagnostics);
    assert.ok(
      c.diagnostics.some((x) => x.rule === rule),
      rule,
    );
  }
});

test("every severity seen in the scenarios is one the catalogue gives", () => {
  const byId = new Map(PROBE_RULES.map((r) => [r.id, r]));
  for (const d of seen) {
    const r = byId.get(d.rule);
    assert.ok(r, `${d.rule} is not catalogued`);
    assert.ok(
      d.severity === r.severity || d.severity === r.alsoSeverity,
      `${d.rule}: ${d.severity}, catalogued ${r.severity}${r.alsoSeverity ? `/${r.alsoSeverity}` : ""}`,
    );
  }
  const covered = new Set(seen.map((d) => d.rule));
  // Not produced here: DNS (needs a resolver), an expiring certificate, a bad signature, git.
  const missing = PROBE_RULES.map((r) => r.id).filter((id) => !covered.has(id));
  const hard = [
    "probe-proxy-dns",
    "probe-tls-expiring",
    "probe-sumdb-bad-signature",
    "probe-goauth-git-failed",
  ];
  assert.deepEqual(
    missing.filter((id) => !hard.includes(id)),
    [],
  );
});
