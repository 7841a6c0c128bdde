// Go's module hashes (golang.org/x/mod/sumdb/dirhash, Hash1): the `h1:` of a module zip and of a
// go.mod, so a downloaded file can be compared with a go.sum line or a checksum-database record.
//
// h1 = "h1:" + base64(SHA-256(summary)), where the summary has one line per file, sorted by name
// (byte order): `<hex SHA-256 of the content>  <name>\n`. A zip's names carry the
// `<path>@<version>/` prefix; a go.mod is hashed alone under the name "go.mod".
import { createHash } from "node:crypto";
import { crc32, inflateRaw, inflateRawSync } from "node:zlib";
import { ByteBudget } from "./byte-budget.ts";
import { SumdbError } from "./errors.ts";

export interface HashFile {
  /** The name as Go sees it: a string (UTF-8) or raw bytes (a zip entry's name). */
  name: string | Uint8Array;
  data: Uint8Array;
}

/** dirhash.Hash1 over in-memory files. Throws for a name containing a newline, as Go does. */
export function hash1(files: readonly HashFile[]): string {
  return hash1FromDigests(
    files.map((f) => ({
      name: f.name,
      sha256: createHash("sha256").update(f.data).digest("hex"),
    })),
  );
}

/** dirhash.Hash1 from each file's hex SHA-256 (what a manifest of an unpacked tree keeps). */
export function hash1FromDigests(
  files: readonly { name: string | Uint8Array; sha256: string }[],
): string {
  const named = files.map((f) => ({
    name: typeof f.name === "string" ? Buffer.from(f.name, "utf8") : Buffer.from(f.name),
    sha256: f.sha256,
  }));
  named.sort((a, b) => Buffer.compare(a.name, b.name));
  const summary = createHash("sha256");
  for (const f of named) {
    if (f.name.includes(0x0a)) {
      throw new SumdbError(
        "newline-in-filename",
        "dirhash: filenames with newlines are not supported",
      );
    }
    summary.update(f.sha256);
    summary.update("  ");
    summary.update(f.name);
    summary.update("\n");
  }
  return `h1:${summary.digest("base64")}`;
}

/** The go.sum hash of a go.mod file (`<path> <version>/go.mod h1:…`). */
export function hashGoMod(data: Uint8Array | string): string {
  return hash1([{ name: "go.mod", data: typeof data === "string" ? Buffer.from(data) : data }]);
}

/** The go.sum hash of a module zip (`<path> <version> h1:…`), as dirhash.HashZip computes it. */
export function hashZip(zip: Uint8Array): string {
  return hashOfEntries(
    zipDirectory(zip).map((e) => ({ name: e.name, sha256: sha256Hex(inflate(e)) })),
  );
}

/**
 * hashZip, with the large entries inflated on libuv's thread pool while the small ones inflate
 * here, so another core shares the work (the benchmark's 300 zips in a fresh process: 130 ms
 * against 166-173 ms in this thread alone). Each entry is hashed as soon as it is inflated and
 * dropped; large entries in flight across all calls stay within offThreadBudget.
 */
export async function hashZipAsync(zip: Uint8Array): Promise<string> {
  const entries = zipDirectory(zip);
  const large = (e: RawEntry) => e.usize >= ASYNC_FROM;
  // The large ones start first, so the thread pool works while this thread does the rest.
  const offThread = Promise.all(
    entries.map((e) => (large(e) ? inflateOffThread(e).then(sha256Hex) : undefined)),
  );
  let here: (string | undefined)[];
  try {
    here = entries.map((e) => (large(e) ? undefined : sha256Hex(inflate(e))));
  } catch (err) {
    offThread.catch(() => undefined); // already failed: what the others say no longer matters
    throw err;
  }
  const there = await offThread;
  return hashOfEntries(entries.map((e, i) => ({ name: e.name, sha256: (here[i] ?? there[i])! })));
}

/** Go keeps every name but opens the last entry of a repeated name. */
function hashOfEntries(files: { name: Uint8Array; sha256: string }[]): string {
  const last = new Map<string, string>();
  for (const f of files) last.set(Buffer.from(f.name).toString("latin1"), f.sha256);
  return hash1FromDigests(
    files.map((f) => ({ name: f.name, sha256: last.get(Buffer.from(f.name).toString("latin1"))! })),
  );
}

const sha256Hex = (data: Uint8Array): string => createHash("sha256").update(data).digest("hex");

export interface ZipEntry {
  /** The entry's name, raw bytes. */
  name: Uint8Array;
  data: Uint8Array;
}

const badZip = (why: string) => new SumdbError("bad-zip", `zip: ${why}`);

/**
 * The most a module zip may unpack to (x/mod/zip's MaxZipFile, which Go applies to the
 * unpacked contents as well). Checked against the declared sizes before inflating and by
 * the inflater while it runs, so a small zip that inflates to gigabytes never fills memory.
 */
export const MAX_UNPACKED_ZIP = 500 << 20;

/**
 * Reads every entry of a zip archive (stored or deflated, zip64 sizes and offsets included) in
 * central-directory order, checking each entry's CRC-32 and size as Go's archive/zip does.
 */
export function readZip(zip: Uint8Array): ZipEntry[] {
  return zipDirectory(zip).map((e) => ({ name: e.name, data: inflate(e) }));
}

/** An entry as the central directory describes it, its data still compressed. */
interface RawEntry {
  name: Uint8Array;
  /** The name as text, for messages. */
  label: string;
  method: number;
  crc: number;
  /** Declared uncompressed size. */
  usize: number;
  raw: Uint8Array;
}

/** The central directory, checked: layout, offsets and the declared total against MAX_UNPACKED_ZIP. */
function zipDirectory(zip: Uint8Array): RawEntry[] {
  const b = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw badZip("not a valid zip file");
  let count = b.readUInt16LE(eocd + 10);
  let cdOffset = b.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || b.readUInt32LE(loc) !== 0x07064b50) throw badZip("not a valid zip file");
    const z64 = Number(b.readBigUInt64LE(loc + 8));
    if (z64 + 56 > b.length || b.readUInt32LE(z64) !== 0x06064b50) {
      throw badZip("not a valid zip file");
    }
    count = Number(b.readBigUInt64LE(z64 + 32));
    cdOffset = Number(b.readBigUInt64LE(z64 + 48));
  }
  const entries: RawEntry[] = [];
  let unpacked = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) throw badZip("not a valid zip file");
    const method = b.readUInt16LE(p + 10);
    const crc = b.readUInt32LE(p + 16);
    let csize = b.readUInt32LE(p + 20);
    let usize = b.readUInt32LE(p + 24);
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    let local = b.readUInt32LE(p + 42);
    const name = Uint8Array.from(b.subarray(p + 46, p + 46 + nameLen));
    const extra = b.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
    for (let e = 0; e + 4 <= extra.length;) {
      const id = extra.readUInt16LE(e);
      const size = extra.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        const next = () => {
          const v = Number(extra.readBigUInt64LE(q));
          q += 8;
          return v;
        };
        if (usize === 0xffffffff) usize = next();
        if (csize === 0xffffffff) csize = next();
        if (local === 0xffffffff) local = next();
      }
      e += 4 + size;
    }
    p += 46 + nameLen + extraLen + commentLen;

    if (local + 30 > b.length || b.readUInt32LE(local) !== 0x04034b50) {
      throw badZip("not a valid zip file");
    }
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    if (start + csize > b.length) throw badZip("not a valid zip file");
    const raw = b.subarray(start, start + csize);
    const label = Buffer.from(name).toString("utf8");
    unpacked += usize;
    if (unpacked > MAX_UNPACKED_ZIP) throw tooLarge(label);
    if (method !== 0 && method !== 8) throw badZip("unsupported compression algorithm");
    entries.push({ name, label, method, crc, usize, raw });
  }
  return entries;
}

/** The entry's data, checked against its declared size and CRC-32 as archive/zip does. */
function checked(e: RawEntry, data: Buffer): Buffer {
  if (data.length !== e.usize || crc32(data) !== e.crc) throw badZip("checksum error");
  return data;
}

function inflate(e: RawEntry): Buffer {
  if (e.method === 0) return checked(e, Buffer.from(e.raw));
  try {
    const limit = inflateLimit(e);
    return checked(
      e,
      inflateRawSync(e.raw, { maxOutputLength: limit, chunkSize: chunkFor(limit) }),
    );
  } catch (err) {
    throw inflateFailure(e, err);
  }
}

/** Entries declared at least this large inflate off the main thread in hashZipAsync. */
const ASYNC_FROM = 64 << 10;
/** Declared bytes of off-thread inflates in flight, across calls: 4 jobs of 500 MiB zips stay bounded. */
const offThreadBudget = new ByteBudget(128 << 20);

async function inflateOffThread(e: RawEntry): Promise<Buffer> {
  if (e.method === 0) return inflate(e); // stored: nothing to inflate
  const limit = inflateLimit(e);
  try {
    const data = await offThreadBudget.run(
      e.usize,
      () =>
        new Promise<Buffer>((resolve, reject) =>
          inflateRaw(e.raw, { maxOutputLength: limit, chunkSize: chunkFor(limit) }, (err, out) =>
            err ? reject(err) : resolve(out),
          ),
        ),
    );
    return checked(e, data);
  } catch (err) {
    throw inflateFailure(e, err);
  }
}

function tooLarge(entry: string): SumdbError {
  return badZip(
    `${entry}: total uncompressed size of the module zip too large (max size is ${MAX_UNPACKED_ZIP} bytes); refused before unpacking`,
  );
}

/** zlib's chunk bounds: at least 64 bytes; at most 16 MiB so a lying header cannot make a huge buffer. */
const chunkFor = (limit: number): number => Math.max(64, Math.min(limit, 16 << 20));

/** Inflates at most the declared size (one byte more reveals a lie), never the whole bomb. */
const inflateLimit = (e: RawEntry): number => Math.max(1, e.usize + 1);

function inflateFailure(e: RawEntry, err: unknown): Error {
  if (err instanceof SumdbError) return err;
  if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
    return badZip(
      `${e.label}: inflates past its declared size of ${e.usize} bytes; stopped at ${e.usize + 1} bytes`,
    );
  return badZip(`${e.label}: ${err instanceof Error ? err.message : String(err)}`);
}
