// Signed notes and verifier keys, as golang.org/x/mod/sumdb/note defines them.
//
// A verifier key is `<name>+<hash>+<keydata>` (src/go/verifier-key.ts reads it, since GOSUMDB
// names one). A signer key is the same with `PRIVATE+KEY+` in front and the 32-byte Ed25519 seed
// in place of the public key.
//
// A signed note is its text (ending in "\n"), a blank line, then signature lines
// `— <name> <base64(4-byte key hash || signature)>\n`.
import { createPrivateKey, createPublicKey, randomBytes, sign, verify } from "node:crypto";
import type { KeyObject } from "node:crypto";
import { decodeStdBase64 } from "../go/base64.ts";
import {
  ALG_ED25519,
  checkVerifierKey,
  cut,
  isValidName,
  keyHash,
  type VerifierKeyError,
} from "../go/verifier-key.ts";
import { SumdbError, asBytes, decodeUtf8, type SumdbErrorKind } from "./errors.ts";

export interface Verifier {
  name: string;
  /** The key hash, an unsigned 32-bit number. */
  keyHash: number;
  /** The Ed25519 public key (32 bytes). */
  publicKey: Uint8Array;
  verify(msg: Uint8Array, sig: Uint8Array): boolean;
}

export interface Signer {
  name: string;
  keyHash: number;
  sign(msg: Uint8Array): Uint8Array;
}

export interface Signature {
  name: string;
  keyHash: number;
  /** base64 of key hash and signature, as in the note. */
  base64: string;
}

export interface Note {
  /** The signed text, ending in "\n". */
  text: string;
  /** Signatures verified by one of the given verifiers. */
  sigs: Signature[];
  /** Signatures by keys that were not given. */
  unverifiedSigs: Signature[];
}

/** Thrown by openNote when no signature could be verified; carries the parsed note. */
export class UnverifiedNoteError extends SumdbError {
  readonly note: Note;
  constructor(note: Note) {
    super("no-verifiable-signatures", "note has no verifiable signatures");
    this.note = note;
  }
}

const ED25519_SPKI = Buffer.from("302a300506032b6570032100", "hex");
const ED25519_PKCS8 = Buffer.from("302e020100300506032b657004220420", "hex");

function hex8(n: number): string {
  return n.toString(16).padStart(8, "0");
}

/** An Ed25519 private key from its 32-byte seed, and its raw 32-byte public key. */
function ed25519FromSeed(seed: Uint8Array): { privateKey: KeyObject; pub: Buffer } {
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8, seed]),
    format: "der",
    type: "pkcs8",
  });
  const pub = createPublicKey(privateKey).export({ format: "der", type: "spki" }).subarray(12);
  return { privateKey, pub };
}

function publicKeyObject(raw: Uint8Array): KeyObject {
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI, raw]),
    format: "der",
    type: "spki",
  });
}

const KEY_ERROR_KIND: Record<VerifierKeyError, SumdbErrorKind> = {
  "malformed verifier id": "malformed-verifier-id",
  "invalid verifier hash": "invalid-verifier-hash",
  "unknown verifier algorithm": "unknown-verifier-algorithm",
};

/** Parses a verifier key exactly as note.NewVerifier does (same checks, same order, same errors). */
export function newVerifier(vkey: string): Verifier {
  const check = checkVerifierKey(vkey);
  if (!check.ok) throw new SumdbError(KEY_ERROR_KIND[check.error], check.error);
  const object = publicKeyObject(check.publicKey);
  return {
    name: check.name,
    keyHash: check.hash,
    publicKey: check.publicKey,
    verify: (msg, sig) => sig.length === 64 && verify(null, msg, object, sig),
  };
}

/** Parses a signer key `PRIVATE+KEY+<name>+<hash>+<base64(0x01 || seed)>` as note.NewSigner does. */
export function newSigner(skey: string): Signer {
  const [priv1, r1] = cut(skey, "+");
  const [priv2, r2] = cut(r1, "+");
  const [name, r3] = cut(r2, "+");
  const [hash16, key64] = cut(r3, "+");
  const key = decodeStdBase64(key64);
  if (
    priv1 !== "PRIVATE" ||
    priv2 !== "KEY" ||
    !/^[0-9a-fA-F]{8}$/.test(hash16) ||
    !key ||
    !isValidName(name) ||
    key.length === 0
  ) {
    throw new SumdbError("malformed-verifier-id", "malformed verifier id");
  }
  if (key[0] !== ALG_ED25519) {
    throw new SumdbError("unknown-verifier-algorithm", "unknown verifier algorithm");
  }
  const seed = key.subarray(1);
  if (seed.length !== 32) throw new SumdbError("malformed-verifier-id", "malformed verifier id");
  const { privateKey, pub } = ed25519FromSeed(seed);
  const hash = Number.parseInt(hash16, 16);
  if (hash !== keyHash(name, Buffer.concat([Buffer.of(ALG_ED25519), pub]))) {
    throw new SumdbError("invalid-verifier-hash", "invalid verifier hash");
  }
  return { name, keyHash: hash, sign: (msg) => sign(null, msg, privateKey) };
}

/** note.GenerateKey: a fresh (or, with a 32-byte seed, a fixed) Ed25519 signer and verifier key. */
export function generateKey(
  name: string,
  seed: Uint8Array = randomBytes(32),
): { skey: string; vkey: string } {
  if (seed.length !== 32) throw new Error("generateKey: the seed must be 32 bytes");
  const { pub } = ed25519FromSeed(seed);
  return {
    skey: `PRIVATE+KEY+${name}+${hex8(keyHash(name, Buffer.concat([Buffer.of(ALG_ED25519), pub])))}+${Buffer.concat([Buffer.of(ALG_ED25519), seed]).toString("base64")}`,
    vkey: verifierKey(name, pub),
  };
}

/** note.NewEd25519VerifierKey: the verifier key string for a name and a raw 32-byte public key. */
export function verifierKey(name: string, publicKey: Uint8Array): string {
  if (publicKey.length !== 32) {
    throw new Error(`invalid public key size ${publicKey.length}, expected 32`);
  }
  const data = Buffer.concat([Buffer.of(ALG_ED25519), publicKey]);
  return `${name}+${hex8(keyHash(name, data))}+${data.toString("base64")}`;
}

/** note.Sign for a note with no earlier signatures: the text, a blank line, one line per signer. */
export function signNote(text: string, signers: Signer[]): string {
  if (!text.endsWith("\n")) throw new SumdbError("malformed-note", "malformed note");
  const msg = Buffer.from(text, "utf8");
  let sigs = "";
  for (const s of signers) {
    if (!isValidName(s.name)) throw new SumdbError("invalid-signer", "invalid signer");
    const head = Buffer.alloc(4);
    head.writeUInt32BE(s.keyHash >>> 0);
    sigs += `— ${s.name} ${Buffer.concat([head, s.sign(msg)]).toString("base64")}\n`;
  }
  return `${text}\n${sigs}`;
}

/**
 * note.Open: checks the note's syntax, verifies every signature by a known key, and returns the
 * note. Throws SumdbError "malformed note", "invalid signature for key <name>+<hash>",
 * "ambiguous key <name>+<hash>", or UnverifiedNoteError ("note has no verifiable signatures").
 */
export function openNote(msg: Uint8Array | string, known: readonly Verifier[]): Note {
  const malformed = () => new SumdbError("malformed-note", "malformed note");
  const s = decodeUtf8(asBytes(msg));
  if (s === undefined) throw malformed();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 0x0a) throw malformed();
  }
  const split = s.lastIndexOf("\n\n");
  if (split < 0) throw malformed();
  const text = s.slice(0, split + 1);
  let sigs = s.slice(split + 2);
  if (sigs.length === 0 || !sigs.endsWith("\n")) throw malformed();

  const note: Note = { text, sigs: [], unverifiedSigs: [] };
  const textBytes = Buffer.from(text, "utf8");
  const seen = new Set<string>();
  const seenUnverified = new Set<string>();
  let numSig = 0;
  while (sigs.length > 0) {
    const nl = sigs.indexOf("\n");
    let line = sigs.slice(0, nl);
    sigs = sigs.slice(nl + 1);
    if (!line.startsWith("— ")) throw malformed();
    line = line.slice("— ".length);
    const [name, b64] = cut(line, " ");
    const raw = decodeStdBase64(b64);
    if (!raw || !isValidName(name) || b64 === "" || raw.length < 5) throw malformed();
    const hash = raw.readUInt32BE(0);
    const sig = raw.subarray(4);
    if (++numSig > 100) throw malformed();

    const matching = known.filter((v) => v.name === name && v.keyHash === hash);
    const id = `${name}+${hex8(hash)}`;
    if (matching.length === 0) {
      if (seenUnverified.has(line)) continue;
      seenUnverified.add(line);
      note.unverifiedSigs.push({ name, keyHash: hash, base64: b64 });
      continue;
    }
    if (matching.length > 1) throw new SumdbError("ambiguous-key", `ambiguous key ${id}`);
    if (seen.has(id)) continue;
    seen.add(id);
    if (!matching[0]!.verify(textBytes, sig)) {
      throw new SumdbError("invalid-signature", `invalid signature for key ${id}`);
    }
    note.sigs.push({ name, keyHash: hash, base64: b64 });
  }
  if (note.sigs.length === 0) throw new UnverifiedNoteError(note);
  return note;
}
