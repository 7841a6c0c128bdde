// Plain data of the failure explainer: what Go said, turned into a cause and a fix.

/** The fixed vocabulary of failure categories. */
export type Category =
  | "config"
  | "offline"
  | "network"
  | "tls"
  | "egress-proxy"
  | "auth"
  | "not-found"
  | "sumdb"
  | "checksum-mismatch"
  | "protocol"
  | "direct"
  | "toolchain";

export const CATEGORIES: readonly Category[] = [
  "config",
  "offline",
  "network",
  "tls",
  "egress-proxy",
  "auth",
  "not-found",
  "sumdb",
  "checksum-mismatch",
  "protocol",
  "direct",
  "toolchain",
];

/** One explained failure. Every string is redacted: it never holds a password, token or Authorization value. */
export interface Finding {
  category: Category;
  /** Stable kebab-case id from EXPLAIN_RULES (src/explain/catalogue.ts). */
  rule: string;
  /** The module that failed, when Go named it. */
  module?: string;
  /** Its version or query, when Go named it. */
  version?: string;
  /**
   * Where the failure happened: a proxy base URL as configured (credentials hidden),
   * `direct` (VCS or `?go-get=1`), `off` (GOPROXY=off), `sumdb:<name>` (the checksum
   * database, directly or through a proxy) or `egress-proxy[:<address>]` (HTTP(S)_PROXY).
   */
  origin?: string;
  /** The cause, in one sentence. */
  cause: string;
  /** What to do, using the settings in force. */
  fix: string;
}

/** The settings in force when Go failed, as plain data (the values Go read; undefined = unset). */
export interface ExplainSettings {
  /** The Go version that ran, e.g. "1.26" or "go1.21.13". */
  goVersion?: string;
  GOPROXY?: string;
  GOSUMDB?: string;
  GOPRIVATE?: string;
  GONOPROXY?: string;
  GONOSUMDB?: string;
  GOINSECURE?: string;
  GOFLAGS?: string;
  GOTOOLCHAIN?: string;
  HTTPS_PROXY?: string;
  HTTP_PROXY?: string;
  NO_PROXY?: string;
}
