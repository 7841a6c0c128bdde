// The CLI as other CI systems run it: dist/cli/index.js in a plain shell environment (no
// GitHub variables), against local proxies. It must reach the same ledger and verdicts as
// the action, and keep the contracts of design.md.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_HOST } from "../support/fixtures.ts";
import { useExampleChain } from "../support/job-servers.ts";
import { REPO_ROOT, runAction } from "../support/runner.ts";
import { exampleWorkspace, jobEnv, MISSING_FROM_FIRST } from "../support/example.ts";
import { testedToolchains } from "../support/toolchains.ts";
import type { Ledger } from "../../src/download/types.ts";
import type { RunReport } from "../../src/report/model.ts";

const CLI = join(REPO_ROOT, "dist", "cli", "index.js");

/** Runs a command without blocking this process's event loop: the proxies it talks to live here. */
function run(
  bin: string,
  args: string[],
  opts: { cwd: string; env: Record<string, string>; input?: string },
) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(bin, args, { cwd: opts.cwd, env: opts.env, timeout: 120_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? "");
  });
}

const cli = (args: string[], opts: { cwd: string; env: Record<string, string>; input?: string }) =>
  run(process.execPath, [CLI, ...args], opts);

const chain = useExampleChain();

for (const go of testedToolchains()) {
  describe(`Go ${go.version}`, () => {
    test("a GitLab-style job gets the same ledger and verdict as the action", async () => {
      const goproxy = `${chain.a.url},${chain.b.url}`;
      const shellEnv = jobEnv(go, await mkdtemp(join(tmpdir(), "gitlab-home-")), {
        GOPROXY: goproxy,
        GONOSUMDB: FIXTURE_HOST,
        CI: "true",
        GITLAB_CI: "true",
      });
      const ws = await exampleWorkspace();
      const r = await cli(["download", "--format", "json"], { cwd: ws, env: shellEnv });
      assert.equal(r.code, 0, r.stderr);
      const fromCli = JSON.parse(r.stdout) as Ledger;

      const action = await runAction({
        workspace: await exampleWorkspace(),
        env: jobEnv(go, await mkdtemp(join(tmpdir(), "job-home-"))),
        inputs: { proxy: goproxy, "no-sumdb": FIXTURE_HOST },
      });
      const fromAction = (JSON.parse(await readFile(action.outputs.report!, "utf8")) as RunReport)
        .download!.ledger;

      const origins = (l: Ledger) =>
        Object.fromEntries((l.modules ?? []).map((m) => [m.path, m.origin]));
      assert.deepEqual(origins(fromCli), origins(fromAction));
      assert.equal(origins(fromCli)[MISSING_FROM_FIRST], chain.b.url);
      const fallbacks = (l: Ledger) =>
        l.fallbacks.map((f) => `${f.module} ${f.file} ${f.from}>${f.to} ${f.reason}`).sort();
      assert.deepEqual(fallbacks(fromCli), fallbacks(fromAction));
      assert.deepEqual(
        fromCli.origins.map((o) => [o.origin, o.filesServed, o.filesAsked]),
        fromAction.origins.map((o) => [o.origin, o.filesServed, o.filesAsked]),
      );
      for (const m of fromCli.modules ?? [])
        assert.ok(["path", "version", "origin"].every((k) => k in m));

      // The same verdict on failure: a refused first proxy with "," fails both.
      const refused = {
        ...shellEnv,
        GOPROXY: `http://127.0.0.1:1,${chain.b.url}`,
        GOMODCACHE: join(ws, ".gomodcache-2"),
      };
      const bad = await cli(["download"], { cwd: await exampleWorkspace(), env: refused });
      assert.equal(bad.code, 1);
      assert.match(bad.stdout, /FAILED .*connection refused/);
    });

    test("trace reads a prefixed CI log from stdin and keeps the JSON contract", async () => {
      const ws = await exampleWorkspace();
      const env = jobEnv(go, await mkdtemp(join(tmpdir(), "trace-home-")), {
        GOPROXY: `${chain.a.url},${chain.b.url}`,
        GONOSUMDB: FIXTURE_HOST,
      });
      chain.a.log.length = 0;
      const godl = await run(go.goBin, ["mod", "download", "-x"], { cwd: ws, env });
      assert.equal(godl.code, 0, godl.stderr);
      const prefixed = godl.stderr
        .split("\n")
        .map((l, i) =>
          i % 2 ? `2026-11-22T04:05:06.${String(i).padStart(7, "0")}Z ${l}` : `#12 ${i}.042 ${l}`,
        )
        .join("\n");
      const r = await cli(["trace", "--format", "json"], { cwd: ws, env, input: prefixed });
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout) as Ledger;
      const keys = (o: object) => Object.keys(o);
      for (const req of out.requests)
        for (const k of ["url", "origin", "status", "error", "seconds"])
          assert.ok(keys(req).includes(k), k);
      for (const o of out.origins)
        for (const k of ["origin", "requests", "ok", "notFound", "errors"])
          assert.ok(keys(o).includes(k), k);
      assert.ok(out.fallbacks.length > 0);
      for (const f of out.fallbacks)
        for (const k of ["module", "version", "file", "from", "to", "reason"])
          assert.ok(keys(f).includes(k), k);
      const first = out.origins.find((o) => o.origin === chain.a.url)!;
      assert.equal(
        first.requests,
        chain.a.log.length,
        "every request A logged is in the trace, and no more",
      );
      assert.equal(first.ok + first.notFound + first.errors, first.requests);
    });
  });
}

test("usage errors exit 2 and every command has --help", async () => {
  const env = { PATH: "/usr/bin:/bin" };
  assert.equal((await cli([], { cwd: tmpdir(), env })).code, 2);
  assert.equal((await cli(["nope"], { cwd: tmpdir(), env })).code, 2);
  assert.equal(
    (await cli(["trace", "--format", "xml"], { cwd: tmpdir(), env, input: "" })).code,
    2,
  );
  for (const c of ["trace", "download"]) {
    const h = await cli([c, "--help"], { cwd: tmpdir(), env });
    assert.equal(h.code, 0);
    assert.match(h.stdout, /Exit:/);
  }
});
