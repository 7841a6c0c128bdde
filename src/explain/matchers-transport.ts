// Rules for failures on the way to a server: the egress proxy, TLS, the checksum
// database, DNS, refused, timed-out or cut connections. In precedence order.
import {
  who,
  whereShort,
  chainNote,
  egressNote,
  privateAdvice,
  goproxyShown,
  whereAtStart,
} from "./advice.ts";
import { suggestPattern, withPattern, sumdbInForce } from "./settings.ts";
import { urlHost } from "./text.ts";
import { redactText, redactUrl } from "../redact/redact.ts";
import type { Ctx, Matcher } from "./context.ts";
import { P, PUBLIC_SERVICES } from "./patterns.ts";

/** The URL Go names is a public proxy or checksum database. */
function fromPublicService(c: Ctx): boolean {
  return c.url !== undefined && PUBLIC_SERVICES.test(urlHost(c.url));
}

/** A login demand from a public service, which never asks for one: a middlebox answered. */
function middleboxLogin(c: Ctx): boolean {
  return (c.status === 401 || c.status === 407) && fromPublicService(c);
}

export const MATCHERS_TRANSPORT: Matcher[] = [
  // egress proxy
  {
    id: "explain-egress-protocol-mismatch",
    when: (c) =>
      (P.protocolMismatch.test(c.head) &&
        (/malformed HTTP response "\\x00/.test(c.head) || fromPublicService(c))) ||
      middleboxLogin(c),
    cause: (c) =>
      middleboxLogin(c)
        ? `${whereShort(c)} never asks for credentials, yet the answer was ${c.statusText}: something between this machine and it answered instead — an egress or transparent proxy that wants its own login.`
        : `${whereShort(c)} speaks TLS, yet the answer came back ${/malformed/.test(c.head) ? "in bytes Go could not read as HTTP" : "in plain HTTP"}: something between this machine and it answered instead — an egress or transparent proxy, a captive portal, or an HTTPS_PROXY written with the wrong scheme.`,
    fix: (c) => {
      const cur = c.settings.HTTPS_PROXY || c.settings.HTTP_PROXY;
      const login = middleboxLogin(c)
        ? " A proxy that wants a login takes it in the URL: `HTTPS_PROXY=http://user:pass@proxy:port`."
        : "";
      return `Check HTTPS_PROXY/HTTP_PROXY${cur ? ` (now ${redactUrl(cur)})` : ""}: an http:// proxy must be written http://, an https:// one needs a Go that supports it; ask the network team whether outbound HTTPS is intercepted, or set NO_PROXY for hosts that must bypass it.${login}`;
    },
  },
  {
    id: "explain-egress-proxy",
    when: (c) => P.egress.test(c.head),
    cause: (c) => {
      const target = c.url ? ` to ${redactUrl(c.url.split("/").slice(0, 3).join("/"))}` : "";
      return `The request${target} never reached its server: ${whereShort(c)} from HTTPS_PROXY/HTTP_PROXY refused or failed it.`;
    },
    fix: (c) => {
      const s = c.settings;
      const cur = s.HTTPS_PROXY || s.HTTP_PROXY;
      const host = c.url ? urlHost(c.url).split(":")[0] : undefined;
      return `Check the egress proxy${cur ? ` (${redactUrl(cur)})` : ""}: its address, that it allows CONNECT to that host and port, and its credentials (\`http://user:pass@proxy:port\` in HTTPS_PROXY, answered by 407 when missing); or bypass it with \`NO_PROXY=${withPattern(s.NO_PROXY, host ?? "proxy.corp.example")}\`.`;
    },
  },
  // tls
  {
    id: "explain-tls-unknown-authority",
    when: (c) => P.tlsCa.test(c.head),
    cause: (c) =>
      `The certificate of ${whereShort(c)} is signed by a certificate authority this machine does not trust.`,
    fix: (c) => {
      const base =
        "Add the CA (a corporate TLS-inspection or private proxy CA) to the system trust store, or point SSL_CERT_FILE at a PEM bundle (or SSL_CERT_DIR at a directory) that includes it.";
      if (c.originKind === "direct")
        return `${base} For a direct fetch GOINSECURE=${c.subject ? suggestPattern(c.subject) : "<pattern>"} would skip verification, but fixing trust is better (git also needs the CA: http.sslCAInfo).`;
      return `${base} GOINSECURE does NOT help here: it applies only to direct fetches, never to GOPROXY URLs or the checksum database.`;
    },
  },
  {
    id: "explain-tls-hostname",
    when: (c) => P.tlsName.test(c.head),
    cause: (c) => `The certificate of ${whereShort(c)} was issued for another host name.`,
    fix: () =>
      "Use the host name the certificate names in GOPROXY (not an IP or alias), or reissue the certificate with a subjectAltName for the name you use. GOINSECURE does not apply to proxies.",
  },
  {
    id: "explain-tls-expired",
    when: (c) => P.tlsExpired.test(c.head),
    cause: (c) => `The certificate of ${whereShort(c)} has expired or is not yet valid.`,
    fix: () =>
      "Renew the server's certificate, or fix the machine's clock if the certificate is fine.",
  },
  {
    id: "explain-tls-handshake",
    when: (c) => P.tlsOther.test(c.head) && !/TLS handshake timeout/.test(c.head),
    cause: (c) => `The TLS handshake with ${whereShort(c)} failed.`,
    fix: (c) =>
      /HTTP response to HTTPS client|does not look like a TLS handshake/.test(c.head)
        ? "The server speaks plain HTTP: write http:// in the URL (or enable TLS on the server), or check that an egress proxy is not in the way."
        : "Check that the server offers TLS 1.2+ with a certificate for that name, and that no middlebox breaks the handshake.",
  },
  // checksum database
  {
    id: "explain-sumdb-not-found",
    when: (c) =>
      c.originKind === "sumdb" &&
      (c.status === 404 || c.status === 410 || / not found/.test(c.head)),
    cause: (c) =>
      `The checksum database (${c.origin!.slice(6)}) does not know ${who(c)}${c.status ? ` (${c.statusText})` : ""}, which is what happens for a private module.`,
    fix: (c) => privateAdvice(c, "GOPRIVATE", "sumdb"),
  },
  {
    id: "explain-sumdb-unreachable",
    when: (c) =>
      c.originKind === "sumdb" &&
      (P.dns.test(c.head) ||
        P.refused.test(c.head) ||
        P.timeout.test(c.head) ||
        P.reset.test(c.head) ||
        P.eof.test(c.head) ||
        (c.status !== undefined && c.status >= 500)),
    cause: (c) =>
      `Go could not reach the checksum database (${c.origin!.slice(6)}) to verify ${who(c)}.`,
    fix: (c) => {
      const sum = sumdbInForce(c.go);
      return `Keep go.sum complete in the repository so CI needs no lookups; use a GOPROXY that proxies the database (it must answer \`/sumdb/${sum?.name ?? "sum.golang.org"}/supported\`) or set GOSUMDB to a reachable mirror; for private modules: ${privateAdvice(c, "GONOSUMDB")}`;
    },
  },
  {
    id: "explain-sumdb-failure",
    when: (c) => c.originKind === "sumdb",
    cause: (c) =>
      `The checksum database (${c.origin!.slice(6)}) answered with an error for ${who(c)}${c.statusText ? ` (${c.statusText})` : ""}.`,
    fix: (c) =>
      `Check GOSUMDB${c.settings.GOSUMDB ? ` (${redactText(c.settings.GOSUMDB)})` : ""} and any proxy in front of the database; if the module is private: ${privateAdvice(c)}`,
  },
  // network
  {
    id: "explain-network-dns",
    when: (c) => P.dns.test(c.head),
    cause: (c) => {
      const host =
        /lookup ([^\s:]+)/.exec(c.head)?.[1] ?? /resolve host:? '?([^\s']+)/.exec(c.head)?.[1];
      return `The host name ${host ? `${host} ` : ""}of ${whereShort(c)} did not resolve.`;
    },
    fix: (c) =>
      `Check the spelling of the host${c.originKind === "proxy" ? ` in GOPROXY (\`${goproxyShown(c)}\`)` : ""}, the runner's DNS and VPN.${c.entry ? chainNote(c) : ""}`,
  },
  {
    id: "explain-network-refused",
    when: (c) => P.refused.test(c.head),
    cause: (c) => `The connection to ${whereShort(c)} was refused or could not be routed.`,
    fix: (c) =>
      `Check the URL and port and that the server runs and is reachable from the runner.${chainNote(c)}${egressNote(c)}`,
  },
  {
    id: "explain-proxy-stalled",
    when: (c) => /^go mod download was stopped: nothing arrived/.test(c.head),
    cause: (c) =>
      `${c.origin ? `The proxy ${c.origin}` : "A server"} accepted the request and then sent nothing; Go would have waited forever.`,
    fix: () =>
      "Check that proxy and what stands in front of it; remove it from GOPROXY while it hangs, or raise stall-timeout if it is only slow.",
  },
  {
    id: "explain-download-timeout",
    when: (c) => /^go mod download was stopped: it did not finish within/.test(c.head),
    cause: () => "The pre-warm ran past its total time limit and go was stopped.",
    fix: () =>
      "Raise download-timeout for a very large module graph on a slow link; a proxy that trickles bytes needs fixing.",
  },
  {
    id: "explain-network-timeout",
    when: (c) => P.timeout.test(c.head),
    cause: (c) => `${whereAtStart(c)} did not answer in time.`,
    fix: (c) =>
      `Check firewalls and egress rules between the runner and that host (outbound 443), or use a reachable mirror; retry for a transient outage.${chainNote(c)}${egressNote(c)}`,
  },
  {
    id: "explain-network-reset",
    when: (c) => P.reset.test(c.head),
    cause: (c) => `The connection to ${whereShort(c)} was cut in the middle of the request.`,
    fix: (c) =>
      `Usually transient: retry the step.${chainNote(c) || " Use `|` between proxies so a failing one falls through."}${egressNote(c)}`,
  },
  {
    id: "explain-network-eof",
    when: (c) => P.eof.test(c.head),
    cause: (c) => `${whereAtStart(c)} closed the connection before the whole response arrived.`,
    fix: (c) =>
      `Retry; check the proxy's logs and any load balancer timeout for large zips.${chainNote(c)}${egressNote(c)}`,
  },
];
