// The catalogue of static checks: stable ids, severities, titles and documentation.
// docs/rules.md is generated from this list (scripts/gen-rules-doc.ts).
import type { Severity } from "../core/diagnostic.ts";
import { advice, defineRule as r, type Rule, type RuleId } from "../core/rule.ts";
import { GO_VARIABLES } from "../go/env.ts";

/** The variables that hold module path patterns, which share the pattern rules. */
const PATTERN_VARIABLES = ["GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE"];

/** A rule about the syntax of one pattern, which is the same in every pattern variable. */
function patternRule<const Id extends string>(
  id: Id,
  severity: Severity,
  title: string,
  doc: string,
): Rule<Id> {
  return r(id, severity, [...PATTERN_VARIABLES], title, doc);
}

export const RULES = [
  // GOPROXY
  r(
    "goproxy-missing-scheme",
    "error",
    ["GOPROXY"],
    "GOPROXY entry without a scheme",
    "A single word (no `.`, `:` or `/`) or an absolute path is not a proxy URL: Go fails every fetch with `invalid proxy URL missing scheme`. Keywords are case-sensitive, so `Direct` or `OFF` fail the same way. Write `direct`/`off` in lower case, a host name such as `proxy.corp` (Go adds `https://`), or `file:///srv/proxy` for a directory.",
  ),
  r(
    "goproxy-bad-scheme",
    "error",
    ["GOPROXY"],
    "GOPROXY entry with an unsupported scheme",
    "Go accepts only `https`, `http` and `file` proxy URLs and rejects the whole list otherwise (`invalid proxy URL scheme (must be https, http, file)`), even when the bad entry comes after a good one.",
  ),
  r(
    "goproxy-file-non-path",
    "error",
    ["GOPROXY"],
    "file:// proxy URL with a host, user, query or fragment",
    "A `file://` proxy must be only a path: `file://localhost/x`, `file:x` or a query is rejected with `invalid file:// proxy URL with non-path elements`. Write `file:///absolute/path`.",
  ),
  r(
    "goproxy-unparsable-url",
    "error",
    ["GOPROXY"],
    "GOPROXY entry that is not a valid URL",
    'Go\'s url.Parse rejects the entry (a bad port, a space in the host, a bad `%` escape, a missing `]`, a control character), and every fetch fails with `parse "…": …`. Go prints that raw URL unredacted, so a password in it leaks into logs.',
  ),
  r(
    "goproxy-no-entries",
    "error",
    ["GOPROXY"],
    "GOPROXY is non-empty but has no entries",
    'A value made only of separators and spaces (`,`, `" , "`) gives `GOPROXY list is not the empty string, but contains no entries` on Go 1.15+, and behaves as `off` on 1.13–1.14. Unset the variable for the default, or list at least one proxy or `direct`.',
  ),
  r(
    "goproxy-legacy-invalid",
    "error",
    ["GOPROXY"],
    "GOPROXY value Go 1.12 or older cannot use",
    "Before Go 1.13 GOPROXY holds one URL (or `direct`/`off`): a comma gives `invalid $GOPROXY setting: cannot have comma`, and anything but an http, https or file URL is rejected.",
  ),
  r(
    "goproxy-credentials-over-http",
    "error",
    ["GOPROXY"],
    "credentials in an http:// proxy URL",
    "Go 1.13+ refuses to send userinfo over plain HTTP (`refusing to pass credentials to insecure URL`), so every request to that proxy fails. Use `https://`, and keep credentials out of the URL: the action's `credentials` input writes them to .netrc.",
  ),
  r(
    "goproxy-empty-masked",
    "error",
    ["GOPROXY"],
    "GOPROXY is empty after `go env -w GOPROXY=`",
    "On Go 1.21+ an empty `GOPROXY=` line in the user's go/env file hides the `$GOROOT/go.env` default, so GOPROXY is the empty string and every fetch fails with `GOPROXY list is not the empty string, but contains no entries`. Run `go env -u GOPROXY`.",
  ),
  r(
    "goproxy-empty-env",
    "warning",
    ["GOPROXY"],
    "GOPROXY set to the empty string",
    "An empty GOPROXY in the environment counts as unset: Go falls back to the `go env -w` file and then to the default. On Go 1.21+ a `go env -w GOPROXY=` line in that file leaves GOPROXY empty and breaks every fetch. Unset the variable, or give the value you mean.",
  ),
  r(
    "goproxy-pipe-unsupported",
    "warning",
    ["GOPROXY"],
    "`|` in GOPROXY before Go 1.15",
    "Go 1.13 and 1.14 split GOPROXY on `,` only; a `|` stays inside the URL and usually makes it invalid. Use `,` for those versions or require Go 1.15+.",
  ),
  r(
    "goproxy-entries-after-terminal",
    "warning",
    ["GOPROXY"],
    "entries after `direct` or `off` are ignored",
    "`direct` and `off` end the list: Go ignores every later entry without even validating it. Move proxies before `direct`, or drop the dead entries.",
  ),
  advice(
    r(
      "goproxy-comma-hard-errors",
      "warning",
      ["GOPROXY"],
      "`,` falls through only on 404 and 410",
      "After a `,` the next entry is tried only when the proxy answers 404 or 410. A timeout, connection error, TLS failure, 401, 403 or 5xx stops the build. Use `|` (Go 1.15+) where any failure should fall through to the next entry.",
    ),
  ),
  r(
    "goproxy-username-token",
    "warning",
    ["GOPROXY"],
    "token given as the URL username",
    "Go masks only the password part of a URL. A token written as the username (`https://TOKEN@host`) is printed in clear in `-x` traces and in every error message. Move it to the action's `credentials` input (it writes .netrc) or GOAUTH; at the least put it in the password position (`https://user:TOKEN@host`).",
  ),
  r(
    "goproxy-password-in-url",
    "warning",
    ["GOPROXY"],
    "password in the proxy URL",
    "Go shows the password as `xxxxx` in most messages, but a URL that fails to parse is printed raw, tools that print GOPROXY (`go env`, debug output, cache keys) show it, and the value is visible to every process of the job. Give the credentials to the action's `credentials` input (it writes .netrc), or use GOAUTH (Go 1.24+), and keep GOPROXY free of secrets. Diagnostics never repeat the secret.",
  ),
  r(
    "goproxy-off",
    "notice",
    ["GOPROXY"],
    "GOPROXY=off disables module downloads",
    "With `off` every module that is not already in the module cache fails with `module lookup disabled by GOPROXY=off`, except GONOPROXY/GOPRIVATE modules, which are still fetched directly; the checksum database is still contacted when go.sum lacks a hash.",
  ),
  r(
    "goproxy-direct-only",
    "notice",
    ["GOPROXY"],
    "no module proxy: every module comes from version control",
    "`direct` alone fetches every module from its VCS host: slower, needs git (or hg, …) in the image, and depends on every host being up. A proxy in front (`https://proxy.example,direct`) makes CI faster and steadier.",
  ),
  r(
    "goproxy-plain-http",
    "notice",
    ["GOPROXY"],
    "proxy over plain HTTP",
    "Go accepts `http://` proxies without GOINSECURE, but the traffic is neither private nor authenticated. go.sum and the checksum database still protect content.",
  ),
  r(
    "goproxy-sumdb-probe-double-slash",
    "notice",
    ["GOPROXY"],
    "proxy URL ends in `//`",
    "Module requests are path-cleaned, but the checksum-database probe keeps the `//` (`…//sumdb/sum.golang.org/supported`); a server that does not normalise it answers 404 and lookups go directly to the database. Drop the extra slashes.",
  ),
  // GOSUMDB
  r(
    "gosumdb-invalid",
    "error",
    ["GOSUMDB"],
    "GOSUMDB that Go rejects",
    "Go parses GOSUMDB when it first needs the checksum database and then fails with `invalid GOSUMDB: …` (too many fields, malformed verifier id, invalid verifier hash, unknown algorithm, bad URL). Use `sum.golang.org`, `off`, or `<name>+<hash>+<key> [url]`.",
  ),
  r(
    "gosumdb-bare-name",
    "error",
    ["GOSUMDB"],
    "GOSUMDB names a database Go has no key for",
    "Only `sum.golang.org` (and the alias `sum.golang.google.cn`) may be given by name; any other bare name fails with `invalid GOSUMDB: malformed verifier id`. Give the full verifier key, `name+hash+key`, optionally followed by the URL.",
  ),
  r(
    "gosumdb-missing",
    "error",
    ["GOSUMDB"],
    "GOSUMDB is empty after `go env -w GOSUMDB=`",
    "On Go 1.21+ an empty `GOSUMDB=` line in the user's go/env file hides the default and lookups fail with `missing GOSUMDB`. Run `go env -u GOSUMDB`.",
  ),
  r(
    "gosumdb-off",
    "warning",
    ["GOSUMDB"],
    "checksum database verification is off",
    "With GOSUMDB=off, modules missing from go.sum are trusted on first download. To skip private modules only, set GOPRIVATE or GONOSUMDB instead. Go 1.21+ toolchain downloads fail with it (`checksum database disabled by GOSUMDB=off`).",
  ),
  r(
    "gosumdb-explicit-url",
    "notice",
    ["GOSUMDB"],
    "GOSUMDB gives its own URL: proxies are bypassed",
    "With a second field, Go talks to that URL directly for every lookup and never asks the GOPROXY entries (`/sumdb/<name>/supported`). Make sure the CI network can reach it.",
  ),
  // Patterns
  patternRule(
    "pattern-bad-glob",
    "error",
    "malformed glob",
    "path.Match reports ErrBadPattern (for example an unclosed `[`), and Go silently treats the pattern as matching nothing. Fix the character class or escape the bracket.",
  ),
  patternRule(
    "pattern-semicolon",
    "error",
    "`;` used as a separator",
    "Only `,` separates patterns. `a.com;b.com` is one literal pattern that matches no module. Write `a.com,b.com`.",
  ),
  patternRule(
    "pattern-whitespace",
    "error",
    "space around a pattern",
    "Go does not trim patterns: in `a.com, b.com` the second pattern is ` b.com` and matches nothing. Remove the spaces.",
  ),
  patternRule(
    "pattern-scheme",
    "error",
    "pattern with a URL scheme",
    "Patterns match module paths, which never start with `https://`: the pattern matches nothing. Write the path, e.g. `git.corp.example/team`.",
  ),
  patternRule(
    "pattern-leading-dot",
    "warning",
    "pattern with a leading dot",
    "`.example.com` is compared literally with the first path element; it does not match subdomains (that is NO_PROXY's syntax). Use `*.example.com`, plus `example.com` for the apex.",
  ),
  patternRule(
    "pattern-trailing-slash-old-go",
    "warning",
    "trailing slash before Go 1.18",
    "Go 1.18+ drops one trailing `/` from a pattern; older versions compare it literally, so `example.com/org/` matches nothing. Remove the slash.",
  ),
  patternRule(
    "pattern-uppercase",
    "warning",
    "upper case in a host pattern",
    "Matching is case-sensitive and hosts in module paths are lower case, so `Example.com` matches nothing. Write the host in lower case.",
  ),
  advice(
    r(
      "pattern-too-broad",
      "warning",
      ["GOPRIVATE", "GONOPROXY", "GONOSUMDB"],
      "pattern covers a whole public code host",
      "A pattern such as `github.com` or `*` makes every module on that host private: each is fetched directly with git and skips checksum verification. Narrow it to your organisation, e.g. `github.com/your-org`.",
    ),
  ),
  r(
    "gonoproxy-empty-not-off",
    "warning",
    ["GONOPROXY", "GONOSUMDB"],
    "empty GONOPROXY/GONOSUMDB does not override GOPRIVATE",
    "Go treats an empty GONOPROXY or GONOSUMDB as unset and uses GOPRIVATE instead. To route private modules through the proxy anyway, set a pattern that matches nothing, conventionally `none`.",
  ),
  r(
    "goinsecure-not-for-proxies",
    "notice",
    ["GOINSECURE"],
    "GOINSECURE does not apply to proxies",
    "GOINSECURE only affects direct VCS and `?go-get=1` fetches. It does not make a proxy with an untrusted certificate work, and it does not turn off checksum verification. For a private CA, install it (SSL_CERT_FILE).",
  ),
  r(
    "goinsecure-too-broad",
    "warning",
    ["GOINSECURE"],
    "GOINSECURE pattern that turns off TLS verification for everything",
    "A GOINSECURE pattern such as `*`, `*.*`, `*.com` or `github.com` matches every module (or every module on a public host): Go then fetches all of them directly without verifying certificates, and accepts plain HTTP, so anyone on the path can serve modified code. List only the hosts that really have a self-signed certificate or no TLS.",
  ),
  r(
    "pattern-unused",
    "notice",
    ["GOPRIVATE", "GONOPROXY", "GONOSUMDB"],
    "pattern matches no required module",
    "No module required by the repository's go.mod files matches this pattern. It may be stale or misspelt.",
  ),
  // Cross-checks with go.mod
  r(
    "module-not-private",
    "warning",
    ["GOPRIVATE", "GONOSUMDB"],
    "private-looking module not covered by GOPRIVATE",
    "The module's host is not a public code host, and Go will send its path to an outsider: the checksum database (no GONOSUMDB/GOPRIVATE pattern covers it; the database has no record of a private module, so the download fails with 404/410), or a public proxy such as proxy.golang.org that GOPROXY asks first (no GONOPROXY/GOPRIVATE pattern covers it). The message says which. A proxy you run (Athens, Artifactory) serving the module with GONOSUMDB or GOPRIVATE covering it is the intended setup and is not reported. Add the host or organisation to GONOSUMDB (your proxy serves it) or GOPRIVATE (fetched directly).",
  ),
  r(
    "module-path-invalid",
    "error",
    ["GOPRIVATE"],
    "required module path Go cannot download",
    "Go refuses to download a module whose path is malformed, for example when the first element has no dot (`malformed module path … missing dot in first path element`). Use a full path with a host name, or a `replace` directive to a local directory.",
  ),
  // GOTOOLCHAIN
  r(
    "gotoolchain-invalid",
    "error",
    ["GOTOOLCHAIN"],
    "GOTOOLCHAIN that Go rejects",
    "Go 1.21+ stops at start-up with `invalid GOTOOLCHAIN …`. Accepted forms: `local`, `auto`, `path`, `go1.X.Y`, `go1.X.Y+auto`, `go1.X.Y+path`, and names containing `-go1.X.Y`.",
  ),
  r(
    "gotoolchain-language-version",
    "error",
    ["GOTOOLCHAIN"],
    "GOTOOLCHAIN names a language version",
    "`go1.22` is a language version, not a release: from Go 1.21, when a switch is needed Go fails with `invalid toolchain: go1.22 is a language version but not a toolchain version (go1.22.x)`. Name a release such as `go1.22.0`.",
  ),
  r(
    "gotoolchain-needs-sumdb",
    "warning",
    ["GOTOOLCHAIN", "GOSUMDB", "GOPROXY"],
    "toolchain downloads cannot work",
    "Go 1.21+ downloads toolchains as the module `golang.org/toolchain` through GOPROXY and always verifies them with the checksum database, even with GOSUMDB=off (then `checksum database disabled by GOSUMDB=off`); with GOPROXY=off they fail as `toolchain not available`. Set GOTOOLCHAIN=local, or allow the downloads.",
  ),
  r(
    "variable-unsupported",
    "warning",
    ["GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE", "GOVCS", "GOTOOLCHAIN", "GOAUTH"],
    "variable not read by this Go version",
    "The variable is newer than the target Go (GOPRIVATE/GONOPROXY/GONOSUMDB 1.13, GOINSECURE 1.14, GOVCS 1.16, GOTOOLCHAIN 1.21, GOAUTH 1.24), which silently ignores it.",
  ),
  // GOFLAGS
  r(
    "goflags-invalid",
    "error",
    ["GOFLAGS"],
    "GOFLAGS that Go rejects",
    'Every GOFLAGS word must be a flag (`-name` or `-name=value`; not `-`, `--`, `---x` or `-=x`); otherwise every go command fails with `go: parsing $GOFLAGS: non-flag "…"`. Values with spaces need quoting (`GOFLAGS=\'-ldflags=-s -w\'` or `"-ldflags=-s -w"`, the whole word quoted), which only Go 1.21+ understands; an unclosed quote fails with `unterminated \' string`.',
  ),
  r(
    "goflags-unknown-flag",
    "error",
    ["GOFLAGS"],
    "GOFLAGS flag no go command knows",
    "A flag that no go subcommand of this Go version defines fails every go command with `go: parsing $GOFLAGS: unknown flag -…`. Flags added later (`-C` 1.20, `-toolchain` 1.21, `-godebug` 1.23, `-tool` 1.24…) fail the same way on older Go. Check the spelling and the Go version.",
  ),
  r(
    "goflags-bad-value",
    "error",
    ["GOFLAGS"],
    "GOFLAGS value that `go mod download` rejects",
    "Flags a command defines are applied from GOFLAGS with their values checked: `-x`, `-json` and `-modcacherw` take only a boolean (`-x=yes` fails with `invalid boolean value`), `-modfile`, `-overlay` and `-reuse` need `=value`, `-modfile` must name a `.mod` file, and `-C` can never be set in GOFLAGS (`-C flag must be first flag on command line`).",
  ),
  r(
    "goflags-breaks-builds",
    "warning",
    ["GOFLAGS"],
    "GOFLAGS value that builds reject",
    "`go mod download` ignores flags it does not define, but `go build`, `go test` and `go list` check theirs: `-trimpath=yes` (`invalid boolean value`), `-ldflags` without a value (`flag needs an argument`), `-mod=bogus` (`not supported`). The download step passes and the build step fails.",
  ),
  r(
    "goflags-insecure",
    "warning",
    ["GOFLAGS"],
    "-insecure in GOFLAGS",
    "`-insecure` is accepted and ignored by `go mod download` and `go build`, and makes `go get` fail from Go 1.17 (`-insecure flag is no longer supported; use GOINSECURE instead`). Remove it; use GOINSECURE for the specific hosts.",
  ),
  r(
    "goflags-mod-vendor",
    "notice",
    ["GOFLAGS"],
    "-mod=vendor: builds never download",
    "With `-mod=vendor`, builds use the vendor directory and module lookups are disabled; only `go mod download` still fetches.",
  ),
  // GOAUTH, GOVCS, GO111MODULE
  r(
    "goauth-invalid",
    "error",
    ["GOAUTH"],
    "GOAUTH that Go rejects",
    "Go 1.24+ rejects an empty command (`GOAUTH encountered an empty command`), `off` combined with other commands, and `git` without an absolute directory.",
  ),
  r(
    "govcs-invalid",
    "error",
    ["GOVCS"],
    "GOVCS that Go rejects",
    "GOVCS is `pattern:vcs|vcs,…`; Go 1.16+ rejects empty entries, a missing colon, empty patterns or VCS lists, relative patterns and duplicates when it first needs a VCS.",
  ),
  r(
    "go111module-off",
    "warning",
    ["GO111MODULE"],
    "modules turned off",
    "GO111MODULE=off makes the go command ignore go.mod (GOPATH mode): GOPROXY and GOSUMDB do not apply and downloads do not happen. Unset it.",
  ),
  r(
    "go111module-invalid",
    "error",
    ["GO111MODULE"],
    "GO111MODULE value Go rejects",
    "Only `on`, `off`, `auto` and the empty string (lower case) are accepted; anything else (`true`, `ON`, a blank) makes every go command fail with `go: unknown environment setting GO111MODULE=…`. Unset it: modules are on by default.",
  ),
  r(
    "value-blank",
    "warning",
    [...GO_VARIABLES],
    "value that is only white space or control characters",
    "A variable set to spaces, a tab, a newline or a carriage return (often an empty secret, or `${{ }}` that evaluated to a blank line) is not unset for Go: GOPROXY then has no entries, GOTOOLCHAIN and GO111MODULE are rejected, and a blank GONOPROXY/GONOSUMDB overrides GOPRIVATE. Unset the variable, or fix what should have filled it.",
  ),
  // Variables Go never reads
  r(
    "variable-never-read",
    "warning",
    ["*"],
    "variable Go never reads",
    "The go command reads only exact upper-case names. Lower-case variants (`goproxy`), misspellings and invented names such as `GONOSUMCHECK` or `GONOVERIFY` do nothing. Use GOPROXY, GOSUMDB, GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE.",
  ),
] as const satisfies readonly Rule[];

export type CheckRuleId = RuleId<typeof RULES>;

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((x) => [x.id, x]));

export function rule(id: CheckRuleId): Rule {
  const found = RULES_BY_ID.get(id);
  if (!found) throw new Error(`unknown rule ${id}`);
  return found;
}
