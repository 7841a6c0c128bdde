// The post step after a failed or odd main (dist/ under the runner emulator, real go): the
// credential files are removed whatever state main left, state that does not parse is named
// in a warning (strict: an error), and the post's own trouble never fails a non-strict job.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exampleWorkspace, jobEnv } from "../support/example.ts";
import { runAction, type JobResult } from "../support/runner.ts";
import { testedToolchains } from "../support/toolchains.ts";

const go = testedToolchains().at(-1)!;
const TOKEN = "post-cleanup-token-0f3c9a1e";

async function job(
  postState: (saved: Record<string, string>) => Record<string, string>,
  strict = false,
): Promise<JobResult> {
  const home = await mkdtemp(join(tmpdir(), "post-home-"));
  return runAction({
    workspace: await exampleWorkspace(),
    // No proxy can serve anything: main fails its pre-warm after writing the credentials.
    env: jobEnv(go, home, { GOPROXY: "off" }),
    inputs: {
      credentials: `127.0.0.1:9 ci-bot ${TOKEN}`,
      check: "static",
      cache: "false",
      strict: String(strict),
    },
    postState,
  });
}

async function credentialDirs(r: JobResult): Promise<string[]> {
  const dir = join(r.runnerTemp, "setup-goproxy");
  // Spread: node:fs arrays come from another realm than jest's (deepEqual would differ).
  return [...(await readdir(dir).catch(() => [] as string[]))].filter((n) =>
    n.startsWith("setup-goproxy-credentials-"),
  );
}

test("a failed main whose credentials state never reached post: the files are still removed", async () => {
  const r = await job(({ credentials: _dropped, ...rest }) => rest);
  assert.equal(r.main.exitCode, 1, "main failed (GOPROXY=off)");
  assert.ok(r.env.NETRC, "main wrote a .netrc");
  assert.ok(!existsSync(r.env.NETRC!), "post removed it");
  assert.deepEqual(await credentialDirs(r), []);
  assert.equal(r.post?.exitCode, 0, r.post?.stdout);
});

test("state that does not parse: one warning per key naming it, files removed; strict makes them errors", async () => {
  for (const strict of [false, true]) {
    const r = await job(() => ({ credentials: "{not json", "module-cache": '{"v":7}' }), strict);
    assert.ok(!existsSync(r.env.NETRC!), "post removed the .netrc by name");
    assert.deepEqual(await credentialDirs(r), []);
    const post = r.post!.commands.filter((c) => c.command === (strict ? "error" : "warning"));
    assert.ok(
      post.some((c) => c.message.includes('"credentials" does not parse')),
      r.post!.stdout,
    );
    assert.ok(post.some((c) => c.message.includes('"module-cache" does not parse')));
    assert.equal(r.post!.exitCode, strict ? 1 : 0, r.post!.stdout);
    for (const c of r.annotations) assert.ok(!c.message.includes(TOKEN));
  }
});
