// The attack matrix's poisoned-cache rows and the fork save row, end to end: dist/ main and
// post under the runner emulator, real go (oldest and newest), the real @actions/cache with
// real tar and zstd against the loopback cache service.
//
// Each poisoned entry is built the way an attacker would: a legitimate job saves the cache;
// the attacker alters the files, packs them with the real toolkit under the same paths and
// key, and puts that archive in place of the stored one. The next job restores it (an exact
// hit) and must name the module and the cache key, remove what does not match go.sum before
// any go command runs, and leave a cache from which `go build` compiles the real code.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, chmod, cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { hashZip, readZip } from "../../src/sumdb/dirhash.ts";
import { FIXTURE_HOST } from "../support/fixtures.ts";
import { runCacheClient, startCacheServer, type CacheServer } from "../support/cache-server.ts";
import { useExampleServers } from "../support/job-servers.ts";
import { runAction, type JobResult } from "../support/runner.ts";
import { EXAMPLE_DIR, EXAMPLE_MODULES, EXTRA_MODULE, jobEnv } from "../support/example.ts";
import { writeZip } from "../support/toolchain-zip.ts";
import { compressedZeros, zipOf } from "../support/bombs.ts";
import { peakRssProbe } from "../support/peak-rss.ts";
import { testedToolchains, type Toolchain } from "../support/toolchains.ts";

const run = promisify(execFile);
const GREETING = `${FIXTURE_HOST}/greeting`;
const EXTRA = `${FIXTURE_HOST}/extra`;
const TOKEN = "poison-row-token-5d41402abc4b2a76";
/** What the example prints when built from the real modules. */
const REAL_OUTPUT = "v1.2.0 v1.0.0 v2.1.0";

const servers = useExampleServers({ modules: [...EXAMPLE_MODULES, EXTRA_MODULE] });

const HOME = join(tmpdir(), `cache-poison-home-${process.pid}`);
const gomodcache = join(HOME, "gomodcache");
const dl = (module: string) => join(gomodcache, "cache", "download", module, "@v");

async function clearHome(): Promise<void> {
  if (existsSync(HOME)) await run("chmod", ["-R", "u+w", HOME]);
  await rm(HOME, { recursive: true, force: true });
}

/** One job on a fresh runner with the same HOME path (as hosted runners have). */
async function job(
  go: Toolchain,
  cache: CacheServer,
  ws: string,
  opts: {
    inputs?: Record<string, string>;
    event?: string;
    fresh?: boolean;
    env?: Record<string, string>;
  } = {},
): Promise<JobResult> {
  if (opts.fresh !== false) await clearHome();
  return runAction({
    workspace: ws,
    env: jobEnv(go, HOME, {
      ...cache.env,
      GITHUB_EVENT_NAME: opts.event ?? "push",
      ...opts.env,
    }),
    inputs: {
      proxy: servers.proxy.url,
      "no-sumdb": FIXTURE_HOST,
      check: "static",
      // A secret the job holds (for a host it never reaches): it must leave through no channel.
      credentials: `127.0.0.1:9 ci-bot ${TOKEN}`,
      ...opts.inputs,
    },
  });
}

/** Real go builds the example from the module cache the job left, offline; returns its output. */
async function buildOffline(go: Toolchain, ws: string): Promise<string> {
  const env = jobEnv(go, HOME, { GOPROXY: "off", GONOSUMDB: FIXTURE_HOST, GOFLAGS: "-mod=mod" });
  const bin = join(ws, "hello-bin");
  await run(go.goBin, ["build", "-o", bin, "."], { cwd: ws, env });
  return (await run(bin, [], { cwd: ws })).stdout.trim();
}

/** Repack HOME's module cache with the real toolkit under the same paths and key, and swap it in. */
async function poisonEntry(cache: CacheServer, saved: JobResult, ws: string): Promise<void> {
  const state = JSON.parse(saved.state["module-cache"]!) as { key: string; paths: string[] };
  const attacker = await startCacheServer({ protocol: cache.protocol });
  try {
    const res = await runCacheClient(
      attacker.env,
      { op: "save", paths: state.paths, key: state.key, cwd: ws },
      { extraEnv: { HOME } },
    );
    assert.equal(res.error, undefined, res.stdout + res.stderr);
    const [forged] = attacker.entries();
    const [real] = cache.entries();
    assert.ok(forged && real && forged.version === real.version, "same paths, same entry version");
    cache.replaceData(real.id, attacker.data(forged.id)!);
  } finally {
    await attacker.close();
  }
}

/** greeting@v1.2.0's zip with its Version changed: what an attacker's build would print. */
function tamperedGreetingZip(zip: Buffer): Buffer {
  return writeZip(
    readZip(zip).map((e) => {
      const name = Buffer.from(e.name).toString("utf8");
      const data = name.endsWith("/greeting.go")
        ? Buffer.from(Buffer.from(e.data).toString("utf8").replace('"v1.2.0"', '"PWNED"'))
        : Buffer.from(e.data);
      return { name, data, mode: 0o644 };
    }),
  );
}

interface Row {
  name: string;
  layout: "download" | "full";
  /** Alters the files a legitimate job left in HOME. */
  poison(): Promise<void>;
  /** The module named in the warning, and what the message says about it. */
  module: string;
  says: RegExp;
  /** What must be gone or repaired after the poisoned job's main step. */
  check(): Promise<void>;
  /** A bound on the action's peak resident memory, in MiB, for rows that try to exhaust it. */
  maxRssMiB?: number;
}

let bomb: Promise<Buffer> | undefined;

const ROWS: Row[] = [
  {
    name: "(a) an altered zip kept with its .ziphash",
    layout: "download",
    module: `${GREETING}@v1.2.0`,
    says: /zip: hash differs from go\.sum/,
    async poison() {
      const file = join(dl(GREETING), "v1.2.0.zip");
      await writeFile(file, tamperedGreetingZip(await readFile(file)));
    },
    async check() {
      const zip = await readFile(join(dl(GREETING), "v1.2.0.zip"));
      assert.ok(!readZip(zip).some((e) => Buffer.from(e.data).includes("PWNED")));
    },
  },
  {
    name: "(b) an altered .mod",
    layout: "download",
    module: `${GREETING}@v1.2.0`,
    says: /go\.mod: hash differs from go\.sum/,
    async poison() {
      await appendFile(join(dl(GREETING), "v1.2.0.mod"), `\nrequire ${EXTRA} v1.0.0\n`);
    },
    async check() {
      assert.ok(!(await readFile(join(dl(GREETING), "v1.2.0.mod"), "utf8")).includes(EXTRA));
    },
  },
  {
    name: "(c) an extra module go.sum does not list, with a forged .ziphash",
    layout: "download",
    module: `${EXTRA}@v1.0.0`,
    says: /zip: not in go\.sum|go\.mod: not in go\.sum/,
    async poison() {
      const dir = dl(EXTRA);
      await cp(join(servers.fx.proxyDir, EXTRA, "@v"), dir, { recursive: true });
      const zip = await readFile(join(dir, "v1.0.0.zip"));
      const forged = writeZip(
        readZip(zip).map((e) => ({
          name: Buffer.from(e.name).toString("utf8"),
          data: Buffer.concat([Buffer.from(e.data), Buffer.from("\n// planted\n")]),
          mode: 0o644,
        })),
      );
      await writeFile(join(dir, "v1.0.0.zip"), forged);
      await writeFile(join(dir, "v1.0.0.ziphash"), hashZip(forged));
    },
    async check() {
      assert.ok(!existsSync(join(dl(EXTRA), "v1.0.0.zip")), "the unverifiable module is gone");
      assert.ok(!existsSync(join(dl(EXTRA), "v1.0.0.ziphash")));
    },
  },
  {
    name: "(d) a tampered extracted tree (cache-layout: full)",
    layout: "full",
    module: `${GREETING}@v1.2.0`,
    says: /extracted tree: hash differs from go\.sum/,
    async poison() {
      const tree = join(gomodcache, FIXTURE_HOST, "greeting@v1.2.0");
      const file = join(tree, "greeting.go");
      await chmod(tree, 0o755);
      await chmod(file, 0o644);
      await writeFile(file, (await readFile(file, "utf8")).replace('"v1.2.0"', '"PWNED"'));
    },
    async check() {
      const file = join(gomodcache, FIXTURE_HOST, "greeting@v1.2.0", "greeting.go");
      if (existsSync(file)) assert.ok(!(await readFile(file, "utf8")).includes("PWNED"));
    },
  },
  {
    name: "(e) a zip bomb: a restored module zip whose entry declares 1 MiB and inflates to 1 GiB",
    layout: "download",
    module: `${GREETING}@v1.2.0`,
    says: /zip: unreadable: .*greeting@v1\.2\.0\/greeting\.go: inflates past its declared size of 1048576 bytes/,
    maxRssMiB: 400,
    async poison() {
      // Compressed once for every Go version: deflating 1 GiB is the slow part.
      bomb ??= compressedZeros(1024 << 20, "raw").then((data) =>
        zipOf(`${GREETING}@v1.2.0/greeting.go`, data, 1 << 20, 0),
      );
      await writeFile(join(dl(GREETING), "v1.2.0.zip"), await bomb);
    },
    async check() {
      const zip = await readFile(join(dl(GREETING), "v1.2.0.zip"));
      assert.ok(zip.length < 1 << 20, "the real zip was fetched again");
      assert.match(hashZip(zip), /^h1:/);
    },
  },
];

function assertNoSecret(result: JobResult, report: string): void {
  for (const [what, text] of [
    ["annotations", JSON.stringify(result.annotations)],
    ["summary", result.summary],
    ["outputs", JSON.stringify(result.outputs)],
    ["report", report],
  ] as const)
    assert.ok(!text.includes(TOKEN), `${what} holds the secret`);
}

for (const go of testedToolchains()) {
  describe(`Go ${go.version}: a poisoned module cache`, () => {
    for (const row of ROWS) {
      test(`${row.name}: removed before go runs, named with the cache key, a warning (strict: an error), the real code is built, nothing tampered is saved`, async () => {
        const cache = await startCacheServer({ protocol: "v1" });
        const ws = await mkdtemp(join(tmpdir(), "poison-ws-"));
        try {
          await cp(EXAMPLE_DIR, ws, { recursive: true });
          const inputs = { "cache-layout": row.layout };
          const first = await job(go, cache, ws, { inputs });
          assert.equal(first.main.exitCode, 0, first.main.stdout);
          assert.equal(first.outputs["cache-saved"], "true", first.post?.stdout);
          const key = first.outputs["cache-key"] ?? JSON.parse(first.state["module-cache"]!).key;

          await row.poison();
          await poisonEntry(cache, first, ws);
          const poisoned = cache.data(cache.entries()[0]!.id)!;

          for (const strict of [false, true]) {
            const rss = row.maxRssMiB ? await peakRssProbe() : undefined;
            const r = await job(go, cache, ws, {
              inputs: { ...inputs, strict: String(strict) },
              ...(rss ? { env: rss.env } : {}),
            });
            if (rss) {
              const peak = (await rss.read()) / (1 << 20);
              console.log(
                `${row.name}, Go ${go.version}: the action's peak RSS ${peak.toFixed(0)} MiB`,
              );
              assert.ok(peak > 0 && peak < row.maxRssMiB!, `peak RSS ${peak.toFixed(0)} MiB`);
            }
            assert.equal(r.outputs["cache-result"], "exact", r.main.stdout);
            const found = r.annotations.filter((a) => a.message.includes(row.module));
            assert.equal(found.length, 1, `one annotation names ${row.module}:\n${r.main.stdout}`);
            assert.match(found[0]!.message, row.says);
            assert.ok(found[0]!.message.includes(key), "the message names the cache key");
            assert.equal(found[0]!.command, strict ? "error" : "warning");
            assert.equal(r.main.exitCode, strict ? 1 : 0, r.main.stdout);
            await row.check();
            assertNoSecret(r, await readFile(r.outputs.report!, "utf8"));
            if (!strict) assert.equal(await buildOffline(go, ws), REAL_OUTPUT);
            // Nothing new in the cache service: the poisoned entry is not saved over or again.
            assert.equal(cache.entries().length, 1);
            assert.ok(cache.data(cache.entries()[0]!.id)!.equals(poisoned));
          }
        } finally {
          await cache.close();
          await clearHome();
          await rm(ws, { recursive: true, force: true });
        }
      });
    }
  });
}

test("cache-save auto never saves on events a fork can trigger; a push does", async () => {
  const go = testedToolchains().at(-1)!;
  const cache = await startCacheServer({ protocol: "v1" });
  const ws = await mkdtemp(join(tmpdir(), "poison-ws-"));
  try {
    await cp(EXAMPLE_DIR, ws, { recursive: true });
    for (const event of ["pull_request", "pull_request_target", "workflow_run", "issue_comment"]) {
      const r = await job(go, cache, ws, { event });
      assert.equal(r.main.exitCode, 0, r.main.stdout);
      assert.equal(r.post?.exitCode, 0, r.post?.stdout);
      assert.equal(r.outputs["cache-saved"], "false", event);
      assert.match(r.summary, new RegExp(`this is a ${event} event`));
      assertNoSecret(r, await readFile(r.outputs.report!, "utf8"));
    }
    assert.equal(cache.entries().length, 0, "no event a fork can trigger wrote the cache");
    const push = await job(go, cache, ws, { event: "push" });
    assert.equal(push.outputs["cache-saved"], "true", push.post?.stdout);
    assert.equal(cache.entries().length, 1);
  } finally {
    await cache.close();
    await clearHome();
    await rm(ws, { recursive: true, force: true });
  }
});
