// Errors of the checksum-database code. Each message is the one Go's x/mod (or cmd/go, for the
// lookup checks) prints in the same case, so it can be compared with what `go` said.

export type SumdbErrorKind =
  // sumdb/note
  | "malformed-verifier-id"
  | "invalid-verifier-hash"
  | "unknown-verifier-algorithm"
  | "malformed-note"
  | "invalid-signer"
  | "no-verifiable-signatures"
  | "invalid-signature"
  | "ambiguous-key"
  // sumdb/tlog
  | "malformed-hash"
  | "malformed-tree-note"
  | "malformed-record"
  | "malformed-tile-path"
  | "invalid-tile"
  | "invalid-proof"
  | "invalid-input"
  | "indexes-not-in-tree"
  | "inconsistent-tile"
  | "missing-tile"
  // sumdb/dirhash and zip reading
  | "newline-in-filename"
  | "bad-zip"
  // lookups
  | "record-not-in-tree"
  | "record-not-authenticated"
  | "bad-module-path";

export class SumdbError extends Error {
  readonly kind: SumdbErrorKind;
  constructor(kind: SumdbErrorKind, message: string) {
    super(message);
    this.name = "SumdbError";
    this.kind = kind;
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 exactly, or returns undefined for bytes Go's utf8.DecodeRune calls RuneError. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** A message as bytes: strings are UTF-8 encoded. */
export function asBytes(msg: Uint8Array | string): Uint8Array {
  return typeof msg === "string" ? Buffer.from(msg, "utf8") : msg;
}
