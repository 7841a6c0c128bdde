// Reaching a private proxy the way Go does: through an HTTP CONNECT egress proxy named by
// HTTPS_PROXY (asserted from the egress proxy's log, for the probe and for real go), and with
// basic auth from the .netrc that setupCredentials writes (401 without, 200 with — for the probe
// and for real go 1.19 and 1.26); GOAUTH=off and a custom GOAUTH command on 1.24+.
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { issueCert, startConnectProxy, type ConnectProxy } from "../../support/connect-proxy.ts";
import { buildFixtures, isolatedGoEnv, type Fixtures } from "../../support/fixtures.ts";
import { startProxy, type ProxyServer } from "../../support/proxy-server.ts";
import { makeTestCa, type TestCa } from "../../support/tls.ts";
import { testedToolchains, type Toolchain } from "../../support/toolchains.ts";
import { parseProxyList } from "../../../src/go/proxy-list.ts";
import { parseGoVersion, type GoVersion } from "../../../src/go/version.ts";
import { probeChain } from "../../../src/probe/chain.ts";
import { cleanupCredentials, setupCredentials } from "../../../src/credentials/setup.ts";

const run = promisify(execFile);
const HELLO = { path: "github.com/goproxy-fixture/hello", version: "v1.0.0" };
const TOKEN = "ghp_probeAccessToken123";
const v126 = parseGoVersion("1.26")!;
const v119 = parseGoVersion("1.19")!;

let fx: Fixtures;
let ca: TestCa;
let tmp: string;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  [fx, ca] = await Promise.all([
    buildFixtures([{ path: "hello", versions: [{ version: "v1.0.0" }] }]),
    makeTestCa(),
  ]);
  tmp = await mkdtemp(join(tmpdir(), "probe-access-"));
});

afterAll(async () => {
  for (const c of closers.reverse()) await c();
  await fx?.cleanup();
  await rm(tmp, { recursive: true, force: true });
  if (ca) await rm(ca.dir, { recursive: true, force: true });
});

function probe(goproxy: string, v: GoVersion, env: Record<string, string | undefined>) {
  return probeChain({
    proxies: parseProxyList(goproxy, v).entries,
    modules: [HELLO],
    env: { HOME: tmp, SSL_CERT_FILE: ca.caFile, ...env },
    goVersion: v,
    timeoutMs: 5000,
  });
}

async function goDownload(
  tc: Toolchain,
  env: Record<string, string>,
): Promise<{ ok: boolean; out: string }> {
  const home = await mkdtemp(join(tmp, `go${tc.version}-`));
  const full = isolatedGoEnv(home, { SSL_CERT_FILE: ca.caFile, ...env });
  try {
    const { stdout } = await run(
      tc.goBin,
      ["mod", "download", "-json", `${HELLO.path}@${HELLO.version}`],
      {
        cwd: home,
        env: full,
      },
    );
    return { ok: true, out: stdout };
  } catch (e) {
    const x = e as { stdout?: string; stderr?: string };
    return { ok: false, out: `${x.stdout ?? ""}${x.stderr ?? ""}` };
  }
}

test("HTTPS_PROXY: the probe and real go both tunnel to the GOPROXY through the egress proxy", async () => {
  const named = await issueCert(ca, ["goproxy.test"]);
  const p: ProxyServer = await startProxy({ dir: fx.proxyDir, tls: { ...ca, ...named } });
  closers.push(() => p.close());
  const egress: ConnectProxy = await startConnectProxy({
    auth: { user: "egress", password: "EGRESS_pw_1" },
  });
  closers.push(() => egress.close());
  const goproxy = `https://goproxy.test:${new URL(p.url).port}`;
  const env = { HTTPS_PROXY: `http://egress:EGRESS_pw_1@127.0.0.1:${egress.port}` };

  const r = await probe(goproxy, v126, env);
  const res = r.results[0]!;
  assert.equal(res.status, 200, JSON.stringify(res));
  assert.equal(res.via, `http://egress:xxxxx@127.0.0.1:${egress.port}`);
  const target = `goproxy.test:${new URL(p.url).port}`;
  assert.deepEqual(
    egress.log.map((l) => [l.method, l.target, l.status, !!l.proxyAuthorization]),
    [["CONNECT", target, 200, true]],
  );
  assert.ok(!JSON.stringify(r).includes("EGRESS_pw_1"));

  // Lower-case https_proxy works the same; NO_PROXY naming the host means direct (not asserted by
  // network here: goproxy.test only resolves inside the egress proxy).
  egress.log.length = 0;
  const lower = await probe(goproxy, v126, { https_proxy: env.HTTPS_PROXY });
  assert.equal(lower.results[0]!.status, 200);
  assert.equal(egress.log.length, 1);

  // Without the egress credentials the tunnel is refused (407), and the probe says so.
  const noAuth = await probe(goproxy, v126, { HTTPS_PROXY: `http://127.0.0.1:${egress.port}` });
  assert.equal(noAuth.results[0]!.errorKind, "egress-proxy");
  assert.ok(noAuth.diagnostics.some((d) => d.rule === "probe-egress-proxy-failed"));

  for (const tc of testedToolchains()) {
    egress.log.length = 0;
    const g = await goDownload(tc, { GOPROXY: goproxy, ...env });
    assert.ok(g.ok, `go ${tc.version}: ${g.out}`);
    assert.ok(
      egress.log.some((l) => l.method === "CONNECT" && l.target === target && l.status === 200),
      `go ${tc.version} tunnelled through the egress proxy`,
    );
  }
});

test("basic auth: 401 without credentials, 200 with the .netrc from the credentials input — probe and real go", async () => {
  const p = await startProxy({
    dir: fx.proxyDir,
    tls: ca,
    basicAuth: { user: "ci-bot", password: TOKEN },
  });
  closers.push(() => p.close());
  const host = new URL(p.url).host;

  for (const v of [v119, v126]) {
    const before = await probe(p.url, v, {});
    assert.equal(before.results[0]!.status, 401);
    const d = before.diagnostics.find((x) => x.rule === "probe-proxy-auth")!;
    assert.equal(d.severity, "error");
    const machine = v.minor < 21 ? "127.0.0.1 " : `${host} `;
    assert.ok(d.message.includes("No credentials were sent"), d.message);
    assert.ok(d.message.includes(`machine ${machine}`), d.message);
  }

  // The credentials input, set up for the Go version at hand (1.19 needs a port-less machine).
  const setups = new Map<string, string>();
  for (const v of [v119, v126]) {
    const setup = await setupCredentials({
      credentials: `# the private proxy\n${host} ci-bot ${TOKEN}\n`,
      env: { HOME: tmp },
      goVersion: v,
      tempDir: tmp,
    });
    closers.push(() => cleanupCredentials(setup.state));
    assert.ok(setup.secrets.includes(TOKEN));
    assert.equal(
      setup.diagnostics.some((d) => d.rule === "credentials-netrc-portless"),
      v.minor < 21,
    );
    setups.set(`1.${v.minor}`, setup.env.NETRC!);
    const after = await probe(p.url, v, { NETRC: setup.env.NETRC! });
    assert.equal(after.results[0]!.status, 200, JSON.stringify(after.results[0]));
    assert.equal(after.results[0]!.auth, "netrc");
    assert.ok(!JSON.stringify(after).includes(TOKEN));
  }
  const NETRC = setups.get("1.26")!;
  // Which part of the host the machine must match depends on the version, as with real go.
  const portless = join(tmp, "portless-netrc");
  await writeFile(portless, `machine 127.0.0.1 login ci-bot password ${TOKEN}\n`, { mode: 0o600 });
  assert.equal((await probe(p.url, v126, { NETRC: portless })).results[0]!.status, 401);
  assert.equal((await probe(p.url, v119, { NETRC: portless })).results[0]!.status, 200);
  assert.equal((await probe(p.url, v119, { NETRC })).results[0]!.status, 401);

  // GOAUTH=off on 1.24+: nothing is sent, and the hint says why.
  const off = await probe(p.url, v126, { NETRC, GOAUTH: "off" });
  assert.equal(off.results[0]!.status, 401);
  assert.equal(off.results[0]!.retried, true, "1.24+ retries after a 4xx, even with GOAUTH=off");
  assert.match(off.diagnostics.find((x) => x.rule === "probe-proxy-auth")!.message, /GOAUTH=off/);

  // A custom GOAUTH command (1.24+) printing the bare origin.
  const cmd = join(tmp, "goauth-cmd.sh");
  const header = `Basic ${Buffer.from(`ci-bot:${TOKEN}`).toString("base64")}`;
  await writeFile(
    cmd,
    `#!/bin/sh\nprintf 'https://${host}\\n\\nAuthorization: ${header}\\n\\n'\n`,
    { mode: 0o700 },
  );
  const custom = await probe(p.url, v126, { GOAUTH: cmd });
  assert.equal(custom.results[0]!.status, 200);
  assert.equal(custom.results[0]!.auth, "goauth-command");
  assert.ok(!JSON.stringify(custom).includes(TOKEN) && !JSON.stringify(custom).includes(header));

  // Real go, oldest and newest: 401 without the .netrc, success with the one written for its
  // version, and the same verdict as the probe for the port-less file; GOAUTH=off fails on 1.24+.
  for (const tc of testedToolchains()) {
    const tv = parseGoVersion(tc.version)!;
    const without = await goDownload(tc, { GOPROXY: p.url });
    assert.ok(
      !without.ok && /401 Unauthorized/.test(without.out),
      `go ${tc.version} without: ${without.out}`,
    );
    let own = setups.get(tc.version);
    if (!own) {
      const s = await setupCredentials({
        credentials: `${host} ci-bot ${TOKEN}\n`,
        env: { HOME: tmp },
        goVersion: tv,
        tempDir: tmp,
      });
      closers.push(() => cleanupCredentials(s.state));
      own = s.env.NETRC!;
    }
    const withNetrc = await goDownload(tc, { GOPROXY: p.url, NETRC: own });
    assert.ok(withNetrc.ok, `go ${tc.version} with NETRC: ${withNetrc.out}`);
    assert.match(withNetrc.out, /"Sum": "h1:/);
    const probeSays = (await probe(p.url, tv, { NETRC: portless })).results[0]!.status === 200;
    const goSays = (await goDownload(tc, { GOPROXY: p.url, NETRC: portless })).ok;
    assert.equal(probeSays, goSays, `go ${tc.version}: probe and go agree on a port-less machine`);
    if (tc.minor >= 24) {
      const goOff = await goDownload(tc, { GOPROXY: p.url, NETRC, GOAUTH: "off" });
      assert.ok(!goOff.ok && /401 Unauthorized/.test(goOff.out), `go ${tc.version} GOAUTH=off`);
    }
  }
});
