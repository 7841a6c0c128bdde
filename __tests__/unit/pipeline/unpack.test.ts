import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unpackModules, unpackTargets } from "../../../src/pipeline/unpack.ts";
import type { PrewarmContext } from "../../../src/pipeline/prewarm.ts";
import { isolatedGoEnv } from "../../support/fixtures.ts";
import { testedToolchains } from "../../support/toolchains.ts";

test("the modules to unpack: every zip go.sum lists that the cache holds, never a go.mod-only line", () => {
  const sums = [
    "example.com/a v1.0.0 h1:zip=\nexample.com/a v1.0.0/go.mod h1:mod=\n",
    "example.com/b v0.1.0/go.mod h1:onlymod=\nexample.com/c/v2 v2.0.0 h1:c=\nexample.com/gone v1.0.0 h1:g=\n",
  ];
  const held = new Set(["example.com/a@v1.0.0", "example.com/b@v0.1.0", "example.com/c/v2@v2.0.0"]);
  assert.deepEqual(
    unpackTargets(sums, (path, version) => held.has(`${path}@${version}`)),
    ["example.com/a@v1.0.0", "example.com/c/v2@v2.0.0"],
  );
});

// The failure path with real go: a zip without the .info and .mod Go needs cannot be unpacked
// offline; the outcome says so (exit code and go's first line) and nothing is fetched.
describe.each(testedToolchains())("Go $version", (go) => {
  test("an offline unpack that go cannot do says why and fetches nothing", async () => {
    const home = await mkdtemp(join(tmpdir(), "unpack-home-"));
    try {
      const env = isolatedGoEnv(home, { GOPROXY: "https://127.0.0.1:9/never" });
      const dl = join(env.GOMODCACHE!, "cache", "download", "example.com", "a", "@v");
      await mkdir(dl, { recursive: true });
      await writeFile(join(dl, "v1.0.0.zip"), "not a zip");
      const ctx = {
        go: { bin: go.goBin, effective: { GOMODCACHE: env.GOMODCACHE!, GOFLAGS: "" } },
        env,
        ws: { workdir: home, sums: ["example.com/a v1.0.0 h1:AAAA=\n"] },
      } as unknown as PrewarmContext;
      const out = await unpackModules(ctx);
      assert.equal(out.modules, 1);
      assert.match(out.problem ?? "", /^exit 1: .*example\.com\/a@v1\.0\.0/, out.problem);
      assert.match(out.problem!, /GOPROXY=off/, "GOPROXY=off, not the job's proxy");
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});
