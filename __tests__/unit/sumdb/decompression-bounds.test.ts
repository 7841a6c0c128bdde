// Item 4: decompression is bounded while it happens. A zip entry or a gzip body that inflates
// to gigabytes is stopped with a message naming the entry (module) and the limit, and the
// process's memory stays low: the peak RSS is measured (the sampling is synchronous with
// the inflate call, so /proc's VmHWM, the high-water mark, is read before and after).
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { crc32, createDeflateRaw, createGzip, deflateRawSync, gzipSync } from "node:zlib";
import { hashZip, MAX_UNPACKED_ZIP, readZip } from "../../../src/sumdb/dirhash.ts";
import { gunzipBounded } from "../../../src/net/response-body.ts";

const MiB = 1 << 20;
const PREFIX = "golang.org/toolchain@v0.0.1-go1.26.0.linux-amd64/";

/** Peak resident set size of this process so far (Linux VmHWM), in bytes. */
function peakRss(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return m ? Number(m[1]) * 1024 : process.memoryUsage().rss;
}

/** A zip of one deflated entry; `declared` is the size (and CRC) the headers claim. */
function zipOf(name: string, comp: Buffer, declared: number, crc: number): Buffer {
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(comp.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(comp.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(n.length, 28);
  const cdOffset = local.length + n.length + comp.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + n.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, n, comp, central, n, end]);
}

/** `bytes` zeros compressed through a stream from one reused 1 MiB buffer: never held inflated. */
async function compressedZeros(bytes: number, kind: "raw" | "gzip"): Promise<Buffer> {
  const z = kind === "raw" ? createDeflateRaw({ level: 9 }) : createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  z.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => z.on("end", resolve).on("error", reject));
  const block = Buffer.alloc(MiB);
  for (let left = bytes; left > 0; left -= MiB)
    if (!z.write(block)) await new Promise((r) => z.once("drain", r));
  z.end();
  await done;
  return Buffer.concat(chunks);
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
