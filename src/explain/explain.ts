// From Go's error text to findings: the category, the cause in one sentence and the fix,
// using the settings in force. Pure functions; never throws, never echoes a secret.
import { redactText, redactUrl, settingSecrets } from "../redact/redact.ts";
import { explainRule } from "./catalogue.ts";
import type { Category, ExplainSettings, Finding } from "./types.ts";
import {
  findModule,
  findPackage,
  findUrls,
  moduleFromUrl,
  splitServerResponse,
  splitUnits,
  stripLine,
  urlHost,
} from "./text.ts";
import {
  coveredBy,
  entryForUrl,
  nearMisses,
  proxyChain,
  suggestPattern,
  sumdbInForce,
  withPattern,
} from "./settings.ts";
import type { ProxyEntry } from "../go/proxy-list.ts";
import { effectiveGonoproxy, effectiveGonosumdb } from "../go/patterns.ts";
import { egressFor, egressFromEnv, type EgressDecision } from "../probe/env-proxy.ts";
import { inferProxyBase } from "../download/classify.ts";

type OriginKind = "proxy" | "sumdb" | "direct" | "off" | "egress";

interface Ctx {
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
  /** The GOPROXY entries Go uses. */
  chain: ProxyEntry[];
  /** Go's error for the GOPROXY value, when it rejects it. */
  chainError?: string;
}

interface Matcher {
  id: string;
  when(c: Ctx): boolean;
  cause(c: Ctx): string;
  fix(c: Ctx): string;
  /** A different category than the rule's, for this context. */
  category?(c: Ctx): Category;
}

/** Public module proxies and checksum databases: always HTTPS, so a plain-HTTP answer came from a middlebox. */
const PUBLIC_SERVICES =
  /^(?:proxy\.golang\.org|sum\.golang\.org|sum\.golang\.google\.cn|goproxy\.cn|goproxy\.io|proxy\.golang\.com\.cn|mirrors\.aliyun\.com|mirrors\.tencent\.com|goproxy\.baidu\.com)(?::443)?$/;

// ---------- patterns (general Go / net / git phrasing, never one corpus string) ----------

const P = {
  mismatch:
    /checksum mismatch|SECURITY ERROR|does NOT match (?:an earlier download|the one reported|the expected)|(?:go\.sum|go\.work\.sum): .*(?:mismatch|differs)/i,
  noEntries: /GOPROXY list is not the empty string, but contains no entries/,
  badProxy:
    /invalid proxy URL (?:missing scheme|scheme)|invalid file:\/\/ proxy URL|invalid \$?GOPROXY(?: setting)?|GOPROXY=\S*: (?:invalid|malformed)/i,
  insecureCreds: /refusing to pass credentials to insecure URL|: insecure credentials$/m,
  gosumdbMissing: /missing GOSUMDB/,
  gosumdbBad:
    /invalid GOSUMDB|invalid sumdb name|malformed verifier id|unknown verifier algorithm|invalid verifier hash|GOSUMDB: too many fields/,
  goflags:
    /parsing \$GOFLAGS|\$GOFLAGS.*(?:unknown flag|non-flag)|GOFLAGS=.*(?:unknown flag|invalid value)|-mod may only be set to/,
  gotoolchainBad:
    /invalid GOTOOLCHAIN|invalid toolchain: \S+ is a language version|invalid minimum toolchain|only version suffixes are \+auto and \+path/,
  govcs: /GOVCS disallows|in GOVCS(?: \(missing colon\))?:|(?:empty|malformed) entry in GOVCS/,
  goauth:
    /GOAUTH=off cannot be combined|GOAUTH encountered an empty command|GOAUTH=git (?:dir|encountered)|GOAUTH encountered errors/,
  insecureFlag: /-insecure flag is (?:no longer supported|deprecated)/,
  goEnvWrite:
    /go env -w \S+=\.\.\. does not override conflicting OS environment variable|go env -w: arguments must be KEY=VALUE|unknown go command variable|GOPATH entry is relative|go env -w: \S+ cannot be modified/,
  unknownSetting: /unknown environment setting (\w+)=/,
  /** Plain HTTP (or HTTP/2 bytes) where TLS or a proxy reply was expected. */
  protocolMismatch: /server gave HTTP response to HTTPS client|malformed HTTP response/,
  modulesOff:
    /modules disabled by GO111MODULE=off|go\.mod file not found in current directory|cannot find main module|working directory is not part of a module|GO111MODULE=off/,

  toolchainNA: /toolchain not available/,
  toolchainSumOff: /checksum database disabled by GOSUMDB=off/,
  toolchainDl:
    /download go1\.\d+\S* for \S+:|golang\.org\/toolchain|switching to go1|downloading go1\.\d+\S* \(/,
  toolchainOld:
    /requires go\s*>=?\s*\d|go\.mod requires go|invalid go version '[^']+': must match format|unknown directive: toolchain|cannot find "go1[^"]*" in PATH|go: cannot run \*?go1|go\.mod file indicates go \d|go\.mod:\d+: usage: go 1\.\d+/,

  proxyOff: /disabled by GOPROXY=off/,
  vendor: /-mod=vendor|inconsistent vendoring|vendor\/modules\.txt|vendor directory/,
  readonly:
    /-mod=readonly|updates to go\.(?:mod|sum) needed|missing go\.sum entry|no required module provides package|go: updates to go\.mod needed/,

  egress:
    /proxyconnect|Proxy Authentication Required|\b407\b|after CONNECT|CONNECT tunnel failed|Proxy CONNECT aborted|Get "[^"]+": (?:Forbidden|Bad Gateway|Service Unavailable|Gateway Timeout|Not Found|Method Not Allowed|Bad Request|Internal Server Error)$/m,

  tlsCa:
    /x509: (?:certificate signed by unknown authority|certificate is not trusted|.*unknown authority)|unable to get local issuer certificate|self[- ]signed certificate|SSL certificate problem|server certificate verification failed|certificate verify failed|certificate is not standards compliant/i,
  tlsName:
    /x509: certificate is (?:valid for|not valid for any names)|legacy Common Name|no alternative certificate subject name matches|doesn't contain any IP SANs|certificate is valid for/,
  tlsExpired: /certificate has expired|not yet valid|x509: certificate has expired/,
  tlsOther:
    /\btls: |remote error: tls|first record does not look like a TLS handshake|server gave HTTP response to HTTPS client|\bx509: |SSL_ERROR|SSL routines|gnutls_handshake/,

  dns: /no such host|server misbehaving|Temporary failure in name resolution|Could not resolve host|getaddrinfo|Name or service not known|nodename nor servname|lookup \S+(?: on \S+)?: (?:read|dial|i\/o timeout)/,
  refused:
    /connection refused|actively refused|network is unreachable|no route to host|host is unreachable|Failed to connect to|connectex:|Connection refused/,
  timeout:
    /i\/o time ?out|deadline exceeded|Client\.Timeout|TLS handshake timeout|timeout awaiting response headers|operation timed out|Connection timed out|timed out|timeout exceeded/i,
  reset:
    /connection reset|broken pipe|forcibly closed|GOAWAY|stream error|http2: |connection was aborted|RPC failed|early EOF|remote end hung up unexpectedly|unexpected disconnect|transfer closed with outstanding read data|Empty reply from server|use of closed network connection|\bwsa(?:recv|send): /,
  eof: /(?:^|[\s:"(])(?:unexpected )?EOF(?=$|[\s,.;:)"])/m,

  insecureRedirect: /redirected from secure URL .* to insecure URL|: insecure$/m,
  badInfo:
    /invalid response from proxy|proxy returned info for version|looking for beginning of value|unexpected end of JSON input|json: cannot unmarshal|invalid character .* (?:after|in|looking)|malformed (?:record data|\.info)|invalid (?:info|\.info) (?:file|response)/,
  badZip:
    /zip file too large|not a valid zip file|zip: checksum error|zip: (?:not|unsupported|invalid)|malformed module zip|zip for \S+ has unexpected file|unzip \S+: /,
  badGoMod:
    /(?:go\.mod|\.mod):\d+(?::\d+)?: .*(?:<!DOCTYPE|<html|<head|<!doctype)|unknown directive: <|parsing go\.mod:.*</i,

  noMatch:
    /no matching versions for query|cannot find module providing package|found, but does not contain package|module \S+: not found|does not contain package|unknown import path|is not in (?:GOROOT|std)/,

  gitAuth:
    /terminal prompts disabled|could not read (?:Username|Password)|Authentication failed|Permission denied \(publickey|Host key verification failed|invalid username or password|HTTP Basic: Access denied|The requested URL returned error: 40[13]|Invalid username or token|Support for password authentication was removed|could not read from remote repository/i,
  repoNotFound:
    /Repository not found|repository '[^']*' not found|does not appear to be a git repository|The requested URL returned error: 404|project you were looking for could not be found/i,
  unknownRev:
    /unknown revision|couldn't find remote ref|reference is not a tree|invalid version: (?!.*GOPROXY)|no matching remote ref|bad revision|did not match any file|invalid pseudo-version/,
  goGet:
    /unrecognized import path|go-import|\?go-get=1|no go-import meta|import path does not begin with hostname|disabled by GOPRIVATE\/GONOPROXY|path does not match GOPRIVATE\/GONOPROXY|meta tag|repository root/,
  vcsMissing:
    /exec: "(?:git|hg|svn|bzr|fossil)": executable file not found|missing (?:git|Mercurial|Subversion|Bazaar|Fossil|hg|svn|bzr) command/i,
  vcsFailed:
    /\b(?:git|hg|svn|bzr|fossil) (?:ls-remote|fetch|clone|init|remote|tag|log|cat-file|archive|rev-parse)\b|exit status \d+|\bfatal: /,

  sumdbText:
    /checksum database|sum\.golang\.(?:org|google\.cn)|\/sumdb\/|verifying (?:module|go\.mod|tree)|sumdb/,
};

// ---------- building the context ----------

function statusOf(head: string): { status: number; text: string } | undefined {
  const m =
    /(?:^|[:\s])([1-5]\d\d) ([A-Z][A-Za-z'-]*(?: [A-Za-z'-]+)*)\s*(?:\(\d+\.\d+s\))?\s*(?:$|\n|:)/m.exec(
      head,
    ) ??
    /(?:status(?: code)?|returned error|HTTP(?:\/[\d.]+)?|response code)[:=\s]+([1-5]\d\d)\b/i.exec(
      head,
    );
  if (!m) return undefined;
  const status = Number(m[1]);
  return { status, text: m[2] ? `${m[1]} ${m[2].trim()}` : String(m[1]) };
}

function classifyUrl(url: string, c: Ctx): void {
  const sum = sumdbInForce(c.settings);
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

function buildCtx(message: string, settings: ExplainSettings): Ctx {
  const { head, response } = splitServerResponse(message);
  const chain = proxyChain(settings);
  const c: Ctx = { head, response, settings, chain: chain.entries };
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
      const sum = sumdbInForce(settings);
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

// ---------- wording helpers ----------

function who(c: Ctx): string {
  if (c.module) return c.version ? `${c.module}@${c.version}` : c.module;
  if (c.subject) return c.subject;
  return "the module";
}

function whereShort(c: Ctx): string {
  switch (c.originKind) {
    case "proxy":
      return `the proxy ${c.origin}`;
    case "sumdb":
      return `the checksum database (${c.origin?.slice(6)})`;
    case "direct":
      return "the direct (version-control) fetch";
    case "egress":
      return `the egress proxy${c.origin && c.origin !== "egress-proxy" ? ` ${c.origin.slice(13)}` : ""}`;
    case "off":
      return "GOPROXY=off";
    default:
      return "the server";
  }
}

/** What the `,`/`|` separator after the failing entry did. */
function chainNote(c: Ctx): string {
  const e = c.entry;
  if (!e) return "";
  const i = c.chain.indexOf(e);
  const next = c.chain[i + 1];
  if (!next) return ` It is the last GOPROXY entry, so nothing came after it.`;
  if (e.separator === "|")
    return ` It is followed by \`|\`, so Go also tried ${next.display}, which failed as well.`;
  return ` After a \`,\` Go falls through only on 404/410, so ${next.display} was never tried: put \`|\` after ${e.display} (Go 1.15+) to fall through on any error.`;
}

/** When an egress proxy would carry this request (Go's http.ProxyFromEnvironment), say that it may be the one failing. */
function egressNote(c: Ctx): string {
  const s = c.settings;
  const url = c.url ?? (c.entry?.url.startsWith("http") ? c.entry.url : undefined);
  if (!url) return "";
  let d: EgressDecision;
  try {
    const env = { HTTP_PROXY: s.HTTP_PROXY, HTTPS_PROXY: s.HTTPS_PROXY, NO_PROXY: s.NO_PROXY };
    d = egressFor(egressFromEnv(env), url);
  } catch {
    return "";
  }
  if (d.kind !== "proxy") return "";
  return ` ${d.variable} (${redactUrl(d.url)}) is set, so this connection went through that egress proxy, which may be the one failing: Go reports a proxy that drops the CONNECT the same way.`;
}

function privateAdvice(
  c: Ctx,
  want: "GOPRIVATE" | "GONOSUMDB" = "GOPRIVATE",
  scope: "proxy" | "sumdb" = want === "GONOSUMDB" ? "sumdb" : "proxy",
): string {
  const path = c.subject;
  if (!path) return `Add a ${want} pattern that covers the module's path (usually its host).`;
  const s = c.settings;
  // GONOPROXY and GONOSUMDB default to GOPRIVATE (an empty value counts as unset).
  const effective = scope === "sumdb" ? effectiveGonosumdb(s) : effectiveGonoproxy(s);
  const covering = coveredBy(effective, path, s);
  if (covering) {
    return `${path} is already covered by the pattern \`${covering}\`; make sure that setting is exported to this step's environment (Go reads it at run time).`;
  }
  const pattern = suggestPattern(path);
  const miss = [
    ...nearMisses(s.GOPRIVATE, path, s),
    ...nearMisses(s.GONOSUMDB, path, s),
    ...nearMisses(s.GONOPROXY, path, s),
  ];
  const missNote = miss.length
    ? ` The existing pattern${miss.length > 1 ? "s" : ""} ${miss.map((m) => `\`${m}\``).join(", ")} cannot match it (Go splits on \`,\` only, does not trim spaces, is case-sensitive, has no leading-dot rule and before Go 1.18 keeps a trailing \`/\`; use \`*.host\` for subdomains).`
    : "";
  const current = want === "GOPRIVATE" ? s.GOPRIVATE : s.GONOSUMDB;
  const kept = (current ?? "").split(",").filter((p) => p !== "" && !miss.includes(p.trim()));
  return `No GOPRIVATE/GONOSUMDB pattern covers ${path}: set \`${want}=${withPattern(kept.join(","), pattern)}\`.${missNote}`;
}

/** GOPROXY for a fix: the list Go parsed, or the value as written (redacted) when Go rejects it. */
function goproxyShown(c: Ctx): string {
  if (c.chainError !== undefined && c.settings.GOPROXY) return redactText(c.settings.GOPROXY);
  return c.chain.map((e) => e.display + (e.separator ?? "")).join("") || "(empty)";
}

function hasVendorFlag(s: ExplainSettings): boolean {
  return /-mod=vendor/.test(s.GOFLAGS ?? "");
}

// ---------- the matchers, in precedence order ----------

const MATCHERS: Matcher[] = [
  {
    id: "explain-checksum-mismatch",
    when: (c) => P.mismatch.test(c.head),
    cause: (c) =>
      /checksum server|sum\.golang|checksum database/.test(c.head)
        ? `SECURITY: the bytes downloaded for ${who(c)} do not match what the checksum database recorded.`
        : `SECURITY: the bytes downloaded for ${who(c)} do not match the hash recorded in go.sum.`,
    fix: (c) =>
      `Do not just delete go.sum or the line: find out which side is right. Fetch ${who(c)} again into an empty GOMODCACHE with the checksum database on (GOSUMDB unset, module not in GONOSUMDB/GOPRIVATE) and compare; ask the owner whether the tag was moved (publish a new version instead of re-tagging). If a proxy served it${c.entry ? ` (${c.entry.display})` : ""}, purge that version from the proxy.`,
  },
  {
    id: "explain-goproxy-no-entries",
    when: (c) => P.noEntries.test(c.head),
    cause: () => "GOPROXY is set but holds no entries, so Go has nowhere to fetch modules from.",
    fix: (c) => {
      const v = c.settings.GOPROXY;
      if (v === undefined || v === "")
        return "On Go 1.21+ this is the `go env -w GOPROXY=` trap: an empty GOPROXY line in the user env file (`go env GOENV`) hides the go.env default. Run `go env -u GOPROXY`, or set GOPROXY explicitly, e.g. `https://proxy.golang.org,direct`.";
      if (v.replace(/[\s,|]/g, "") !== "")
        return "The GOPROXY Go read was empty or only separators, not the list given here: look at `go env GOPROXY` in that step; on Go 1.21+ run `go env -u GOPROXY` to drop an empty `go env -w GOPROXY=` line.";
      return `GOPROXY=${JSON.stringify(redactText(v))} has only separators or spaces: set a real list such as \`https://proxy.golang.org,direct\`, or unset it (and run \`go env -u GOPROXY\`).`;
    },
  },
  {
    id: "explain-insecure-credentials",
    when: (c) => P.insecureCreds.test(c.head),
    cause: (c) =>
      `Go refused to send the credentials in ${c.url ? redactUrl(c.url) : "an http:// URL"} over plain HTTP.`,
    fix: () =>
      "Use an https:// proxy URL for credentials, or remove them from the URL and serve the proxy without authentication on a trusted network; .netrc and GOAUTH credentials are also sent over https only.",
  },
  {
    id: "explain-goproxy-invalid",
    when: (c) => P.badProxy.test(c.head),
    cause: () => "Go rejected an entry of GOPROXY, so no module can be fetched.",
    fix: (c) =>
      `GOPROXY is \`${goproxyShown(c)}\`: give every entry a scheme (https://host, or file:///abs/path for a directory), write \`direct\` and \`off\` in lower case, and use \`|\` only on Go 1.15+ (\`,\` only before Go 1.13 allowed no list at all).`,
  },
  {
    id: "explain-gosumdb-missing",
    when: (c) => P.gosumdbMissing.test(c.head),
    cause: () => "GOSUMDB resolved to the empty string, which Go does not accept.",
    fix: () =>
      "Run `go env -u GOSUMDB` (an empty `go env -w GOSUMDB=` line masks the go.env default on Go 1.21+), or set `GOSUMDB=sum.golang.org` — or `off` together with GONOSUMDB/GOPRIVATE for a fully private setup.",
  },
  {
    id: "explain-gosumdb-invalid",
    when: (c) => P.gosumdbBad.test(c.head),
    cause: () => "Go rejected the value of GOSUMDB as a checksum-database verifier key.",
    fix: (c) => {
      const v = c.settings.GOSUMDB;
      const shown = v !== undefined ? ` (now ${JSON.stringify(redactText(v))})` : "";
      return `GOSUMDB${shown} must be \`off\`, \`sum.golang.org\`, \`sum.golang.google.cn\`, or a full verifier key \`<name>+<8 hex>+<base64 key>\` optionally followed by the database URL; a bare host name of any other database is not accepted.`;
    },
  },
  {
    id: "explain-goenv-write-ignored",
    when: (c) => P.goEnvWrite.test(c.head),
    cause: (c) => {
      const m = /go env -w (\S+)=\.\.\. does not override/.exec(c.head);
      return m
        ? `\`go env -w ${m[1]}=…\` wrote the go env file, but ${m[1]} is also set in the process environment, which wins: the new value is not used.`
        : "`go env -w` was given something it cannot write (not NAME=VALUE, a variable the go command does not know, or a relative GOPATH).";
    },
    fix: (c) => {
      const m = /go env -w (\S+)=\.\.\. does not override/.exec(c.head);
      return m
        ? `Unset ${m[1]} in the environment (shell profile, CI env, Dockerfile ENV) or set the value there instead; \`go env ${m[1]}\` shows what Go uses.`
        : "Write `go env -w NAME=value` with a variable Go knows (`go help environment`), one `=` and an absolute path for GOPATH.";
    },
  },
  {
    id: "explain-unknown-env-setting",
    when: (c) => P.unknownSetting.test(c.head),
    cause: (c) =>
      `Go rejected the value of ${P.unknownSetting.exec(c.head)![1]}, so every go command stops before doing anything.`,
    fix: (c) => {
      const name = P.unknownSetting.exec(c.head)![1]!;
      return name === "GO111MODULE"
        ? "GO111MODULE takes only on, off, auto or nothing (lower case, one `=` in `go env -w GO111MODULE=on`). If `go env -w` wrote the bad value, remove it with `go env -u GO111MODULE`."
        : `Correct ${name}, or remove it from the go env file with \`go env -u ${name}\`.`;
    },
  },
  {
    id: "explain-goflags-invalid",
    when: (c) => P.goflags.test(c.head),
    cause: () => "Go could not parse GOFLAGS, so every go command stops before doing anything.",
    fix: (c) =>
      `GOFLAGS${c.settings.GOFLAGS !== undefined ? ` (now ${JSON.stringify(c.settings.GOFLAGS)})` : ""} must be space-separated flags starting with \`-\` that some go command knows, e.g. \`-mod=mod -modcacherw\`.`,
  },
  {
    id: "explain-gotoolchain-invalid",
    when: (c) => P.gotoolchainBad.test(c.head),
    cause: () => "Go rejected the value of GOTOOLCHAIN.",
    fix: (c) =>
      `GOTOOLCHAIN${c.settings.GOTOOLCHAIN ? ` (now ${JSON.stringify(c.settings.GOTOOLCHAIN)})` : ""} must be \`local\`, \`auto\`, \`path\`, or a full toolchain name such as \`go1.22.0\` (not the language version \`go1.22\`), optionally with \`+auto\` or \`+path\`.`,
  },
  {
    id: "explain-govcs",
    when: (c) => P.govcs.test(c.head),
    cause: (c) =>
      /disallows/.test(c.head)
        ? `GOVCS forbids the version-control tool needed to fetch ${who(c)} directly.`
        : "Go could not parse GOVCS.",
    fix: (c) =>
      `Allow the tool for that path (e.g. \`GOVCS=${c.subject ? suggestPattern(c.subject) : "corp.example.com"}:git\`; your rules come before the default \`public:git|hg,private:all\`), or mark the path private with GOPRIVATE, or fetch it through a proxy.`,
  },
  {
    id: "explain-goauth-invalid",
    when: (c) => P.goauth.test(c.head),
    cause: () => "Go could not use the GOAUTH setting to get credentials.",
    fix: () =>
      "GOAUTH (Go 1.24+) is a `;`-separated list of `off` (alone), `netrc`, `git <absolute dir>` or a command printing `https://host` lines, a blank line and headers; fix the value or unset it for the netrc default.",
  },
  {
    id: "explain-insecure-flag",
    when: (c) => P.insecureFlag.test(c.head),
    cause: () => "`go get -insecure` was removed in Go 1.17.",
    fix: (c) =>
      `Set GOINSECURE to the module paths that need plain http or an unverified certificate in direct mode (e.g. \`GOINSECURE=${c.subject ? suggestPattern(c.subject) : "corp.example.com"}\`) and GONOSUMDB/GOPRIVATE for checksum checks, and drop -insecure.`,
  },
  {
    id: "explain-modules-disabled",
    when: (c) => P.modulesOff.test(c.head),
    cause: () =>
      "The go command is not in module mode or found no go.mod, so it cannot resolve modules.",
    fix: () =>
      "Run the command in the directory that holds go.mod (or set the step's working-directory), and unset GO111MODULE or set it to `on`.",
  },
  // toolchain
  {
    id: "explain-toolchain-not-available",
    when: (c) => P.toolchainNA.test(c.head),
    cause: (c) => {
      const v = /go1\.\d+(?:\.\d+)?\S*/.exec(c.head)?.[0] ?? "the requested Go";
      return `Go could not download the toolchain ${v.replace(/[,:]$/, "")} because golang.org/toolchain was not found through GOPROXY.`;
    },
    fix: (c) => {
      const off = c.chain.length > 0 && c.chain[0]!.kind === "off";
      const head = off
        ? 'The message is misleading: GOPROXY=off made the toolchain lookup fail as "not found", so nothing was even tried. '
        : "";
      return `${head}Install a Go that satisfies go.mod's \`go\`/\`toolchain\` line in CI and set GOTOOLCHAIN=local, or let GOPROXY reach a proxy that serves golang.org/toolchain (toolchains also need the checksum database).`;
    },
  },
  {
    id: "explain-toolchain-sumdb-off",
    when: (c) => P.toolchainSumOff.test(c.head),
    cause: () =>
      "Go refused a toolchain download because GOSUMDB=off, and toolchains must always be verified by the checksum database.",
    fix: () =>
      "Install the Go version go.mod asks for and set GOTOOLCHAIN=local, or leave GOSUMDB on (GONOSUMDB does not exempt golang.org/toolchain either).",
  },
  {
    id: "explain-toolchain-too-old",
    when: (c) => P.toolchainOld.test(c.head),
    cause: (c) => {
      const need = /requires go\s*>=?\s*([\d.]+\w*)/.exec(c.head)?.[1];
      return need
        ? `The module needs Go ${need} or newer but an older Go ran${/GOTOOLCHAIN=local/.test(c.head) ? " and GOTOOLCHAIN=local forbids switching" : ""}.`
        : "The Go that ran is older than the module's go.mod needs.";
    },
    fix: () =>
      "Install a Go at least as new as go.mod's `go` line (e.g. setup-go with go-version-file: go.mod), or allow GOTOOLCHAIN=auto with a GOPROXY that serves golang.org/toolchain.",
  },
  {
    id: "explain-toolchain-download-failed",
    when: (c) => P.toolchainDl.test(c.head) && !P.mismatch.test(c.head),
    cause: (c) =>
      `Downloading a Go toolchain through ${c.originKind ? whereShort(c) : "GOPROXY"} failed.`,
    fix: () =>
      "Install the Go version go.mod asks for and set GOTOOLCHAIN=local, or make golang.org/toolchain reachable through GOPROXY together with the checksum database.",
  },
  // offline
  {
    id: "explain-goproxy-off",
    when: (c) => P.proxyOff.test(c.head),
    cause: (c) => `${who(c)} is not in the module cache and GOPROXY=off forbids looking it up.`,
    fix: (c) => {
      const p = c.subject ? suggestPattern(c.subject) : undefined;
      return `Restore or pre-warm the module cache before this step (go mod download with a proxy), vendor the dependencies, or put a proxy before \`off\` in GOPROXY (now \`${goproxyShown(c)}\`)${p ? `; to fetch it straight from version control despite off, list it in GONOPROXY (e.g. \`GONOPROXY=${withPattern(c.settings.GONOPROXY, p)}\`)` : ""}.`;
    },
  },
  {
    id: "explain-mod-vendor",
    when: (c) => P.vendor.test(c.head),
    cause: (c) =>
      `Go is reading modules from vendor/ only (-mod=vendor${hasVendorFlag(c.settings) ? " from GOFLAGS" : ""}), and vendor/ does not match go.mod.`,
    fix: (c) =>
      `Run \`go mod vendor\` and commit the result, or use \`-mod=mod\`${hasVendorFlag(c.settings) ? ` (GOFLAGS is now ${JSON.stringify(c.settings.GOFLAGS)})` : ""} for steps that should download modules.`,
  },
  {
    id: "explain-mod-readonly",
    when: (c) => P.readonly.test(c.head),
    cause: (c) =>
      `go.mod or go.sum lacks an entry for ${who(c)}, and -mod=readonly (the default since Go 1.16) forbids adding it.`,
    fix: (c) =>
      `Run \`go mod tidy\`${c.module ? ` (or \`go mod download ${c.module}\`)` : ""} locally and commit go.mod and go.sum; avoid GOFLAGS=-mod=mod in CI, which hides such drift.`,
  },
  // egress proxy
  {
    id: "explain-egress-protocol-mismatch",
    when: (c) =>
      P.protocolMismatch.test(c.head) &&
      (/malformed HTTP response "\\x00/.test(c.head) ||
        (c.url !== undefined && PUBLIC_SERVICES.test(urlHost(c.url)))),
    cause: (c) =>
      `${whereShort(c)} speaks TLS, yet the answer came back ${/malformed/.test(c.head) ? "in bytes Go could not read as HTTP" : "in plain HTTP"}: something between this machine and it answered instead — an egress or transparent proxy, a captive portal, or an HTTPS_PROXY written with the wrong scheme.`,
    fix: (c) => {
      const cur = c.settings.HTTPS_PROXY || c.settings.HTTP_PROXY;
      return `Check HTTPS_PROXY/HTTP_PROXY${cur ? ` (now ${redactUrl(cur)})` : ""}: an http:// proxy must be written http://, an https:// one needs a Go that supports it; ask the network team whether outbound HTTPS is intercepted, or set NO_PROXY for hosts that must bypass it.`;
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
      const sum = sumdbInForce(c.settings);
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
    cause: (c) => `${whereShort(c).replace(/^./, (x) => x.toUpperCase())} did not answer in time.`,
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
    cause: (c) =>
      `${whereShort(c).replace(/^./, (x) => x.toUpperCase())} closed the connection before the whole response arrived.`,
    fix: (c) =>
      `Retry; check the proxy's logs and any load balancer timeout for large zips.${chainNote(c)}${egressNote(c)}`,
  },
  // protocol, before statuses (their text can carry a status too)
  {
    id: "explain-protocol-insecure-redirect",
    when: (c) => P.insecureRedirect.test(c.head),
    cause: (c) =>
      `${whereShort(c).replace(/^./, (x) => x.toUpperCase())} redirected an https request to plain http, which Go refuses.`,
    fix: () => "Configure the proxy (or the storage it redirects to) to redirect to https URLs.",
  },
  {
    id: "explain-protocol-bad-info",
    when: (c) => P.badInfo.test(c.head),
    cause: (c) =>
      `${whereShort(c).replace(/^./, (x) => x.toUpperCase())} answered ${who(c)}'s version information with something that is not the GOPROXY protocol.`,
    fix: (c) =>
      `Check the proxy URL${c.entry ? ` (${c.entry.display})` : ""} — Artifactory, Nexus and Athens need the repository path, and a login page means missing credentials — and the proxy's health.${chainNote(c)}`,
  },
  {
    id: "explain-protocol-bad-zip",
    when: (c) => P.badZip.test(c.head),
    cause: (c) => `The zip ${whereShort(c)} served for ${who(c)} is not a valid module zip.`,
    fix: (c) =>
      `Purge that version from the proxy's storage and retry, or fetch it from another entry.${chainNote(c)}`,
  },
  {
    id: "explain-protocol-bad-gomod",
    when: (c) => P.badGoMod.test(c.head),
    cause: (c) => `The go.mod ${whereShort(c)} served for ${who(c)} is an HTML page, not a go.mod.`,
    fix: () =>
      "Check the proxy URL path and credentials: a login or error page came back with status 200.",
  },
  // HTTP statuses
  {
    id: "explain-direct-go-get",
    when: (c) =>
      c.originKind === "direct" && c.status !== undefined && /go-get=1/.test(c.url ?? ""),
    cause: (c) => `The go-import discovery request for ${who(c)} answered ${c.statusText}.`,
    fix: (c) =>
      `If the module is private, give git and the go command credentials for its host (.netrc), or fetch it through a proxy; check the import path. ${privateAdvice(c)}`,
  },
  {
    id: "explain-proxy-unauthorized",
    when: (c) => c.status === 401,
    cause: (c) =>
      `${whereShort(c).replace(/^./, (x) => x.toUpperCase())} answered 401 Unauthorized for ${who(c)}: it got no credentials it accepts.`,
    fix: (c) => {
      const host = c.url ? urlHost(c.url) : undefined;
      return `Give the proxy credentials: a ~/.netrc line \`machine ${host ?? "<host[:port]>"} login <user> password <token>\` (the port must match), GOAUTH on Go 1.24+, or \`https://user:token@host\` in GOPROXY (https only).${chainNote(c)}`;
    },
  },
  {
    id: "explain-proxy-forbidden",
    when: (c) => c.status === 403,
    cause: (c) =>
      `${whereShort(c).replace(/^./, (x) => x.toUpperCase())} answered 403 Forbidden for ${who(c)}: the credentials were refused or lack permission.`,
    fix: (c) =>
      `Check the proxy user's permissions for that repository and module (Artifactory/Nexus answer 403 for a missing remote or permission), and the token in .netrc/GOAUTH.${chainNote(c)}`,
  },
  {
    id: "explain-proxy-not-found",
    when: (c) => (c.status === 404 || c.status === 410) && c.originKind !== "direct",
    cause: (c) =>
      `${whereShort(c).replace(/^./, (x) => x.toUpperCase())} does not have ${who(c)} (${c.statusText}).`,
    fix: (c) => {
      const privateHint =
        /could not read Username|terminal prompts disabled|Repository not found|authentication|not found: .*(?:unknown revision|invalid version|exit status)|410 Gone/i.test(
          c.response + c.head,
        );
      const pathHint = "Check the module path and version, and that the tag is pushed.";
      return privateHint && c.subject
        ? `If ${c.subject} is private, the public proxy cannot fetch it: ${privateAdvice(c)} ${pathHint}`
        : `${pathHint}${c.chain.length > 1 ? ` It was the last GOPROXY answer (\`${goproxyShown(c)}\`).` : ""}`;
    },
  },
  {
    id: "explain-proxy-server-error",
    when: (c) => c.status !== undefined && (c.status >= 500 || c.status === 429),
    cause: (c) =>
      `${whereShort(c).replace(/^./, (x) => x.toUpperCase())} failed with ${c.statusText} for ${who(c)}.`,
    fix: (c) =>
      `Look at the proxy's logs (Athens/Artifactory often fail fetching upstream, e.g. git credentials inside the proxy), and retry.${chainNote(c)}`,
  },
  {
    id: "explain-protocol-unexpected-status",
    when: (c) => c.status !== undefined && c.originKind === "proxy" && c.status !== 200,
    cause: (c) =>
      `${whereShort(c).replace(/^./, (x) => x.toUpperCase())} answered ${c.statusText}, which is not part of the GOPROXY protocol.`,
    fix: (c) => `Check the proxy URL and its configuration.${chainNote(c)}`,
  },
  // not found, by text
  {
    id: "explain-no-matching-versions",
    when: (c) => P.noMatch.test(c.head),
    cause: (c) => `No module version found provides ${who(c)}.`,
    fix: (c) =>
      `Check the import path and version (and that the tag exists); if ${c.subject ?? "it"} is private: ${privateAdvice(c)}`,
  },
  // direct
  {
    id: "explain-direct-git-auth",
    when: (c) => P.gitAuth.test(c.head),
    cause: (c) =>
      `git could not authenticate to fetch ${who(c)} directly, and the go command disables git's prompts.`,
    fix: (c) => {
      const host = (c.subject ?? "github.com").split("/")[0];
      return `Give git a credential without a prompt, e.g. \`git config --global url."https://x-access-token:\${TOKEN}@${host}/".insteadOf "https://${host}/"\` or a ~/.netrc entry for ${host} (or an SSH key with the matching insteadOf), and mark the module private: ${privateAdvice(c)}`;
    },
  },
  {
    id: "explain-direct-repo-not-found",
    when: (c) => P.repoNotFound.test(c.head),
    cause: (c) =>
      `The repository for ${who(c)} does not exist or is not visible with the credentials git used.`,
    fix: () =>
      "Check the module path; for a private repository make sure git's credentials can read it (hosting sites answer 'not found' without access).",
  },
  {
    id: "explain-direct-vcs-missing",
    when: (c) => P.vcsMissing.test(c.head),
    cause: () => "Direct mode needs a version-control tool that is not installed.",
    fix: () => "Install git (or hg/svn) in the image, or fetch the module through a GOPROXY.",
  },
  {
    id: "explain-direct-unknown-revision",
    when: (c) => P.unknownRev.test(c.head),
    cause: (c) =>
      `The repository of ${c.module ?? c.subject ?? "the module"} has no tag, branch or commit named ${c.version ?? "as requested"}.`,
    fix: () =>
      "Check the version, that the tag is pushed, and that a module in a subdirectory is tagged with its directory prefix (`sub/v1.2.3`); private repositories also need git credentials.",
  },
  {
    id: "explain-direct-go-get",
    when: (c) => P.goGet.test(c.head),
    cause: (c) =>
      `The go command could not find where ${who(c)} lives (the ?go-get=1 discovery failed).`,
    fix: (c) =>
      `Check the import path; a private host must serve go-import metadata to unauthenticated requests or be reached with credentials (.netrc); a bare git host needs the \`.git\` suffix in the path or a GOPROXY. ${privateAdvice(c)}`,
  },
  {
    id: "explain-direct-vcs-failed",
    when: (c) =>
      P.vcsFailed.test(c.head) && (c.originKind === "direct" || c.originKind === undefined),
    cause: (c) => `A version-control command failed while fetching ${who(c)} directly.`,
    fix: () =>
      "Read the tool's own message after the command; check the repository URL, git's credentials and the network, or fetch through a GOPROXY.",
  },
];

/** The category a rule puts a finding in. */
function categoryOf(id: string): Category {
  return explainRule(id).category;
}

function finish(
  c: Ctx,
  id: string,
  cause: string,
  fix: string,
  secrets: string[],
  category?: Category,
): Finding {
  const clean = (s: string) => redactText(s, secrets);
  const f: Finding = {
    category: category ?? categoryOf(id),
    rule: id,
    cause: clean(cause),
    fix: clean(fix),
  };
  if (c.module) f.module = clean(c.module);
  if (c.version) f.version = clean(c.version);
  if (c.origin) f.origin = clean(c.origin);
  return f;
}

function secretsOf(settings: ExplainSettings): string[] {
  const sum = settings.GOSUMDB?.split(/\s+/)[1];
  return settingSecrets([settings.GOPROXY, settings.HTTPS_PROXY, settings.HTTP_PROXY, sum]);
}

function classify(
  message: string,
  settings: ExplainSettings,
  secrets: string[],
): Finding | undefined {
  const c = buildCtx(message, settings);
  for (const m of MATCHERS) {
    let hit: boolean;
    try {
      hit = m.when(c);
    } catch {
      hit = false;
    }
    if (hit) return finish(c, m.id, m.cause(c), m.fix(c), secrets, m.category?.(c));
  }
  return undefined;
}

function safeSettings(settings: unknown): ExplainSettings {
  if (!settings || typeof settings !== "object") return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(settings as Record<string, unknown>)) {
    if (typeof v === "string") out[k] = v;
  }
  return out as ExplainSettings;
}

/**
 * Explains one `Error` field of `go mod download -json`. Always returns a finding: one the
 * explainer does not recognise gets rule `explain-unrecognized`, its category guessed from
 * the origin (a proxy → protocol, the database → sumdb, otherwise direct).
 */
export function explainModuleError(error: string, settings: ExplainSettings): Finding {
  const s = safeSettings(settings);
  const secrets = secretsOf(s);
  const text = String(error ?? "")
    .slice(0, 1 << 20)
    .split("\n")
    .map(stripLine)
    .join("\n")
    .trim();
  try {
    const found = classify(text, s, secrets);
    if (found) return found;
    const c = buildCtx(text, s);
    const category: Category =
      c.originKind === "sumdb"
        ? "sumdb"
        : c.originKind === "proxy"
          ? "protocol"
          : c.originKind === "egress"
            ? "egress-proxy"
            : c.originKind === "off"
              ? "offline"
              : "direct";
    const first = text.split("\n")[0]!.slice(0, 300);
    return finish(
      c,
      "explain-unrecognized",
      `Go reported an error the explainer does not recognise: ${first || "(empty)"}.`,
      "Read Go's full message; run the command again with -x to see each request and its answer.",
      secrets,
      category,
    );
  } catch {
    return {
      category: "direct",
      rule: "explain-unrecognized",
      cause: "Go reported an error the explainer could not read.",
      fix: "Read Go's full message; run the command again with -x to see each request and its answer.",
    };
  }
}

/**
 * Explains pasted text: stderr of any go command (with or without -x, CI prefixes on lines)
 * or a -json Error. One finding per distinct failure, in order of appearance.
 */
export function explainText(text: string, settings: ExplainSettings): Finding[] {
  const s = safeSettings(settings);
  const secrets = secretsOf(s);
  let units;
  try {
    units = splitUnits(String(text ?? ""));
  } catch {
    return [];
  }
  const findings: Finding[] = [];
  const take = (trace: boolean) => {
    for (const u of units) {
      if (u.trace !== trace) continue;
      const msg = trace ? u.text.replace(/^# get (\S+): /, 'Get "$1": ') : u.text;
      let f: Finding | undefined;
      try {
        f = classify(msg, s, secrets);
      } catch {
        f = undefined;
      }
      if (f) findings.push(f);
      if (findings.length > 500) break;
    }
  };
  take(false);
  if (findings.length === 0) take(true);
  return dedupe(findings);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = [f.rule, f.module ?? "", f.version ?? "", f.origin ?? ""].join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  // A finding with no module adds nothing when the same rule already named one.
  return out.filter(
    (f) =>
      f.module !== undefined ||
      !out.some((g) => g !== f && g.rule === f.rule && g.module !== undefined),
  );
}
