// The verifier key GOSUMDB names, as golang.org/x/mod/sumdb/note reads it (NewVerifier's checks,
// same order, same errors), as data: `<name>+<hash>+<keydata>`, where hash is 8 hex digits, the
// first 4 bytes (big-endian) of SHA-256(name + "\n" + keydata), and keydata is padded standard
// base64 of an algorithm byte (1 = Ed25519) followed by the 32-byte public key.
import { createHash } from "node:crypto";
import { decodeStdBase64 } from "./base64.ts";

export const ALG_ED25519 = 1;

export type VerifierKeyError =
  "malformed verifier id" | "invalid verifier hash" | "unknown verifier algorithm";

export type VerifierCheck =
  | { ok: true; name: string; hash: number; algorithm: number; publicKey: Uint8Array }
  | { ok: false; error: VerifierKeyError };

/** First 4 bytes, big-endian, of SHA-256(name + "\n" + key). */
export function keyHash(name: string, key: Uint8Array): number {
  const sum = createHash("sha256").update(name, "utf8").update("\n").update(key).digest();
  return sum.readUInt32BE(0);
}

/** note.isValidName: non-empty, well-formed UTF-8, no Unicode white space, no "+". */
export function isValidName(name: string): boolean {
  return (
    name !== "" && name.isWellFormed() && !/\p{White_Space}/u.test(name) && !name.includes("+")
  );
}

/** strings.Cut. */
export function cut(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + sep.length)];
}

/** Checks a verifier key as note.NewVerifier does. */
export function checkVerifierKey(vkey: string): VerifierCheck {
  const [name, rest] = cut(vkey, "+");
  const [hash16, key64] = cut(rest, "+");
  const key = decodeStdBase64(key64);
  if (!/^[0-9a-fA-F]{8}$/.test(hash16) || !key || !isValidName(name) || key.length === 0) {
    return { ok: false, error: "malformed verifier id" };
  }
  const hash = Number.parseInt(hash16, 16);
  if (hash !== keyHash(name, key)) return { ok: false, error: "invalid verifier hash" };
  if (key[0] !== ALG_ED25519) return { ok: false, error: "unknown verifier algorithm" };
  const publicKey = key.subarray(1);
  if (publicKey.length !== 32) return { ok: false, error: "malformed verifier id" };
  return { ok: true, name, hash, algorithm: ALG_ED25519, publicKey: Uint8Array.from(publicKey) };
}
