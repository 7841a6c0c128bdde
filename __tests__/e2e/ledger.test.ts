// The ledger end to end, on the oldest and newest Go: a chain of three proxies and direct,
// where proxy 1 lacks some modules, proxy 2 answers 500 for one (with `|` after it), and one
// module lives only in git. Every module file's origin must match the proxies' own logs.
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildFixtures,
  FIXTURE_HOST,
  writeMainModule,
  type Fixtures,
} from "../support/fixtures.ts";
import { startProxy, type ProxyServer } from "../support/proxy-server.ts";
import { runAction } from "../support/runner.ts";
import { jobEnv } from "../support/example.ts";
import { testedToolchains } from "../support/toolchains.ts";
import type { RunReport } from "../../src/report/model.ts";

const mod = (name: string) => `${FIXTURE_HOST}/${name}`;
let fx: Fixtures;
let p1: ProxyServer;
let p2: ProxyServer;
let p3: ProxyServer;
beforeAll(async () => {
  fx = await buildFixtures([
    { path: "text", versions: [{ version: "v0.4.0" }] },
    { path: "greeting", versions: [{ version: "v1.2.0", requires: ["text@v0.4.0"] }] },
    { path: "config", versions: [{ version: "v1.0.0" }] },
    { path: "metrics/v2", versions: [{ version: "v2.1.0" }] },
    { path: "gitonly", versions: [{ version: "v0.1.0" }] },
  ]);
  p1 = await startProxy({
    dir: fx.proxyDir,
    omit: [mod("config"), mod("metrics/v2"), mod("gitonly")],
  });
  p2 = await startProxy({
    dir: fx.proxyDir,
    omit: [mod("gitonly")],
    faults: [{ path: `/${mod("metrics/v2")}/`, status: 500, body: "upstream exploded\n" }],
  });
  p3 = await startProxy({ dir: fx.proxyDir, omit: [mod("gitonly")] });
});
afterAll(async () => {
  for (const p of [p1, p2, p3]) await p.close();
  await fx.cleanup();
});

async function job(
  go: ReturnType<typeof testedToolchains>[number],
  inputs: Record<string, string>,
) {
  for (const p of [p1, p2, p3]) p.log.length = 0;
  const home = await mkdtemp(join(tmpdir(), "job-home-"));
  const workspace = await mkdtemp(join(tmpdir(), "workspace-"));
  await writeMainModule(workspace, {
    path: "example.com/ledger",
    go: "1.16",
    requires: ["greeting@v1.2.0", "config@v1.0.0", "metrics/v2@v2.1.0", "gitonly@v0.1.0"],
    fixtures: fx,
  });
  const result = await runAction({
    workspace,
    env: jobEnv(go, home, fx.gitEnv),
    // Static checks only: live probes would add their own requests to the access logs compared below.
    inputs: {
      proxy: `${p1.url},${p2.url}|${p3.url},direct`,
      "no-sumdb": FIXTURE_HOST,
      check: "static",
      ...inputs,
    },
  });
  const report = JSON.parse(await readFile(result.outputs.report!, "utf8")) as RunReport;
  return { result, report };
}

/** The proxy whose access log shows it served `path` with 200 (at most one may). */
function servedBy(path: string): string {
  const who = [p1, p2, p3].filter((p) => p.log.some((l) => l.path === path && l.status === 200));
  assert.ok(who.length <= 1, `${path} served by ${who.length} proxies`);
  return who[0]?.url ?? "direct";
}

for (const go of testedToolchains()) {
  describe(`Go ${go.version}`, () => {
    test("every module file is attributed to the origin that really served it", async () => {
      const { result, report } = await job(go, {});
      assert.equal(result.main.exitCode, 0, result.main.stdout);
      const ledger = report.download!.ledger;

      const zips = ledger.files.filter((f) => f.file === "zip");
      assert.deepEqual(zips.map((f) => f.module).sort(), [
        mod("config"),
        mod("gitonly"),
        mod("greeting"),
        mod("metrics/v2"),
        mod("text"),
      ]);
      for (const f of ledger.files.filter((x) => x.version && x.file !== "list")) {
        const path = `/${f.module}/@v/${f.version}.${f.file}`;
        assert.equal(f.origin, servedBy(path), `${path}`);
      }
      // The chain as the logs saw it.
      assert.equal(servedBy(`/${mod("greeting")}/@v/v1.2.0.zip`), p1.url);
      assert.equal(servedBy(`/${mod("config")}/@v/v1.0.0.zip`), p2.url);
      assert.equal(servedBy(`/${mod("metrics/v2")}/@v/v2.1.0.zip`), p3.url);
      assert.ok(
        p2.log.some((l) => l.path === `/${mod("metrics/v2")}/@v/v2.1.0.zip` && l.status === 500),
      );
      assert.ok(
        p3.log.some((l) => l.path === `/${mod("gitonly")}/@v/v0.1.0.info` && l.status === 404),
      );

      const byModule = Object.fromEntries((ledger.modules ?? []).map((m) => [m.path, m.origin]));
      assert.deepEqual(byModule, {
        [mod("text")]: p1.url,
        [mod("greeting")]: p1.url,
        [mod("config")]: p2.url,
        [mod("metrics/v2")]: p3.url,
        [mod("gitonly")]: "direct",
      });

      // Fallbacks: 404 from p1 to p2 (config), 500 from p2 to p3 (metrics), 404 from p3 to direct (gitonly).
      const pairs = new Set(ledger.fallbacks.map((f) => `${f.module} ${f.from} -> ${f.to}`));
      assert.ok(pairs.has(`${mod("config")} ${p1.url} -> ${p2.url}`));
      assert.ok(pairs.has(`${mod("metrics/v2")} ${p2.url} -> ${p3.url}`));
      assert.ok(pairs.has(`${mod("gitonly")} ${p3.url} -> direct`));
      assert.ok(ledger.fallbacks.some((f) => f.from === p2.url && /500/.test(f.reason)));

      // Per-proxy hit rates match the logs: served / asked of module files.
      const stats = Object.fromEntries(ledger.origins.map((o) => [o.origin, o]));
      for (const p of [p1, p2, p3]) {
        const moduleFiles = p.log.filter((l) =>
          /\/@v\/[^/]+\.(info|mod|zip)$|\/@v\/list$/.test(l.path),
        );
        assert.equal(stats[p.url]!.filesAsked, moduleFiles.length, `${p.url} asked`);
        assert.equal(
          stats[p.url]!.filesServed,
          moduleFiles.filter((l) => l.status === 200).length,
          `${p.url} served`,
        );
      }

      // The annotations and the summary say the same.
      const warnings = result.annotations.filter((a) => a.command === "warning");
      for (const [from, to] of [
        [p1.url, p2.url],
        [p2.url, p3.url],
        [p3.url, "direct"],
      ]) {
        assert.ok(
          warnings.some((w) => w.properties.title?.startsWith(`Fallback ${from} → ${to}`)),
          `warning ${from} → ${to}`,
        );
        assert.ok(result.summary.includes(`\`${from}\` → \`${to}\``), `summary ${from} → ${to}`);
      }
      const gitonly = warnings.find((w) =>
        w.properties.title?.startsWith(`Fallback ${p3.url} → direct`),
      )!;
      assert.equal(
        gitonly.properties.file,
        "go.mod",
        "the warning sits on the go.mod that requires the module",
      );
      assert.match(gitonly.properties.line ?? "", /^\d+$/);
      assert.equal(result.outputs["direct-count"], "1");
      assert.equal(result.outputs.modules, "5");
      assert.equal(
        Number(result.outputs["hit-rate"]),
        stats[p1.url]!.filesServed / ledger.shares.files,
      );
    });

    test("strict mode fails naming the direct module; allow-direct lets it pass", async () => {
      const strict = await job(go, { strict: "true" });
      assert.equal(strict.result.main.exitCode, 1);
      const errors = strict.result.annotations.filter((a) => a.command === "error");
      assert.equal(errors.length, 1);
      assert.match(errors[0]!.message, new RegExp(`${mod("gitonly")}@v0\\.1\\.0`));
      assert.match(strict.result.summary, /strict: download-direct: 1 module fetched directly/);

      // allow-direct changes the direct verdict only.
      const allowed = await job(go, { strict: "true", "allow-direct": mod("gitonly") });
      assert.deepEqual(
        allowed.report.download!.direct.map((m) => [m.module, m.allowed]),
        [[mod("gitonly"), true]],
      );
      assert.ok(
        !allowed.report.failedBecause.some((r) => /fetched directly/.test(r)),
        allowed.report.failedBecause.join("\n"),
      );
      assert.ok(
        !allowed.result.annotations.some(
          (a) => a.command === "error" && /fetched directly/.test(a.properties.title ?? ""),
        ),
      );
    });
  });
}
