// The phrases Go, net/http, crypto/x509 and git use for each kind of failure: general
// wording, never one pasted message. Pure data.

/** Public module proxies and checksum databases: always HTTPS, so a plain-HTTP answer came from a middlebox. */
export const PUBLIC_SERVICES =
  /^(?:proxy\.golang\.org|sum\.golang\.org|sum\.golang\.google\.cn|goproxy\.cn|goproxy\.io|proxy\.golang\.com\.cn|mirrors\.aliyun\.com|mirrors\.tencent\.com|goproxy\.baidu\.com)(?::443)?$/;

export const P = {
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
    /parsing \$GOFLAGS|\$GOFLAGS.*(?:unknown flag|non-flag)|GOFLAGS=.*(?:unknown flag|invalid value)|-mod may only be set to|flag provided but not defined: -/,
  /** A flag the go command does not define, given on its command line (GOFLAGS says "parsing $GOFLAGS"). */
  flagUndefined: /flag provided but not defined: (-\S+)/,
  gotoolchainBad:
    /invalid GOTOOLCHAIN|invalid toolchain: \S+ is a language version|invalid minimum toolchain|only version suffixes are \+auto and \+path/,
  govcs: /GOVCS disallows|in GOVCS(?: \(missing colon\))?:|(?:empty|malformed) entry in GOVCS/,
  goauth:
    /GOAUTH=off cannot be combined|GOAUTH encountered an empty command|GOAUTH=git (?:dir|encountered)|GOAUTH encountered errors/,
  insecureFlag: /-insecure flag is (?:no longer supported|deprecated)/,
  /** What `go env -w`/`-u` and the go env file make every go command say (Go 1.13 to 1.26 wording). */
  goEnvWrite:
    /go env -w \S+=\.\.\. does not override conflicting OS environment variable|(?:go env -w|go): arguments must be KEY=VALUE|unknown go command variable|GOPATH entry is relative|\b[A-Z][A-Z0-9_]+ cannot be modified|GOENV can only be set using the OS environment|multiple values for key: |invalid GO111MODULE value|unsupported GOOS\/GOARCH pair|cannot find GOROOT directory/,
  unknownSetting: /unknown environment setting (\w+)=/,
  /** Plain HTTP (or HTTP/2 bytes) where TLS or a proxy reply was expected. */
  protocolMismatch: /server gave HTTP response to HTTPS client|malformed HTTP response/,
  modulesOff:
    /modules disabled by GO111MODULE=off|build flag -mod=\S+ only valid when using modules|go\.mod file not found in current directory|cannot find main module|working directory is not part of a module|GO111MODULE=off/,

  toolchainNA: /toolchain not available/,
  toolchainSumOff: /checksum database disabled by GOSUMDB=off/,
  toolchainDl:
    /download go1\.\d+\S* for \S+:|golang\.org\/toolchain|switching to go1|downloading go1\.\d+\S* \(/,
  toolchainOld:
    /requires go\s*>=?\s*\d|go\.mod requires go|invalid go version '[^']+': must match format|unknown directive: toolchain|cannot find "go1[^"]*" in PATH|go: cannot run \*?go1|go\.mod file indicates go \d|go\.mod:\d+: usage: go 1\.\d+/,

  proxyOff: /disabled by GOPROXY=off/,
  /** Go's own wording (`the`/`for`/`inside vendor directory`), not any line that mentions one. */
  vendor:
    /-mod=vendor|inconsistent vendoring|vendor\/modules\.txt|\b(?:the|for|inside) vendor directory/,
  readonly:
    /-mod=readonly|updates to go\.(?:mod|sum) needed|missing go\.sum entry|no required module provides package|go: updates to go\.mod needed/,

  egress:
    /proxyconnect|Proxy Authentication Required|\b407\b|after CONNECT|CONNECT tunnel failed|Proxy CONNECT aborted|Get "?[^"\s]+"?: (?:Forbidden|Bad Gateway|Service Unavailable|Gateway Timeout|Not Found|Method Not Allowed|Bad Request|Internal Server Error)\)?$/m,

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
  /** The hosting-site API Go asked which VCS serves a repository (Go 1.17 and older). */
  vcsHostLookup:
    /^https:\/\/(?:api\.bitbucket\.org\/[\d.]+\/repositories\/|code\.launchpad\.net\/)/,
  goGet:
    /unrecognized import path|go-import|\?go-get=1|no go-import meta|import path does not begin with hostname|disabled by GOPRIVATE\/GONOPROXY|path does not match GOPRIVATE\/GONOPROXY|meta tag|repository root/,
  vcsMissing:
    /exec: "(?:git|hg|svn|bzr|fossil)": executable file not found|missing (?:git|Mercurial|Subversion|Bazaar|Fossil|hg|svn|bzr) command/i,
  /** A version-control command failed; a bare `exit status N` counts only with the go command's VCS cache in view. */
  vcsFailed:
    /\b(?:git|hg|svn|bzr|fossil) (?:ls-remote|fetch|clone|init|remote|tag|log|cat-file|archive|rev-parse)\b|\/mod\/cache\/vcs\/[^\n]*exit status \d+|\bfatal: /,

  sumdbText:
    /checksum database|sum\.golang\.(?:org|google\.cn)|\/sumdb\/|verifying (?:module|go\.mod|tree)|sumdb/,
};
