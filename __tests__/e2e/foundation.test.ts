// The first vertical slice under the runner emulator, on the oldest and newest Go:
// inputs become exported variables, and `go mod download` runs through the chain.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_HOST } from "../support/fixtures.ts";
import { useExampleChain } from "../support/job-servers.ts";
import { runAction } from "../support/runner.ts";
import { exampleWorkspace, jobEnv, MISSING_FROM_FIRST } from "../support/example.ts";
import { testedToolchains } from "../support/toolchains.ts";

const chain = useExampleChain();

async function job(
  go: ReturnType<typeof testedToolchains>[number],
  inputs: Record<string, string>,
) {
  const home = await mkdtemp(join(tmpdir(), "job-home-"));
  const workspace = await exampleWorkspace();
  const env = jobEnv(go, home);
  const result = await runAction({
    workspace,
    env,
    inputs: { "no-sumdb": FIXTURE_HOST, ...inputs },
  });
  return { result, gomodcache: env.GOMODCACHE! };
}

for (const go of testedToolchains()) {
  describe(`Go ${go.version}`, () => {
    test("A,B where A lacks a module: every module lands in GOMODCACHE and the settings are exported", async () => {
      chain.a.log.length = 0;
      chain.b.log.length = 0;
      const { result, gomodcache } = await job(go, { proxy: `${chain.a.url},${chain.b.url}` });
      assert.equal(result.main.exitCode, 0, result.main.stdout + result.main.stderr);
      for (const m of [
        "config/@v/v1.0.0",
        "greeting/@v/v1.2.0",
        "metrics/v2/@v/v2.1.0",
        "text/@v/v0.4.0",
      ]) {
        assert.ok(
          existsSync(join(gomodcache, "cache/download", FIXTURE_HOST, `${m}.zip`)),
          `${m}.zip in GOMODCACHE`,
        );
      }
      assert.equal(result.env.GOPROXY, `${chain.a.url},${chain.b.url}`);
      assert.equal(result.env.GONOSUMDB, FIXTURE_HOST);
      assert.equal(result.outputs.goproxy, `${chain.a.url},${chain.b.url}`);
      assert.equal(result.env.GOSUMDB, undefined, "an empty input leaves the variable alone");
      const missing = `/${MISSING_FROM_FIRST}/@v/v2.1.0.zip`;
      assert.ok(
        chain.a.log.some((l) => l.path === missing && l.status === 404),
        "A answered 404 for the module it lacks",
      );
      assert.ok(
        chain.b.log.some((l) => l.path === missing && l.status === 200),
        "B served it",
      );
      assert.equal(result.post?.exitCode, 0);
    });

    test("a refused connection with ',' fails the step with Go's message; with '|' it falls through", async () => {
      const refused = "http://127.0.0.1:1";
      const comma = await job(go, { proxy: `${refused},${chain.b.url}` });
      assert.equal(comma.result.main.exitCode, 1);
      const errors = comma.result.annotations.filter((c) => c.command === "error");
      assert.equal(errors.length, 1, "one error annotation");
      assert.match(errors[0]!.message, /connection refused/);
      assert.match(errors[0]!.message, /127\.0\.0\.1:1/);

      const pipe = await job(go, { proxy: `${refused}|${chain.b.url}` });
      assert.equal(pipe.result.main.exitCode, 0, pipe.result.main.stdout);
      assert.equal(pipe.result.annotations.filter((c) => c.command === "error").length, 0);
    });

    test("no go on PATH: one clear error", async () => {
      const home = await mkdtemp(join(tmpdir(), "job-home-"));
      const result = await runAction({
        workspace: await exampleWorkspace(),
        env: jobEnv(undefined, home),
        inputs: {},
      });
      assert.equal(result.main.exitCode, 1);
      const errors = result.annotations.filter((c) => c.command === "error");
      assert.equal(errors.length, 1);
      assert.match(errors[0]!.message, /go was not found on PATH/);
    });
  });
}
