// The certificate roots Go trusts on Linux (crypto/x509 root_unix.go + root_linux.go):
// - files: SSL_CERT_FILE when non-empty, else the first readable of the distribution bundles;
// - directories: SSL_CERT_DIR (colon-separated) when non-empty, else /etc/ssl/certs and
//   /etc/pki/tls/certs; every file in them is read, except symlinks to a name in the same
//   directory;
// - Node's own store and NODE_EXTRA_CA_CERTS play no part: Go never reads them.
// So SSL_CERT_FILE alone replaces the bundle file but the default directories still count; set
// SSL_CERT_DIR too to trust nothing else. On other systems Go asks the platform verifier; there
// we fall back to the system store Node sees.
import { readFile, readdir, readlink } from "node:fs/promises";
import { X509Certificate } from "node:crypto";
import { getCACertificates, createSecureContext, type SecureContext } from "node:tls";

const CERT_FILES = [
  "/etc/ssl/certs/ca-certificates.crt",
  "/etc/pki/tls/certs/ca-bundle.crt",
  "/etc/ssl/ca-bundle.pem",
  "/etc/pki/tls/cacert.pem",
  "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
  "/etc/ssl/cert.pem",
];
const CERT_DIRS = ["/etc/ssl/certs", "/etc/pki/tls/certs"];

export interface GoRoots {
  /** PEM certificates, deduplicated. */
  pems: string[];
  /** Where they came from (files and directories that gave at least one certificate). */
  sources: string[];
  /** True when SSL_CERT_FILE or SSL_CERT_DIR decided the roots. */
  fromEnv: boolean;
  context: SecureContext;
}

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

function certsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PEM)) {
    try {
      new X509Certificate(m[0]);
      out.push(m[0]);
    } catch {
      // Go's AppendCertsFromPEM skips what it cannot parse.
    }
  }
  return out;
}

const cache = new Map<string, Promise<GoRoots>>();

export function goRoots(env: Readonly<Record<string, string | undefined>>): Promise<GoRoots> {
  const key = `${process.platform}\0${env.SSL_CERT_FILE ?? ""}\0${env.SSL_CERT_DIR ?? ""}`;
  let p = cache.get(key);
  if (!p) {
    p = loadGoRoots(env);
    cache.set(key, p);
  }
  return p;
}

async function loadGoRoots(env: Readonly<Record<string, string | undefined>>): Promise<GoRoots> {
  const seen = new Set<string>();
  const pems: string[] = [];
  const sources: string[] = [];
  const add = (source: string, list: string[]) => {
    for (const c of list) {
      if (seen.has(c)) continue;
      seen.add(c);
      pems.push(c);
    }
    if (list.length > 0) sources.push(source);
  };
  const fromEnv = !!env.SSL_CERT_FILE || !!env.SSL_CERT_DIR;
  if (process.platform !== "linux" && !fromEnv) {
    const system = getCACertificates("system");
    add("system", system);
    return { pems, sources, fromEnv, context: createSecureContext({ ca: pems }) };
  }
  const files = env.SSL_CERT_FILE ? [env.SSL_CERT_FILE] : CERT_FILES;
  for (const f of files) {
    try {
      add(f, certsIn(await readFile(f, "utf8")));
      break;
    } catch {
      // next file
    }
  }
  const dirs = env.SSL_CERT_DIR ? env.SSL_CERT_DIR.split(":") : CERT_DIRS;
  for (const d of dirs) {
    let names: string[];
    try {
      names = await readdir(d);
    } catch {
      continue;
    }
    const found: string[] = [];
    await Promise.all(
      names.map(async (n) => {
        const p = `${d}/${n}`;
        try {
          const target = await readlink(p).catch(() => undefined);
          if (target !== undefined && !target.includes("/")) return; // same-directory symlink
          found.push(...certsIn(await readFile(p, "utf8")));
        } catch {
          // unreadable or a directory: skipped, as Go does
        }
      }),
    );
    add(d, found.sort());
  }
  // An explicit `ca`, even an empty one, replaces Node's default store: an empty list trusts
  // nothing, as Go's empty pool does.
  const context = createSecureContext({ ca: pems });
  return { pems, sources, fromEnv, context };
}

/** The roots plus NODE_EXTRA_CA_CERTS: used only to explain a TLS failure. */
export async function withNodeExtra(
  roots: GoRoots,
  env: Readonly<Record<string, string | undefined>>,
): Promise<SecureContext | undefined> {
  if (!env.NODE_EXTRA_CA_CERTS) return undefined;
  try {
    const extra = certsIn(await readFile(env.NODE_EXTRA_CA_CERTS, "utf8"));
    if (extra.length === 0) return undefined;
    return createSecureContext({ ca: [...roots.pems, ...extra] });
  } catch {
    return undefined;
  }
}
