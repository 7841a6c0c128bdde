// What one Go message says: the module, version and URL it names, the HTTP status, and
// where the failure happened (a GOPROXY entry, the checksum database, direct, off, or the
// egress proxy), read against the settings in force. Pure functions.
import { redactUrl } from "../redact/redact.ts";
import type { ProxyEntry } from "../go/proxy-list.ts";
import { inferProxyBase } from "../download/classify.ts";
import type { Category, ExplainSettings } from "./types.ts";
import {
  findModule,
  findPackage,
  findUrls,
  moduleFromUrl,
  splitServerResponse,
  urlHost,
} from "./text.ts";
import { entryForUrl, goSettingsOf, proxyChain, sumdbInForce } from "./settings.ts";
import type { GoSettings } from "../settings/go-settings.ts";
import { P } from "./patterns.ts";

export type OriginKind = "proxy" | "sumdb" | "direct" | "off" | "egress";

export interface Ctx {
  head: string;
  response: string;
  module?: string;
  version?: string;
  /** The module or package path for pattern advice. */
  subject?: string;
  origin?: string;
  originKind?: OriginKind;
  entry?: ProxyEntry;
  url?: string;
  status?: number;
  statusText?: string;
  settings: ExplainSettings;
  /** The same settings parsed once, as the Go version that ran reads them. */
  go: GoSettings;
  /** The GOPROXY entries Go uses. */
  chain: ProxyEntry[];
  /** Go's error for the GOPROXY value, when it rejects it. */
  chainError?: string;
}

/** One rule of the explainer: when it applies, and its cause and fix for that message. */
export interface Matcher {
  id: string;
  when(c: Ctx): boolean;
  cause(c: Ctx): string;
  fix(c: Ctx): string;
  /** A different category than the rule's, for this context. */
  category?(c: Ctx): Category;
}

function statusOf(head: string): { status: number; text: string } | undefined {
  const m =
    // The full stop: a message quoted at the end of a sentence.
    /(?:^|[:\s])([1-5]\d\d) ([A-Z][A-Za-z'-]*(?: [A-Za-z'-]+)*)\s*(?:\(\d+\.\d+s\))?\.?\s*(?:$|\n|:)/m.exec(
      head,
    ) ??
    /(?:status(?: code)?|returned error|HTTP(?:\/[\d.]+)?|response code)[:=\s]+([1-5]\d\d)\b/i.exec(
      head,
    ) ??
    // The code Go prints after the URL, with the server's own reason phrase (none, or a
    // middlebox's wording such as `401 authenticationrequired`).
    /\bURL\)?:? ([1-5]\d\d)(?: ([^\n:]+?))?\.?\s*$/m.exec(head);
  if (!m) return undefined;
  const status = Number(m[1]);
  return { status, text: m[2] ? `${m[1]} ${m[2].trim()}` : String(m[1]) };
}

function classifyUrl(url: string, c: Ctx): void {
  const sum = sumdbInForce(c.go);
  const noScheme = url.replace(/^[a-z]+:\/\//, "");
  const host = urlHost(url).toLowerCase();
  const proxied = /\/sumdb\/([^/]+)\//.exec(url);
  if (/[?&]go-get=1/.test(url)) {
    c.originKind = "direct";
    c.origin = "direct";
    return;
  }
  if (proxied) {
    c.originKind = "sumdb";
    c.origin = `sumdb:${proxied[1]}`;
    c.entry = entryForUrl(c.chain, url);
    return;
  }
  const sumHosts = new Set(["sum.golang.org", "sum.golang.google.cn"]);
  if (sum) sumHosts.add(sum.name.split("/")[0]!.toLowerCase());
  if (sum?.url) sumHosts.add(urlHost(sum.url).toLowerCase());
  if (sumHosts.has(host) || /\/(?:lookup|tile)\/|\/latest$/.test(noScheme.slice(host.length))) {
    c.originKind = "sumdb";
    c.origin = `sumdb:${sum && (sumHosts.has(host) || !host) ? sum.name : host}`;
    return;
  }
  const entry = entryForUrl(c.chain, url);
  if (/\/@v\/|\/@latest$/.test(url) || entry) {
    c.originKind = "proxy";
    c.entry = entry;
    c.origin = entry ? entry.display : redactUrl(inferProxyBase(url) ?? url);
    return;
  }
  c.originKind = "direct";
  c.origin = "direct";
}

export function buildCtx(message: string, settings: ExplainSettings): Ctx {
  const { head, response } = splitServerResponse(message);
  const go = goSettingsOf(settings);
  const chain = proxyChain(go);
  const c: Ctx = { head, response, settings, go, chain: chain.entries };
  if (chain.error !== undefined) c.chainError = chain.error;
  const ref = findModule(head);
  const urls = findUrls(head);
  // An https→http redirect is the fault of the URL that redirected, not of its target.
  const redirected = /redirected from secure URL (\S+) to insecure URL/.exec(head)?.[1];
  const last = redirected ?? urls.at(-1);
  if (last) {
    c.url = last;
    classifyUrl(last, c);
  }
  const fromUrl = last ? moduleFromUrl(last) : undefined;
  const mod = ref ?? fromUrl;
  if (mod) {
    c.module = mod.module;
    if (mod.version) c.version = mod.version;
    else if (fromUrl?.module === mod.module && fromUrl.version) c.version = fromUrl.version;
  }
  c.subject = c.module ?? findPackage(head);
  const st = statusOf(head.replace(/[a-z]+:\/\/\S+/g, "URL"));
  if (st) {
    c.status = st.status;
    c.statusText = st.text;
  }
  if (
    !c.originKind &&
    !P.egress.test(head) &&
    (P.badZip.test(head) || P.eof.test(head) || P.reset.test(head) || P.mismatch.test(head))
  ) {
    // Go names no URL (`zip: checksum error`, a checksum mismatch): with one proxy and no
    // fallback, the bytes can only have come from there.
    const proxies = c.chain.filter((e) => e.kind === "proxy");
    if (proxies.length === 1 && c.chain.length === 1) {
      c.originKind = "proxy";
      c.entry = proxies[0];
      c.origin = proxies[0]!.display;
    }
  }
  if (P.egress.test(head)) {
    c.originKind = "egress";
    const addr =
      /proxyconnect tcp: (?:dial tcp |tls: |[^:]*: )?\[?([0-9a-zA-Z.:-]+?)\]?:(\d+)/.exec(head);
    const configured = settings.HTTPS_PROXY || settings.HTTP_PROXY;
    c.origin = configured
      ? `egress-proxy:${redactUrl(configured)}`
      : addr && !/^(?:dial|lookup)$/.test(addr[1]!)
        ? `egress-proxy:${addr[1]}:${addr[2]}`
        : "egress-proxy";
  } else if (!c.originKind) {
    if (P.proxyOff.test(head)) {
      c.originKind = "off";
      c.origin = "off";
    } else if (
      P.vcsFailed.test(head) ||
      P.gitAuth.test(head) ||
      P.repoNotFound.test(head) ||
      P.goGet.test(head)
    ) {
      c.originKind = "direct";
      c.origin = "direct";
    } else if (
      /checksum database|verifying (?:module|go\.mod)/.test(head) &&
      !P.mismatch.test(head)
    ) {
      const sum = sumdbInForce(go);
      if (sum) {
        c.originKind = "sumdb";
        c.origin = `sumdb:${sum.name}`;
      }
    } else if (P.unknownRev.test(head)) {
      c.originKind = "direct";
      c.origin = "direct";
    }
  }
  return c;
}
