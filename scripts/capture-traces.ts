// Captures real `go ... -x -json` runs for the trace-parser goldens.
//
//   npx node scripts/capture-traces.ts [1.19 1.26 ...]
//
// For every installed Go (or the versions named), each scenario runs a real `go` against
// proxies from the test bed (__tests__/support/proxy-server.ts) on 127.0.0.1 and saves to
// __tests__/unit/download/testdata/:
//   <scenario>-go1.NN.stderr       the -x trace, as go wrote it
//   <scenario>-go1.NN.json         the -json stdout (absent for `go get`)
//   <scenario>-go1.NN.expect.json  the configuration, the proxies' access logs (the server's
//                                  side of the story) and expectations derived from those
//                                  logs alone, never from the parser.
// Nothing leaves the machine: GOTOOLCHAIN=local, private caches, GOSUMDB off or a local
// database key whose every request is answered on 127.0.0.1, and `direct` only for
// github.com/goproxy-fixture paths, which git's insteadOf maps to local repositories.
import { execFile } from "node:child_process";
import { createHash, generateKeyPairSync } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildFixtures,
  isolatedGoEnv,
  writeMainModule,
  type Fixtures,
} from "../__tests__/support/fixtures.ts";
import {
  startProxy,
  type AccessLogEntry,
  type ProxyServer,
  type ProxyOptions,
} from "../__tests__/support/proxy-server.ts";
import { installedToolchains, type Toolchain } from "../__tests__/support/toolchains.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, "..", "__tests__", "unit", "download", "testdata");
const F = "github.com/goproxy-fixture";
const SUMDB_NAME = "sumdb.test";

interface SeqEntry extends AccessLogEntry {
  seq: number;
}

interface Scenario {
  name: string;
  /** Builds the proxies; returns GOPROXY and the chain's base URLs as configured. */
  proxies: (fx: Fixtures) => Promise<{
    servers: Record<string, ProxyServer>;
    goproxy: string;
    extraEnv?: Record<string, string>;
  }>;
  args: string[];
  /** Main module requirements; none means run outside a module. */
  requires?: string[];
  withSum?: boolean;
  json: boolean;
}

let seq = 0;
/** Numbers every access-log entry across all proxies, so attempts can be ordered between proxies. */
function sequenced(p: ProxyServer): ProxyServer {
  const log = p.log;
  log.push = (...items: AccessLogEntry[]) => {
    for (const it of items) (it as SeqEntry).seq = ++seq;
    return Array.prototype.push.apply(log, items);
  };
  return p;
}

async function proxy(opts: ProxyOptions): Promise<ProxyServer> {
  return sequenced(await startProxy(opts));
}

/** A 127.0.0.1 port that refuses connections (listened on once, then closed). */
async function refusedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** A checksum-database verifier key in Go's note format for a fresh Ed25519 key. */
function sumdbKey(name: string): string {
  const { publicKey } = generateKeyPairSync("ed25519");
  const jwk = publicKey.export({ format: "jwk" });
  const raw = Buffer.from(jwk.x!, "base64url");
  const keydata = Buffer.concat([Buffer.from([1]), raw]);
  const hash = createHash("sha256")
    .update(Buffer.concat([Buffer.from(`${name}\n`), keydata]))
    .digest()
    .subarray(0, 4)
    .toString("hex");
  return `${name}+${hash}+${keydata.toString("base64")}`;
}

const REQS = ["alpha@v1.1.0", "beta@v1.0.0", "Zeta@v1.0.0"];

const SCENARIOS: Scenario[] = [
  {
    name: "proxy-ok",
    json: true,
    args: ["mod", "download", "-x", "-json"],
    requires: REQS,
    proxies: async (fx) => {
      const p1 = await proxy({ dir: fx.proxyDir });
      return { servers: { p1 }, goproxy: p1.url };
    },
  },
  {
    name: "fallback-404",
    json: true,
    args: ["mod", "download", "-x", "-json"],
    requires: REQS,
    proxies: async (fx) => {
      const p1 = await proxy({ dir: fx.proxyDir, omit: [`${F}/beta`] });
      const p2 = await proxy({ dir: fx.proxyDir });
      return { servers: { p1, p2 }, goproxy: `${p1.url},${p2.url}` };
    },
  },
  {
    name: "pipe-500",
    json: true,
    args: ["mod", "download", "-x", "-json"],
    requires: REQS,
    proxies: async (fx) => {
      const p1 = await proxy({ dir: fx.proxyDir, faults: [{ path: `/${F}/beta/`, status: 500 }] });
      const p2 = await proxy({ dir: fx.proxyDir });
      return { servers: { p1, p2 }, goproxy: `${p1.url}|${p2.url}` };
    },
  },
  {
    name: "refused",
    json: true,
    args: ["mod", "download", "-x", "-json"],
    requires: ["alpha@v1.1.0"],
    proxies: async (fx) => {
      const port = await refusedPort();
      const p2 = await proxy({ dir: fx.proxyDir });
      return { servers: { p2 }, goproxy: `http://127.0.0.1:${port}|${p2.url}` };
    },
  },
  {
    name: "direct-git",
    json: true,
    args: ["mod", "download", "-x", "-json"],
    requires: ["alpha@v1.1.0", "gamma@v1.0.0"],
    proxies: async (fx) => {
      const p1 = await proxy({ dir: fx.proxyDir, omit: [`${F}/gamma`] });
      return { servers: { p1 }, goproxy: `${p1.url},direct`, extraEnv: fx.gitEnv };
    },
  },
  {
    name: "direct-only",
    json: true,
    args: ["mod", "download", "-x", "-json", `${F}/gamma@v1.0.0`],
    proxies: async (fx) => ({ servers: {}, goproxy: "direct", extraEnv: fx.gitEnv }),
  },
  {
    name: "query",
    json: true,
    args: ["mod", "download", "-x", "-json", `${F}/alpha@latest`, `${F}/beta@v1`],
    proxies: async (fx) => {
      const p1 = await proxy({ dir: fx.proxyDir, omit: [`${F}/alpha`] });
      const p2 = await proxy({ dir: fx.proxyDir });
      return { servers: { p1, p2 }, goproxy: `${p1.url},${p2.url}` };
    },
  },
  {
    name: "walk",
    json: false,
    args: ["get", "-x", `${F}/delta/sub/pkg@v1.0.0`],
    requires: ["alpha@v1.1.0"],
    proxies: async (fx) => {
      const p1 = await proxy({ dir: fx.proxyDir, omit: [`${F}/delta`] });
      const p2 = await proxy({ dir: fx.proxyDir });
      return { servers: { p1, p2 }, goproxy: `${p1.url},${p2.url}` };
    },
  },
  {
    name: "sumdb-proxy",
    json: true,
    args: ["mod", "download", "-x", "-json"],
    requires: ["alpha@v1.1.0"],
    withSum: false,
    proxies: async (fx) => {
      // The proxy answers /sumdb/<name>/supported; the lookups get a 404 (no real database
      // here), which Go reports as a verification error: real traffic, real error objects.
      const p1 = await proxy({
        dir: fx.proxyDir,
        sumdb: { name: SUMDB_NAME, url: "http://127.0.0.1:9" },
        faults: [{ path: `/sumdb/${SUMDB_NAME}/lookup/`, status: 404, body: "not found\n" }],
      });
      return { servers: { p1 }, goproxy: p1.url, extraEnv: { GOSUMDB: sumdbKey(SUMDB_NAME) } };
    },
  },
  {
    name: "sumdb-direct",
    json: true,
    args: ["mod", "download", "-x", "-json"],
    requires: ["alpha@v1.1.0"],
    withSum: false,
    proxies: async (fx) => {
      const p1 = await proxy({ dir: fx.proxyDir });
      const db = await proxy({});
      return {
        servers: { p1, db },
        goproxy: p1.url,
        extraEnv: { GOSUMDB: `${sumdbKey(SUMDB_NAME)} ${db.url}` },
      };
    },
  },
];

function runGo(
  t: Toolchain,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      t.goBin,
      args,
      { cwd, env, maxBuffer: 64 << 20, timeout: 120_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

interface Attempt {
  proxy: string;
  status: number | "reset" | "truncated" | "refused";
  seq: number;
}

/**
 * What the access logs alone say: for every module file asked of a proxy, the attempts in
 * order, who served it, and the fallbacks (a non-200 attempt followed by another origin).
 * Requests of the same file start a new chain when they return to an earlier proxy.
 */
function expectFromLogs(
  chain: string[],
  logs: Record<string, SeqEntry[]>,
  refused: string | undefined,
) {
  const attempts = new Map<string, Attempt[]>();
  const all: (SeqEntry & { proxy: string })[] = [];
  for (const [url, log] of Object.entries(logs))
    for (const e of log) all.push({ ...e, proxy: url });
  all.sort((a, b) => a.seq - b.seq);
  const sumdb: { proxy: string; path: string; status: SeqEntry["status"] }[] = [];
  for (const e of all) {
    if (e.path.includes("/sumdb/") || /^\/(lookup|tile|supported)\b/.test(e.path)) {
      sumdb.push({ proxy: e.proxy, path: e.path, status: e.status });
      continue;
    }
    const key = e.path; // module path + /@v/<file> or /@latest identifies the file
    const list = attempts.get(key) ?? [];
    if (refused && e.proxy !== refused && chain.indexOf(e.proxy) > chain.indexOf(refused))
      list.push({ proxy: refused, status: "refused", seq: e.seq - 0.5 });
    list.push({ proxy: e.proxy, status: e.status, seq: e.seq });
    attempts.set(key, list);
  }
  const files = [...attempts.entries()].map(([path, list]) => {
    const chains: Attempt[][] = [];
    for (const a of list) {
      const cur = chains.at(-1);
      const last = cur?.at(-1);
      if (
        !cur ||
        !last ||
        last.status === 200 ||
        chain.indexOf(a.proxy) <= chain.indexOf(last.proxy)
      )
        chains.push([a]);
      else cur.push(a);
    }
    return { path, chains: chains.map((c) => c.map((a) => [a.proxy, a.status])) };
  });
  return { files, sumdb };
}

async function main() {
  const wanted = process.argv.slice(2);
  const toolchains = installedToolchains().filter(
    (t) => wanted.length === 0 || wanted.includes(t.version),
  );
  if (toolchains.length === 0) throw new Error("no Go toolchain installed (scripts/install-go.sh)");
  await mkdir(OUT, { recursive: true });
  const fx = await buildFixtures([
    { path: "alpha", versions: [{ version: "v1.0.0" }, { version: "v1.1.0" }] },
    { path: "beta", versions: [{ version: "v1.0.0", requires: ["alpha@v1.0.0"] }] },
    { path: "Zeta", versions: [{ version: "v1.0.0" }] },
    { path: "gamma", versions: [{ version: "v1.0.0" }] },
    {
      path: "delta",
      versions: [
        {
          version: "v1.0.0",
          files: {
            "sub/pkg/pkg.go": "package pkg\n\nconst X = 1\n",
            "delta.go": "package delta\n",
          },
        },
      ],
    },
  ]);
  try {
    for (const t of toolchains) {
      for (const sc of SCENARIOS) {
        const home = await mkdtemp(join(tmpdir(), `capture-${sc.name}-`));
        const { servers, goproxy, extraEnv } = await sc.proxies(fx);
        try {
          const work = join(home, "work");
          await mkdir(work, { recursive: true });
          if (sc.requires)
            await writeMainModule(work, {
              path: "example.com/main",
              requires: sc.requires,
              fixtures: fx,
              withSum: sc.withSum ?? true,
            });
          const env = isolatedGoEnv(home, { GOPROXY: goproxy, GONOSUMDB: undefined, ...extraEnv });
          const r = await runGo(t, sc.args, work, env);
          const base = join(OUT, `${sc.name}-go${t.version}`);
          await writeFile(`${base}.stderr`, r.stderr.replaceAll(home, "/tmp/HOME"));
          if (sc.json) await writeFile(`${base}.json`, r.stdout.replaceAll(home, "/tmp/HOME"));
          const chain = goproxy.split(/[,|]/).map((s) => s.trim());
          const refused = chain.find(
            (u) => u.startsWith("http://") && !Object.values(servers).some((s) => s.url === u),
          );
          const logs: Record<string, SeqEntry[]> = {};
          for (const s of Object.values(servers)) logs[s.url] = s.log as SeqEntry[];
          const expect = {
            go: t.version,
            scenario: sc.name,
            args: sc.args,
            exitCode: r.code,
            goproxy,
            gosumdb: env.GOSUMDB,
            proxies: chain.filter((u) => u !== "direct" && u !== "off"),
            sumdbs: Object.values(servers)
              .filter((s) => env.GOSUMDB?.endsWith(` ${s.url}`))
              .map((s) => ({ name: SUMDB_NAME, url: s.url })),
            refused: refused ?? null,
            accessLogs: Object.fromEntries(
              Object.entries(logs).map(([u, l]) => [u, l.map((e) => [e.path, e.status])]),
            ),
            fromLogs: expectFromLogs(chain, logs, refused),
          };
          await writeFile(`${base}.expect.json`, `${JSON.stringify(expect, null, 2)}\n`);
          console.log(
            `${sc.name} go${t.version}: exit ${r.code}, ${r.stderr.split("\n").length} stderr lines`,
          );
        } finally {
          for (const s of Object.values(servers)) await s.close();
          await rm(home, { recursive: true, force: true }).catch(() => undefined);
        }
      }
    }
  } finally {
    await fx.cleanup();
  }
}

await main();
