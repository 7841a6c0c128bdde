// One GET the way the go command's web.get makes it (cmd/go/internal/web/http.go), with undici:
// Go's egress proxy choice (env-proxy.ts), Go's roots (trust.ts), Go's credentials (auth.ts),
// redirects followed up to 10 with https → http refused, userinfo on http refused, and on Go
// 1.24+ one retry after a 4xx over https. Errors are worded like Go's where it helps the reader
// match them with what `go` prints. Every URL and message that leaves here is redacted.
import { STATUS_CODES } from "node:http";
import type { TLSSocket } from "node:tls";
import { gunzipSync } from "node:zlib";
import { Agent, ProxyAgent, buildConnector, request, type Dispatcher } from "undici";
import { goUrlParse } from "../go/gourl.ts";
import { redactUrl, urlSecretForms, scrubSecrets } from "../redact/redact.ts";
import { atLeast, type GoVersion } from "../go/version.ts";
import type { AuthSource, GoCredentials } from "./auth.ts";
import { egressFor, type EgressEnv } from "./env-proxy.ts";
import type { GoRoots } from "./trust.ts";

export type ProbeErrorKind =
  | "dns"
  | "refused"
  | "tls"
  | "timeout"
  | "reset"
  | "egress-proxy"
  | "insecure-redirect"
  | "too-many-redirects"
  | "insecure-credentials"
  | "bad-url"
  | "other";

export interface TlsInfo {
  protocol?: string;
  /** The server certificate's subject CN and expiry, when the connection was direct. */
  subject?: string;
  validTo?: string;
  /** Days until the certificate expires. */
  daysLeft?: number;
}

export interface GetOutcome {
  /** The URL requested, redacted. */
  url: string;
  status?: number;
  /** Go's Status text, e.g. "404 Not Found". */
  statusText?: string;
  /** Response body (up to maxBody bytes) for 200 responses. */
  body?: Buffer;
  /** Go's "server response" detail for non-200 text/plain bodies (≤ 8 lines), redacted. */
  detail?: string;
  error?: string;
  errorKind?: ProbeErrorKind;
  /** Raw Node/undici error code, for diagnosis. */
  code?: string;
  seconds: number;
  /** "direct" or the egress proxy URL, redacted. */
  via: string;
  redirects: string[];
  auth?: AuthSource;
  /** Go 1.24+ sent the request a second time after a 4xx. */
  retried?: boolean;
  tls?: TlsInfo;
}

export interface HttpContext {
  egress: EgressEnv;
  roots: GoRoots;
  creds: GoCredentials;
  goVersion: GoVersion;
  signal: AbortSignal;
  /** Everything that must be scrubbed from messages. */
  secrets: string[];
  /** Dispatchers by egress route; closed by closeHttpContext. */
  dispatchers: Map<string, Dispatcher>;
  tlsSeen: Map<string, TlsInfo>;
  maxBody: number;
  /**
   * A server that sends no header or body byte for this long is given up (default
   * IDLE_TIMEOUT_MS): Go would wait forever, and `signal` may be minutes away.
   */
  idleTimeoutMs?: number;
}

export const IDLE_TIMEOUT_MS = 60_000;

export function newHttpContext(
  init: Omit<HttpContext, "dispatchers" | "tlsSeen" | "maxBody"> & { maxBody?: number },
): HttpContext {
  return { ...init, dispatchers: new Map(), tlsSeen: new Map(), maxBody: init.maxBody ?? 1 << 20 };
}

export async function closeHttpContext(ctx: HttpContext): Promise<void> {
  await Promise.all([...ctx.dispatchers.values()].map((d) => d.destroy().catch(() => undefined)));
  ctx.dispatchers.clear();
}

function dispatcherFor(ctx: HttpContext, via: string | undefined): Dispatcher {
  const key = via ?? "direct";
  let d = ctx.dispatchers.get(key);
  if (d) return d;
  const tls = { secureContext: ctx.roots.context };
  const idle = ctx.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
  if (via === undefined) {
    const base = buildConnector({ ...tls, timeout: 30_000 });
    d = new Agent({
      headersTimeout: idle,
      bodyTimeout: idle,
      connect: (opts, cb) =>
        base(opts, (err, socket) => {
          if (!err && socket && "getPeerCertificate" in socket) {
            const s = socket as TLSSocket;
            const cert = s.getPeerCertificate();
            const info: TlsInfo = {};
            const protocol = s.getProtocol();
            if (protocol) info.protocol = protocol;
            if (cert?.subject?.CN) info.subject = String(cert.subject.CN);
            if (cert?.valid_to) {
              info.validTo = new Date(cert.valid_to).toISOString();
              info.daysLeft = Math.floor((Date.parse(cert.valid_to) - Date.now()) / 86_400_000);
            }
            ctx.tlsSeen.set(`${opts.hostname}:${opts.port}`, info);
          }
          if (err) cb(err, null);
          else cb(null, socket!);
        }),
      connections: 4,
    });
  } else {
    d = new ProxyAgent({
      uri: via,
      requestTls: tls,
      proxyTls: tls,
      connectTimeout: 30_000,
      headersTimeout: idle,
      bodyTimeout: idle,
    });
  }
  ctx.dispatchers.set(key, d);
  return d;
}

function statusLine(code: number, text?: string): string {
  return `${code} ${text || STATUS_CODES[code] || ""}`.trim();
}

/** Go's error detail: text/plain (us-ascii/utf-8/no charset), printable, ≤ 8 lines, up to the first blank line. */
function errorDetail(contentType: string | undefined, body: Buffer): string | undefined {
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

function hostPortOf(u: URL): string {
  const port = u.port || (u.protocol === "https:" ? "443" : "80");
  return `${u.hostname.replace(/^\[|\]$/g, "")}:${port}`;
}

/** A Go-like description of a transport error. */
export function describeError(
  err: unknown,
  u: URL,
  v: GoVersion,
  overall: AbortSignal,
  idleMs?: number,
): { message: string; kind: ProbeErrorKind; code?: string } {
  const e = err as { code?: string; message?: string; name?: string; cause?: unknown };
  const cause = (e.cause ?? {}) as { code?: string; message?: string };
  const code = e.code ?? cause.code;
  const msg = e.message ?? String(err);
  const addr = hostPortOf(u);
  const verify = atLeast(v, 20) ? "tls: failed to verify certificate: " : "";
  const out = (message: string, kind: ProbeErrorKind) => ({
    message,
    kind,
    ...(code ? { code } : {}),
  });
  const proxyStatus = /Proxy response \((\d+)\)/.exec(msg);
  if (proxyStatus) {
    return out(
      `the egress proxy refused the CONNECT tunnel: ${statusLine(Number(proxyStatus[1]))}`,
      "egress-proxy",
    );
  }
  if (overall.aborted || e.name === "AbortError") {
    return out(
      "no response before the probe timeout (the go command has no timeout of its own here: it would wait)",
      "timeout",
    );
  }
  switch (code) {
    case "ENOTFOUND":
      return out(`dial tcp: lookup ${u.hostname}: no such host`, "dns");
    case "EAI_AGAIN":
      return out(`dial tcp: lookup ${u.hostname}: temporary failure in name resolution`, "dns");
    case "ECONNREFUSED":
      return out(`dial tcp ${addr}: connect: connection refused`, "refused");
    case "ECONNRESET":
      return out(`read tcp ${addr}: connection reset by peer`, "reset");
    case "UND_ERR_SOCKET":
    case "UND_ERR_CLOSED":
      return out(`EOF (the connection to ${addr} was closed without a response)`, "reset");
    case "UND_ERR_CONNECT_TIMEOUT":
    case "ETIMEDOUT":
      return out(`dial tcp ${addr}: i/o timeout`, "timeout");
    case "UND_ERR_HEADERS_TIMEOUT":
      return out(`timeout awaiting response headers from ${addr}`, "timeout");
    case "UND_ERR_BODY_TIMEOUT":
      return out(
        `read tcp ${addr}: the response body stalled (nothing arrived for ${(idleMs ?? IDLE_TIMEOUT_MS) / 1000} s)`,
        "timeout",
      );
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "SELF_SIGNED_CERT_IN_CHAIN":
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
    case "UNABLE_TO_GET_ISSUER_CERT_LOCALLY":
    case "UNABLE_TO_GET_ISSUER_CERT":
      return out(`${verify}x509: certificate signed by unknown authority`, "tls");
    case "CERT_HAS_EXPIRED":
    case "CERT_NOT_YET_VALID":
      return out(`${verify}x509: certificate has expired or is not yet valid`, "tls");
    case "ERR_TLS_CERT_ALTNAME_INVALID":
      return out(`${verify}x509: certificate is not valid for ${u.hostname}`, "tls");
    default:
      break;
  }
  if (/^ERR_SSL_|^ERR_TLS_/.test(code ?? "") || /SSL|TLS|certificate/i.test(msg)) {
    return out(`tls: ${msg}`, "tls");
  }
  if (/Proxy Authentication Required|proxy/i.test(msg) || e.name === "ProxyConnectionError") {
    return out(`egress proxy: ${msg}`, "egress-proxy");
  }
  return out(msg, "other");
}

/**
 * GET `rawUrl` as the go command would. Never throws; `error` is set on transport failures,
 * `status` when a response arrived (any code).
 */
export async function goGet(ctx: HttpContext, rawUrl: string): Promise<GetOutcome> {
  const start = performance.now();
  const secrets = [...ctx.secrets, ...urlSecretForms(rawUrl)];
  const red = (s: string) => scrubSecrets(redactUrl(s), secrets);
  const out: GetOutcome = { url: red(rawUrl), seconds: 0, via: "direct", redirects: [] };
  const done = () => {
    out.seconds = Math.round(performance.now() - start) / 1000;
    if (out.error) out.error = scrubSecrets(out.error, secrets);
    if (out.detail) out.detail = scrubSecrets(out.detail, secrets);
    return out;
  };
  const parsed = goUrlParse(rawUrl);
  if (!parsed.ok) {
    out.error = "the URL does not parse";
    out.errorKind = "bad-url";
    return done();
  }
  const user = parsed.url.user;
  if (user && parsed.url.scheme === "http") {
    out.error = `refusing to pass credentials to insecure URL: ${red(rawUrl)}`;
    out.errorKind = "insecure-credentials";
    return done();
  }
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    out.error = "the URL does not parse";
    out.errorKind = "bad-url";
    return done();
  }
  url.username = "";
  url.password = "";
  const firstSecure = url.protocol === "https:";
  const writtenHost = parsed.url.host;

  const buildHeaders = (u: URL, sameHost: boolean): Record<string, string> => {
    const h: Record<string, string> = {
      "user-agent": "Go-http-client/1.1",
      "accept-encoding": "gzip",
    };
    if (!sameHost) return h;
    const a = ctx.creds.forRequest(u, writtenHost);
    Object.assign(h, a.headers);
    if (a.source) out.auth = a.source;
    if (!h.authorization && user) {
      h.authorization =
        "Basic " + Buffer.from(`${user.username}:${user.password ?? ""}`).toString("base64");
      out.auth = "userinfo";
    }
    return h;
  };

  let current = url;
  let headers = buildHeaders(url, true);
  let retried = false;
  for (let hop = 0; hop <= 10; hop++) {
    const decision = egressFor(ctx.egress, current.href);
    if (decision.kind === "error") {
      out.error = decision.error;
      out.errorKind = "egress-proxy";
      return done();
    }
    const via = decision.kind === "proxy" ? decision.url : undefined;
    out.via = via ? red(via) : "direct";
    let res: Dispatcher.ResponseData;
    try {
      res = await request(current, {
        method: "GET",
        headers,
        dispatcher: dispatcherFor(ctx, via),
        signal: ctx.signal,
      });
    } catch (err) {
      const d = describeError(err, current, ctx.goVersion, ctx.signal, ctx.idleTimeoutMs);
      out.error = `Get "${red(current.href)}": ${d.message}`;
      out.errorKind = d.kind;
      if (d.code) out.code = d.code;
      return done();
    }
    const tls = ctx.tlsSeen.get(hostPortOf(current));
    if (tls && current.protocol === "https:" && !via) out.tls = tls;
    const status = res.statusCode;
    const location = res.headers.location;
    if ([301, 302, 303, 307, 308].includes(status) && typeof location === "string") {
      await res.body.dump().catch(() => undefined);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        out.status = status;
        out.statusText = statusLine(status, res.statusText);
        return done();
      }
      if (hop === 10) {
        out.error = `Get "${red(next.href)}": stopped after 10 redirects`;
        out.errorKind = "too-many-redirects";
        return done();
      }
      if (firstSecure && next.protocol !== "https:") {
        out.error = `Get "${red(next.href)}": redirected from secure URL ${red(current.href)} to insecure URL ${red(next.href)}`;
        out.errorKind = "insecure-redirect";
        return done();
      }
      out.redirects.push(red(next.href));
      const sameHost = next.host === url.host;
      headers = sameHost ? headers : buildHeaders(next, false);
      current = next;
      continue;
    }
    if (
      status >= 400 &&
      status < 500 &&
      !retried &&
      current.protocol === "https:" &&
      atLeast(ctx.goVersion, 24)
    ) {
      const flat: Record<string, string> = {};
      for (const [k, val] of Object.entries(res.headers))
        flat[k] = Array.isArray(val) ? val.join(", ") : String(val ?? "");
      await res.body.dump().catch(() => undefined);
      if (
        await ctx.creds.afterFailure(current, statusLine(status, res.statusText), flat, ctx.signal)
      ) {
        retried = true;
        out.retried = true;
        headers = buildHeaders(current, current.host === url.host);
        hop--;
        continue;
      }
    }
    out.status = status;
    out.statusText = statusLine(status, res.statusText);
    try {
      let body = await readLimited(res.body, ctx.maxBody);
      if (String(res.headers["content-encoding"] ?? "").toLowerCase() === "gzip")
        body = gunzipBounded(body, ctx.maxBody, red(current.href));
      if (status === 200) out.body = body;
      else {
        const d = errorDetail(String(res.headers["content-type"] ?? ""), body);
        if (d) out.detail = d;
      }
    } catch (err) {
      if (status === 200) {
        const d = describeError(err, current, ctx.goVersion, ctx.signal, ctx.idleTimeoutMs);
        out.error = `reading ${red(current.href)}: ${d.message}`;
        out.errorKind = d.kind;
      }
    }
    return done();
  }
  return done();
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

async function readLimited(body: Dispatcher.ResponseData["body"], max: number): Promise<Buffer> {
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
