// Which egress proxy Go's net/http uses for a URL: http.ProxyFromEnvironment, i.e.
// golang.org/x/net/http/httpproxy (FromEnvironment + ProxyFunc). Pure functions.
//
// - HTTP_PROXY, HTTPS_PROXY, NO_PROXY: the upper-case name wins; an empty value counts as unset,
//   so the lower-case one is then read.
// - https requests use HTTPS_PROXY, http requests HTTP_PROXY (never HTTPS_PROXY for http).
// - A value is a URL (http, https or socks5); anything else is retried as "http://" + value. A
//   value that still does not parse is ignored, so requests go direct (Go reports nothing).
// - Requests to "localhost" and to loopback IP literals never use a proxy. A host name that merely
//   resolves to loopback is not exempt (Go never resolves it for this decision).
// - NO_PROXY: comma-separated, trimmed, lower-cased. `*` alone disables proxying. An entry is a
//   CIDR (1.2.3.0/24), an IP with optional port (1.2.3.4, 1.2.3.4:80, [::1]:80), or a domain with
//   optional port: "foo.com" matches foo.com and its subdomains, ".foo.com" and "*.foo.com" only
//   subdomains. The port, when given, must equal the request's port (default 80/443).
// - In a CGI environment (REQUEST_METHOD set), HTTP_PROXY is refused for http requests.
import { BlockList, isIP } from "node:net";
import { domainToASCII } from "node:url";
import { goUrlParse, goUrlString, type GoUrl } from "../go/gourl.ts";

export interface EgressConfig {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy: string;
  cgi: boolean;
  /** Raw values Go could not parse (and therefore ignores). */
  invalid: { variable: string; value: string }[];
}

export type EgressDecision =
  | { kind: "direct" }
  | { kind: "proxy"; url: string; variable: string }
  | { kind: "error"; error: string };

function getEnvAny(env: Readonly<Record<string, string | undefined>>, ...names: string[]) {
  for (const n of names) {
    const v = env[n];
    if (v) return { name: n, value: v };
  }
  return undefined;
}

/** parseProxy: the URL Go uses for a proxy variable, or undefined when Go would ignore it. */
export function parseEgressProxy(value: string): string | undefined {
  const first = goUrlParse(value);
  const okScheme = (u: GoUrl) =>
    u.scheme === "http" || u.scheme === "https" || u.scheme === "socks5";
  if (first.ok && okScheme(first.url)) return goUrlString(first.url);
  const second = goUrlParse(`http://${value}`);
  if (second.ok) return goUrlString(second.url);
  if (first.ok) return goUrlString(first.url); // parsed, odd scheme: Go keeps it and fails later
  return undefined;
}

export interface EgressEnv {
  config: EgressConfig;
  /** Which variable each setting came from, e.g. "https_proxy". */
  from: { http?: string; https?: string; noProxy?: string };
}

export function egressFromEnv(env: Readonly<Record<string, string | undefined>>): EgressEnv {
  const http = getEnvAny(env, "HTTP_PROXY", "http_proxy");
  const https = getEnvAny(env, "HTTPS_PROXY", "https_proxy");
  const no = getEnvAny(env, "NO_PROXY", "no_proxy");
  const config: EgressConfig = {
    noProxy: no?.value ?? "",
    cgi: !!env.REQUEST_METHOD,
    invalid: [],
  };
  if (http) {
    const u = parseEgressProxy(http.value);
    if (u) config.httpProxy = u;
    else config.invalid.push({ variable: http.name, value: http.value });
  }
  if (https) {
    const u = parseEgressProxy(https.value);
    if (u) config.httpsProxy = u;
    else config.invalid.push({ variable: https.name, value: https.value });
  }
  const from: EgressEnv["from"] = {};
  if (http) from.http = http.name;
  if (https) from.https = https.name;
  if (no) from.noProxy = no.name;
  return { config, from };
}

const PORTS: Record<string, string> = { http: "80", https: "443", socks5: "1080" };

/** The proxy for a request URL, as proxyForURL decides it. */
export function egressFor(env: EgressEnv, requestUrl: string): EgressDecision {
  const u = new URL(requestUrl);
  const scheme = u.protocol.slice(0, -1);
  let proxy: string | undefined;
  let variable = "";
  if (scheme === "https") {
    proxy = env.config.httpsProxy;
    variable = env.from.https ?? "HTTPS_PROXY";
  } else if (scheme === "http") {
    proxy = env.config.httpProxy;
    variable = env.from.http ?? "HTTP_PROXY";
    if (proxy && env.config.cgi) {
      return {
        kind: "error",
        error: "refusing to use HTTP_PROXY value in CGI environment; see golang.org/s/cgihttpproxy",
      };
    }
  }
  if (!proxy) return { kind: "direct" };
  let host = u.hostname;
  if (host.startsWith("[") && host.endsWith("]")) host = host.slice(1, -1);
  const port = u.port || PORTS[scheme] || "";
  if (!useProxy(env.config.noProxy, host, port)) return { kind: "direct" };
  return { kind: "proxy", url: proxy, variable };
}

function isLoopback(ip: string): boolean {
  const v4 = ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  if (isIP(v4) === 4) return v4.split(".")[0] === "127";
  return normalizeV6(ip) === normalizeV6("::1");
}

function normalizeV6(ip: string): string {
  const bl = new BlockList();
  try {
    bl.addAddress(ip, "ipv6");
    return bl.rules[0] ?? ip;
  } catch {
    return ip;
  }
}

function ipEqual(a: string, b: string): boolean {
  const unmap = (x: string) =>
    x.toLowerCase().startsWith("::ffff:") && isIP(x.slice(7)) === 4 ? x.slice(7) : x;
  const x = unmap(a);
  const y = unmap(b);
  if (isIP(x) !== isIP(y)) return false;
  if (isIP(x) === 4) return x === y;
  return normalizeV6(x) === normalizeV6(y);
}

/** useProxy(canonicalAddr): false when NO_PROXY (or the localhost rule) exempts host:port. */
export function useProxy(noProxy: string, rawHost: string, port: string): boolean {
  if (rawHost === "") return true;
  if (rawHost === "localhost") return false;
  const ipKind = isIP(rawHost);
  if (ipKind !== 0 && isLoopback(rawHost)) return false;
  const host = asciiHost(rawHost.trim().toLowerCase());

  for (const raw of noProxy.split(",")) {
    const p = raw.trim().toLowerCase();
    if (p === "") continue;
    if (p === "*") return false;
    const cidr = /^(.+)\/(\d{1,3})$/.exec(p);
    if (cidr && isIP(cidr[1]!) !== 0) {
      if (ipKind === 0) continue;
      const type = isIP(cidr[1]!) === 4 ? "ipv4" : "ipv6";
      const bits = Number(cidr[2]);
      if ((type === "ipv4" && bits > 32) || bits > 128) continue;
      const bl = new BlockList();
      bl.addSubnet(cidr[1]!, bits, type);
      const target =
        ipKind === 6 && rawHost.toLowerCase().startsWith("::ffff:") && type === "ipv4"
          ? rawHost.slice(7)
          : rawHost;
      if (bl.check(target, isIP(target) === 4 ? "ipv4" : "ipv6")) return false;
      continue;
    }
    // host:port or [v6]:port
    let phost = p;
    let pport = "";
    const bracket = /^\[([^\]]*)\]:(\d*)$/.exec(p);
    const hp = /^([^:]*):([^:]*)$/.exec(p);
    if (bracket) {
      phost = bracket[1]!;
      pport = bracket[2]!;
      if (phost === "") continue;
    } else if (hp) {
      phost = hp[1]!;
      pport = hp[2]!;
      if (phost === "") continue;
    }
    if (isIP(phost) !== 0) {
      if (ipKind !== 0 && ipEqual(phost, rawHost) && (pport === "" || pport === port)) return false;
      continue;
    }
    if (phost === "") continue;
    if (phost.startsWith("*.")) phost = phost.slice(1);
    let matchHost = false;
    if (!phost.startsWith(".")) {
      matchHost = true;
      phost = "." + phost;
    }
    phost = asciiHost(phost);
    if (host.endsWith(phost) || (matchHost && host === phost.slice(1))) {
      if (pport === "" || pport === port) return false;
    }
  }
  return true;
}

function asciiHost(h: string): string {
  if (/^[\x00-\x7f]*$/.test(h)) return h;
  const lead = h.startsWith(".") ? "." : "";
  const a = domainToASCII(lead ? h.slice(1) : h);
  return a ? lead + a : h;
}
