// One probe request as the report shows it: what was asked, of whom, and what came back.
import type { AuthSource } from "../net/auth.ts";
import type { GetOutcome, TlsInfo } from "../net/http.ts";
import type { ProbeErrorKind } from "../net/transport-errors.ts";

export type ProbeKind = "module" | "sumdb-supported" | "sumdb-latest";

export interface ProbeResult {
  kind: ProbeKind;
  /** The proxy as configured (credentials hidden), or "sumdb:<name>". */
  origin: string;
  /** The URL requested (credentials hidden). */
  url: string;
  /** path@version, for module probes. */
  module?: string;
  status?: number;
  statusText?: string;
  error?: string;
  errorKind?: ProbeErrorKind;
  /** Go's "server response" text for a non-200 plain-text body. */
  detail?: string;
  seconds: number;
  tls?: TlsInfo;
  /** "direct", or the egress proxy (HTTPS_PROXY/HTTP_PROXY) URL with credentials hidden. */
  via: string;
  redirects?: string[];
  /** Which credentials were sent. */
  auth: AuthSource | "none";
  retried?: boolean;
  /** For sumdb-supported probes: the proxy answered 200. */
  sumdbSupported?: boolean;
  /** For sumdb-latest probes. */
  treeSize?: number;
  verified?: boolean;
}

export function toResult(
  kind: ProbeKind,
  origin: string,
  g: GetOutcome,
  extra: Partial<ProbeResult> = {},
): ProbeResult {
  const r: ProbeResult = {
    kind,
    origin,
    url: g.url,
    seconds: g.seconds,
    via: g.via,
    auth: g.auth ?? "none",
  };
  if (g.status !== undefined) r.status = g.status;
  if (g.statusText) r.statusText = g.statusText;
  if (g.error) r.error = g.error;
  if (g.errorKind) r.errorKind = g.errorKind;
  if (g.detail) r.detail = g.detail;
  if (g.tls) r.tls = g.tls;
  if (g.redirects.length) r.redirects = g.redirects;
  if (g.retried) r.retried = true;
  return Object.assign(r, extra);
}
