// What a running pre-warm waits on, from go's -x trace and the download cache: the request
// still without headers, else the answered one whose file has not landed; and the message
// that names the module, the proxy and the limit.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFetchWatch, moduleOfUrl, stopMessage } from "../../../src/download/stall.ts";
import { explainModuleError } from "../../../src/explain/index.ts";

const P = "http://127.0.0.1:4000/base";

describe("moduleOfUrl", () => {
  test("module path and version unescaped, proxy base kept, credentials hidden", () => {
    assert.deepEqual(moduleOfUrl(`${P}/github.com/!burnt!sushi/toml/@v/v1.2.0.zip`), {
      url: `${P}/github.com/!burnt!sushi/toml/@v/v1.2.0.zip`,
      proxy: P,
      module: "github.com/BurntSushi/toml@v1.2.0",
      dir: "github.com/!burnt!sushi/toml",
    });
    const listed = moduleOfUrl("https://u:secret@proxy.example/golang.org/x/text/@v/list");
    assert.equal(listed.module, "golang.org/x/text");
    assert.ok(!JSON.stringify(listed).includes("secret"));
  });
});

describe("createFetchWatch", () => {
  test("an open request wins; then the answered one whose file is not in the cache", async () => {
    const cache = await mkdtemp(join(tmpdir(), "stall-watch-"));
    try {
      const w = createFetchWatch();
      const zip = (m: string) => `${P}/example.com/${m}/@v/v1.0.0.zip`;
      w.push(`# get ${zip("a")}`);
      w.push(`# get ${zip("b")}`);
      assert.equal((await w.waitingOn(cache))?.module, "example.com/a@v1.0.0");
      assert.equal((await w.waitingOn(cache))?.open, true);
      w.push(`# get ${zip("a")}: 200 OK (0.010s)`);
      w.push(`# get ${zip("b")}: 200 OK (0.012s)`);
      // b's zip landed, a's body is still due: a is what go waits on.
      const bDir = join(cache, "cache", "download", "example.com", "b", "@v");
      await mkdir(bDir, { recursive: true });
      await writeFile(join(bDir, "v1.0.0.zip"), "zip");
      const waiting = await w.waitingOn(cache);
      assert.equal(waiting?.module, "example.com/a@v1.0.0");
      assert.equal(waiting?.open, false);
      assert.equal(waiting?.proxy, P);

      // Bytes of a's temporary file count as progress; b is no longer watched.
      const aDir = join(cache, "cache", "download", "example.com", "a", "@v");
      await mkdir(aDir, { recursive: true });
      assert.equal(await w.bytesArrived(cache), 0);
      await writeFile(join(aDir, "v1.0.0.zip12345.tmp"), "x".repeat(100));
      assert.equal(await w.bytesArrived(cache), 100);
      await writeFile(join(aDir, "v1.0.0.zip12345.tmp"), "x".repeat(250));
      assert.equal(await w.bytesArrived(cache), 250);
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  });

  test("a failed request (no status) is not waited on", async () => {
    const w = createFetchWatch();
    w.push(`# get ${P}/example.com/a/@v/v1.0.0.info`);
    w.push(`# get ${P}/example.com/a/@v/v1.0.0.info: dial tcp: connection refused`);
    assert.equal(await w.waitingOn(undefined), undefined);
  });
});

describe("stopMessage", () => {
  const waiting = { ...moduleOfUrl(`${P}/example.com/a/@v/v1.0.0.mod`), open: true };
  const names = { stall: "stall-timeout", total: "download-timeout" };

  test("a stall names the module, the proxy, the request and the limit; the explainer knows it", () => {
    const m = stopMessage({ kind: "stall", limitSeconds: 60 }, waiting, names);
    assert.match(m, /nothing arrived for 60 s \(stall-timeout: 60\)/);
    assert.ok(m.includes(`example.com/a@v1.0.0 from ${P}`), m);
    assert.ok(m.includes(`no response to GET ${P}/example.com/a/@v/v1.0.0.mod`), m);
    assert.equal(explainModuleError(m, {}).rule, "explain-proxy-stalled");
  });

  test("the total limit names itself; the explainer knows it", () => {
    const m = stopMessage({ kind: "timeout", limitSeconds: 1200 }, undefined, names);
    assert.match(m, /did not finish within 1200 s \(download-timeout: 1200\)/);
    assert.equal(explainModuleError(m, {}).rule, "explain-download-timeout");
  });
});
