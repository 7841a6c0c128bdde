// Transport errors worded like the go command's, so a reader can match them with what `go`
// prints: dial, DNS, TLS verification, stalls and the egress proxy's refusals.
import { STATUS_CODES } from "node:http";
import { atLeast, type GoVersion } from "../go/version.ts";

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

/** A server that sends no header or body byte for this long is given up by default. */
export const IDLE_TIMEOUT_MS = 60_000;

/** Go's Status text, e.g. "404 Not Found". */
export function statusLine(code: number, text?: string): string {
  return `${code} ${text || STATUS_CODES[code] || ""}`.trim();
}

/** host:port with the scheme's default port, as Go's dial errors name it. */
export function hostPortOf(u: URL): string {
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
