// Decompression is bounded while it happens. A zip entry or a gzip body that inflates
// to gigabytes is stopped with a message naming the entry (module) and the limit, and the
// process's memory stays low: the peak RSS is measured (the sampling is synchronous with
// the inflate call, so /proc's VmHWM, the high-water mark, is read before and after).
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { crc32, deflateRawSync, gzipSync } from "node:zlib";
import { hashZip, hashZipAsync, MAX_UNPACKED_ZIP, readZip } from "../../../src/sumdb/dirhash.ts";
import { gunzipBounded } from "../../../src/net/response-body.ts";
import { compressedZeros, zipOf } from "../../support/bombs.ts";

const MiB = 1 << 20;
const PREFIX = "golang.org/toolchain@v0.0.1-go1.26.0.linux-amd64/";

/** Peak resident set size of this process so far (Linux VmHWM), in bytes. */
function peakRss(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return m ? Number(m[1]) * 1024 : process.memoryUsage().rss;
}

describe("zip entries (module and toolchain zips, dirhash)", () => {
  test("an entry that lies about its size (1 MiB declared, 512 MiB inside) stops at 1 MiB", async () => {
    const zip = zipOf(`${PREFIX}bin/go`, await compressedZeros(512 * MiB, "raw"), MiB, 0);
    const before = peakRss();
    assert.throws(
      () => hashZip(zip),
      (e: Error) =>
        e.message.includes(`${PREFIX}bin/go`) &&
        e.message.includes(`declared size of ${MiB} bytes`),
    );
    const grew = peakRss() - before;
    console.log(`zip bomb: peak RSS grew by ${(grew / MiB).toFixed(1)} MiB`);
    assert.ok(grew < 64 * MiB, `peak RSS grew by ${(grew / MiB).toFixed(0)} MiB`);
    assert.ok(zip.length < 2 * MiB, `the bomb is small: ${zip.length} bytes`);
  });
  test("off the main thread too: 1 MiB declared, 512 MiB inside, stops at 1 MiB", async () => {
    const zip = zipOf(`${PREFIX}bin/go`, await compressedZeros(512 * MiB, "raw"), MiB, 0);
    const before = peakRss();
    await assert.rejects(
      hashZipAsync(zip),
      (e: Error) =>
        e.message.includes(`${PREFIX}bin/go`) &&
        e.message.includes(`declared size of ${MiB} bytes`),
    );
    const grew = peakRss() - before;
    assert.ok(grew < 64 * MiB, `peak RSS grew by ${(grew / MiB).toFixed(0)} MiB`);
  });
  test("an entry that declares 1 GiB is refused before inflating, naming the limit", () => {
    const data = Buffer.from("tiny");
    const zip = zipOf(`${PREFIX}pkg/huge`, deflateRawSync(data), 1024 * MiB, crc32(data));
    const before = peakRss();
    assert.throws(
      () => readZip(zip),
      (e: Error) =>
        e.message.includes(`${PREFIX}pkg/huge`) && e.message.includes(String(MAX_UNPACKED_ZIP)),
    );
    assert.ok(peakRss() - before < 16 * MiB);
  });
  test("an honest zip still reads and hashes", () => {
    const data = Buffer.from("go1.26.0\n");
    const zip = zipOf(`${PREFIX}VERSION`, deflateRawSync(data), data.length, crc32(data));
    assert.equal(readZip(zip)[0]!.data.toString(), "go1.26.0\n");
    assert.match(hashZip(zip), /^h1:/);
  });
});

describe("gzip content-encoding (proxy and toolchain downloads)", () => {
  test("a small gzip body inflating to 1 GiB stops at the bound, memory stays low", async () => {
    const bomb = await compressedZeros(1024 * MiB, "gzip");
    assert.ok(bomb.length < 2 * MiB, `the bomb is small: ${bomb.length} bytes`);
    const before = peakRss();
    const url = "https://proxy.example/golang.org/toolchain/@v/v0.0.1-go1.26.0.linux-amd64.zip";
    assert.throws(
      () => gunzipBounded(bomb, 500 * MiB + 1, url),
      (e: Error) =>
        e.message.includes(url) &&
        e.message.includes("decompression bomb") &&
        /inflates past \d+ bytes/.test(e.message),
    );
    const grew = peakRss() - before;
    console.log(`gzip bomb: peak RSS grew by ${(grew / MiB).toFixed(1)} MiB`);
    assert.ok(grew < 128 * MiB, `peak RSS grew by ${(grew / MiB).toFixed(0)} MiB`);
  });
  test("ordinary gzip bodies pass", () => {
    const text = Buffer.from("v1.0.0\nv1.1.0\n".repeat(1000));
    assert.deepEqual(gunzipBounded(gzipSync(text), MiB, "u"), text);
  });
});
