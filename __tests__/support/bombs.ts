// Decompression bombs for the tests: small zips and gzip bodies that inflate to gigabytes,
// built without ever holding the inflated bytes.
import { createDeflateRaw, createGzip } from "node:zlib";

const MiB = 1 << 20;

/** A zip of one deflated entry; `declared` is the size (and CRC) the headers claim. */
export function zipOf(name: string, comp: Buffer, declared: number, crc: number): Buffer {
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
export async function compressedZeros(bytes: number, kind: "raw" | "gzip"): Promise<Buffer> {
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
