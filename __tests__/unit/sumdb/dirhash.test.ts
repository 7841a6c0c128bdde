// Go's h1: hash (x/mod sumdb/dirhash TestHash1, TestHashZip) and the zip reader behind it.
// The end-to-end test also checks hashZip/hashGoMod against real go on real module zips.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { crc32, deflateRawSync } from "node:zlib";
import { hash1, hashGoMod, hashZip, hashZipAsync, readZip } from "../../../src/sumdb/dirhash.ts";

const hex = (s: string | Uint8Array) => createHash("sha256").update(s).digest("hex");
const htop = (s: string | Buffer) => `h1:${createHash("sha256").update(s).digest("base64")}`;

/** A minimal zip writer (stored or deflated entries), independent of the reader under test. */
function makeZip(files: { name: string; data: string | Buffer }[], deflate: boolean): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name);
    const data = Buffer.from(f.data);
    const body = deflate ? deflateRawSync(data) : data;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

test("hash1 (x/mod TestHash1): sorted names, sha256 hex, two spaces", () => {
  const want = htop(`${hex("data for abc")}  abc\n${hex("data for xyz")}  xyz\n`);
  const files = ["xyz", "abc"].map((name) => ({ name, data: Buffer.from(`data for ${name}`) }));
  assert.equal(hash1(files), want);
  assert.throws(
    () => hash1([...files, { name: "a\nbc", data: Buffer.alloc(0) }]),
    /dirhash: filenames with newlines are not supported/,
  );
});

test("hash1 sorts by UTF-8 bytes, as Go's sort does, not by UTF-16 units", () => {
  const a = "\ufffd"; // EF BF BD
  const b = "\u{1F600}"; // F0 9F 98 80, but a surrogate pair (D83D…) in UTF-16
  const data = Buffer.from("x");
  const want = htop(`${hex(data)}  ${a}\n${hex(data)}  ${b}\n`);
  assert.equal(
    hash1([
      { name: b, data },
      { name: a, data },
    ]),
    want,
  );
});

test("hashGoMod hashes the file alone under the name go.mod", () => {
  const mod = "module example.com/m\n\ngo 1.16\n";
  assert.equal(hashGoMod(mod), htop(`${hex(mod)}  go.mod\n`));
  assert.equal(hashGoMod(Buffer.from(mod)), hashGoMod(mod));
});

test("hashZip (x/mod TestHashZip), stored and deflated", () => {
  const files = [
    { name: "prefix/xyz", data: "data for xyz" },
    { name: "prefix/abc", data: "data for abc" },
  ];
  const want = htop(`${hex("data for abc")}  prefix/abc\n${hex("data for xyz")}  prefix/xyz\n`);
  assert.equal(hashZip(makeZip(files, false)), want);
  assert.equal(hashZip(makeZip(files, true)), want);
  const big = "0123456789".repeat(10_000);
  const entries = readZip(makeZip([{ name: "m@v1/big.txt", data: big }], true));
  assert.equal(Buffer.from(entries[0]!.data).toString(), big);
  assert.equal(Buffer.from(entries[0]!.name).toString(), "m@v1/big.txt");
});

test("readZip refuses damaged archives", () => {
  const zip = makeZip([{ name: "m@v1/a.go", data: "package a\n" }], false);
  const bad = Buffer.from(zip);
  bad[30 + "m@v1/a.go".length]! ^= 1; // first content byte
  assert.throws(() => hashZip(bad), /zip: checksum error/);
  assert.throws(
    () => hashZip(Buffer.from("not a zip at all, not even close")),
    /zip: not a valid zip file/,
  );
  assert.throws(() => hashZip(zip.subarray(0, zip.length - 30)), /zip: not a valid zip file/);
});

test("hashZipAsync (large entries inflated off the main thread) agrees with hashZip", async () => {
  const large = (seed: number) =>
    Buffer.from(Array.from({ length: 40_000 }, (_, i) => `${(i * seed) % 9973} `).join(""));
  const files = [
    { name: "m@v1/z.txt", data: large(7) },
    { name: "m@v1/a.go", data: "package a\n" },
    { name: "m@v1/big.bin", data: large(13) },
    { name: "m@v1/a.go", data: "package a // the last of a repeated name counts\n" },
  ];
  assert.ok(large(7).length > 128 << 10, "large enough for the thread pool");
  for (const deflate of [true, false]) {
    const zip = makeZip(files, deflate);
    assert.equal(await hashZipAsync(zip), hashZip(zip));
  }
  // Many at once: each gets its own hash.
  const zips = Array.from({ length: 24 }, (_, i) =>
    makeZip([{ name: `m${i}@v1/x`, data: Buffer.concat([large(i + 2), large(i + 3)]) }], true),
  );
  assert.deepEqual(await Promise.all(zips.map(hashZipAsync)), zips.map(hashZip));
});

test("hashZipAsync refuses what readZip refuses, on either path", async () => {
  const body = "x".repeat(200_000);
  for (const data of ["package a\n", body]) {
    const zip = makeZip([{ name: "m@v1/a.go", data }], true);
    const bad = Buffer.from(zip);
    // Flip the stored CRC-32 in the central directory: the content no longer matches it.
    bad[bad.length - 22 - 46 - "m@v1/a.go".length + 16]! ^= 1;
    await assert.rejects(hashZipAsync(bad), /zip: checksum error/);
  }
  await assert.rejects(hashZipAsync(Buffer.from("not a zip")), /zip: not a valid zip file/);
});
