// What the go command's HTTP client takes from the environment, gathered once for a run: the
// egress proxy, the roots, the credentials, and every secret among them (with the userinfo of the
// URLs the settings name), so that no message built from a request can carry one.
import type { GoVersion } from "../go/version.ts";
import { urlSecretForms } from "../redact/redact.ts";
import { goCredentials, type GoCredentials } from "./auth.ts";
import { egressFromEnv, type EgressEnv } from "./env-proxy.ts";
import { newHttpContext, type HttpContext } from "./http.ts";
import { goRoots } from "./trust.ts";

export interface GoHttpOptions {
  /** The environment Go runs with: HTTPS_PROXY, NO_PROXY, SSL_CERT_FILE, NETRC, GOAUTH, HOME… */
  env: Readonly<Record<string, string | undefined>>;
  goVersion: GoVersion;
  signal: AbortSignal;
  /** The URLs the settings name (proxies, the checksum database's): their userinfo is secret. */
  urls: readonly string[];
  maxBody: number;
}

export interface GoHttp {
  ctx: HttpContext;
  egress: EgressEnv;
  creds: GoCredentials;
}

const EGRESS_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];

/** Sets up one HttpContext; close it with closeHttpContext. */
export async function openGoHttp(opts: GoHttpOptions): Promise<GoHttp> {
  const { env } = opts;
  const secrets = new Set<string>();
  for (const u of opts.urls) for (const s of urlSecretForms(u)) secrets.add(s);
  for (const v of EGRESS_VARIABLES) {
    const val = env[v];
    if (val)
      for (const s of urlSecretForms(val.includes("://") ? val : `http://${val}`)) secrets.add(s);
  }
  const egress = egressFromEnv(env);
  const [roots, creds] = await Promise.all([
    goRoots(env),
    goCredentials(env, opts.goVersion, opts.signal),
  ]);
  for (const s of creds.secrets) secrets.add(s);
  const ctx = newHttpContext({
    egress,
    roots,
    creds,
    goVersion: opts.goVersion,
    signal: opts.signal,
    secrets: [...secrets],
    maxBody: opts.maxBody,
  });
  return { ctx, egress, creds };
}
