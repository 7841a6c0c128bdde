// Pruning the download cache: on hand-made trees (every rule), then on a cache a real go
// filled, which go must still build from offline afterwards.
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { versionSet } from "../../../src/cache/manifest.ts";
import { scanDownloadCache } from "../../../src/cache/modcache.ts";
import {
  neededFromDownload,
  neededFromSums,
  planPrune,
  pruneDownloadCache,
} from "../../../src/cache/prune.ts";
import {
  buildFixtures,
  isolatedGoEnv,
  writeMainModule,
  type Fixtures,
} from "../../support/fixtures.ts";
import { testedToolchains } from "../../support/toolchains.ts";
import { writeTree } from "./tree.ts";

const run = promisify(execFile);

test("needed sets from go.sum text and from go mod download -json objects", () => {
  assert.deepEqual(
    neededFromSums(
      "x.org/a v1.0.0 h1:a=\nx.org/a v1.0.0/go.mod h1:b=\nx.org/b v0.1.0/go.mod h1:c=\n\nbad line\n",
    ),
    ["x.org/a@v1.0.0", "x.org/b@v0.1.0"],
  );
  assert.deepEqual(
    neededFromDownload([{ Path: "x.org/a", Version: "v1.0.0" }, { Path: "x.org/q" }]),
    ["x.org/a@v1.0.0"],
  );
});

test("prune removes whole versions, rewrites @v/list like Go, removes emptied module folders", async () => {
  const dir = await mkdtemp(join(tmpdir(), "cache-prune-"));
  try {
    await writeTree(dir, {
      "x.org/a/@v/list": "v1.0.0\nv1.1.0\n",
      "x.org/a/@v/v1.0.0.info": "{}",
      "x.org/a/@v/v1.0.0.mod": "module x.org/a\n",
      "x.org/a/@v/v1.0.0.zip": "0".repeat(100),
      "x.org/a/@v/v1.0.0.ziphash": "h1:",
      "x.org/a/@v/v1.0.0.lock": "",
      "x.org/a/@v/v1.1.0.mod": "module x.org/a\n",
      // a nested module below a pruned one must survive, and keep its parent folders
      "x.org/a/sub/@v/list": "v0.1.0\n",
      "x.org/a/sub/@v/v0.1.0.mod": "module x.org/a/sub\n",
      "x.org/gone/deep/@v/list": "v2.0.0\n",
      "x.org/gone/deep/@v/v2.0.0.mod": "module x.org/gone/deep\n",
      "x.org/gone/deep/@v/v2.0.0.zip": "1".repeat(50),
      "x.org/gone/deep/@v/list.lock": "",
      "x.org/local/@v/list": "v0.0.1\n",
      "x.org/local/@v/v0.0.1.mod": "module x.org/local\n",
      "sumdb/sum.golang.org/latest": "tree",
    });
    const scan = await scanDownloadCache(dir);
    // x.org/local was there before the restore: not a candidate, left alone although unneeded
    const candidates = new Set([...versionSet(scan)].filter((v) => !v.startsWith("x.org/local@")));
    const plan = planPrune(scan, ["x.org/a@v1.1.0", "x.org/a/sub@v0.1.0"], candidates);
    assert.deepEqual(
      plan.remove.map((v) => `${v.path}@${v.version}`),
      ["x.org/a@v1.0.0", "x.org/gone/deep@v2.0.0"],
    );
    assert.equal(plan.untouched, 1);

    const result = await pruneDownloadCache(
      dir,
      ["x.org/a@v1.1.0", "x.org/a/sub@v0.1.0"],
      candidates,
    );
    assert.equal(result.versions, 2);
    assert.equal(result.bytes, 2 + 15 + 100 + 3 + 23 + 50);
    assert.equal(result.files, 7, "five files of v1.0.0 (with its lock) and v2.0.0's two");
    assert.equal(result.kept, 2);
    assert.equal(result.untouched, 1);
    assert.deepEqual(result.errors, []);
    // spread: a node:fs array is from another realm than the test (jest runs it in a vm context)
    assert.deepEqual([...(await readdir(join(dir, "x.org/a/@v")))], ["list", "v1.1.0.mod"]);
    assert.equal(await readFile(join(dir, "x.org/a/@v/list"), "utf8"), "v1.1.0\n");
    assert.ok(existsSync(join(dir, "x.org/a/sub/@v/v0.1.0.mod")));
    assert.ok(
      !existsSync(join(dir, "x.org/gone")),
      "the emptied module folder and its parents are gone",
    );
    assert.ok(existsSync(join(dir, "x.org/local/@v/v0.0.1.mod")));
    assert.ok(existsSync(join(dir, "sumdb/sum.golang.org/latest")), "sumdb is not a module");

    // nothing more to do the second time
    const again = await pruneDownloadCache(
      dir,
      ["x.org/a@v1.1.0", "x.org/a/sub@v0.1.0"],
      candidates,
    );
    assert.equal(again.versions, 0);
    assert.equal(again.lists, 0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// ---- on a cache a real go filled ----

let fx: Fixtures;
beforeAll(async () => {
  fx = await buildFixtures([
    { path: "alpha", versions: [{ version: "v1.0.0" }, { version: "v1.1.0" }] },
    { path: "Beta", versions: [{ version: "v0.1.0", requires: ["alpha@v1.0.0"] }] },
    { path: "gamma", versions: [{ version: "v0.2.0" }] },
    { path: "delta/v2", versions: [{ version: "v2.0.0", requires: ["gamma@v0.2.0"] }] },
  ]);
});
afterAll(() => fx?.cleanup());

for (const go of testedToolchains()) {
  test(`go ${go.version}: a pruned cache still builds the needed module offline, and only that`, async () => {
    const home = await mkdtemp(join(tmpdir(), "cache-prune-go-"));
    try {
      const env = isolatedGoEnv(home, { GOPROXY: `file://${fx.proxyDir}`, GOFLAGS: "-mod=mod" });
      const old = join(home, "old");
      const now = join(home, "now");
      await writeMainModule(old, {
        path: "example.com/old",
        requires: ["Beta@v0.1.0", "delta/v2@v2.0.0"],
        fixtures: fx,
      });
      await writeMainModule(now, {
        path: "example.com/now",
        requires: ["Beta@v0.1.0"],
        fixtures: fx,
      });
      // go.sum of "now": only what its graph needs (go mod tidy writes it)
      await writeFile(join(now, "go.sum"), "");
      await run(go.goBin, ["mod", "tidy"], { cwd: now, env });
      await run(go.goBin, ["mod", "download"], { cwd: old, env });
      const { stdout } = await run(go.goBin, ["mod", "download", "-json"], { cwd: now, env });
      const modules = JSON.parse(`[${stdout.replace(/}\s*{/g, "},{")}]`) as {
        Path: string;
        Version: string;
      }[];
      const dl = join(env.GOMODCACHE!, "cache", "download");
      const needed = [
        ...neededFromDownload(modules),
        ...neededFromSums(await readFile(join(now, "go.sum"), "utf8")),
      ];
      const result = await pruneDownloadCache(dl, needed);
      assert.deepEqual(result.errors, []);
      assert.deepEqual([...versionSet(await scanDownloadCache(dl))].sort(), [
        "github.com/goproxy-fixture/Beta@v0.1.0",
        "github.com/goproxy-fixture/alpha@v1.0.0",
      ]);
      assert.equal(result.versions, 2, "delta/v2 and gamma went");
      assert.ok(result.bytes > 0);
      // Go's own view: the pruned cache serves "now" with no network at all …
      const offline = { ...env, GOPROXY: "off", GOFLAGS: "-mod=readonly" };
      await run(go.goBin, ["mod", "download"], { cwd: now, env: offline });
      await run(go.goBin, ["build", "./..."], { cwd: now, env: offline });
      // … and as a GOPROXY its lists name exactly what is left
      const list = await readFile(join(dl, "github.com/goproxy-fixture/alpha/@v/list"), "utf8");
      assert.equal(list, "v1.0.0\n");
      // … while "old" now needs the network again
      await assert.rejects(
        run(go.goBin, ["mod", "download"], { cwd: old, env: offline }),
        /GOPROXY=off/,
      );
    } finally {
      await run("chmod", ["-R", "u+w", home]).catch(() => undefined);
      await rm(home, { recursive: true, force: true });
    }
  });
}
