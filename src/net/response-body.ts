// Reading a response the way the go command does, within bounds: a body up to a limit, a
// gzip-encoded one inflated under a bound, and Go's short "server response" detail of an error.
import { gunzipSync } from "node:zlib";
import type { Dispatcher } from "undici";

/** Go's error detail: text/plain (us-ascii/utf-8/no charset), printable, ≤ 8 lines, up to the first blank line. */
export function errorDetail(contentType: string | undefined, body: Buffer): string | undefined {
  if (!contentType) return undefined;
  const [type, ...params] = contentType.split(";").map((s) => s.trim().toLowerCase());
  if (type !== "text/plain") return undefined;
  const cs =
    params
      .find((p) => p.startsWith("charset="))
      ?.slice(8)
      .replace(/"/g, "") ?? "";
  if (!["", "us-ascii", "utf-8"].includes(cs)) return undefined;
  let text = body.subarray(0, 648).toString("utf8");
  const blank = text.indexOf("\n\n");
  if (blank >= 0) text = text.slice(0, blank);
  const lines = text.split("\n").filter((l, i, a) => i < a.length - 1 || l !== "");
  if (lines.length > 8 || /[^\t\x20-\x7e\u00a0-\uffff]/.test(lines.join(""))) return undefined;
  return lines.join("\n") || undefined;
}

/**
 * A gzip-encoded body, inflated under a bound checked while inflating: the body limit, and at
 * most 64 times the compressed size plus 1 MiB (what is served is a zip, already compressed,
 * or small text; a higher ratio is a decompression bomb).
 */
export function gunzipBounded(body: Buffer, maxBody: number, url: string): Buffer {
  const limit = Math.min(maxBody, body.length * 64 + (1 << 20));
  try {
    return gunzipSync(body, { maxOutputLength: limit });
  } catch (err) {
    if ((err as { code?: string }).code !== "ERR_BUFFER_TOO_LARGE") throw err;
    throw new Error(
      `the gzip-encoded body of ${url} (${body.length} bytes) inflates past ${limit} bytes: refused as a decompression bomb, stopped while inflating`,
      { cause: err },
    );
  }
}

/** The body up to `max` bytes; the rest is not read. */
export async function readLimited(
  body: Dispatcher.ResponseData["body"],
  max: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of body) {
    const b = Buffer.isBuffer(c) ? c : Buffer.from(c as Uint8Array);
    chunks.push(b);
    n += b.length;
    if (n >= max) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
}
