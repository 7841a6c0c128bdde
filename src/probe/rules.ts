// The live checks' rules (probeChain, chain.ts and auth.ts), in the shape of
// src/check/rules.ts's catalogue, for docs/rules.md. One entry per rule id the probes emit.
import type { Severity } from "../core/diagnostic.ts";
import { advice, defineRule, type Rule } from "../core/rule.ts";

export interface LiveRule extends Rule {
  /** The rule is also emitted with this severity, under the condition its doc names. */
  alsoSeverity?: Severity;
}

const r = (
  id: string,
  severity: Severity,
  variables: string[],
  title: string,
  doc: string,
  alsoSeverity?: Severity,
): LiveRule => ({
  ...defineRule(id, severity, variables, title, doc),
  ...(alsoSeverity ? { alsoSeverity } : {}),
});

/** The severity rule shared by every "this proxy failed" finding. */
const HOP =
  "It is an **error** when a probed module reaches this proxy (every earlier entry answered 404/410, or failed with `|` after it) and the proxy is followed by `,` or is the last entry: Go falls through only on 404 and 410, so the download stops here. It is a **warning** when `|` follows the proxy (Go moves on to the next entry after the error, paying for the failed request every time) or when no probed module reaches it (an earlier proxy serves them, or already stopped them).";

export const PROBE_RULES: readonly LiveRule[] = [
  // Each proxy of GOPROXY, asked for a module's .info the way the go command asks.
  r(
    "probe-proxy-ok",
    "notice",
    ["GOPROXY"],
    "The proxy serves a module the repository needs",
    "The proxy answered `200 OK` for `<module>/@v/<version>.info` (one of the repository's requirements, or the `probe-module` input). The message gives the response time, the egress proxy the request went through (HTTPS_PROXY/HTTP_PROXY) and where the credentials came from (.netrc, a GOAUTH command, `git credential`, or the URL), so you can see that Go will reach it the same way. Nothing to fix.",
  ),
  advice(
    r(
      "probe-proxy-not-found",
      "warning",
      ["GOPROXY"],
      "The proxy answers 404 or 410 for every probed module",
      'The proxy does not have the modules it was asked for (`404 Not Found` or `410 Gone` for each). Go treats that as "not here" after both `,` and `|`: it is a **warning** when another entry follows (Go falls through to it, one extra round trip per module file), an **error** when the proxy is the last entry, since the download then fails. A proxy that mirrors only what it fetched before, or one that excludes private modules, answers this way; check the proxy\'s upstream settings, or list private modules in GOPRIVATE/GONOPROXY so they are not asked for there.',
      "error",
    ),
  ),
  advice(
    r(
      "probe-proxy-slow",
      "warning",
      ["GOPROXY"],
      "The proxy took more than 3 seconds to answer",
      "The slowest probe request to this proxy took longer than 3 s. Every module file (.info, .mod, .zip) costs a request like it, so a large build pays it many times. Look at the proxy's load and its upstream, or put a closer proxy first.",
    ),
  ),
  advice(
    r(
      "probe-tls-expiring",
      "warning",
      ["GOPROXY"],
      "The proxy's TLS certificate expires within 14 days",
      "The certificate the proxy presented (on a direct connection, not through an egress proxy) expires in fewer than 14 days; the message gives the date. Today it still works; once it expires Go fails every request with `x509: certificate has expired or is not yet valid`. Renew the certificate.",
    ),
  ),
  r(
    "probe-proxy-status",
    "error",
    ["GOPROXY"],
    "The proxy answers with an HTTP error other than 404, 410, 401 or 403",
    `The proxy answered a status such as \`500 Internal Server Error\`, \`502 Bad Gateway\`, \`429 Too Many Requests\` or \`400 Bad Request\`; the message adds Go's \`server response:\` text when the body is short plain text. Go reports it as \`reading <url>: <status>\`. ${HOP} Fix the proxy, or write \`|\` after it in GOPROXY to fall back on any error.`,
    "warning",
  ),
  r(
    "probe-proxy-auth",
    "error",
    ["GOPROXY", "NETRC", "GOAUTH"],
    "The proxy answers 401 Unauthorized or 403 Forbidden",
    `The proxy wants credentials Go did not send, or refused the ones it sent. The message says which: over \`http://\` Go never sends .netrc or GOAUTH credentials (use https); credentials from the .netrc, a GOAUTH command or \`git credential\` were sent and refused (check the user and token); GOAUTH=off sends none; or the .netrc Go reads has no complete \`machine\`/\`login\`/\`password\` entry for the proxy's host (Go before 1.21 compares the host name only, Go 1.21+ host and port exactly). On Go 1.24+ Go re-runs the GOAUTH commands after a 4xx and retries once, as the probe does. ${HOP} The \`credentials\` input writes a matching .netrc entry.`,
    "warning",
  ),
  r(
    "probe-proxy-timeout",
    "error",
    ["GOPROXY", "HTTPS_PROXY"],
    "The proxy did not answer in time",
    `No response came before the live checks' overall timeout (the \`probe-timeout\` input, 10 s by default), or the connection or the response headers timed out (\`dial tcp …: i/o timeout\`, \`timeout awaiting response headers\`). The go command has no timeout of its own here: it would wait. ${HOP} Check that the proxy (and the egress proxy, if HTTPS_PROXY is set) is up and reachable from the runner; raise \`probe-timeout\` if it is merely slow.`,
    "warning",
  ),
  r(
    "probe-proxy-tls",
    "error",
    ["GOPROXY", "SSL_CERT_FILE", "SSL_CERT_DIR"],
    "The proxy's TLS certificate is not trusted by Go",
    `The TLS handshake failed the way Go fails it: \`x509: certificate signed by unknown authority\`, \`certificate has expired or is not yet valid\`, \`certificate is not valid for <host>\`, or another handshake error. Go on Linux trusts the system roots, or only the roots in SSL_CERT_FILE/SSL_CERT_DIR when those are set; it never reads NODE_EXTRA_CA_CERTS (the message says when that file holds the CA that would make it work). ${HOP} Point SSL_CERT_FILE at a bundle holding the proxy's CA, or fix the certificate.`,
    "warning",
  ),
  r(
    "probe-proxy-dns",
    "error",
    ["GOPROXY"],
    "The proxy's host name does not resolve",
    `\`dial tcp: lookup <host>: no such host\` (or a temporary resolver failure): the runner cannot resolve the proxy's host name. ${HOP} Check the spelling in GOPROXY, and that the runner's DNS knows internal names.`,
    "warning",
  ),
  r(
    "probe-proxy-unreachable",
    "error",
    ["GOPROXY"],
    "The proxy cannot be reached",
    `The request failed without an HTTP status: \`connection refused\`, \`connection reset by peer\`, the connection closed without a response (\`EOF\`), more than 10 redirects, or a URL that cannot be requested. The message quotes the error as Go words it. ${HOP} Check the proxy's host and port, and whether a firewall sits between the runner and the proxy.`,
    "warning",
  ),
  r(
    "probe-proxy-insecure-redirect",
    "error",
    ["GOPROXY"],
    "The proxy redirects from https to http",
    `The proxy (or a redirect after it) sent an \`https://\` request to an \`http://\` URL. Go refuses: \`redirected from secure URL … to insecure URL …\`, and the probe does not follow it either. ${HOP} Fix the proxy's redirect so it stays on https.`,
    "warning",
  ),
  r(
    "probe-proxy-insecure-credentials",
    "error",
    ["GOPROXY"],
    "Credentials in an http:// proxy URL",
    `The proxy URL carries \`user:password@\` over plain http. Go 1.13+ refuses to send the request at all (\`refusing to pass credentials to insecure URL\`), and so does the probe: nothing is sent. ${HOP} Use \`https://\`, or move the credentials out of the URL (the \`credentials\` input, .netrc, GOAUTH) — those apply to https only.`,
    "warning",
  ),
  r(
    "probe-egress-proxy-failed",
    "error",
    ["GOPROXY", "HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY"],
    "The egress proxy (HTTPS_PROXY/HTTP_PROXY) fails the request",
    `Go sends requests for this GOPROXY entry through the egress proxy named by HTTPS_PROXY (HTTP_PROXY for http URLs; NO_PROXY exempts hosts), and that proxy failed: it refused the CONNECT tunnel (e.g. \`407 Proxy Authentication Required\`), failed otherwise, or — with REQUEST_METHOD set — Go refuses HTTP_PROXY in a CGI environment. ${HOP} Give the egress proxy its credentials in the URL (\`http://user:token@proxy:3128\`), or add the GOPROXY host to NO_PROXY if it must be reached directly.`,
    "warning",
  ),
  r(
    "probe-egress-proxy-invalid",
    "warning",
    ["HTTPS_PROXY", "HTTP_PROXY"],
    "HTTPS_PROXY or HTTP_PROXY does not parse",
    "The value does not parse as a URL, even with `http://` put in front. Go ignores it without a word and connects directly, so a runner that can only reach the network through that proxy fails later with a timeout or a DNS error. Write a URL such as `http://proxy.corp:3128`.",
  ),

  // The chain as a whole, walked with Go's rules over the probe results.
  r(
    "probe-chain-fails",
    "error",
    ["GOPROXY"],
    "No entry of GOPROXY serves a probed module",
    "Walking GOPROXY the way Go does (`,` falls through on 404/410 only, `|` on any error, `direct` fetches from version control, `off` stops), nothing serves this module. The message is the error the download will report for it: the last not-found, the first error a `,` stops at, or `module lookup disabled by GOPROXY=off`. The findings for each proxy say why; fix the proxy the error names, add a proxy that has the module, or end the list with `,direct`.",
  ),
  r(
    "probe-fallback-direct",
    "warning",
    ["GOPROXY", "GONOPROXY", "GOPRIVATE"],
    "A module falls through every proxy to direct",
    "Every proxy before `direct` passed the module over (the message lists them and why), so Go will fetch it from its origin with version control: slower, needs git and network access to that host, and not cached by your proxy. When the module is private, list it in GOPRIVATE or GONOPROXY so Go goes direct without asking the proxies first (and use the `credentials` input for its host); otherwise make the proxy serve it.",
  ),

  // Credentials the go command would attach (auth.ts).
  r(
    "probe-goauth-invalid",
    "error",
    ["GOAUTH"],
    "GOAUTH that Go 1.24+ rejects",
    "Go 1.24+ parses GOAUTH before its first https request and stops with `go: <error>`: an empty command (`;;` or a trailing `;`), `off` combined with other commands, or `git` without exactly one absolute directory. Write a `;`-separated list of `off`, `netrc`, `git <absolute dir>` or a command, or unset GOAUTH for the default (`netrc`).",
  ),
  r(
    "probe-netrc-unreadable",
    "warning",
    ["NETRC", "HOME"],
    "The .netrc Go reads exists but cannot be read",
    "The file Go reads for credentials ($NETRC, else `$HOME/.netrc`) exists but reading it failed (for example `EACCES`, or a directory). Go 1.24+ then sends no .netrc credentials (it only logs the error under `-x`), so a private proxy answers 401/403. Fix the path or the file's permissions. Reported on Go 1.24+ only.",
  ),
  r(
    "probe-goauth-command-failed",
    "warning",
    ["GOAUTH"],
    "A GOAUTH command failed",
    "A custom command in GOAUTH (Go 1.24+) exited with an error, could not be started, or printed output that is not `URL lines, blank line, header lines, blank line`. Go runs it once before the first request and again with the URL after a 4xx; when it fails Go carries on without its credentials, so a private proxy answers 401/403. Run the command by hand to see its error; the message names only the failure's kind, never its output.",
  ),
  r(
    "probe-goauth-git-failed",
    "warning",
    ["GOAUTH"],
    "GOAUTH=git: `git credential fill` failed",
    "With `git <dir>` in GOAUTH (Go 1.24+), Go runs `git credential fill` in that directory after a 4xx to get credentials for the URL; it failed (git missing, the directory is not a repository, or no helper answered without a terminal). Go carries on without credentials. Configure a git credential helper for the proxy's host, or use the `credentials` input (a .netrc with GOAUTH's default `netrc`).",
  ),

  // The checksum database, reached the way Go reaches it.
  r(
    "probe-sumdb-via-proxy",
    "notice",
    ["GOSUMDB", "GOPROXY"],
    "Checksum lookups go through a proxy",
    "A GOPROXY entry answered `200` for `/sumdb/<name>/supported`, so Go sends every checksum-database request through that proxy. Go does not fall back to the database itself if that proxy later fails, so its sumdb endpoint must stay up. Nothing to fix.",
  ),
  r(
    "probe-sumdb-direct",
    "notice",
    ["GOSUMDB", "GOPROXY"],
    "Checksum lookups go straight to the database",
    'No GOPROXY entry answered `200` for `/sumdb/<name>/supported` (they answered 404/410, or failed with `|` after them on the way to `direct`; `direct` and `off` both mean "connect directly" here), so Go asks `https://<name>` itself. That host must be reachable from CI; behind a firewall use a proxy that serves `/sumdb/`, or give GOSUMDB a URL.',
  ),
  r(
    "probe-sumdb-proxy-failed",
    "error",
    ["GOSUMDB", "GOPROXY"],
    "Checksum-database access through the proxies fails",
    "Either a proxy answered `/sumdb/<name>/supported` with an error other than 404/410 and Go stops there, before any lookup (a `,` follows that proxy, or a `|` follows it and the list ends without `direct`); or the proxy that supports the database cannot serve `/sumdb/<name>/latest`. Every module not already in go.sum will then fail verification. Append `,direct` or write `|` after that proxy, make it answer `/supported` with 200 or 404, or list private modules in GONOSUMDB.",
  ),
  r(
    "probe-sumdb-direct-unreachable",
    "error",
    ["GOSUMDB", "GOPROXY"],
    "The checksum database cannot be reached directly",
    "No proxy serves the checksum database, so Go goes to `https://<name>/latest` itself, and that request fails (the message gives Go's error). Every module not already in go.sum will fail verification. Use a proxy that serves `/sumdb/<name>/`, set GOSUMDB's URL (`<key> <url>`), or list private modules in GONOSUMDB.",
  ),
  r(
    "probe-sumdb-unreachable",
    "error",
    ["GOSUMDB"],
    "The checksum database at GOSUMDB's URL cannot be read",
    "GOSUMDB gives its own URL (`<key> <url>`), which bypasses the proxies, and `<url>/latest` fails (the message gives Go's error). Every module not already in go.sum will fail verification. Check the URL and that CI can reach it.",
  ),
  r(
    "probe-sumdb-verified",
    "notice",
    ["GOSUMDB"],
    "The checksum database's signed tree head verifies",
    "`/latest` was fetched the way Go fetches it and its signature verifies with the key in GOSUMDB; the message gives the number of records. Name, key and URL are right. Nothing to fix.",
  ),
  r(
    "probe-sumdb-wrong-key",
    "error",
    ["GOSUMDB"],
    "The checksum database is not signed by the configured key",
    "`/latest` is signed, but not by the key GOSUMDB names (the message lists the signers found and the configured `<name>+<hash>`). GOSUMDB's key, name or URL is wrong, so every verification would fail (`invalid signature`, `no verifiable signatures`). This is a fact about the settings, not a prediction: the action does not start the download, and the step fails. Copy the database's real verifier key into GOSUMDB.",
  ),
  r(
    "probe-sumdb-bad-signature",
    "error",
    ["GOSUMDB"],
    "The checksum database's signature does not verify",
    "`/latest` carries a signature under the configured key's name and hash, but it does not verify: the key differs from the one the database signs with, or something between CI and the database altered the note. Go rejects such a database. The action does not start the download, and the step fails. Check GOSUMDB's key, and whatever proxy serves `/sumdb/`.",
  ),
  r(
    "probe-sumdb-malformed",
    "error",
    ["GOSUMDB"],
    "The checksum database's `/latest` is not a signed tree head",
    "The body of `/latest` is not a well-formed signed note holding a tree (`malformed note`, `malformed tree note`, `invalid signer`, `ambiguous key`): the URL points at something that is not a checksum database (a login page, a proxy error page), or the response was altered. Go rejects it. The action does not start the download, and the step fails. Check the URL (GOSUMDB's, or the proxy serving `/sumdb/`).",
  ),
  r(
    "probe-sumdb-key-invalid",
    "error",
    ["GOSUMDB"],
    "GOSUMDB's key cannot verify anything",
    "The verifier key in GOSUMDB does not parse (`malformed verifier id`, `invalid verifier hash`, `unknown verifier algorithm`), so nothing can be verified; Go fails with `invalid GOSUMDB: …`. The settings check ([gosumdb-invalid](#gosumdb-invalid)) normally rejects this before the live checks run. Write the key as `<name>+<hash>+<base64 key>`.",
  ),
];
