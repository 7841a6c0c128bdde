// The explainer's rule catalogue: stable ids, categories, titles and documentation, in the
// shape of src/check/rules.ts so the lead can merge them into docs/rules.md.
import type { Category } from "./types.ts";

export interface ExplainRule {
  /** Stable kebab-case id, always starting with `explain-`. */
  id: string;
  category: Category;
  title: string;
  /** One paragraph: what Go's message means, and the fix. */
  doc: string;
}

const r = (id: string, category: Category, title: string, doc: string): ExplainRule => ({
  id,
  category,
  title,
  doc,
});

export const EXPLAIN_RULES: readonly ExplainRule[] = [
  // checksum-mismatch
  r(
    "explain-checksum-mismatch",
    "checksum-mismatch",
    "the downloaded bytes do not match go.sum or the checksum database",
    "`verifying …: checksum mismatch` and `SECURITY ERROR` mean the module content differs from what go.sum (or the checksum database) recorded. This is a security error: the version may have been re-tagged, or a proxy or the network served altered bytes. Do not just delete go.sum. Compare against the checksum database (fetch the version again with GONOSUMDB unset and GOFLAGS=-mod=mod into an empty GOMODCACHE), ask the module's owner whether the tag moved, and for your own modules publish a new version instead of moving a tag.",
  ),

  // config
  r(
    "explain-goenv-write-ignored",
    "config",
    "`go env -w` did not take effect, or a go env setting breaks every go command",
    "`warning: go env -w NAME=... does not override conflicting OS environment variable` means the value went to the go env file but the same variable in the process environment wins. `go env -w` also refuses anything but NAME=VALUE, a key given twice, unknown variables, read-only ones (GOVERSION; GOENV only from the environment), an invalid GO111MODULE or GOOS/GOARCH pair, and relative GOPATH entries; a GOROOT that does not exist (`cannot find GOROOT directory`) stops every go command. Unset the environment variable or set the value there, `go env -u NAME` to drop a line from the go env file; `go env NAME` shows what Go uses.",
  ),
  r(
    "explain-unknown-env-setting",
    "config",
    "a variable Go rejects (unknown environment setting)",
    "`go: unknown environment setting GO111MODULE=…` means the value is not one Go accepts (`on`, `off`, `auto`, empty), often `GO111MODULE==on` written by `go env -w`; every go command stops. Fix it with `go env -u GO111MODULE` or by correcting the environment.",
  ),
  r(
    "explain-goproxy-no-entries",
    "config",
    "GOPROXY is set but has no entries",
    "`GOPROXY list is not the empty string, but contains no entries` (Go 1.15+) means GOPROXY holds only separators or spaces, or — on Go 1.21+ — `go env -w GOPROXY=` wrote an empty line to the user env file that hides the `$GOROOT/go.env` default. Run `go env -u GOPROXY`, or set a real list such as `https://proxy.golang.org,direct`.",
  ),
  r(
    "explain-goproxy-invalid",
    "config",
    "GOPROXY holds an entry Go rejects",
    "`invalid proxy URL missing scheme`, `invalid proxy URL scheme (must be https, http, file)`, `invalid file:// proxy URL with non-path elements` or `invalid $GOPROXY setting` (Go ≤ 1.12) reject the whole GOPROXY list. Keywords `direct` and `off` are case-sensitive; a single word needs a scheme; a directory must be written `file:///path`.",
  ),
  r(
    "explain-insecure-credentials",
    "config",
    "credentials on an http:// proxy URL",
    "`refusing to pass credentials to insecure URL` (Go 1.13+) means a GOPROXY (or other) URL over plain http carries `user:password@`. Go never sends credentials over http. Use `https://`, or move the credentials to .netrc / GOAUTH (1.24+) — which also apply to https only.",
  ),
  r(
    "explain-gosumdb-invalid",
    "config",
    "GOSUMDB holds a value Go rejects",
    "`invalid GOSUMDB: malformed verifier id` (or `invalid verifier hash`, `unknown verifier algorithm`, `too many fields`, `invalid sumdb name`) means GOSUMDB is neither `off`, `sum.golang.org`, `sum.golang.google.cn` nor a full `<name>+<hash>+<key> [URL]` verifier key. A bare host name of another database is not accepted: give its key.",
  ),
  r(
    "explain-gosumdb-missing",
    "config",
    "GOSUMDB is empty",
    "`missing GOSUMDB` (Go 1.21+) means GOSUMDB resolved to the empty string — usually `go env -w GOSUMDB=` masking the go.env default, or a distribution's go.env without the line. Run `go env -u GOSUMDB`, or set `GOSUMDB=sum.golang.org` (or `off` for a fully private setup with GONOSUMDB).",
  ),
  r(
    "explain-goflags-invalid",
    "config",
    "GOFLAGS holds something Go cannot parse",
    "`parsing $GOFLAGS: non-flag` or `unknown flag` stop every go command. GOFLAGS must be space-separated flags that start with `-`, known to at least one go command.",
  ),
  r(
    "explain-gotoolchain-invalid",
    "config",
    "GOTOOLCHAIN holds a value Go rejects",
    "`invalid GOTOOLCHAIN` / `invalid toolchain: go1.N is a language version` mean GOTOOLCHAIN is not `local`, `auto`, `path`, or a full toolchain name such as `go1.22.0` (optionally with `+auto` / `+path`).",
  ),
  r(
    "explain-govcs",
    "config",
    "GOVCS refuses or is malformed",
    "`GOVCS disallows using git for public …` means the GOVCS rules forbid that version-control system for that path; `malformed entry in GOVCS` and the like mean the value does not parse. Add a rule such as `GOVCS=corp.example.com:git,public:git|hg`, or mark the path private with GOPRIVATE.",
  ),
  r(
    "explain-goauth-invalid",
    "config",
    "GOAUTH holds a value Go rejects",
    "Go 1.24+ reports `GOAUTH=off cannot be combined with other authentication commands`, `GOAUTH encountered an empty command`, or a `GOAUTH=git` directory error. GOAUTH is a `;`-separated list of `off`, `netrc`, `git <absolute dir>` or a command.",
  ),
  r(
    "explain-insecure-flag",
    "config",
    "go get -insecure is gone",
    "`-insecure flag is no longer supported` (Go 1.17+): use GOINSECURE for the module paths that need plain http or an unverified certificate in direct mode, and GONOSUMDB/GOPRIVATE for checksum checks.",
  ),
  r(
    "explain-modules-disabled",
    "config",
    "module mode is off or there is no main module",
    "`modules disabled by GO111MODULE=off`, `go.mod file not found` or `cannot find main module` mean the go command is not working on a module. Unset GO111MODULE (or set `on`), and run the command in the directory of go.mod (or set `working-directory`).",
  ),

  // toolchain
  r(
    "explain-toolchain-not-available",
    "toolchain",
    "the Go toolchain go.mod asks for cannot be downloaded",
    "`download go1.X.Y for os/arch: toolchain not available` means the `golang.org/toolchain` module was not found through GOPROXY. With GOPROXY=off (or a proxy that lacks toolchains) the message is misleading: nothing was even tried. Install a Go that satisfies go.mod's `go`/`toolchain` line and set GOTOOLCHAIN=local, or let GOPROXY reach a proxy that serves golang.org/toolchain.",
  ),
  r(
    "explain-toolchain-sumdb-off",
    "toolchain",
    "toolchain downloads need the checksum database",
    "`checksum database disabled by GOSUMDB=off` appears for `golang.org/toolchain`: Go 1.21+ always verifies toolchains against the checksum database, whatever GOSUMDB and GONOSUMDB say. Install the right Go and set GOTOOLCHAIN=local, or enable GOSUMDB for this step.",
  ),
  r(
    "explain-toolchain-download-failed",
    "toolchain",
    "a Go toolchain download failed",
    "The go command tried to switch to a newer toolchain (GOTOOLCHAIN=auto and a go.mod `go`/`toolchain` line newer than the running Go) and the download through GOPROXY failed. Install that Go version in CI (e.g. from go.mod) and set GOTOOLCHAIN=local, or fix the proxy path to golang.org/toolchain.",
  ),
  r(
    "explain-toolchain-too-old",
    "toolchain",
    "the running Go is older than the module requires",
    "`requires go >= 1.N (running go 1.M; GOTOOLCHAIN=local)` or a go.mod that an old Go cannot parse means the toolchain in CI is too old. Install a Go at least as new as go.mod's `go` line, or allow GOTOOLCHAIN=auto with a proxy that serves toolchains.",
  ),

  // offline
  r(
    "explain-goproxy-off",
    "offline",
    "GOPROXY=off forbids the lookup",
    "`module lookup disabled by GOPROXY=off` means the module was not in the module cache and GOPROXY (or the end of the list) says `off`. Restore or pre-warm the module cache before the offline step, vendor the dependencies, put a proxy before `off`, or list the module in GONOPROXY/GOPRIVATE to fetch it directly.",
  ),
  r(
    "explain-mod-vendor",
    "offline",
    "-mod=vendor forbids the lookup",
    "With `-mod=vendor` (explicit, from GOFLAGS, or implied by a vendor directory and go ≥ 1.14) Go reads only vendor/: `inconsistent vendoring` or `cannot find module providing package …: import lookup disabled by -mod=vendor`. Run `go mod vendor` and commit it, or use `-mod=mod` for this step.",
  ),
  r(
    "explain-mod-readonly",
    "offline",
    "-mod=readonly forbids updating go.mod or go.sum",
    "Since Go 1.16 builds run with `-mod=readonly`: `missing go.sum entry`, `updates to go.mod needed` or `no required module provides package` mean go.mod/go.sum lack something and Go will not look it up. Run `go mod tidy` (or `go mod download <module>`) and commit go.mod and go.sum.",
  ),

  // egress-proxy
  r(
    "explain-egress-protocol-mismatch",
    "egress-proxy",
    "a middlebox answered instead of an HTTPS server",
    '`server gave HTTP response to HTTPS client` from a public module proxy or checksum database, a 401 or 407 from one (they never ask for credentials), or `malformed HTTP response "\\x00…"`, means something between the machine and the server answered: an egress or transparent proxy (one that wants its own login takes it in HTTPS_PROXY), a captive portal, or an HTTPS_PROXY written with the wrong scheme. Check HTTPS_PROXY/HTTP_PROXY and NO_PROXY, and ask whether outbound HTTPS is intercepted.',
  ),
  r(
    "explain-egress-proxy",
    "egress-proxy",
    "the HTTP(S)_PROXY egress proxy failed",
    '`proxyconnect tcp: …`, a bare status such as `Forbidden` after `Get "https://…":` (the answer to CONNECT), or `407 Proxy Authentication Required` mean the request never reached the module proxy: the egress proxy from HTTPS_PROXY/HTTP_PROXY refused or failed. Fix the egress proxy address or its credentials, or add the host to NO_PROXY. Go never uses HTTP(S)_PROXY for localhost and loopback addresses.',
  ),

  // tls
  r(
    "explain-tls-unknown-authority",
    "tls",
    "the server's certificate is not trusted",
    "`x509: certificate signed by unknown authority` means the certificate chain ends at a CA that the system trust store lacks — typically a corporate TLS-inspecting proxy or a private proxy's own CA. Add the CA to the system store, or point SSL_CERT_FILE (one PEM bundle) or SSL_CERT_DIR at it. GOINSECURE does NOT help for GOPROXY URLs or the checksum database: it applies only to direct fetches.",
  ),
  r(
    "explain-tls-hostname",
    "tls",
    "the certificate is for another host name",
    "`x509: certificate is valid for A, not B` means the proxy URL's host is not in the certificate's names. Use the host name the certificate was issued for, or reissue the certificate with that name.",
  ),
  r(
    "explain-tls-expired",
    "tls",
    "the certificate has expired or is not yet valid",
    "`x509: certificate has expired or is not yet valid` — renew the server certificate, or fix the machine's clock.",
  ),
  r(
    "explain-tls-handshake",
    "tls",
    "the TLS handshake failed",
    "`tls: handshake failure`, `remote error: tls: …`, `first record does not look like a TLS handshake` or `server gave HTTP response to HTTPS client` mean the two sides could not agree on TLS — often an http server addressed with https://, or a middlebox.",
  ),

  // sumdb
  r(
    "explain-sumdb-not-found",
    "sumdb",
    "the checksum database does not know the module",
    "A 404 or 410 from the checksum database (`verifying …: reading https://sum.golang.org/lookup/…: 410 Gone`) means the module is not public: the public database cannot see private repositories. Add a GOPRIVATE (or GONOSUMDB) pattern that covers the module path, e.g. its host.",
  ),
  r(
    "explain-sumdb-unreachable",
    "sumdb",
    "the checksum database cannot be reached",
    "The lookup of a go.sum line failed on the way to the checksum database (timeout, DNS, reset, 5xx), directly or through a proxy that answers `/sumdb/<name>/supported`. Use a GOPROXY that proxies the database, set GOSUMDB to a reachable mirror, or mark private modules with GOPRIVATE/GONOSUMDB. Keep go.sum complete in the repository so CI needs no lookups.",
  ),
  r(
    "explain-sumdb-failure",
    "sumdb",
    "the checksum database answered with an error",
    "The checksum database (or a proxy in front of it) answered something Go could not use. Check the database URL and key in GOSUMDB, or mark the module private with GOPRIVATE/GONOSUMDB if it should not be checked.",
  ),

  // network
  r(
    "explain-network-dns",
    "network",
    "a host name did not resolve",
    "`dial tcp: lookup HOST …: no such host` (or `server misbehaving`, `Temporary failure in name resolution`) means DNS could not resolve the host: a typo in GOPROXY, a private host outside the VPN, or no DNS in the container.",
  ),
  r(
    "explain-network-refused",
    "network",
    "the connection was refused or unroutable",
    "`connect: connection refused`, `network is unreachable` or `no route to host`: nothing listens at that address, or a firewall rejects it. Check the URL and port, or that the proxy runs.",
  ),
  r(
    "explain-network-timeout",
    "network",
    "the connection or response timed out",
    "`i/o timeout`, `context deadline exceeded` or `TLS handshake timeout` mean the server or the route did not answer in time — a firewall dropping packets, an egress rule, or an overloaded proxy. With `,` a timeout does not fall through to the next GOPROXY entry; `|` does.",
  ),
  r(
    "explain-proxy-stalled",
    "network",
    "a proxy accepted the request and then sent nothing",
    "The pre-warm stopped go because nothing arrived for `stall-timeout` seconds while a request was open or a body was due. Go has no timeout for a server that accepts and then goes silent, and a hang is not an error to Go, so neither `,` nor `|` moves on to the next entry: the job would wait until GitHub kills it. Check the named proxy (its upstream, a load balancer holding connections); raise `stall-timeout` only if it is slow but alive.",
  ),
  r(
    "explain-download-timeout",
    "network",
    "the pre-warm did not finish within its time limit",
    "The whole pre-warm (every attempt in every module root) ran past `download-timeout` and go was stopped. A very large module graph on a slow link needs a higher limit; a proxy that trickles bytes forever needs fixing.",
  ),
  r(
    "explain-network-reset",
    "network",
    "the connection was reset",
    "`connection reset by peer`, `broken pipe`, an HTTP/2 `GOAWAY`/stream error or git's `early EOF` mean the connection was cut mid-request. Usually transient: retry, and use `|` between proxies so a failing one falls through.",
  ),
  r(
    "explain-network-eof",
    "network",
    "the response ended early",
    "`unexpected EOF` or `EOF` mean the server closed the connection before the whole response (often a zip) arrived: a crash, a timeout in a load balancer, or a proxy that stalls. Retry; with `,` the next proxy is not tried.",
  ),
  r(
    "explain-proxy-server-error",
    "network",
    "the proxy answered 5xx or 429",
    "A 5xx or 429 from a proxy (`reading …: 500 Internal Server Error`) is a hard error: with `,` Go does not fall through to the next entry. Look at the proxy's own logs (Athens or Artifactory often fail fetching upstream), retry later, or put `|` after the proxy to fall through on any error.",
  ),

  // auth
  r(
    "explain-proxy-unauthorized",
    "auth",
    "the proxy wants credentials (401)",
    "A 401 means the proxy got no credentials, or none it accepts. Give them in ~/.netrc (`machine host[:port] login … password …` — the port must match), GOAUTH (Go 1.24+), or as `https://user:token@host` in GOPROXY (never http://). A 401 does not fall through `,`.",
  ),
  r(
    "explain-proxy-forbidden",
    "auth",
    "the proxy refused the request (403)",
    "A 403 means the credentials were refused or lack permission for that module (Artifactory and Nexus answer 403 for a missing remote repository or permission). A 403 does not fall through `,` to the next GOPROXY entry: fix the credentials or permissions, or use `|` after that proxy (Go 1.15+).",
  ),

  // not-found
  r(
    "explain-proxy-not-found",
    "not-found",
    "the proxy does not have the module or version",
    "A 404 or 410 from a proxy means it does not have that module or version. With `,` Go moves on to the next entry; this error is what the last entry said. A 410 from proxy.golang.org with `could not read Username` or `unknown revision` in the server response usually means a private module: add a GOPRIVATE pattern that covers it so it is fetched directly. Otherwise check the module path and version, and that the tag is pushed.",
  ),
  r(
    "explain-no-matching-versions",
    "not-found",
    "no version matches, or no module provides the package",
    "`no matching versions for query`, `cannot find module providing package` or `module … found, but does not contain package` mean the proxies and VCS had nothing that fits: check the import path and version, whether the tag exists, and whether a private module needs GOPRIVATE.",
  ),

  // direct
  r(
    "explain-direct-git-auth",
    "direct",
    "git could not authenticate in direct mode",
    '`terminal prompts disabled`, `could not read Username`, `Authentication failed` or `Permission denied (publickey)` come from git fetching a module directly: the go command disables prompts, so git needs credentials up front. Give git a credential (`git config --global url."https://x-access-token:${TOKEN}@github.com/".insteadOf "https://github.com/"`, a .netrc entry, or an SSH key with the matching insteadOf), and mark the module private with GOPRIVATE.',
  ),
  r(
    "explain-direct-repo-not-found",
    "direct",
    "the repository does not exist or is not visible",
    "`Repository not found` / `repository '…' not found` from git: the repository URL is wrong, or the credentials cannot see it (hosting sites answer 'not found' for private repositories without access).",
  ),
  r(
    "explain-direct-unknown-revision",
    "direct",
    "the version is not in the repository",
    "`invalid version: unknown revision` (or `couldn't find remote ref`) means git has no tag, branch or commit by that name: check the version, that the tag is pushed, and that a sub-module's tag carries its directory prefix (`sub/v1.2.3`).",
  ),
  r(
    "explain-direct-go-get",
    "direct",
    "the ?go-get=1 discovery failed",
    '`unrecognized import path` or a failure on `https://…?go-get=1` (or, before Go 1.18, on the hosting-site lookup `api.bitbucket.org/…/repositories/…`) means the host did not serve a `<meta name="go-import">` tag for the path: a private host needing credentials, a wrong path, or a host that serves no go-import metadata (use the `.git` suffix or a GOPROXY).',
  ),
  r(
    "explain-direct-vcs-missing",
    "direct",
    "the version-control tool is not installed",
    '`exec: "git": executable file not found in $PATH` — direct mode needs git (or hg, svn…) in the image. Install it, or fetch through a GOPROXY.',
  ),
  r(
    "explain-direct-vcs-failed",
    "direct",
    "a version-control command failed",
    "A git (or other VCS) command of a direct fetch failed; the lines after it are the tool's own stderr. Check the repository URL, credentials and network, or fetch through a GOPROXY.",
  ),

  // protocol
  r(
    "explain-protocol-bad-info",
    "protocol",
    "the proxy's .info or @latest answer is not valid",
    "`invalid response from proxy`, `proxy returned info for version X instead of requested version`, or a JSON error mean the proxy answered with something that is not the GOPROXY protocol (an HTML login page, a wrong version). Check the proxy URL path (Artifactory/Nexus need the repository path) and the proxy's health.",
  ),
  r(
    "explain-protocol-bad-zip",
    "protocol",
    "the proxy's zip is not a valid module zip",
    "`downloaded zip file too large`, `zip: not a valid zip file` or another zip error mean the proxy served a file that is not a module zip. Clear that version from the proxy's storage, or fetch it from another entry.",
  ),
  r(
    "explain-protocol-insecure-redirect",
    "protocol",
    "an https proxy redirected to http",
    "`redirected from secure URL … to insecure URL …` — Go refuses https→http redirects. Configure the proxy (or its storage backend) to redirect to https.",
  ),
  r(
    "explain-protocol-bad-gomod",
    "protocol",
    "the proxy's go.mod is not a go.mod",
    "A parse error on a downloaded go.mod that mentions HTML (`<!DOCTYPE`, `<html>`) means the proxy or a login page answered instead of the module's go.mod. Check the proxy URL path and credentials.",
  ),
  r(
    "explain-protocol-unexpected-status",
    "protocol",
    "the proxy answered an unexpected status",
    "A status other than 200, 404, 410, 401, 403, 429 or 5xx (e.g. 400 or a 3xx that does not end in 200) is not part of the GOPROXY protocol; with `,` it stops the build. Check the proxy URL.",
  ),

  r(
    "explain-unrecognized",
    "protocol",
    "an error the explainer does not recognise",
    "The message matched no known pattern; the category is a guess from where the error came from (a proxy answer → protocol, the checksum database → sumdb, version control → direct). Read Go's own text.",
  ),
];

const BY_ID = new Map(EXPLAIN_RULES.map((x) => [x.id, x]));

export function explainRule(id: string): ExplainRule {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown explain rule ${id}`);
  return found;
}
