// The checksum database's texts: records (tlog.FormatRecord/ParseRecord), tree notes
// (tlog.FormatTree/ParseTree), the go.sum lines inside a record, lookup responses, and the
// case-escaping of module paths and versions in lookup URLs (module.EscapePath/EscapeVersion).
//
// A lookup response (`GET <db>/lookup/<escaped path>@<escaped version>`) is:
//   <record id>\n
//   <path> <version> h1:…\n
//   <path> <version>/go.mod h1:…\n
//   \n
//   <signed tree note: "go.sum database tree\n<N>\n<base64 root hash>\n", blank line, signatures>
import { decodeStdBase64 } from "../go/base64.ts";
import { escapeString, unescapeString } from "../go/module-path.ts";
import { SumdbError, asBytes, decodeUtf8 } from "./errors.ts";
import { HASH_SIZE, hashString, type Tree } from "./tlog.ts";

const TREE_PREFIX = "go.sum database tree\n";

/** tlog.FormatTree: the text a checksum database signs. */
export function formatTree(tree: Tree): string {
  return `${TREE_PREFIX}${tree.n}\n${hashString(tree.hash)}\n`;
}

/** tlog.ParseTree: throws "malformed tree note". Lines after the hash are ignored. */
export function parseTree(text: string): Tree {
  const bad = () => new SumdbError("malformed-tree-note", "malformed tree note");
  if (!text.startsWith(TREE_PREFIX) || text.split("\n").length - 1 < 3 || text.length > 1e6) {
    throw bad();
  }
  const lines = text.split("\n", 3);
  const nText = lines[1]!;
  if (!/^(0|[1-9]\d*)$/.test(nText)) throw bad();
  const n = Number(nText);
  if (!Number.isSafeInteger(n)) throw bad();
  const hash = decodeStdBase64(lines[2]!);
  if (!hash || hash.length !== HASH_SIZE) throw bad();
  return { n, hash: Uint8Array.from(hash) };
}

/** tlog's isValidRecordText: UTF-8 lines, no control characters but \n, no blank line, ends in \n. */
export function isValidRecordText(text: string): boolean {
  if (!text.endsWith("\n") || text.includes("\n\n") || !text.isWellFormed()) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x0a) return false;
  }
  return true;
}

/** tlog.FormatRecord: `<id>\n<text>\n`. */
export function formatRecord(id: number, text: string): string {
  if (!isValidRecordText(text)) throw new SumdbError("malformed-record", "malformed record data");
  return `${id}\n${text}\n`;
}

export interface ParsedRecord {
  id: number;
  /** The record text, ending in "\n" (what the log hashes). */
  text: string;
  /** What follows the record's blank line: in a lookup, the signed tree note. */
  rest: Uint8Array;
}

/** tlog.ParseRecord: throws "malformed record data". */
export function parseRecord(msg: Uint8Array | string): ParsedRecord {
  const bad = () => new SumdbError("malformed-record", "malformed record data");
  const bytes = Buffer.from(asBytes(msg));
  const nl = bytes.indexOf(0x0a);
  if (nl < 0) throw bad();
  const idText = bytes.subarray(0, nl).toString("latin1");
  if (!/^[+-]?\d+$/.test(idText)) throw bad();
  const id = Number(idText);
  if (!Number.isSafeInteger(id)) throw bad();
  const body = bytes.subarray(nl + 1);
  const end = body.indexOf("\n\n");
  if (end < 0) throw bad();
  const text = decodeUtf8(body.subarray(0, end + 1));
  if (text === undefined || !isValidRecordText(text)) throw bad();
  return { id, text, rest: Uint8Array.from(body.subarray(end + 2)) };
}

/** One go.sum line: `<path> <version>[/go.mod] <hash>`. */
export interface SumLine {
  path: string;
  version: string;
  /** True for the `<version>/go.mod` line. */
  goMod: boolean;
  /** "h1:…" */
  hash: string;
}

/** The go.sum-style lines of a record text (or a go.sum file); lines not of that shape are skipped. */
export function parseSumLines(text: string): SumLine[] {
  const out: SumLine[] = [];
  for (const line of text.split("\n")) {
    const f = line.trim().split(/\s+/);
    if (f.length !== 3) continue;
    const [path, v, hash] = f as [string, string, string];
    const goMod = v.endsWith("/go.mod");
    out.push({ path, version: goMod ? v.slice(0, -"/go.mod".length) : v, goMod, hash });
  }
  return out;
}

export function formatSumLine(l: SumLine): string {
  return `${l.path} ${l.version}${l.goMod ? "/go.mod" : ""} ${l.hash}`;
}

/** The record the Go checksum database logs for a module version: its zip line, then its go.mod line. */
export function moduleRecordText(
  path: string,
  version: string,
  zipHash: string,
  goModHash: string,
): string {
  return `${path} ${version} ${zipHash}\n${path} ${version}/go.mod ${goModHash}\n`;
}

export interface LookupResponse {
  id: number;
  /** The record text, as hashed into the log. */
  text: string;
  lines: SumLine[];
  /** The signed tree note that follows the record (not yet verified). */
  signedTree: Uint8Array;
}

/** Splits a lookup response into its record and signed tree note (no signature check here). */
export function parseLookup(body: Uint8Array | string): LookupResponse {
  const { id, text, rest } = parseRecord(body);
  return { id, text, lines: parseSumLines(text), signedTree: rest };
}

// ---- module.EscapePath / EscapeVersion (case-encoding only, src/go/module-path.ts) ----

function escaped(s: string): string {
  const e = escapeString(s);
  if (e === undefined) {
    throw new SumdbError("bad-module-path", `invalid escaped path element ${JSON.stringify(s)}`);
  }
  return e;
}

/** Upper-case letters become "!" + lower case, as in proxy and lookup URLs. */
export function escapeModulePath(path: string): string {
  return escaped(path);
}

export function escapeModuleVersion(version: string): string {
  return escaped(version);
}

export function unescapeModulePath(escaped: string): string {
  const s = unescapeString(escaped);
  if (s === undefined || s === "") {
    throw new SumdbError(
      "bad-module-path",
      `invalid escaped module path ${JSON.stringify(escaped)}`,
    );
  }
  return s;
}

export function unescapeModuleVersion(escaped: string): string {
  const s = unescapeString(escaped);
  if (s === undefined) {
    throw new SumdbError("bad-module-path", `invalid escaped version ${JSON.stringify(escaped)}`);
  }
  return s;
}

/** The lookup path for a module version: `lookup/<escaped path>@<escaped version>` (no leading slash). */
export function lookupPath(path: string, version: string): string {
  const v = version.endsWith("/go.mod") ? version.slice(0, -"/go.mod".length) : version;
  return `lookup/${escapeModulePath(path)}@${escapeModuleVersion(v)}`;
}
