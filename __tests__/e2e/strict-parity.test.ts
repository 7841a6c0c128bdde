// Strict mode a team can turn on, and the setup-go drop-in, end to end: dist/ under the runner
// emulator with real go on loopback proxies, a loopback checksum database and cache service.
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  buildFixtures,
  FIXTURE_HOST,
  writeMainModule,
  type Fixtures,
} from "../support/fixtures.ts";
import { startProxy, type ProxyServer } from "../support/proxy-server.ts";
import { startSumdb, type SumdbServer } from "../support/sumdb-server.ts";
import { startCacheServer } from "../support/cache-server.ts";
import { REPO_ROOT, runAction } from "../support/runner.ts";
import { jobEnv } from "../support/example.ts";
import { testedToolchains, toolchain, type Toolchain } from "../support/toolchains.ts";
import {
  toolchainZip,
  writeToolchainProxyTree,
  writeZip,
  TOOLCHAIN_MODULE,
  type ToolchainZip,
} from "../support/toolchain-zip.ts";
import { hashGoMod, hashZip } from "../../src/sumdb/dirhash.ts";
import type { RunReport } from "../../src/report/model.ts";

const run = promisify(execFile);
/** A private module, as a company's Athens or Artifactory serves it. */
const PRIVATE = "git.corp.example/team/lib";
const PRIVATE_VERSION = "v1.0.0";
let fx: Fixtures;
let privateSums: string[];
let db: SumdbServer;
let proxy: ProxyServer;
/** Lacks `config`, so `,direct` fetches it from git. */
let partial: ProxyServer;

/** Adds PRIVATE to the fixtures' proxy tree (info, mod, zip) and returns its go.sum lines. */
async function addPrivateModule(proxyDir: string): Promise<string[]> {
  const at = join(proxyDir, ...PRIVATE.split("/"), "@v");
  await mkdir(at, { recursive: true });
  const mod = `module ${PRIVATE}\n\ngo 1.16\n`;
  const prefix = `${PRIVATE}@${PRIVATE_VERSION}/`;
  const zip = writeZip([
    { name: `${prefix}go.mod`, data: Buffer.from(mod), mode: 0o644 },
    { name: `${prefix}lib.go`, data: Buffer.from("package lib\n"), mode: 0o644 },
  ]);
  await writeFile(join(at, `${PRIVATE_VERSION}.mod`), mod);
  await writeFile(join(at, `${PRIVATE_VERSION}.zip`), zip);
  await writeFile(
    join(at, `${PRIVATE_VERSION}.info`),
    JSON.stringify({ Version: PRIVATE_VERSION, Time: "2025-01-01T00:00:00Z" }),
  );
  await writeFile(join(at, "list"), `${PRIVATE_VERSION}\n`);
  return [
    `${PRIVATE} ${PRIVATE_VERSION} ${hashZip(zip)}`,
    `${PRIVATE} ${PRIVATE_VERSION}/go.mod ${hashGoMod(mod)}`,
  ];
}

beforeAll(async () => {
  fx = await buildFixtures([
    { path: "text", versions: [{ version: "v0.4.0" }] },
    { path: "greeting", versions: [{ version: "v1.2.0", requires: ["text@v0.4.0"] }] },
    { path: "config", versions: [{ version: "v1.0.0" }] },
  ]);
  privateSums = await addPrivateModule(fx.proxyDir);
  db = await startSumdb();
  proxy = await startProxy({ dir: fx.proxyDir });
  partial = await startProxy({ dir: fx.proxyDir, omit: [`${FIXTURE_HOST}/config`] });
});
afterAll(async () => {
  await proxy.close();
  await partial.close();
  await db.close();
  await fx.cleanup();
});

async function job(go: Toolchain, inputs: Record<string, string>, requires?: string[]) {
  const workspace = await mkdtemp(join(tmpdir(), "strict-ws-"));
  const reqs = requires ?? ["greeting@v1.2.0", "config@v1.0.0"];
  await writeMainModule(workspace, { path: "example.com/strict", requires: reqs, fixtures: fx });
  if (reqs.some((r) => r.startsWith(PRIVATE)))
    await writeFile(join(workspace, "go.sum"), privateSums.join("\n") + "\n", { flag: "a" });
  const result = await runAction({
    workspace,
    env: jobEnv(go, await mkdtemp(join(tmpdir(), "strict-home-")), fx.gitEnv),
    inputs: {
      sumdb: db.gosumdb,
      "no-sumdb": FIXTURE_HOST,
      cache: "false",
      strict: "true",
      ...inputs,
    },
  });
  const report = JSON.parse(await readFile(result.outputs.report!, "utf8")) as RunReport;
  const byLevel = (level: string) =>
    result.annotations.filter((a) => a.command === level).map((a) => a.properties.title ?? "");
  return { result, report, errors: byLevel("error"), warnings: byLevel("warning") };
}

for (const go of testedToolchains()) {
  describe(`Go ${go.version}`, () => {
    test("strict on `<proxy>,direct` with nothing falling back is green", async () => {
      const r = await job(go, { proxy: `${proxy.url},direct` });
      assert.equal(r.result.main.exitCode, 0, r.report.failedBecause.join("\n"));
      assert.deepEqual(r.report.failedBecause, []);
      assert.deepEqual(r.errors, []);
      // The `,` advice is still reported, as advice.
      assert.ok(r.report.diagnostics.some((d) => d.rule === "goproxy-comma-hard-errors"));
      assert.equal(r.report.download!.ledger.fallbacks.length, 0);
    });

    test("strict fails on an actual direct fetch, naming download-direct; strict-ignore silences it", async () => {
      const r = await job(go, { proxy: `${partial.url},direct` });
      assert.equal(r.result.main.exitCode, 1);
      assert.equal(r.report.failedBecause.length, 1, r.report.failedBecause.join("\n"));
      assert.match(
        r.report.failedBecause[0]!,
        /^strict: download-direct: 1 module fetched directly, not through a proxy: github\.com\/goproxy-fixture\/config\. .*add "download-direct" to strict-ignore/,
      );
      assert.ok(
        r.errors.some((t) => t.startsWith("strict: download-direct:")),
        r.errors.join(),
      );
      const silenced = await job(go, {
        proxy: `${partial.url},direct`,
        "strict-ignore": "download-direct",
      });
      assert.equal(silenced.result.main.exitCode, 0, silenced.report.failedBecause.join("\n"));
      assert.deepEqual(silenced.errors, []);
      assert.deepEqual(silenced.report.strictIgnore, ["download-direct"]);
    });

    test("strict fails on a failing rule, naming it; a silenced rule id stays silent", async () => {
      const dead = `${proxy.url},direct,https://never.invalid`;
      const r = await job(go, { proxy: dead, check: "static" });
      assert.equal(r.result.main.exitCode, 1);
      assert.deepEqual(r.report.failedBecause, [
        'strict: goproxy-entries-after-terminal: 1 warning on GOPROXY. To allow it, add "goproxy-entries-after-terminal" to strict-ignore (docs/rules.md#goproxy-entries-after-terminal).',
      ]);
      assert.ok(r.warnings.includes("GOPROXY: goproxy-entries-after-terminal"), r.warnings.join());
      const silenced = await job(go, {
        proxy: dead,
        check: "static",
        "strict-ignore": "goproxy-entries-after-terminal, no-such-rule",
      });
      assert.equal(silenced.result.main.exitCode, 0, silenced.report.failedBecause.join("\n"));
      assert.ok(!silenced.warnings.some((t) => t.includes("goproxy-entries-after-terminal")));
      assert.ok(
        !silenced.report.diagnostics.some((d) => d.rule === "goproxy-entries-after-terminal"),
      );
      // The unknown id is named, once.
      const unknown = silenced.result.annotations.filter((a) => /no-such-rule/.test(a.message));
      assert.equal(unknown.length, 1);
      assert.equal(unknown[0]!.properties.title, "strict-ignore");
    });

    test("fail-on-fallback fails on an actual fallback, naming download-fallback", async () => {
      const r = await job(go, {
        proxy: `${partial.url},${proxy.url}`,
        "fail-on-fallback": "true",
        check: "static",
      });
      assert.equal(r.result.main.exitCode, 1);
      assert.ok(r.report.download!.ledger.fallbacks.length > 0);
      assert.match(r.report.failedBecause.join("\n"), /^fail-on-fallback: download-fallback: /m);
    });

    test("the Athens-style private setup is green in strict, without a warning", async () => {
      const r = await job(
        go,
        { proxy: proxy.url, "no-sumdb": `${FIXTURE_HOST},git.corp.example` },
        ["greeting@v1.2.0", `${PRIVATE}@${PRIVATE_VERSION}`],
      );
      assert.equal(r.result.main.exitCode, 0, r.report.failedBecause.join("\n"));
      assert.deepEqual([...r.errors, ...r.warnings], []);
      assert.ok(!r.report.diagnostics.some((d) => d.rule === "module-not-private"));
      assert.ok(
        proxy.log.some(
          (l) => l.path === `/${PRIVATE}/@v/${PRIVATE_VERSION}.zip` && l.status === 200,
        ),
        "the private module came from the user's proxy",
      );
      assert.ok(
        !db.log.some((l) => l.path.includes("git.corp.example")),
        "the database never saw it",
      );
      // Without GONOSUMDB covering it, the finding names the checksum database, not the proxy.
      const leak = await job(go, { proxy: proxy.url, check: "static" }, [
        `${PRIVATE}@${PRIVATE_VERSION}`,
      ]);
      const d = leak.report.diagnostics.find((x) => x.rule === "module-not-private");
      assert.ok(d, JSON.stringify(leak.report.diagnostics.map((x) => x.rule)));
      assert.match(d.message, /checksum database sum\.test\.local/);
      assert.doesNotMatch(d.message, /public proxy/);
    });
  });
}

describe("a workflow written for setup-go", () => {
  const go = testedToolchains().at(-1)!;

  test("reads go-version and tests cache-hit == 'true': works unchanged on an exact hit", async () => {
    const cache = await startCacheServer({ protocol: "v1" });
    const home = join(tmpdir(), `parity-home-${process.pid}`);
    try {
      const workspace = await mkdtemp(join(tmpdir(), "parity-ws-"));
      await writeMainModule(workspace, {
        path: "example.com/parity",
        requires: ["greeting@v1.2.0"],
        fixtures: fx,
      });
      await writeFile(join(workspace, "tools.txt"), "golangci-lint 1.60\n");
      const step = async () => {
        // Hosted runners start each job with the same, empty home.
        if (existsSync(home)) await run("chmod", ["-R", "u+w", home]);
        await rm(home, { recursive: true, force: true });
        return runAction({
          workspace,
          env: jobEnv(go, home, { ...cache.env, GITHUB_EVENT_NAME: "push" }),
          inputs: {
            proxy: proxy.url,
            sumdb: db.gosumdb,
            "no-sumdb": FIXTURE_HOST,
            check: "static",
            "cache-dependency-path": "**/go.sum\ntools.txt",
          },
        });
      };
      // The job's own environment: with Go's telemetry on, go leaves a child writing under
      // $HOME/.config/go/telemetry after it exits, racing the step's removal of the home.
      const { stdout } = await run(go.goBin, ["env", "GOVERSION"], { env: jobEnv(go, home) });
      const version = stdout.trim().replace(/^go/, "");

      const first = await step();
      assert.equal(first.main.exitCode, 0, first.main.stdout);
      assert.equal(first.outputs["go-version"], version);
      assert.equal(first.outputs["cache-hit"], "false");
      assert.equal(first.outputs["cache-result"], "miss");
      assert.equal(first.outputs["cache-saved"], "true", first.post?.stdout);

      const second = await step();
      assert.equal(second.main.exitCode, 0, second.main.stdout);
      // `if: steps.go.outputs.cache-hit == 'true'` and `go${{ steps.go.outputs.go-version }}`
      assert.equal(second.outputs["cache-hit"], "true");
      assert.equal(second.outputs["cache-result"], "exact");
      assert.equal(second.outputs["cache-matched-key"], second.outputs["cache-key"]);
      assert.equal(`go${second.outputs["go-version"]}`, `go${version}`);
      // GOPATH/bin is on PATH and exists, and compiler errors get a problem matcher.
      assert.ok(second.path.includes(join(home, "gopath", "bin")), second.path.join(" "));
      assert.ok(existsSync(join(home, "gopath", "bin")));
      const matcher = second.main.commands.find((c) => c.command === "add-matcher");
      assert.ok(matcher && existsSync(matcher.message), "a problem matcher file is registered");

      // The dependency files feed the key: a changed tools.txt is a new key.
      await writeFile(join(workspace, "tools.txt"), "golangci-lint 1.61\n");
      const third = await step();
      assert.notEqual(third.outputs["cache-key"], second.outputs["cache-key"]);
      assert.equal(third.outputs["cache-hit"], "false");
      assert.equal(third.outputs["cache-result"], "partial");
    } finally {
      await cache.close();
      if (existsSync(home)) await run("chmod", ["-R", "u+w", home]);
      await rm(home, { recursive: true, force: true });
    }
  });
});

describe("go-version ranges", () => {
  let tz: ToolchainZip;
  let tree: string;
  let toolchains: ProxyServer;
  beforeAll(async () => {
    tz = await toolchainZip({ goroot: toolchain("1.23").goroot, variant: "small" });
    // Versions the list names around it: the range must pick the one it allows.
    tree = await writeToolchainProxyTree([tz], { listExtra: ["1.22.12", "1.24.0", "1.24rc1"] });
    db.addModule(TOOLCHAIN_MODULE, tz.moduleVersion, tz.zip, tz.mod);
    toolchains = await startProxy({ dir: tree });
  });
  afterAll(async () => {
    await toolchains.close();
    await rm(tree, { recursive: true, force: true });
  });

  test("a range installs through the proxy; the tool cache answers it next time unless check-latest", async () => {
    const runnerTemp = await mkdtemp(join(tmpdir(), "range-runner-"));
    const step = async (inputs: Record<string, string>) => {
      const home = await mkdtemp(join(tmpdir(), "range-home-"));
      const result = await runAction({
        workspace: await mkdtemp(join(tmpdir(), "range-ws-")),
        env: jobEnv(undefined, home), // no go on PATH
        runnerTemp,
        toolCache: join(runnerTemp, "_tool"),
        inputs: { proxy: toolchains.url, sumdb: db.gosumdb, cache: "false", ...inputs },
      });
      return result;
    };
    toolchains.log.length = 0;
    const first = await step({ "go-version": ">=1.23 <1.24" });
    assert.equal(first.main.exitCode, 0, first.main.stdout);
    assert.equal(first.outputs["go-version"], tz.version);
    assert.ok(toolchains.log.some((l) => l.path === `/${TOOLCHAIN_MODULE}/@v/list`));
    assert.ok(toolchains.log.some((l) => l.path.endsWith(`${tz.moduleVersion}.zip`)));

    toolchains.log.length = 0;
    const cached = await step({
      "go-version": `~${tz.version.split(".").slice(0, 2).join(".")}.0`,
    });
    assert.equal(cached.outputs["go-version"], tz.version);
    assert.equal(toolchains.log.length, 0, "the tool cache answered the range");

    const latest = await step({ "go-version": "1.23.x", "check-latest": "true" });
    assert.equal(latest.outputs["go-version"], tz.version);
    assert.ok(toolchains.log.some((l) => l.path === `/${TOOLCHAIN_MODULE}/@v/list`));
  });
});

describe("the CLI", () => {
  const go = testedToolchains().at(-1)!;

  test("download --strict fails naming download-direct; --strict-ignore allows it", async () => {
    const ws = await mkdtemp(join(tmpdir(), "strict-cli-ws-"));
    await writeMainModule(ws, {
      path: "example.com/strict",
      requires: ["greeting@v1.2.0", "config@v1.0.0"],
      fixtures: fx,
    });
    const env = jobEnv(go, await mkdtemp(join(tmpdir(), "strict-cli-home-")), {
      ...fx.gitEnv,
      GOPROXY: `${partial.url},direct`,
      GOSUMDB: db.gosumdb,
      GONOSUMDB: FIXTURE_HOST,
    });
    const cli = (args: string[]) =>
      run(process.execPath, [join(REPO_ROOT, "dist", "cli", "index.js"), "download", ...args], {
        cwd: ws,
        env,
        timeout: 120_000,
      }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const report = join(ws, "report.json");
    const strict = await cli(["--strict", "--report", report]);
    assert.equal(strict.code, 1, strict.stderr);
    const failed = (JSON.parse(await readFile(report, "utf8")) as RunReport).failedBecause;
    assert.match(failed.join("\n"), /^strict: download-direct: 1 module fetched directly/m);
    const allowed = await cli(["--strict", "--strict-ignore", "download-direct,no-such-rule"]);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.match(allowed.stderr, /"no-such-rule", which is no rule id/);
  });
});
