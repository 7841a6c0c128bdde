// Verifier keys and signed notes against golang.org/x/mod/sumdb/note's own test vectors.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import {
  UnverifiedNoteError,
  generateKey,
  newSigner,
  newVerifier,
  openNote,
  signNote,
  verifierKey,
} from "../../../src/sumdb/note.ts";
import { isValidName, keyHash } from "../../../src/go/verifier-key.ts";
import { SumdbError } from "../../../src/sumdb/errors.ts";

const DEFAULT_KEY = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";
const PETER = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
const PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const ENOCH = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
const TEXT =
  "If you think cryptography is the answer to your problem,\n" +
  "then you don't know what your problem is.\n";
const PETER_SIG =
  "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
const ENOCH_SIG =
  "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    return (err as Error).message;
  }
  return "no error";
}

test("the default GOSUMDB key parses and its hash checks out", () => {
  const v = newVerifier(DEFAULT_KEY);
  assert.equal(v.name, "sum.golang.org");
  assert.equal(v.keyHash, 0x033de0ae);
  assert.equal(v.publicKey.length, 32);
  const data = Buffer.from("Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8", "base64");
  assert.equal(data.length, 33);
  assert.equal(data[0], 1);
  const independent = createHash("sha256")
    .update("sum.golang.org\n")
    .update(data)
    .digest()
    .readUInt32BE(0);
  assert.equal(independent, 0x033de0ae);
  assert.equal(keyHash("sum.golang.org", data), 0x033de0ae);
  assert.equal(verifierKey("sum.golang.org", data.subarray(1)), DEFAULT_KEY);
});

test("every substring and every one-byte change of a key is rejected (x/mod TestNewVerifier)", () => {
  newVerifier(PETER);
  const b = Buffer.from(PETER);
  for (let i = 0; i <= b.length; i++) {
    for (let j = i + 1; j <= b.length; j++) {
      if (i === 0 && j === b.length) continue;
      assert.throws(() => newVerifier(b.subarray(i, j).toString("latin1")), SumdbError);
    }
  }
  for (let i = 0; i < b.length; i++) {
    const c = Buffer.from(b);
    c[i]! += 1;
    assert.throws(() => newVerifier(c.toString("latin1")), SumdbError, c.toString("latin1"));
  }
});

test("key errors carry Go's exact messages", () => {
  // Wrong key length with adjusted hash; unknown algorithm with adjusted hash (x/mod vectors).
  assert.equal(
    errorOf(() =>
      newVerifier("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="),
    ),
    "malformed verifier id",
  );
  assert.equal(
    errorOf(() =>
      newVerifier("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"),
    ),
    "unknown verifier algorithm",
  );
  assert.equal(
    errorOf(() => newVerifier(DEFAULT_KEY.replace("033de0ae", "033de0af"))),
    "invalid verifier hash",
  );
  assert.equal(
    errorOf(() => newVerifier("sum.golang.org")),
    "malformed verifier id",
  );
  assert.equal(
    errorOf(() => newVerifier("sum.example.com")),
    "malformed verifier id",
  );
  assert.equal(
    errorOf(() => newVerifier(DEFAULT_KEY.replace("033de0ae", "0x3de0ae"))),
    "malformed verifier id",
  );
  // Base64 without padding, or in the URL alphabet, is not Go's StdEncoding.
  assert.equal(
    errorOf(() => newVerifier(`${ENOCH.slice(0, -4)}dop`)),
    "malformed verifier id",
  );
  assert.equal(
    errorOf(() => newVerifier(ENOCH.replace("+ATtq", "+ATt-"))),
    "malformed verifier id",
  );
  // The hash is hexadecimal in either case.
  assert.equal(newVerifier(DEFAULT_KEY.replace("033de0ae", "033DE0AE")).keyHash, 0x033de0ae);
});

test("names: no white space (Unicode's), no '+', not empty", () => {
  assert.ok(isValidName("sum.golang.org"));
  assert.ok(isValidName("example.com/sumdb"));
  for (const bad of ["", "a b", "a\tb", "a\u00a0b", "a\u3000b", "a\u2028b", "a+b", "a\ud800"]) {
    assert.equal(isValidName(bad), false, JSON.stringify(bad));
  }
});

test("signing reproduces x/mod's signed note byte for byte (Ed25519 is deterministic)", () => {
  const signer = newSigner(PETER_SKEY);
  assert.equal(signer.name, "PeterNeumann");
  assert.equal(signer.keyHash, 0xc74f20a3);
  assert.equal(signNote(TEXT, [signer]), `${TEXT}\n${PETER_SIG}`);
  assert.equal(
    errorOf(() => signNote("abc", [signer])),
    "malformed note",
  );
  assert.equal(
    errorOf(() => signNote(TEXT, [{ ...signer, name: "bad name" }])),
    "invalid signer",
  );
  const b = Buffer.from(PETER_SKEY);
  for (let i = 0; i < b.length; i++) {
    const c = Buffer.from(b);
    c[i]! += 1;
    assert.throws(() => newSigner(c.toString("latin1")), SumdbError, c.toString("latin1"));
  }
});

test("generated keys are self-consistent, and a fixed seed gives a fixed key", () => {
  const { skey, vkey } = generateKey("EnochRoot");
  const s = newSigner(skey);
  const v = newVerifier(vkey);
  assert.equal(s.keyHash, v.keyHash);
  const msg = Buffer.from("hi");
  const sig = Buffer.from(s.sign(msg));
  assert.ok(v.verify(msg, sig));
  sig[0]! ^= 1;
  assert.equal(v.verify(msg, sig), false);
  sig[0]! ^= 1;
  assert.equal(v.verify(Buffer.from("hj"), sig), false);
  assert.equal(v.verify(msg, sig.subarray(1)), false);
  const seed = Buffer.alloc(32, 7);
  assert.deepEqual(generateKey("x.test", seed), generateKey("x.test", seed));
  assert.notEqual(generateKey("x.test").vkey, generateKey("x.test").vkey);
});

test("openNote: verified and unverified signatures (x/mod TestOpen)", () => {
  const peter = newVerifier(PETER);
  const enoch = newVerifier(ENOCH);
  const peterSig = {
    name: "PeterNeumann",
    keyHash: 0xc74f20a3,
    base64:
      "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
  };
  const enochSig = {
    name: "EnochRoot",
    keyHash: 0xaf0cfe78,
    base64:
      "rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=",
  };
  const both = `${TEXT}\n${PETER_SIG}${ENOCH_SIG}`;

  let n = openNote(both, [peter]);
  assert.equal(n.text, TEXT);
  assert.deepEqual(n.sigs, [peterSig]);
  assert.deepEqual(n.unverifiedSigs, [enochSig]);

  n = openNote(Buffer.from(both), [peter, enoch]);
  assert.deepEqual(n.sigs, [peterSig, enochSig]);
  assert.deepEqual(n.unverifiedSigs, []);

  assert.throws(
    () => openNote(both, []),
    (err: unknown) =>
      err instanceof UnverifiedNoteError &&
      err.message === "note has no verifiable signatures" &&
      err.note.unverifiedSigs.length === 2 &&
      err.note.sigs.length === 0,
  );

  assert.equal(
    errorOf(() => openNote(`${TEXT}\n${ENOCH_SIG}`, [enoch, peter, enoch])),
    "ambiguous key EnochRoot+af0cfe78",
  );
  openNote(`${TEXT}\n${PETER_SIG}`, [enoch, peter, enoch]);

  assert.equal(
    errorOf(() => openNote(`${TEXT}\n${PETER_SIG.repeat(101)}`, [peter])),
    "malformed note",
  );
  assert.equal(
    errorOf(() => openNote(`${TEXT}\n${PETER_SIG.repeat(101)}`, [])),
    "malformed note",
  );

  const corrupt = `${PETER_SIG.slice(0, 60)}ABCD${PETER_SIG.slice(60)}`;
  assert.equal(
    errorOf(() => openNote(`${TEXT}\n${corrupt}`, [peter])),
    "invalid signature for key PeterNeumann+c74f20a3",
  );

  const enochCorrupt = `${ENOCH_SIG.slice(0, 60)}ABCD${ENOCH_SIG.slice(60)}`;
  n = openNote(`${TEXT}\n${PETER_SIG}${PETER_SIG}${ENOCH_SIG}${ENOCH_SIG}${enochCorrupt}`, [peter]);
  assert.deepEqual(n.sigs, [peterSig]);
  assert.equal(n.unverifiedSigs.length, 2);
  assert.deepEqual(n.unverifiedSigs[0], enochSig);
});

test("openNote: malformed notes (x/mod TestOpen)", () => {
  const peter = newVerifier(PETER);
  const bad: (string | Buffer)[] = [
    TEXT,
    `${TEXT}\n`,
    `${TEXT}\n${PETER_SIG.slice(0, -1)}`,
    `\x01${TEXT}\n${PETER_SIG}`,
    Buffer.concat([Buffer.of(0xff), Buffer.from(`${TEXT}\n${PETER_SIG}`)]),
    `${TEXT}\n— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=`,
    `${TEXT}\n${PETER_SIG}Unexpected line.\n`,
  ];
  for (const msg of bad) {
    assert.equal(
      errorOf(() => openNote(msg, [peter])),
      "malformed note",
      String(msg),
    );
  }
});
