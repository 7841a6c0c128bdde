// One GET the way the go command's web.get makes it (cmd/go/internal/web/http.go), with undici:
// Go's egress proxy choice (env-proxy.ts), Go's roots (trust.ts), Go's credentials (auth.ts),
// redirects followed up to 10 with https → http refused, userinfo on http refused, and on Go
// 1.24+ one retry after a 4xx over https. Errors are worded like Go's (transport-errors.ts).
// Every URL and message that leaves here is redacted.
import type { TLSSocket } from "node:tls";
import { Agent, ProxyAgent, buildConnector, request, type Dispatcher } from "undici";
import { goUrlParse, type GoUrl } from "../go/gourl.ts";
import { atLeast, type GoVersion } from "../go/version.ts";
import { redactUrl, scrubSecrets, urlSecretForms } from "../redact/redact.ts";
import { basicAuth, type AuthSource, type GoCredentials } from "./auth.ts";
import { egressFor, type EgressEnv } from "./env-proxy.ts";
import { errorDetail, gunzipBounded, readLimited } from "./response-body.ts";
import {
  IDLE_TIMEOUT_MS,
  describeError,
  hostPortOf,
  statusLine,
  type ProbeErrorKind,
} from "./transport-errors.ts";
import type { GoRoots } from "./trust.ts";

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

export function newHttpContext(
  init: Omit<HttpContext, "dispatchers" | "tlsSeen" | "maxBody"> & { maxBody?: number },
): HttpContext {
  return { ...init, dispatchers: new Map(), tlsSeen: new Map(), maxBody: init.maxBody ?? 1 << 20 };
}

export async function closeHttpContext(ctx: HttpContext): Promise<void> {
  await Promise.all([...ctx.dispatchers.values()].map((d) => d.destroy().catch(() => undefined)));
  ctx.dispatchers.clear();
}

/** A 404 or 410: what lets the go command fall through to the next proxy after ",". */
export function isNotFound(g: GetOutcome): boolean {
  return !g.error && (g.status === 404 || g.status === 410);
}

/** The error the go command reports for a failed GET. */
export function failureText(g: GetOutcome): string {
  if (g.error) return g.error;
  return `reading ${g.url}: ${g.statusText ?? g.status}${g.detail ? `\n\tserver response: ${g.detail}` : ""}`;
}

function tlsInfoOf(s: TLSSocket): TlsInfo {
  const cert = s.getPeerCertificate();
  const info: TlsInfo = {};
  const protocol = s.getProtocol();
  if (protocol) info.protocol = protocol;
  if (cert?.subject?.CN) info.subject = String(cert.subject.CN);
  if (cert?.valid_to) {
    info.validTo = new Date(cert.valid_to).toISOString();
    info.daysLeft = Math.floor((Date.parse(cert.valid_to) - Date.now()) / 86_400_000);
  }
  return info;
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
            ctx.tlsSeen.set(`${opts.hostname}:${opts.port}`, tlsInfoOf(socket as TLSSocket));
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

/** One GET as it goes: the outcome being filled in, and how to redact for it. */
interface Get {
  ctx: HttpContext;
  out: GetOutcome;
  red: (s: string) => string;
  /** The first URL, without userinfo; redirects keep credentials only on its host. */
  first: URL;
  /** Its host as written (Go keeps case and a default port). */
  writtenHost: string;
  user: GoUrl["user"];
}

/** The URL Go would request, or why it refuses to (set on `out`). */
function startGet(
  rawUrl: string,
  started: Omit<Get, "first" | "writtenHost" | "user">,
): Get | undefined {
  const { out, red } = started;
  const parsed = goUrlParse(rawUrl);
  if (!parsed.ok) {
    out.error = "the URL does not parse";
    out.errorKind = "bad-url";
    return undefined;
  }
  const user = parsed.url.user;
  if (user && parsed.url.scheme === "http") {
    out.error = `refusing to pass credentials to insecure URL: ${red(rawUrl)}`;
    out.errorKind = "insecure-credentials";
    return undefined;
  }
  let first: URL;
  try {
    first = new URL(rawUrl);
  } catch {
    out.error = "the URL does not parse";
    out.errorKind = "bad-url";
    return undefined;
  }
  first.username = "";
  first.password = "";
  return { ...started, first, writtenHost: parsed.url.host, user };
}

/** The headers Go sends; credentials only to the first URL's host. */
function requestHeaders(get: Get, u: URL, sameHost: boolean): Record<string, string> {
  const h: Record<string, string> = {
    "user-agent": "Go-http-client/1.1",
    "accept-encoding": "gzip",
  };
  if (!sameHost) return h;
  const a = get.ctx.creds.forRequest(u, get.writtenHost);
  Object.assign(h, a.headers);
  if (a.source) get.out.auth = a.source;
  if (!h.authorization && get.user) {
    h.authorization = basicAuth(get.user.username, get.user.password ?? "");
    get.out.auth = "userinfo";
  }
  return h;
}

/** A redirect's target, or undefined when the GET ends here (status or error set on `out`). */
function redirectTarget(
  get: Get,
  current: URL,
  status: number,
  statusText: string,
  location: string,
  hop: number,
): URL | undefined {
  const { out, red } = get;
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    out.status = status;
    out.statusText = statusLine(status, statusText);
    return undefined;
  }
  if (hop === 10) {
    out.error = `Get "${red(next.href)}": stopped after 10 redirects`;
    out.errorKind = "too-many-redirects";
    return undefined;
  }
  if (get.first.protocol === "https:" && next.protocol !== "https:") {
    out.error = `Get "${red(next.href)}": redirected from secure URL ${red(current.href)} to insecure URL ${red(next.href)}`;
    out.errorKind = "insecure-redirect";
    return undefined;
  }
  out.redirects.push(red(next.href));
  return next;
}

/** Go 1.24+ after a 4xx over https: the GOAUTH commands run again and Go asks once more. */
async function retriesAfterFailure(
  get: Get,
  current: URL,
  res: Dispatcher.ResponseData,
): Promise<boolean> {
  const flat: Record<string, string> = {};
  for (const [k, val] of Object.entries(res.headers))
    flat[k] = Array.isArray(val) ? val.join(", ") : String(val ?? "");
  await res.body.dump().catch(() => undefined);
  const { ctx } = get;
  return ctx.creds.afterFailure(
    current,
    statusLine(res.statusCode, res.statusText),
    flat,
    ctx.signal,
  );
}

/** Status, then the body of a 200 or the detail of an error response. */
async function readResponse(get: Get, current: URL, res: Dispatcher.ResponseData): Promise<void> {
  const { ctx, out, red } = get;
  const status = res.statusCode;
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
}

/** Sends the request at `current` through Go's egress choice; undefined when it failed (set on `out`). */
async function send(
  get: Get,
  current: URL,
  headers: Record<string, string>,
): Promise<Dispatcher.ResponseData | undefined> {
  const { ctx, out, red } = get;
  const decision = egressFor(ctx.egress, current.href);
  if (decision.kind === "error") {
    out.error = decision.error;
    out.errorKind = "egress-proxy";
    return undefined;
  }
  const via = decision.kind === "proxy" ? decision.url : undefined;
  out.via = via ? red(via) : "direct";
  try {
    const res = await request(current, {
      method: "GET",
      headers,
      dispatcher: dispatcherFor(ctx, via),
      signal: ctx.signal,
    });
    const tls = ctx.tlsSeen.get(hostPortOf(current));
    if (tls && current.protocol === "https:" && !via) out.tls = tls;
    return res;
  } catch (err) {
    const d = describeError(err, current, ctx.goVersion, ctx.signal, ctx.idleTimeoutMs);
    out.error = `Get "${red(current.href)}": ${d.message}`;
    out.errorKind = d.kind;
    if (d.code) out.code = d.code;
    return undefined;
  }
}

const REDIRECTS = [301, 302, 303, 307, 308];

/**
 * GET `rawUrl` as the go command would. Never throws; `error` is set on transport failures,
 * `status` when a response arrived (any code).
 */
export async function goGet(ctx: HttpContext, rawUrl: string): Promise<GetOutcome> {
  const start = performance.now();
  const secrets = [...ctx.secrets, ...urlSecretForms(rawUrl)];
  const red = (s: string) => scrubSecrets(redactUrl(s), secrets);
  const out: GetOutcome = { url: red(rawUrl), seconds: 0, via: "direct", redirects: [] };
  const get = startGet(rawUrl, { ctx, out, red });
  if (get) await follow(get);
  out.seconds = Math.round(performance.now() - start) / 1000;
  if (out.error) out.error = scrubSecrets(out.error, secrets);
  if (out.detail) out.detail = scrubSecrets(out.detail, secrets);
  return out;
}

/** Redirects and the 1.24+ retry, up to the response that ends the GET. */
async function follow(get: Get): Promise<void> {
  let current = get.first;
  let headers = requestHeaders(get, current, true);
  let retried = false;
  for (let hop = 0; hop <= 10; hop++) {
    const res = await send(get, current, headers);
    if (!res) return;
    const status = res.statusCode;
    const location = res.headers.location;
    if (REDIRECTS.includes(status) && typeof location === "string") {
      await res.body.dump().catch(() => undefined);
      const next = redirectTarget(get, current, status, res.statusText, location, hop);
      if (!next) return;
      if (next.host !== get.first.host) headers = requestHeaders(get, next, false);
      current = next;
      continue;
    }
    const retryable = status >= 400 && status < 500 && current.protocol === "https:";
    if (retryable && !retried && atLeast(get.ctx.goVersion, 24)) {
      if (await retriesAfterFailure(get, current, res)) {
        retried = true;
        get.out.retried = true;
        headers = requestHeaders(get, current, current.host === get.first.host);
        hop--;
        continue;
      }
    }
    await readResponse(get, current, res);
    return;
  }
}
