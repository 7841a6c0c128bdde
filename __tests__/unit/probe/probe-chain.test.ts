// probeChain against real peers on 127.0.0.1: a TLS proxy trusted through SSL_CERT_FILE, fault
// injection (`,` vs `|`, redirects, a silent proxy), the checksum database via a proxy, direct and
// by URL, with the right and a wrong key, and a leak check over everything returned.
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer as createHttps } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { buildFixtures, isolatedGoEnv, type Fixtures } from "../../support/fixtures.ts";
import { startProxy, type ProxyServer } from "../../support/proxy-server.ts";
import { foreignKey, startSumdb, type SumdbServer } from "../../support/sumdb-server.ts";
import { makeTestCa, type TestCa } from "../../support/tls.ts";
import { startSilentServer } from "../../support/silent-server.ts";
import { testedToolchains } from "../../support/toolchains.ts";
import { parseProxyList } from "../../../src/go/proxy-list.ts";
import { parseGoVersion } from "../../../src/go/version.ts";
import { generateKey } from "../../../src/sumdb/note.ts";
import { probeChain, type ProbeInput } from "../../../src/probe/chain.ts";

const run = promisify(execFile);
const v = parseGoVersion("1.26")!;
const HELLO = { path: "github.com/goproxy-fixture/hello", version: "v1.0.0" };
const UPPER = { path: "github.com/goproxy-fixture/Upper", version: "v1.0.0" };

let fx: Fixtures;
let ca: TestCa;
let otherCa: TestCa;
let tmp: string;
let emptyDir: string;
const closers: (() => Promise<void>)[] = [];

async function proxy(opts: Parameters<typeof startProxy>[0]): Promise<ProxyServer> {
  const p = await startProxy(opts);
  closers.push(() => p.close());
  return p;
}

function input(goproxy: string, extra: Partial<ProbeInput> = {}): ProbeInput {
  const parsed = parseProxyList(goproxy, v);
  assert.equal(parsed.error, undefined, parsed.error);
  return {
    proxies: parsed.entries,
    modules: [HELLO],
    env: { HOME: tmp, SSL_CERT_FILE: ca.caFile, SSL_CERT_DIR: emptyDir },
    goVersion: v,
    timeoutMs: 5000,
    ...extra,
  };
}

beforeAll(async () => {
  [fx, ca, otherCa] = await Promise.all([
    buildFixtures([
      { path: "hello", versions: [{ version: "v1.0.0" }] },
      { path: "Upper", versions: [{ version: "v1.0.0" }] },
    ]),
    makeTestCa(),
    makeTestCa(),
  ]);
  tmp = await mkdtemp(join(tmpdir(), "probe-chain-"));
  emptyDir = join(tmp, "no-certs");
  await mkdir(emptyDir);
});

afterAll(async () => {
  for (const c of closers.reverse()) await c();
  await fx?.cleanup();
  await rm(tmp, { recursive: true, force: true });
  for (const c of [ca, otherCa]) if (c) await rm(c.dir, { recursive: true, force: true });
});

test("TLS proxy trusted via SSL_CERT_FILE: 200 on the case-encoded path, TLS details", async () => {
  const p = await proxy({ dir: fx.proxyDir, tls: ca });
  const r = await probeChain(input(p.url, { modules: [UPPER] }));
  const res = r.results.find((x) => x.kind === "module")!;
  assert.equal(res.status, 200, JSON.stringify(res));
  assert.equal(res.via, "direct");
  assert.equal(res.auth, "none");
  assert.match(res.tls?.protocol ?? "", /^TLSv1\.[23]$/);
  assert.ok(p.log.some((l) => l.path === "/github.com/goproxy-fixture/!upper/@v/v1.0.0.info"));
  assert.deepEqual(r.modules, [
    {
      module: `${UPPER.path}@${UPPER.version}`,
      outcome: "proxy",
      servedBy: p.url,
      fellThrough: [],
    },
  ]);
  assert.ok(r.diagnostics.some((d) => d.rule === "probe-proxy-ok" && d.severity === "notice"));
});

test("SSL_CERT_FILE with an unrelated CA fails as Go fails; NODE_EXTRA_CA_CERTS is named as ignored", async () => {
  const p = await proxy({ dir: fx.proxyDir, tls: ca });
  const r = await probeChain(
    input(p.url, {
      env: { HOME: tmp, SSL_CERT_FILE: otherCa.caFile, NODE_EXTRA_CA_CERTS: ca.caFile },
    }),
  );
  const res = r.results[0]!;
  assert.equal(res.errorKind, "tls");
  assert.match(
    res.error!,
    /tls: failed to verify certificate: x509: certificate signed by unknown authority$/,
  );
  const d = r.diagnostics.find((x) => x.rule === "probe-proxy-tls")!;
  assert.equal(d.severity, "error");
  assert.match(d.message, /Go never reads NODE_EXTRA_CA_CERTS/);
  assert.equal(r.modules[0]!.outcome, "fail");

  // The real go command, with the same trust, fails with the same words.
  for (const tc of testedToolchains()) {
    const home = await mkdtemp(join(tmp, `go${tc.version}-`));
    const env = isolatedGoEnv(home, { GOPROXY: p.url, SSL_CERT_FILE: otherCa.caFile });
    const err = await run(
      tc.goBin,
      ["mod", "download", "-json", `${HELLO.path}@${HELLO.version}`],
      {
        cwd: home,
        env,
      },
    ).then(
      () => assert.fail("go should fail"),
      (e: { stdout: string }) => e.stdout,
    );
    assert.match(err, /x509: certificate signed by unknown authority/, `go ${tc.version}`);
  }
});

test("`,` stops on 500, `|` falls through, 404 falls through either way", async () => {
  const bad = await proxy({ faults: [{ path: "/", status: 500, body: "boom\n" }] });
  const none = await proxy({});
  const ok = await proxy({ dir: fx.proxyDir });
  const comma = await probeChain(input(`${bad.url},${ok.url}`));
  const dc = comma.diagnostics.find((d) => d.rule === "probe-proxy-status")!;
  assert.equal(dc.severity, "error");
  assert.match(dc.message, /500 Internal Server Error \(server response: boom\)/);
  assert.match(dc.message, /falls through only on 404 or 410/);
  assert.equal(comma.modules[0]!.outcome, "fail");
  assert.ok(
    comma.diagnostics.some((d) => d.rule === "probe-chain-fails" && d.severity === "error"),
  );

  const pipe = await probeChain(input(`${bad.url}|${ok.url}`));
  assert.equal(pipe.diagnostics.find((d) => d.rule === "probe-proxy-status")!.severity, "warning");
  assert.equal(pipe.modules[0]!.servedBy, ok.url);

  const nf = await probeChain(input(`${none.url},${ok.url},direct`));
  assert.equal(nf.diagnostics.find((d) => d.rule === "probe-proxy-not-found")!.severity, "warning");
  assert.deepEqual(nf.modules[0]!.fellThrough, [{ origin: none.url, reason: "404 Not Found" }]);

  const toDirect = await probeChain(input(`${none.url},direct`));
  assert.equal(toDirect.modules[0]!.outcome, "direct");
  assert.ok(toDirect.diagnostics.some((d) => d.rule === "probe-fallback-direct"));

  const off = await probeChain(input(`${none.url},off`));
  assert.equal(off.modules[0]!.error, "module lookup disabled by GOPROXY=off");
});

test("an https → http redirect is refused like Go; userinfo on http is never sent", async () => {
  const plain = await proxy({ dir: fx.proxyDir });
  const r1 = await proxy({ tls: ca, faults: [{ path: "/", redirectTo: `${plain.url}/x` }] });
  const r = await probeChain(input(r1.url));
  assert.equal(r.results[0]!.errorKind, "insecure-redirect");
  assert.match(
    r.results[0]!.error!,
    /redirected from secure URL https:\/\/127\.0\.0\.1:\d+\/\S+ to insecure URL http:/,
  );
  assert.ok(r.diagnostics.some((d) => d.rule === "probe-proxy-insecure-redirect"));
  assert.equal(plain.log.length, 0);

  const u = new URL(plain.url);
  const h = await probeChain(input(`http://user:pw_secret_77@${u.host}`));
  assert.equal(h.results[0]!.errorKind, "insecure-credentials");
  assert.match(
    h.results[0]!.error!,
    /^refusing to pass credentials to insecure URL: http:\/\/user:xxxxx@/,
  );
  assert.equal(plain.log.length, 0, "nothing was sent");
});

test("five proxies, one silent: ends within the timeout and names the silent one", async () => {
  const silent = await startSilentServer();
  closers.push(() => silent.close());
  const silentUrl = silent.url;
  const ps = await Promise.all(
    [0, 1, 2, 3].map(() => proxy({ dir: fx.proxyDir, omit: [HELLO.path] })),
  );
  const ok = await proxy({ dir: fx.proxyDir });
  const chain = [ps[0]!.url, ps[1]!.url, silentUrl, ps[2]!.url, ok.url].join("|");
  const t0 = performance.now();
  const r = await probeChain(input(chain, { timeoutMs: 1500 }));
  const took = performance.now() - t0;
  assert.ok(took < 2500, `took ${took} ms`);
  assert.equal(r.timedOut, true);
  const d = r.diagnostics.find((x) => x.rule === "probe-proxy-timeout")!;
  assert.equal(d.value, silentUrl);
  assert.equal(d.severity, "warning", "| lets Go move on, if it ever gives up");
  assert.equal(r.results.length, 5);
  for (const res of r.results.filter((x) => x.origin !== silentUrl))
    assert.ok(res.status, JSON.stringify(res));
  void ps[3];
});

test("checksum database: via a proxy that supports it, direct, by URL; right key passes, wrong key is caught", async () => {
  const db = await startSumdb();
  closers.push(() => db.close());
  await db.addFromProxyDir(fx.proxyDir, HELLO.path, HELLO.version);
  const supporting = await proxy({
    dir: fx.proxyDir,
    tls: ca,
    sumdb: { name: db.name, url: db.url },
  });
  const plain = await proxy({ dir: fx.proxyDir, tls: ca });

  const r = await probeChain(
    input(`${plain.url},${supporting.url},direct`, { sumdb: { name: db.name, key: db.key } }),
  );
  assert.deepEqual(
    r.results
      .filter((x) => x.kind === "sumdb-supported")
      .map((x) => [x.origin, x.status, x.sumdbSupported]),
    [
      [plain.url, 404, false],
      [supporting.url, 200, true],
    ],
  );
  assert.equal(r.sumdb?.access, "proxy");
  assert.equal(r.sumdb?.origin, supporting.url);
  assert.equal(r.sumdb?.verified, true);
  assert.equal(r.sumdb?.treeSize, db.size());
  assert.ok(supporting.log.some((l) => l.path === `/sumdb/${db.name}/latest`));
  assert.ok(r.diagnostics.some((d) => d.rule === "probe-sumdb-verified"));

  const wrong = await probeChain(
    input(`${supporting.url},direct`, { sumdb: { name: db.name, key: foreignKey(db.name) } }),
  );
  assert.equal(wrong.sumdb?.verified, false);
  const wd = wrong.diagnostics.find((d) => d.rule === "probe-sumdb-wrong-key")!;
  assert.equal(wd.severity, "error");

  const byUrl = await probeChain(
    input(plain.url, { sumdb: { name: db.name, key: db.key, url: db.url } }),
  );
  assert.equal(byUrl.sumdb?.access, "url");
  assert.equal(byUrl.sumdb?.verified, true);
  assert.equal(
    byUrl.results.filter((x) => x.kind === "sumdb-supported").length,
    0,
    "proxies are bypassed",
  );

  // `,` after a proxy whose /supported fails with 500: checksum access fails; `|` goes on.
  const broken = await proxy({ tls: ca, faults: [{ path: "/sumdb/", status: 500 }] });
  const hard = await probeChain(
    input(`${broken.url},direct`, { sumdb: { name: db.name, key: db.key } }),
  );
  assert.equal(hard.sumdb?.access, "failed");
  assert.ok(
    hard.diagnostics.some((d) => d.rule === "probe-sumdb-proxy-failed" && d.severity === "error"),
  );
  const soft = await probeChain(
    input(`${broken.url}|${supporting.url}`, { sumdb: { name: db.name, key: db.key } }),
  );
  assert.equal(soft.sumdb?.access, "proxy");
});

test("checksum database straight to https://<name>: verified when reachable, an early error when not", async () => {
  const box: { db?: SumdbServer } = {};
  const server = createHttps(
    { cert: ca.cert, key: ca.key },
    (req, res) => void box.db!.handle(req, res),
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  closers.push(() => new Promise<void>((r) => server.close(() => r())));
  const name = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const db: SumdbServer = await startSumdb({ name });
  closers.push(() => db.close());
  box.db = db;
  const plain = await proxy({ dir: fx.proxyDir, tls: ca });

  const r = await probeChain(input(`${plain.url},direct`, { sumdb: { name, key: db.key } }));
  assert.equal(r.sumdb?.access, "direct");
  assert.equal(r.sumdb?.url, `https://${name}`);
  assert.equal(r.sumdb?.verified, true);

  const deadName = "127.0.0.1:1";
  const dead = await probeChain(
    input(`${plain.url},direct`, { sumdb: { name: deadName, key: generateKey(deadName).vkey } }),
  );
  assert.equal(dead.sumdb?.access, "direct");
  const d = dead.diagnostics.find((x) => x.rule === "probe-sumdb-direct-unreachable")!;
  assert.equal(d.severity, "error");
  assert.match(d.message, /connection refused/);
});

test("leaks: no secret from URLs, .netrc, GOAUTH or the egress proxy in anything probeChain returns", async () => {
  const secrets = [
    "URLPASS_s3cr3t",
    "LONETOKEN_s3cr3t",
    "NETRCPASS_s3cr3t",
    "EGRESSPASS_s3cr3t",
    "CMDTOKEN_s3cr3t",
  ];
  const { writeFile } = await import("node:fs/promises");
  const netrc = join(tmp, "leak-netrc");
  const authed = await proxy({
    dir: fx.proxyDir,
    tls: ca,
    basicAuth: { user: "u", password: "NETRCPASS_s3cr3t" },
  });
  const host = new URL(authed.url).host;
  await writeFile(netrc, `machine ${host} login u password NETRCPASS_s3cr3t\n`, { mode: 0o600 });
  const cmd = join(tmp, "leak-goauth.sh");
  await writeFile(
    cmd,
    `#!/bin/sh\nprintf 'https://127.0.0.1:1\\n\\nAuthorization: Bearer CMDTOKEN_s3cr3t\\n\\n'\n`,
    { mode: 0o700 },
  );
  const unauth = await proxy({ tls: ca, basicAuth: { user: "x", password: "y" } });
  const chain = [
    `https://user:URLPASS_s3cr3t@${new URL(unauth.url).host}`,
    `https://LONETOKEN_s3cr3t@127.0.0.1:1`,
    `http://user:URLPASS_s3cr3t@${host}`,
    authed.url,
  ].join("|");
  const r = await probeChain(
    input(chain, {
      env: {
        HOME: tmp,
        SSL_CERT_FILE: ca.caFile,
        NETRC: netrc,
        GOAUTH: `netrc;${cmd}`,
        HTTPS_PROXY: "http://egress:EGRESSPASS_s3cr3t@proxy.invalid:3128",
        NO_PROXY: "*",
      },
    }),
  );
  assert.ok(r.results.some((x) => x.status === 200 && x.auth === "netrc"));
  assert.ok(r.results.some((x) => x.status === 403 && x.auth === "userinfo"));
  const text = JSON.stringify(r);
  for (const s of secrets) assert.ok(!text.includes(s), `report leaks ${s}`);
  assert.ok(!text.includes(Buffer.from("u:NETRCPASS_s3cr3t").toString("base64")));
});
