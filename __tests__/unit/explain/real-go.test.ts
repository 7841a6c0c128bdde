// Real failures from a real `go`, induced on 127.0.0.1, fed to the explainer: the category and
// the origin must be right. Oldest and newest tested toolchain. Every run has a private
// GOMODCACHE/GOPATH/GOCACHE, GOTOOLCHAIN=local (except the toolchain case, which has
// GOPROXY=off) and GOSUMDB=off or a loopback database, so nothing leaves the machine.
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash, generateKeyPairSync } from "node:crypto";
import { createServer as createHttp, type Server } from "node:http";
import { createServer as createTcp, type AddressInfo, type Socket } from "node:net";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildFixtures,
  isolatedGoEnv,
  writeMainModule,
  type Fixtures,
} from "../../support/fixtures.ts";
import { startProxy, type Fault, type ProxyServer } from "../../support/proxy-server.ts";
import { makeTestCa, type TestCa } from "../../support/tls.ts";
import { testedToolchains, type Toolchain } from "../../support/toolchains.ts";
import { explainModuleError, explainText } from "../../../src/explain/index.ts";
import type { Category, ExplainSettings, Finding } from "../../../src/explain/types.ts";

const MOD = "github.com/goproxy-fixture/hello";
const VER = "v1.0.0";

let fx: Fixtures;
/** The same module version with different content: a valid zip that go.sum does not match. */
let tampered: Fixtures;
let ca: TestCa;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  fx = await buildFixtures([{ path: "hello", versions: [{ version: VER }] }]);
  tampered = await buildFixtures([
    {
      path: "hello",
      versions: [
        {
          version: VER,
          files: { "hello.go": "package hello\n\n// Tampered.\nconst Version = 1\n" },
        },
      ],
    },
  ]);
  ca = await makeTestCa();
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  await fx?.cleanup();
  await tampered?.cleanup();
  if (ca) await rm(ca.dir, { recursive: true, force: true });
});

async function proxy(
  opts: { faults?: Fault[]; tls?: boolean; omit?: string[] } = {},
): Promise<ProxyServer> {
  const p = await startProxy({
    dir: fx.proxyDir,
    faults: opts.faults ?? [],
    ...(opts.tls ? { tls: ca } : {}),
    ...(opts.omit ? { omit: opts.omit } : {}),
  });
  cleanups.push(() => p.close());
  return p;
}

interface GoRun {
  code: number;
  stdout: string;
  stderr: string;
}

function run(
  bin: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<GoRun> {
  return new Promise((resolve) => {
    execFile(
      bin,
      args,
      { cwd, env, timeout: 60_000, maxBuffer: 16 << 20 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Runs go in a fresh home (empty module cache), in an empty directory or a main module. */
async function goRun(
  go: Toolchain,
  args: string[],
  extra: Record<string, string | undefined>,
  opts: { mainModule?: boolean; withSum?: boolean } = {},
): Promise<GoRun> {
  const home = await mkdtemp(join(tmpdir(), "explain-go-"));
  cleanups.push(async () => {
    await run("chmod", ["-R", "u+w", home], home, { PATH: process.env.PATH ?? "" });
    await rm(home, { recursive: true, force: true });
  });
  const work = join(home, "work");
  await mkdir(work, { recursive: true });
  if (opts.mainModule) {
    await writeMainModule(work, {
      path: "example.com/app",
      requires: [`hello@${VER}`],
      fixtures: fx,
      withSum: opts.withSum ?? true,
    });
  }
  const env = isolatedGoEnv(home, extra);
  return run(go.goBin, args, work, env);
}

/** The Error fields of a `go mod download -json` stream. */
function jsonErrors(stdout: string): string[] {
  return [...stdout.matchAll(/"Error": ("(?:[^"\\]|\\.)*")/g)].map(
    (m) => JSON.parse(m[1]!) as string,
  );
}

const download = ["mod", "download", "-json", `${MOD}@${VER}`];

interface Expect {
  category: Category;
  origin?: string | RegExp;
  rule?: string;
  module?: string;
}

function check(f: Finding | undefined, want: Expect, said: string): void {
  assert.ok(f, `no finding for:\n${said}`);
  assert.equal(f.category, want.category, `category for:\n${said}\n→ ${JSON.stringify(f)}`);
  if (want.rule) assert.equal(f.rule, want.rule, `rule for:\n${said}`);
  if (want.origin instanceof RegExp)
    assert.match(f.origin ?? "", want.origin, `origin for:\n${said}`);
  else if (want.origin !== undefined) assert.equal(f.origin, want.origin, `origin for:\n${said}`);
  if (want.module) assert.equal(f.module, want.module, `module for:\n${said}`);
}

/** Explains both the -json Error field and (when there is one) the stderr of the same run. */
function explainBoth(r: GoRun, settings: ExplainSettings, want: Expect): Finding {
  const errors = jsonErrors(r.stdout);
  assert.ok(errors.length > 0 || r.stderr.trim() !== "", `go failed silently (exit ${r.code})`);
  if (errors.length > 0) check(explainModuleError(errors[0]!, settings), want, errors[0]!);
  const text = `${r.stdout}\n${r.stderr}`;
  const findings = explainText(text, settings);
  check(findings[0], want, text);
  return findings[0]!;
}

/** A TCP server that answers CONNECT with 403, or closes the connection, as an egress proxy. */
async function egressProxy(mode: "403" | "close"): Promise<{ url: string; connects: number }> {
  const state = { url: "", connects: 0 };
  const sockets = new Set<Socket>();
  const server = createTcp((s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    let buf = "";
    s.on("data", (d) => {
      buf += d.toString("latin1");
      if (!buf.includes("\r\n\r\n")) return;
      if (buf.startsWith("CONNECT ")) state.connects++;
      if (mode === "close") s.destroy();
      else s.end("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    });
    s.on("error", () => undefined);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanups.push(
    () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  );
  return state;
}

/** Closes the most recently started helper server (to get a port nothing listens on). */
async function closeLast(): Promise<void> {
  await cleanups.pop()?.();
}

/** A checksum database that knows nothing: every request gets 410, as sum.golang.org does for private modules. */
async function goneSumdb(): Promise<{ gosumdb: string; name: string; hits: string[] }> {
  const name = "sum.explain.example";
  const { publicKey } = generateKeyPairSync("ed25519");
  const raw = publicKey.export({ format: "der", type: "spki" }).subarray(-32);
  const keyData = Buffer.concat([Buffer.from([1]), raw]);
  const hash = createHash("sha256")
    .update(Buffer.concat([Buffer.from(`${name}\n`), keyData]))
    .digest()
    .subarray(0, 4)
    .toString("hex");
  const hits: string[] = [];
  const server: Server = createHttp((req, res) => {
    hits.push(req.url ?? "");
    res.writeHead(410, { "content-type": "text/plain; charset=utf-8" });
    res.end(`not found: ${req.url}\n`);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanups.push(
    () =>
      new Promise<void>((r) => {
        server.closeAllConnections(); // a keep-alive socket from go would hold the process open
        server.close(() => r());
      }),
  );
  return { gosumdb: `${name}+${hash}+${keyData.toString("base64")} ${url}`, name, hits };
}

for (const go of testedToolchains()) {
  const goVersion = go.version;
  describe(`Go ${goVersion}: real failures explained`, () => {
    test("config: go env -w mistakes and a broken GOROOT, as this go reports them", async () => {
      const mistakes: { args: string[]; env?: Record<string, string> }[] = [
        { args: ["env", "-w", "GOPROXY"] },
        { args: ["env", "-w", "NOT_A_GO_VARIABLE=1"] },
        { args: ["env", "-u", "NOT_A_GO_VARIABLE"] },
        { args: ["env", "-w", "GOENV=elsewhere"] },
        { args: ["env", "-w", "GOVERSION=go1.0"] },
        { args: ["env", "-w", "GO111MODULE=ON"] },
        { args: ["env", "-w", "GOOS=linux", "GOARCH=no-such-arch"] },
        { args: ["env", "-w", "GOPROXY=https://a.example", "GOPROXY=https://b.example"] },
        { args: ["env", "GOPROXY"], env: { GOROOT: "/nonexistent-goroot" } },
      ];
      for (const m of mistakes) {
        const r = await goRun(go, m.args, { GO111MODULE: undefined, ...m.env });
        const said = `go ${m.args.join(" ")}: ${r.stderr}`;
        assert.match(r.stderr, /\S/, `go said nothing for ${said}`);
        check(explainText(r.stderr, { goVersion })[0], { category: "config" }, said);
      }
    });

    test("auth: 403 from the first proxy of a `,` chain stops the walk", async () => {
      const a = await proxy({ faults: [{ path: "/", status: 403, body: "forbidden\n" }] });
      const b = await proxy();
      const settings = { goVersion, GOPROXY: `${a.url},${b.url}` };
      const r = await goRun(go, download, { GOPROXY: settings.GOPROXY });
      const f = explainBoth(r, settings, {
        category: "auth",
        origin: a.url,
        rule: "explain-proxy-forbidden",
        module: MOD,
      });
      assert.match(f.fix, /`\|`/, "the fix names `|`");
      assert.ok(f.fix.includes(b.url), "the fix names the entry that was never tried");
      assert.equal(b.log.length, 0, "B was never asked");
    });

    test("not-found: 410 from the only proxy", async () => {
      const a = await proxy({ faults: [{ path: /@v\//, status: 410, body: "not found: gone\n" }] });
      const settings = { goVersion, GOPROXY: a.url };
      const r = await goRun(go, download, { GOPROXY: a.url });
      explainBoth(r, settings, {
        category: "not-found",
        origin: a.url,
        rule: "explain-proxy-not-found",
      });
    });

    test("network: 500 with `,` does not fall through", async () => {
      const a = await proxy({ faults: [{ path: "/", status: 500 }] });
      const b = await proxy();
      const settings = { goVersion, GOPROXY: `${a.url},${b.url}` };
      const r = await goRun(go, download, { GOPROXY: settings.GOPROXY });
      explainBoth(r, settings, {
        category: "network",
        origin: a.url,
        rule: "explain-proxy-server-error",
      });
    });

    test("network: connection reset on .info", async () => {
      const a = await proxy({ faults: [{ path: /\.info$/, reset: true }] });
      const settings = { goVersion, GOPROXY: a.url };
      const r = await goRun(go, download, { GOPROXY: a.url });
      explainBoth(r, settings, { category: "network", origin: a.url });
    });

    test("network: truncated zip (unexpected EOF)", async () => {
      const a = await proxy({ faults: [{ path: /\.zip$/, truncate: true }] });
      const settings = { goVersion, GOPROXY: a.url };
      const r = await goRun(go, download, { GOPROXY: a.url });
      // Go 1.19-1.21 name the zip as `http:/host/@v/<version>.zip` (one slash, no module
      // path); 1.22+ print the URL it fetched.
      const host = a.url.replace(/^http:\/\//, "");
      const named = `${r.stdout}${r.stderr}`;
      if (go.minor <= 21) assert.ok(named.includes(`http:/${host}/@v/v1.0.0.zip`), named);
      else assert.ok(named.includes(`${a.url}/${MOD}/@v/v1.0.0.zip`), named);
      explainBoth(r, settings, { category: "network", origin: a.url });
    });

    test("checksum-mismatch: a proxy serving different (valid) bytes than go.sum records", async () => {
      const a = await startProxy({ dir: tampered.proxyDir });
      cleanups.push(() => a.close());
      const settings = { goVersion, GOPROXY: a.url };
      const r = await goRun(
        go,
        ["mod", "download", "-json"],
        { GOPROXY: a.url },
        { mainModule: true },
      );
      const f = explainBoth(r, settings, {
        category: "checksum-mismatch",
        module: MOD,
        origin: a.url,
      });
      assert.match(f.cause, /SECURITY/);
      assert.match(f.fix, /Do not just delete go\.sum/);
    });

    test("protocol: a zip with corrupted bytes (zip: checksum error)", async () => {
      const a = await proxy({ faults: [{ path: /\.zip$/, corrupt: true }] });
      const settings = { goVersion, GOPROXY: a.url };
      const r = await goRun(
        go,
        ["mod", "download", "-json"],
        { GOPROXY: a.url },
        { mainModule: true },
      );
      // Go names no URL here; with a single proxy and no fallback the origin can only be that proxy.
      explainBoth(r, settings, {
        category: "protocol",
        origin: a.url,
        rule: "explain-protocol-bad-zip",
      });
    });

    test("protocol: .info that is not JSON", async () => {
      const a = await proxy({
        faults: [
          { path: /\.info$/, status: 200, body: "<html>login</html>", contentType: "text/html" },
        ],
      });
      const settings = { goVersion, GOPROXY: a.url };
      const r = await goRun(go, download, { GOPROXY: a.url });
      explainBoth(r, settings, {
        category: "protocol",
        origin: a.url,
        rule: "explain-protocol-bad-info",
      });
    });

    test("protocol: an https proxy redirecting to http", async () => {
      const plain = await proxy();
      const a = await proxy({
        tls: true,
        faults: [{ path: "/", redirectTo: `${plain.url}/${MOD}/@v/${VER}.info` }],
      });
      const settings = { goVersion, GOPROXY: a.url };
      const r = await goRun(go, download, { GOPROXY: a.url, SSL_CERT_FILE: ca.caFile });
      explainBoth(r, settings, {
        category: "protocol",
        origin: a.url,
        rule: "explain-protocol-insecure-redirect",
      });
    });

    test("tls: a proxy whose CA is not trusted (GOINSECURE does not help)", async () => {
      const a = await proxy({ tls: true });
      const settings = { goVersion, GOPROXY: a.url, GOINSECURE: "*" };
      const r = await goRun(go, download, { GOPROXY: a.url, GOINSECURE: "*" });
      const f = explainBoth(r, settings, {
        category: "tls",
        origin: a.url,
        rule: "explain-tls-unknown-authority",
      });
      assert.match(f.fix, /SSL_CERT_FILE/);
      assert.match(f.fix, /GOINSECURE does NOT help/);
    });

    test("egress-proxy: HTTPS_PROXY answers CONNECT with 403", async () => {
      const egress = await egressProxy("403");
      // Go never proxies loopback or "localhost", so the module proxy gets a name only the egress
      // proxy would resolve; it never does, and Go does not resolve it when a proxy is in use.
      const target = "https://goproxy.explain.invalid";
      const settings = { goVersion, GOPROXY: target, HTTPS_PROXY: egress.url };
      const r = await goRun(go, download, { GOPROXY: target, HTTPS_PROXY: egress.url });
      explainBoth(r, settings, { category: "egress-proxy", origin: `egress-proxy:${egress.url}` });
      assert.ok(egress.connects > 0, "Go sent CONNECT to the egress proxy");
    });

    test("egress-proxy: HTTPS_PROXY points at a closed port (proxyconnect)", async () => {
      const closed = await egressProxy("403");
      const port = closed.url.split(":").at(-1);
      await closeLast();
      const target = "https://goproxy.explain.invalid";
      const egress = `http://127.0.0.1:${port}`;
      const settings = { goVersion, GOPROXY: target };
      const r = await goRun(go, download, { GOPROXY: target, HTTPS_PROXY: egress });
      explainBoth(r, settings, {
        category: "egress-proxy",
        origin: `egress-proxy:127.0.0.1:${port}`,
      });
    });

    test("network (egress suspected): HTTPS_PROXY closes the CONNECT, Go says only EOF", async () => {
      const egress = await egressProxy("close");
      const target = "https://goproxy.explain.invalid";
      const settings = { goVersion, GOPROXY: target, HTTPS_PROXY: egress.url };
      const r = await goRun(go, download, { GOPROXY: target, HTTPS_PROXY: egress.url });
      // Nothing in Go's text tells a dropped CONNECT from a server that hung up: the category
      // stays network, and the fix names the egress proxy because the settings say it was used.
      const f = explainBoth(r, settings, { category: "network", origin: target });
      assert.match(f.fix, /HTTPS_PROXY \(http:\/\/127\.0\.0\.1:\d+\) is set/);
      assert.ok(egress.connects > 0, "Go sent CONNECT to the egress proxy");
    });

    test("sumdb: the checksum database answers 410 for a module no pattern covers", async () => {
      const a = await proxy();
      const db = await goneSumdb();
      // A near miss: the leading space makes the second pattern match nothing.
      const settings = {
        goVersion,
        GOPROXY: a.url,
        GOSUMDB: db.gosumdb,
        GOPRIVATE: "corp.example, github.com/goproxy-fixture",
      };
      const r = await goRun(go, download, {
        GOPROXY: a.url,
        GOSUMDB: db.gosumdb,
        GOPRIVATE: settings.GOPRIVATE,
      });
      const f = explainBoth(r, settings, {
        category: "sumdb",
        origin: `sumdb:${db.name}`,
        rule: "explain-sumdb-not-found",
        module: MOD,
      });
      assert.match(f.fix, /`GOPRIVATE=corp\.example,github\.com\/goproxy-fixture`/);
      assert.match(f.fix, /cannot match it/);
      assert.ok(
        db.hits.some((h) => h.includes("/lookup/")),
        "the database was asked",
      );
    });

    test("offline: GOPROXY=off", async () => {
      const settings = { goVersion, GOPROXY: "off" };
      const r = await goRun(go, download, { GOPROXY: "off" });
      explainBoth(r, settings, { category: "offline", origin: "off", rule: "explain-goproxy-off" });
    });

    test("direct: git cannot find the repository", async () => {
      const settings = { goVersion, GOPROXY: "direct" };
      const r = await goRun(
        go,
        ["mod", "download", "-json", "github.com/goproxy-fixture/missing@v1.0.0"],
        {
          GOPROXY: "direct",
          ...fx.gitEnv,
        },
      );
      explainBoth(r, settings, { category: "direct", origin: "direct" });
    });

    test("direct: unknown revision", async () => {
      const settings = { goVersion, GOPROXY: "direct" };
      const r = await goRun(go, ["mod", "download", "-json", `${MOD}@v1.9.9`], {
        GOPROXY: "direct",
        ...fx.gitEnv,
      });
      explainBoth(r, settings, {
        category: "direct",
        origin: "direct",
        rule: "explain-direct-unknown-revision",
      });
    });

    test("config: GOSUMDB garbage", async () => {
      const a = await proxy();
      const settings = { goVersion, GOPROXY: a.url, GOSUMDB: "garbage" };
      const r = await goRun(go, download, { GOPROXY: a.url, GOSUMDB: "garbage" });
      explainBoth(r, settings, { category: "config", rule: "explain-gosumdb-invalid" });
    });

    // skipped when go.minor < 15: "Go < 1.15 treats it as off"
    (go.minor < 15 ? test.skip : test)("config: GOPROXY made only of separators", async () => {
      const settings = { goVersion, GOPROXY: " , " };
      const r = await goRun(go, download, { GOPROXY: " , " });
      explainBoth(r, settings, { category: "config", rule: "explain-goproxy-no-entries" });
    });

    // skipped when go.minor < 21: "GOTOOLCHAIN exists from Go 1.21"
    (go.minor < 21 ? test.skip : test)(
      "toolchain: GOTOOLCHAIN=go1.99.0 with GOPROXY=off",
      async () => {
        const settings = { goVersion, GOPROXY: "off", GOTOOLCHAIN: "go1.99.0" };
        const r = await goRun(go, ["env", "GOVERSION"], {
          GOPROXY: "off",
          GOTOOLCHAIN: "go1.99.0",
        });
        assert.notEqual(r.code, 0);
        const f = explainText(r.stderr, settings)[0];
        check(f, { category: "toolchain", rule: "explain-toolchain-not-available" }, r.stderr);
        assert.match(f!.fix, /misleading/);
      },
    );

    test("go build: stderr of a build whose proxy answers 403", async () => {
      const a = await proxy({ faults: [{ path: "/", status: 403 }] });
      const settings = { goVersion, GOPROXY: a.url };
      const r = await goRun(
        go,
        ["build", "./..."],
        { GOPROXY: a.url, GOFLAGS: "-mod=mod" },
        { mainModule: true },
      );
      assert.notEqual(r.code, 0);
      const f = explainText(r.stderr, settings)[0];
      check(f, { category: "auth", origin: a.url, module: MOD }, r.stderr);
    });
  });
}

test("a pasted -x trace with CI prefixes still explains the failure", async () => {
  const go = testedToolchains().at(-1)!;
  const a = await proxy({ faults: [{ path: "/", status: 403 }] });
  const r = await goRun(go, ["mod", "download", "-x", "-json", `${MOD}@${VER}`], {
    GOPROXY: a.url,
  });
  const prefixed = `${r.stdout}\n${r.stderr}`
    .split("\n")
    .map((l, i) => (i % 2 ? `2026-11-22T04:05:06.1234567Z ${l}` : `#12 3.456 ${l}`))
    .join("\n");
  check(
    explainText(prefixed, { GOPROXY: a.url })[0],
    { category: "auth", origin: a.url },
    prefixed,
  );
});
