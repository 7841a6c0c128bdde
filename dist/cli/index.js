#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 650:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ downloadedRequirements),
/* harmony export */   kW: () => (/* binding */ parseGoMod),
/* harmony export */   sw: () => (/* binding */ isPublicHost)
/* harmony export */ });
/* unused harmony exports parseGoWork, PUBLIC_HOSTS */
// Just enough of go.mod and go.work to cross-check the settings with the repository:
// `require` lines (single and blocks, `// indirect`), `replace`, `go`, and go.work `use`.
/** Splits a line into tokens, honouring "…" and `…` quoting; returns tokens and the comment. */
function tokenize(line) {
    const tokens = [];
    let i = 0;
    let comment = "";
    while (i < line.length) {
        const c = line[i];
        if (c === " " || c === "\t" || c === "\r") {
            i++;
            continue;
        }
        if (line.startsWith("//", i)) {
            comment = line.slice(i + 2).trim();
            break;
        }
        if (c === '"' || c === "`") {
            let j = i + 1;
            while (j < line.length && line[j] !== c)
                j += line[j] === "\\" && c === '"' ? 2 : 1;
            const raw = line.slice(i + 1, Math.min(j, line.length));
            tokens.push(c === '"' ? raw.replace(/\\(.)/g, "$1") : raw);
            i = j + 1;
            continue;
        }
        let j = i;
        while (j < line.length && !/[ \t\r]/.test(line[j]) && !line.startsWith("//", j))
            j++;
        tokens.push(line.slice(i, j));
        i = j;
    }
    return { tokens, comment };
}
function isIndirect(comment) {
    return comment === "indirect" || comment.startsWith("indirect;");
}
function isLocal(p) {
    return (p.startsWith("./") ||
        p.startsWith("../") ||
        p.startsWith("/") ||
        p === "." ||
        p === ".." ||
        /^[A-Za-z]:[\\/]/.test(p));
}
/** Parses go.mod text; tolerant of anything it does not need. */
function parseGoMod(text, file = "go.mod") {
    const out = { requires: [], replaces: [] };
    let block;
    const lines = text.split("\n");
    for (let n = 0; n < lines.length; n++) {
        const { tokens, comment } = tokenize(lines[n]);
        if (tokens.length === 0)
            continue;
        let verb;
        let args;
        if (block !== undefined) {
            if (tokens[0] === ")") {
                block = undefined;
                continue;
            }
            verb = block;
            args = tokens;
        }
        else {
            verb = tokens[0];
            args = tokens.slice(1);
            if (args.length === 1 && args[0] === "(") {
                block = verb;
                continue;
            }
            if (args[0] === "(") {
                block = verb;
                args = args.slice(1);
                if (args.length === 0)
                    continue;
            }
        }
        const line = n + 1;
        switch (verb) {
            case "module":
                if (args[0])
                    out.module = args[0];
                break;
            case "go":
                if (args[0])
                    out.go = args[0];
                break;
            case "require":
                if (args.length >= 2) {
                    out.requires.push({
                        path: args[0],
                        version: args[1],
                        indirect: isIndirect(comment),
                        file,
                        line,
                    });
                }
                break;
            case "replace": {
                const arrow = args.indexOf("=>");
                if (arrow < 1)
                    break;
                const left = args.slice(0, arrow);
                const right = args.slice(arrow + 1);
                if (!right[0])
                    break;
                const rep = {
                    path: left[0],
                    target: right[0],
                    local: isLocal(right[0]),
                    line,
                };
                if (left[1])
                    rep.version = left[1];
                if (right[1])
                    rep.targetVersion = right[1];
                out.replaces.push(rep);
                break;
            }
            default:
                break;
        }
    }
    return out;
}
/** Parses go.work text: `go` and `use` (single and blocks). */
function parseGoWork(text) {
    const out = { uses: [] };
    let block;
    const lines = text.split("\n");
    for (let n = 0; n < lines.length; n++) {
        const { tokens } = tokenize(lines[n]);
        if (tokens.length === 0)
            continue;
        if (block !== undefined) {
            if (tokens[0] === ")")
                block = undefined;
            else if (block === "use")
                out.uses.push({ dir: tokens[0], line: n + 1 });
            continue;
        }
        if (tokens[1] === "(") {
            block = tokens[0];
            continue;
        }
        if (tokens[0] === "go" && tokens[1])
            out.go = tokens[1];
        if (tokens[0] === "use" && tokens[1])
            out.uses.push({ dir: tokens[1], line: n + 1 });
    }
    return out;
}
/** The requirements that Go will actually download: those not replaced by a local directory. */
function downloadedRequirements(mod) {
    return mod.requires.filter((r) => !mod.replaces.some((p) => p.local && p.path === r.path && (!p.version || p.version === r.version)));
}
/** First path elements of well-known public code hosts and vanity domains. Conservative. */
const PUBLIC_HOSTS = new Set([
    "github.com",
    "gitlab.com",
    "bitbucket.org",
    "golang.org",
    "google.golang.org",
    "gopkg.in",
    "go.uber.org",
    "k8s.io",
    "sigs.k8s.io",
    "cloud.google.com",
    "go.opentelemetry.io",
    "honnef.co",
    "go.etcd.io",
    "go.mongodb.org",
    "gocloud.dev",
    "gotest.tools",
    "gorm.io",
    "go.opencensus.io",
    "mvdan.cc",
    "modernc.org",
    "lukechampine.com",
    "filippo.io",
    "dario.cat",
    "rsc.io",
    "cuelang.org",
    "cel.dev",
    "code.gitea.io",
    "codeberg.org",
    "git.sr.ht",
    "launchpad.net",
    "go.starlark.net",
    "go.temporal.io",
    "go.yaml.in",
    "helm.sh",
    "istio.io",
    "knative.dev",
    "tailscale.com",
    "storj.io",
    "nhooyr.io",
    "inet.af",
    "go4.org",
    "gvisor.dev",
    "buf.build",
    "connectrpc.com",
    "entgo.io",
    "golang.zx2c4.com",
    "howett.net",
    "software.sslmate.com",
    "gonum.org",
    "go.mozilla.org",
    "go.elastic.co",
    "go.step.sm",
    "go.bug.st",
    "go.hein.dev",
    "oras.land",
    "tags.cncf.io",
    "cloud.google.com",
    "contrib.go.opencensus.io",
    "pgregory.net",
    "zombiezen.com",
    "golang.zx2c4.com",
    "dmitri.shuralyov.com",
    "bazil.org",
    "layeh.com",
    "aead.dev",
    "maze.io",
    "src.elv.sh",
    "gioui.org",
    "fyne.io",
    "nullprogram.com",
]);
function isPublicHost(host) {
    return PUBLIC_HOSTS.has(host);
}


/***/ }),

/***/ 327:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hu: () => (/* binding */ rule),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony export RULES_BY_ID */
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(961);
/* harmony import */ var _go_env_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(869);


/** The variables that hold module path patterns, which share the pattern rules. */
const PATTERN_VARIABLES = ["GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE"];
/** A rule about the syntax of one pattern, which is the same in every pattern variable. */
function patternRule(id, severity, title, doc) {
    return (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)(id, severity, [...PATTERN_VARIABLES], title, doc);
}
const RULES = [
    // GOPROXY
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-missing-scheme", "error", ["GOPROXY"], "GOPROXY entry without a scheme", "A single word (no `.`, `:` or `/`) or an absolute path is not a proxy URL: Go fails every fetch with `invalid proxy URL missing scheme`. Keywords are case-sensitive, so `Direct` or `OFF` fail the same way. Write `direct`/`off` in lower case, a host name such as `proxy.corp` (Go adds `https://`), or `file:///srv/proxy` for a directory."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-bad-scheme", "error", ["GOPROXY"], "GOPROXY entry with an unsupported scheme", "Go accepts only `https`, `http` and `file` proxy URLs and rejects the whole list otherwise (`invalid proxy URL scheme (must be https, http, file)`), even when the bad entry comes after a good one."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-file-non-path", "error", ["GOPROXY"], "file:// proxy URL with a host, user, query or fragment", "A `file://` proxy must be only a path: `file://localhost/x`, `file:x` or a query is rejected with `invalid file:// proxy URL with non-path elements`. Write `file:///absolute/path`."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-unparsable-url", "error", ["GOPROXY"], "GOPROXY entry that is not a valid URL", 'Go\'s url.Parse rejects the entry (a bad port, a space in the host, a bad `%` escape, a missing `]`, a control character), and every fetch fails with `parse "…": …`. Go prints that raw URL unredacted, so a password in it leaks into logs.'),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-no-entries", "error", ["GOPROXY"], "GOPROXY is non-empty but has no entries", 'A value made only of separators and spaces (`,`, `" , "`) gives `GOPROXY list is not the empty string, but contains no entries` on Go 1.15+, and behaves as `off` on 1.13–1.14. Unset the variable for the default, or list at least one proxy or `direct`.'),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-legacy-invalid", "error", ["GOPROXY"], "GOPROXY value Go 1.12 or older cannot use", "Before Go 1.13 GOPROXY holds one URL (or `direct`/`off`): a comma gives `invalid $GOPROXY setting: cannot have comma`, and anything but an http, https or file URL is rejected."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-credentials-over-http", "error", ["GOPROXY"], "credentials in an http:// proxy URL", "Go 1.13+ refuses to send userinfo over plain HTTP (`refusing to pass credentials to insecure URL`), so every request to that proxy fails. Use `https://`, and keep credentials out of the URL: the action's `credentials` input writes them to .netrc."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-empty-masked", "error", ["GOPROXY"], "GOPROXY is empty after `go env -w GOPROXY=`", "On Go 1.21+ an empty `GOPROXY=` line in the user's go/env file hides the `$GOROOT/go.env` default, so GOPROXY is the empty string and every fetch fails with `GOPROXY list is not the empty string, but contains no entries`. Run `go env -u GOPROXY`."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-empty-env", "warning", ["GOPROXY"], "GOPROXY set to the empty string", "An empty GOPROXY in the environment counts as unset: Go falls back to the `go env -w` file and then to the default. On Go 1.21+ a `go env -w GOPROXY=` line in that file leaves GOPROXY empty and breaks every fetch. Unset the variable, or give the value you mean."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-pipe-unsupported", "warning", ["GOPROXY"], "`|` in GOPROXY before Go 1.15", "Go 1.13 and 1.14 split GOPROXY on `,` only; a `|` stays inside the URL and usually makes it invalid. Use `,` for those versions or require Go 1.15+."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-entries-after-terminal", "warning", ["GOPROXY"], "entries after `direct` or `off` are ignored", "`direct` and `off` end the list: Go ignores every later entry without even validating it. Move proxies before `direct`, or drop the dead entries."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .advice */ .v)((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-comma-hard-errors", "warning", ["GOPROXY"], "`,` falls through only on 404 and 410", "After a `,` the next entry is tried only when the proxy answers 404 or 410. A timeout, connection error, TLS failure, 401, 403 or 5xx stops the build. Use `|` (Go 1.15+) where any failure should fall through to the next entry.")),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-username-token", "warning", ["GOPROXY"], "token given as the URL username", "Go masks only the password part of a URL. A token written as the username (`https://TOKEN@host`) is printed in clear in `-x` traces and in every error message. Move it to the action's `credentials` input (it writes .netrc) or GOAUTH; at the least put it in the password position (`https://user:TOKEN@host`)."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-password-in-url", "warning", ["GOPROXY"], "password in the proxy URL", "Go shows the password as `xxxxx` in most messages, but a URL that fails to parse is printed raw, tools that print GOPROXY (`go env`, debug output, cache keys) show it, and the value is visible to every process of the job. Give the credentials to the action's `credentials` input (it writes .netrc), or use GOAUTH (Go 1.24+), and keep GOPROXY free of secrets. Diagnostics never repeat the secret."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-off", "notice", ["GOPROXY"], "GOPROXY=off disables module downloads", "With `off` every module that is not already in the module cache fails with `module lookup disabled by GOPROXY=off`, except GONOPROXY/GOPRIVATE modules, which are still fetched directly; the checksum database is still contacted when go.sum lacks a hash."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-direct-only", "notice", ["GOPROXY"], "no module proxy: every module comes from version control", "`direct` alone fetches every module from its VCS host: slower, needs git (or hg, …) in the image, and depends on every host being up. A proxy in front (`https://proxy.example,direct`) makes CI faster and steadier."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-plain-http", "notice", ["GOPROXY"], "proxy over plain HTTP", "Go accepts `http://` proxies without GOINSECURE, but the traffic is neither private nor authenticated. go.sum and the checksum database still protect content."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goproxy-sumdb-probe-double-slash", "notice", ["GOPROXY"], "proxy URL ends in `//`", "Module requests are path-cleaned, but the checksum-database probe keeps the `//` (`…//sumdb/sum.golang.org/supported`); a server that does not normalise it answers 404 and lookups go directly to the database. Drop the extra slashes."),
    // GOSUMDB
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("gosumdb-invalid", "error", ["GOSUMDB"], "GOSUMDB that Go rejects", "Go parses GOSUMDB when it first needs the checksum database and then fails with `invalid GOSUMDB: …` (too many fields, malformed verifier id, invalid verifier hash, unknown algorithm, bad URL). Use `sum.golang.org`, `off`, or `<name>+<hash>+<key> [url]`."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("gosumdb-bare-name", "error", ["GOSUMDB"], "GOSUMDB names a database Go has no key for", "Only `sum.golang.org` (and the alias `sum.golang.google.cn`) may be given by name; any other bare name fails with `invalid GOSUMDB: malformed verifier id`. Give the full verifier key, `name+hash+key`, optionally followed by the URL."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("gosumdb-missing", "error", ["GOSUMDB"], "GOSUMDB is empty after `go env -w GOSUMDB=`", "On Go 1.21+ an empty `GOSUMDB=` line in the user's go/env file hides the default and lookups fail with `missing GOSUMDB`. Run `go env -u GOSUMDB`."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("gosumdb-off", "warning", ["GOSUMDB"], "checksum database verification is off", "With GOSUMDB=off, modules missing from go.sum are trusted on first download. To skip private modules only, set GOPRIVATE or GONOSUMDB instead. Go 1.21+ toolchain downloads fail with it (`checksum database disabled by GOSUMDB=off`)."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("gosumdb-explicit-url", "notice", ["GOSUMDB"], "GOSUMDB gives its own URL: proxies are bypassed", "With a second field, Go talks to that URL directly for every lookup and never asks the GOPROXY entries (`/sumdb/<name>/supported`). Make sure the CI network can reach it."),
    // Patterns
    patternRule("pattern-bad-glob", "error", "malformed glob", "path.Match reports ErrBadPattern (for example an unclosed `[`), and Go silently treats the pattern as matching nothing. Fix the character class or escape the bracket."),
    patternRule("pattern-semicolon", "error", "`;` used as a separator", "Only `,` separates patterns. `a.com;b.com` is one literal pattern that matches no module. Write `a.com,b.com`."),
    patternRule("pattern-whitespace", "error", "space around a pattern", "Go does not trim patterns: in `a.com, b.com` the second pattern is ` b.com` and matches nothing. Remove the spaces."),
    patternRule("pattern-scheme", "error", "pattern with a URL scheme", "Patterns match module paths, which never start with `https://`: the pattern matches nothing. Write the path, e.g. `git.corp.example/team`."),
    patternRule("pattern-leading-dot", "warning", "pattern with a leading dot", "`.example.com` is compared literally with the first path element; it does not match subdomains (that is NO_PROXY's syntax). Use `*.example.com`, plus `example.com` for the apex."),
    patternRule("pattern-trailing-slash-old-go", "warning", "trailing slash before Go 1.18", "Go 1.18+ drops one trailing `/` from a pattern; older versions compare it literally, so `example.com/org/` matches nothing. Remove the slash."),
    patternRule("pattern-uppercase", "warning", "upper case in a host pattern", "Matching is case-sensitive and hosts in module paths are lower case, so `Example.com` matches nothing. Write the host in lower case."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .advice */ .v)((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("pattern-too-broad", "warning", ["GOPRIVATE", "GONOPROXY", "GONOSUMDB"], "pattern covers a whole public code host", "A pattern such as `github.com` or `*` makes every module on that host private: each is fetched directly with git and skips checksum verification. Narrow it to your organisation, e.g. `github.com/your-org`.")),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("gonoproxy-empty-not-off", "warning", ["GONOPROXY", "GONOSUMDB"], "empty GONOPROXY/GONOSUMDB does not override GOPRIVATE", "Go treats an empty GONOPROXY or GONOSUMDB as unset and uses GOPRIVATE instead. To route private modules through the proxy anyway, set a pattern that matches nothing, conventionally `none`."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goinsecure-not-for-proxies", "notice", ["GOINSECURE"], "GOINSECURE does not apply to proxies", "GOINSECURE only affects direct VCS and `?go-get=1` fetches. It does not make a proxy with an untrusted certificate work, and it does not turn off checksum verification. For a private CA, install it (SSL_CERT_FILE)."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goinsecure-too-broad", "warning", ["GOINSECURE"], "GOINSECURE pattern that turns off TLS verification for everything", "A GOINSECURE pattern such as `*`, `*.*`, `*.com` or `github.com` matches every module (or every module on a public host): Go then fetches all of them directly without verifying certificates, and accepts plain HTTP, so anyone on the path can serve modified code. List only the hosts that really have a self-signed certificate or no TLS."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("pattern-unused", "notice", ["GOPRIVATE", "GONOPROXY", "GONOSUMDB"], "pattern matches no required module", "No module required by the repository's go.mod files matches this pattern. It may be stale or misspelt."),
    // Cross-checks with go.mod
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("module-not-private", "warning", ["GOPRIVATE", "GONOSUMDB"], "private-looking module not covered by GOPRIVATE", "The module's host is not a public code host, and Go will send its path to an outsider: the checksum database (no GONOSUMDB/GOPRIVATE pattern covers it; the database has no record of a private module, so the download fails with 404/410), or a public proxy such as proxy.golang.org that GOPROXY asks first (no GONOPROXY/GOPRIVATE pattern covers it). The message says which. A proxy you run (Athens, Artifactory) serving the module with GONOSUMDB or GOPRIVATE covering it is the intended setup and is not reported. Add the host or organisation to GONOSUMDB (your proxy serves it) or GOPRIVATE (fetched directly)."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("module-path-invalid", "error", ["GOPRIVATE"], "required module path Go cannot download", "Go refuses to download a module whose path is malformed, for example when the first element has no dot (`malformed module path … missing dot in first path element`). Use a full path with a host name, or a `replace` directive to a local directory."),
    // GOTOOLCHAIN
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("gotoolchain-invalid", "error", ["GOTOOLCHAIN"], "GOTOOLCHAIN that Go rejects", "Go 1.21+ stops at start-up with `invalid GOTOOLCHAIN …`. Accepted forms: `local`, `auto`, `path`, `go1.X.Y`, `go1.X.Y+auto`, `go1.X.Y+path`, and names containing `-go1.X.Y`."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("gotoolchain-language-version", "error", ["GOTOOLCHAIN"], "GOTOOLCHAIN names a language version", "`go1.22` is a language version, not a release: from Go 1.21, when a switch is needed Go fails with `invalid toolchain: go1.22 is a language version but not a toolchain version (go1.22.x)`. Name a release such as `go1.22.0`."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("gotoolchain-needs-sumdb", "warning", ["GOTOOLCHAIN", "GOSUMDB", "GOPROXY"], "toolchain downloads cannot work", "Go 1.21+ downloads toolchains as the module `golang.org/toolchain` through GOPROXY and always verifies them with the checksum database, even with GOSUMDB=off (then `checksum database disabled by GOSUMDB=off`); with GOPROXY=off they fail as `toolchain not available`. Set GOTOOLCHAIN=local, or allow the downloads."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("variable-unsupported", "warning", ["GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE", "GOVCS", "GOTOOLCHAIN", "GOAUTH"], "variable not read by this Go version", "The variable is newer than the target Go (GOPRIVATE/GONOPROXY/GONOSUMDB 1.13, GOINSECURE 1.14, GOVCS 1.16, GOTOOLCHAIN 1.21, GOAUTH 1.24), which silently ignores it."),
    // GOFLAGS
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goflags-invalid", "error", ["GOFLAGS"], "GOFLAGS that Go rejects", 'Every GOFLAGS word must be a flag (`-name` or `-name=value`; not `-`, `--`, `---x` or `-=x`); otherwise every go command fails with `go: parsing $GOFLAGS: non-flag "…"`. Values with spaces need quoting (`GOFLAGS=\'-ldflags=-s -w\'` or `"-ldflags=-s -w"`, the whole word quoted), which only Go 1.21+ understands; an unclosed quote fails with `unterminated \' string`.'),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goflags-unknown-flag", "error", ["GOFLAGS"], "GOFLAGS flag no go command knows", "A flag that no go subcommand of this Go version defines fails every go command with `go: parsing $GOFLAGS: unknown flag -…`. Flags added later (`-C` 1.20, `-toolchain` 1.21, `-godebug` 1.23, `-tool` 1.24…) fail the same way on older Go. Check the spelling and the Go version."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goflags-bad-value", "error", ["GOFLAGS"], "GOFLAGS value that `go mod download` rejects", "Flags a command defines are applied from GOFLAGS with their values checked: `-x`, `-json` and `-modcacherw` take only a boolean (`-x=yes` fails with `invalid boolean value`), `-modfile`, `-overlay` and `-reuse` need `=value`, `-modfile` must name a `.mod` file, and `-C` can never be set in GOFLAGS (`-C flag must be first flag on command line`)."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goflags-breaks-builds", "warning", ["GOFLAGS"], "GOFLAGS value that builds reject", "`go mod download` ignores flags it does not define, but `go build`, `go test` and `go list` check theirs: `-trimpath=yes` (`invalid boolean value`), `-ldflags` without a value (`flag needs an argument`), `-mod=bogus` (`not supported`). The download step passes and the build step fails."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goflags-insecure", "warning", ["GOFLAGS"], "-insecure in GOFLAGS", "`-insecure` is accepted and ignored by `go mod download` and `go build`, and makes `go get` fail from Go 1.17 (`-insecure flag is no longer supported; use GOINSECURE instead`). Remove it; use GOINSECURE for the specific hosts."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goflags-mod-vendor", "notice", ["GOFLAGS"], "-mod=vendor: builds never download", "With `-mod=vendor`, builds use the vendor directory and module lookups are disabled; only `go mod download` still fetches."),
    // GOAUTH, GOVCS, GO111MODULE
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("goauth-invalid", "error", ["GOAUTH"], "GOAUTH that Go rejects", "Go 1.24+ rejects an empty command (`GOAUTH encountered an empty command`), `off` combined with other commands, and `git` without an absolute directory."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("govcs-invalid", "error", ["GOVCS"], "GOVCS that Go rejects", "GOVCS is `pattern:vcs|vcs,…`; Go 1.16+ rejects empty entries, a missing colon, empty patterns or VCS lists, relative patterns and duplicates when it first needs a VCS."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("go111module-off", "warning", ["GO111MODULE"], "modules turned off", "GO111MODULE=off makes the go command ignore go.mod (GOPATH mode): GOPROXY and GOSUMDB do not apply and downloads do not happen. Unset it."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("go111module-invalid", "error", ["GO111MODULE"], "GO111MODULE value Go rejects", "Only `on`, `off`, `auto` and the empty string (lower case) are accepted; anything else (`true`, `ON`, a blank) makes every go command fail with `go: unknown environment setting GO111MODULE=…`. Unset it: modules are on by default."),
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("value-blank", "warning", [..._go_env_js__WEBPACK_IMPORTED_MODULE_1__/* .GO_VARIABLES */ .F], "value that is only white space or control characters", "A variable set to spaces, a tab, a newline or a carriage return (often an empty secret, or `${{ }}` that evaluated to a blank line) is not unset for Go: GOPROXY then has no entries, GOTOOLCHAIN and GO111MODULE are rejected, and a blank GONOPROXY/GONOSUMDB overrides GOPRIVATE. Unset the variable, or fix what should have filled it."),
    // Variables Go never reads
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)("variable-never-read", "warning", ["*"], "variable Go never reads", "The go command reads only exact upper-case names. Lower-case variants (`goproxy`), misspellings and invented names such as `GONOSUMCHECK` or `GONOVERIFY` do nothing. Use GOPROXY, GOSUMDB, GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE."),
];
const RULES_BY_ID = new Map(RULES.map((x) => [x.id, x]));
function rule(id) {
    const found = RULES_BY_ID.get(id);
    if (!found)
        throw new Error(`unknown rule ${id}`);
    return found;
}


/***/ }),

/***/ 515:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ chainFromEnv),
/* harmony export */   S: () => (/* binding */ goVersionOption)
/* harmony export */ });
/* harmony import */ var _pipeline_download_report_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(411);
/* harmony import */ var _go_env_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(869);
/* harmony import */ var _settings_go_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(494);
/* harmony import */ var _go_version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(54);
// The chain a trace was made with, taken from the environment like Go takes it.




function goVersionOption(value) {
    if (value === undefined)
        return _go_version_js__WEBPACK_IMPORTED_MODULE_2__/* .NEWEST_GO */ .wu; // the newest release's rules unless told otherwise
    const v = (0,_go_version_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGoVersion */ .SX)(String(value));
    if (!v)
        throw new Error(`--go-version must look like 1.21 or go1.21.3, not "${String(value)}"`);
    return v;
}
function chainFromEnv(env, v, proxyOverride) {
    const goEnv = (0,_go_env_js__WEBPACK_IMPORTED_MODULE_3__/* .goEnvFrom */ .M)(env);
    if (proxyOverride !== undefined)
        goEnv.GOPROXY = proxyOverride;
    return (0,_pipeline_download_report_js__WEBPACK_IMPORTED_MODULE_0__/* .chainConfig */ .ol)((0,_settings_go_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .goSettingsFromEnv */ .l)(goEnv, v));
}


/***/ }),

/***/ 302:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dc: () => (/* binding */ EXIT),
  eb: () => (/* binding */ UsageError),
  Bx: () => (/* binding */ formatOption),
  qg: () => (/* binding */ parse),
  R5: () => (/* binding */ readInput)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/command.ts
// What a CLI command is: plain functions over arguments and streams, so tests can drive them.

/** Exit codes shared by every command. */
const EXIT = { ok: 0, findings: 1, usage: 2 };
function parse(cmd, argv) {
    return (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        options: { ...cmd.options, help: { type: "boolean", short: "h" } },
        allowPositionals: true,
        strict: true,
    });
}
function formatOption(values, allowed = ["json", "text"]) {
    const f = values.format ?? "text";
    if (!allowed.includes(f))
        throw new UsageError(`--format must be one of ${allowed.join(", ")}, not "${f}"`);
    return f;
}
class UsageError extends Error {
}
async function readInput(path, io) {
    if (path && path !== "-") {
        const { readFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 455, 23));
        return readFile(path, "utf8");
    }
    const chunks = [];
    for await (const c of io.stdin)
        chunks.push(typeof c === "string" ? Buffer.from(c) : c);
    return Buffer.concat(chunks).toString("utf8");
}


/***/ }),

/***/ 345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ check)
/* harmony export */ });
/* harmony import */ var _pipeline_go_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(309);
/* harmony import */ var _pipeline_check_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(669);
/* harmony import */ var _pipeline_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(163);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(515);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(302);





const check = {
    name: "check",
    summary: "Check the Go settings in the environment with Go's exact rules",
    usage: `setup-goproxy check [--format json|text] [--go-version X.Y] [--no-repo]

Reads GOPROXY, GOSUMDB, GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE, GOTOOLCHAIN,
GOFLAGS, GOAUTH and GOVCS from the environment (the variables Go reads, with the user's
\`go env -w\` file when go is on PATH) and prints a diagnostic for every value Go rejects,
ignores, or that works but bites. The Go version is --go-version, else the go on PATH,
else the newest release's rules. Unless --no-repo, the go.mod files under the current
directory are cross-checked (private modules a public proxy would be asked for; patterns
that match nothing). Rules: docs/rules.md.

JSON: {"diagnostics":[{"rule","severity","variable","value","message","file","line"}]}

Exit: 0 no error (warnings and notices allowed); 1 an error; 2 bad usage.`,
    options: {
        format: { type: "string" },
        "go-version": { type: "string" },
        "no-repo": { type: "boolean" },
    },
    async run(values, _positionals, io) {
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .formatOption */ .Bx)(values);
        const env = Object.fromEntries(Object.entries(io.env).filter((e) => e[1] !== undefined));
        const go = values["go-version"] === undefined
            ? await (0,_pipeline_go_js__WEBPACK_IMPORTED_MODULE_0__/* .detectGo */ .ye)(env, io.cwd).catch(() => undefined)
            : undefined;
        const goVersion = go?.version ?? (0,_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .goVersionOption */ .S)(values["go-version"]);
        const workspace = values["no-repo"]
            ? undefined
            : await (0,_pipeline_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .scanWorkspace */ .H9)(io.cwd, io.cwd, env.GOWORK);
        const diagnostics = (0,_pipeline_check_js__WEBPACK_IMPORTED_MODULE_1__.staticChecks)({
            env,
            goVersion,
            ...(go?.userEnv ? { userEnvFile: go.userEnv } : {}),
            ...(workspace ? { workspace } : {}),
        });
        io.stdout.write(format === "json"
            ? JSON.stringify({ diagnostics }, null, 2) + "\n"
            : renderDiagnosticsText(diagnostics));
        return diagnostics.some((d) => d.severity === "error") ? _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.findings : _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    },
};
function renderDiagnosticsText(diags) {
    if (diags.length === 0)
        return "no findings\n";
    return (diags
        .map((d) => `${d.severity.padEnd(7)} ${d.variable} ${d.rule}${d.file ? ` (${d.file}${d.line ? `:${d.line}` : ""})` : ""}\n        ${d.message}`)
        .join("\n") + "\n");
}


/***/ }),

/***/ 464:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ download)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: ./src/go/goauth.ts
var goauth = __nccwpck_require__(444);
// EXTERNAL MODULE: ./src/go/version.ts
var version = __nccwpck_require__(54);
// EXTERNAL MODULE: ./src/go/proxy-list.ts
var proxy_list = __nccwpck_require__(815);
// EXTERNAL MODULE: ./src/redact/redact.ts
var redact = __nccwpck_require__(940);
;// CONCATENATED MODULE: ./src/credentials/input.ts


const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
/** Go's .netrc reader splits fields at unicode.IsSpace (strings.Fields): so do we. */
const SPACE = new RegExp(`${proxy_list/* GO_SPACE */.Ee}+`);
function bad(line, why) {
    return {
        rule: "credentials-malformed-line",
        severity: "error",
        variable: "credentials",
        message: `credentials line ${line}: ${why}. Each line must be "<host[:port]> <user> <token>" (blank lines and # comments are ignored). The line is not shown because it may hold a secret.`,
    };
}
/** Parses the credentials input; never throws. */
function input_parseCredentials(text) {
    const entries = [];
    const secrets = new Set();
    const diagnostics = [];
    const seen = new Map();
    const lines = text.split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
        const n = i + 1;
        const trimmed = goTrimSpace(lines[i]);
        if (trimmed === "" || trimmed.startsWith("#"))
            continue;
        const fields = trimmed.split(SPACE);
        // Whatever the shape, everything after the host may be a secret.
        for (const f of fields.slice(1))
            if (f.length >= 3)
                secrets.add(f);
        if (!HOST.test(fields[0]) && fields[0].length >= 3)
            secrets.add(fields[0]);
        if (fields.length !== 3) {
            diagnostics.push(bad(n, `expected 3 fields separated by white space, found ${fields.length}`));
            // A token with a space in it would split; mask the joined tail too.
            if (fields.length > 3)
                secrets.add(fields.slice(2).join(" "));
            continue;
        }
        const [host, user, token] = fields;
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) {
            diagnostics.push(bad(n, "the host must be written without a scheme (no https://)"));
            continue;
        }
        if (!HOST.test(host)) {
            diagnostics.push(bad(n, "the first field is not a host or host:port"));
            continue;
        }
        const port = /:(\d+)$/.exec(host)?.[1];
        if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
            diagnostics.push(bad(n, "the port is out of range"));
            continue;
        }
        if (seen.has(host)) {
            diagnostics.push({
                rule: "credentials-duplicate-host",
                severity: "warning",
                variable: "credentials",
                value: host,
                message: `credentials line ${n}: ${host} is already given on line ${seen.get(host)}; Go uses the first entry for a machine, so this one is ignored.`,
            });
            continue;
        }
        seen.set(host, n);
        secrets.add(token);
        entries.push({ host, user, token, line: n });
    }
    return { entries, secrets: [...secrets], diagnostics };
}
/** Every form in which a credential may show up in output (see src/redact/redact.ts). */
function input_credentialSecrets(entry) {
    return credentialForms(entry.user, entry.token);
}

;// CONCATENATED MODULE: ./src/net/netrc.ts
// .netrc as the go command reads it (cmd/go/internal/auth/netrc.go, 1.13+): the file is $NETRC,
// else ~/.netrc; whitespace-separated key/value pairs; an entry counts only when machine, login
// and password are all present (golang.org/issue/40215); `default` stops the parse when it ends
// a line's key/value pairs; `macdef` skips lines up to the next empty line.
// Which part of the URL the machine is compared with depends on the version (measured with real
// go against a basic-auth proxy on 127.0.0.1:PORT):
//   - Go 1.19: the host name only, without the port (`machine 127.0.0.1` works, `127.0.0.1:PORT`
//     does not); 1.20 was not measured and is treated like 1.19;
//   - Go 1.21–1.23: host[:port] exactly, as in the URL (`machine 127.0.0.1:PORT`);
//   - Go 1.24+: stored by machine and looked up by host[:port] + path, walking up the path.
// Pure functions, except netrcPath/readNetrc.




/** Parses .netrc text exactly as parseNetrc in cmd/go/internal/auth does. */
function netrc_parseNetrc(data) {
    const out = [];
    let cur = { machine: "", login: "", password: "" };
    let inMacro = false;
    for (const line of data.split("\n")) {
        if (inMacro) {
            if (line === "")
                inMacro = false;
            continue;
        }
        const f = goFields(line);
        let i = 0;
        for (; i < f.length - 1; i += 2) {
            switch (f[i]) {
                case "machine":
                    cur = { machine: f[i + 1], login: "", password: "" };
                    break;
                case "login":
                    cur.login = f[i + 1];
                    break;
                case "password":
                    cur.password = f[i + 1];
                    break;
                case "macdef":
                    inMacro = true;
                    break;
                default:
                    break;
            }
            if (cur.machine !== "" && cur.login !== "" && cur.password !== "") {
                out.push(cur);
                cur = { machine: "", login: "", password: "" };
            }
        }
        if (i < f.length && f[i] === "default")
            break;
    }
    return out;
}
/** One `machine … login … password …` line per entry. Values must hold no white space. */
function netrc_formatNetrc(entries) {
    return entries
        .map((e) => `machine ${e.machine} login ${e.login} password ${e.password}\n`)
        .join("");
}
/** The file Go reads: $NETRC when non-empty, else $HOME/.netrc (os.UserHomeDir on Unix). */
function netrc_netrcPath(env) {
    if (env.NETRC)
        return env.NETRC;
    const home = process.platform === "win32" ? env.USERPROFILE : env.HOME;
    if (!home)
        return undefined;
    return join(home, process.platform === "win32" ? "_netrc" : ".netrc");
}
/** Reads the .netrc Go would read; a missing file is no entries. */
async function readNetrc(env) {
    const path = netrc_netrcPath(env);
    if (!path)
        return { entries: [] };
    try {
        const text = await readFile(path, "utf8");
        return { path, text, entries: netrc_parseNetrc(text) };
    }
    catch (e) {
        const code = e.code;
        if (code === "ENOENT")
            return { path, entries: [] };
        return { path, entries: [], error: `${code ?? "error"} reading ${path}` };
    }
}
/** How a Go version compares machines: see the file comment. */
function netrcMatchMode(minor) {
    return minor >= 24 ? "prefix" : minor >= 21 ? "host" : "hostname";
}
/**
 * The entry Go uses for an https request to `host` (the URL's host with its port, as written).
 * "hostname" and "host": the first entry whose machine equals the host name / host[:port] wins.
 * "prefix" (1.24+): looked up by host + path, walking up the path; earlier entries still win.
 */
function netrcMatch(entries, host, path, mode) {
    const m = mode === true ? "prefix" : mode === false ? "host" : mode;
    if (m === "hostname") {
        const name = host.startsWith("[")
            ? host.slice(1, host.indexOf("]"))
            : host.replace(/:\d*$/, "");
        return entries.find((e) => e.machine === name);
    }
    if (m === "host")
        return entries.find((e) => e.machine === host);
    const byPrefix = new Map();
    for (let i = entries.length - 1; i >= 0; i--) {
        const e = entries[i];
        byPrefix.set(credentialPrefix(e.machine), e);
    }
    return lookupCredential(byPrefix, host + path);
}

;// CONCATENATED MODULE: ./src/credentials/setup.ts
// Private access for the go command and git, from the `credentials` input (see input.ts):
//   (a) a .netrc in a private directory (0700), mode 0600, with NETRC pointing at it. Entries of
//       the .netrc Go would otherwise read ($NETRC or ~/.netrc) are kept after ours, so ours win;
//   (b) GOAUTH is left alone: on Go 1.24+ its default, netrc, reads that file; GOAUTH=off or a
//       list without netrc means Go will not, which is reported;
//   (c) git: a credential helper script that answers `git credential fill` for exactly those
//       hosts over https, configured per host with GIT_CONFIG_COUNT/KEY/VALUE
//       (credential.https://<host>.helper). Tokens never go into URLs or git config values;
//   (d) every secret is returned for masking, and nothing here prints;
//   (e) cleanupCredentials(state) removes the directory; state is plain JSON for the post step.
// This is an edge file: it writes files. It never reads or changes process.env.






/** Parses only: the secrets to mask, before anything else runs or prints. */
function credentialsSecrets(text) {
    const parsed = parseCredentials(text);
    return unique([...parsed.secrets, ...parsed.entries.flatMap(credentialSecrets)]);
}
async function setupCredentials(input) {
    const parsed = parseCredentials(input.credentials);
    const secrets = unique([...parsed.secrets, ...parsed.entries.flatMap(credentialSecrets)]);
    const diagnostics = [...parsed.diagnostics];
    const out = { env: {}, files: [], secrets, diagnostics, state: { files: [] } };
    if (parsed.entries.length === 0)
        return out;
    await mkdir(input.tempDir, { recursive: true });
    const dir = await mkdtemp(join(input.tempDir, "setup-goproxy-credentials-"));
    await chmod(dir, 0o700);
    out.state.dir = dir;
    input.onDirCreated?.({ dir, files: [] });
    // (a) .netrc: ours first (Go uses the first entry for a machine), then the user's own.
    const own = (await readExisting(input.env)).text;
    for (const k of own !== undefined ? parseNetrc(own) : [])
        secrets.push(...credentialSecrets({ user: k.login, token: k.password }));
    const netrc = join(dir, "netrc");
    out.netrc = { path: netrc, entries: parsed.entries, ...(own !== undefined ? { own } : {}) };
    diagnostics.push(...(await writeNetrc(out.netrc, input.goVersion)));
    out.files.push(netrc);
    out.env.NETRC = netrc;
    // (b) GOAUTH on 1.24+.
    if (input.goVersion)
        diagnostics.push(...goauthFindings(input.env.GOAUTH, input.goVersion));
    // (c) git credential helper for direct (GOPRIVATE/GONOPROXY) fetches over https.
    const helper = join(dir, "git-credential-setup-goproxy");
    await writeFile(helper, helperScript(parsed.entries), { mode: 0o700 });
    await chmod(helper, 0o700);
    out.files.push(helper);
    Object.assign(out.env, gitConfigEnv(input.env, parsed.entries, helper));
    out.state.files = [...out.files];
    out.secrets = unique(secrets);
    return out;
}
/**
 * Once the Go that will run is known (credentials are set up before a toolchain is
 * installed, which may need them): the .netrc entries and findings that depend on its version.
 */
async function setup_fitCredentialsToGo(setup, env, goVersion) {
    if (!setup.netrc)
        return [];
    return [...(await writeNetrc(setup.netrc, goVersion)), ...goauthFindings(env.GOAUTH, goVersion)];
}
/** Writes the .netrc: the input's entries (port-less ones too for Go before 1.21), then the user's own. */
async function writeNetrc(netrc, goVersion) {
    const diagnostics = [];
    const machines = netrc.entries.map((e) => ({
        machine: e.host,
        login: e.user,
        password: e.token,
    }));
    // Go before 1.21 compares the machine with the host name only: add a port-less entry after
    // the exact ones (unless the input already has one for that name).
    if (goVersion && !atLeast(goVersion, 21)) {
        const names = new Set(machines.map((m) => m.machine));
        for (const e of netrc.entries) {
            const name = e.host.startsWith("[")
                ? e.host.slice(1, e.host.indexOf("]"))
                : e.host.replace(/:\d+$/, "");
            if (name === e.host || names.has(name))
                continue;
            names.add(name);
            machines.push({ machine: name, login: e.user, password: e.token });
            diagnostics.push({
                rule: "credentials-netrc-portless",
                severity: "notice",
                variable: "credentials",
                value: e.host,
                message: `credentials line ${e.line}: Go ${goVersion.major}.${goVersion.minor} matches .netrc machines by host name without the port, so an entry for ${name} was added too; it applies to every port of that host.`,
            });
        }
    }
    let text = formatNetrc(machines);
    const own = netrc.own;
    if (own !== undefined) {
        const kept = parseNetrc(own);
        text += `\n${own.endsWith("\n") || own === "" ? own : own + "\n"}`;
        diagnostics.push({
            rule: "credentials-netrc-merged",
            severity: "notice",
            variable: "NETRC",
            message: `The existing .netrc (${kept.length} complete entr${kept.length === 1 ? "y" : "ies"}) was copied after the credentials input into the new file, so both stay usable; entries from the input win for the same host.`,
        });
    }
    await writeFile(netrc.path, text, { mode: 0o600 });
    await chmod(netrc.path, 0o600);
    return diagnostics;
}
/** Why a saved credentials state cannot be read (undefined when it can, or is empty). Pure. */
function credentialsStateProblem(text) {
    if (!text)
        return undefined;
    try {
        const s = JSON.parse(text);
        return s && typeof s === "object" ? undefined : "it is not an object";
    }
    catch (e) {
        return `it is not JSON (${e.message})`;
    }
}
/** Removes what setupCredentials wrote. Accepts the state object or its JSON; never throws. */
async function cleanupCredentials(state) {
    let s;
    try {
        s =
            typeof state === "string"
                ? state
                    ? JSON.parse(state)
                    : undefined
                : state;
    }
    catch {
        return;
    }
    if (!s || typeof s !== "object")
        return;
    for (const f of Array.isArray(s.files) ? s.files : []) {
        if (typeof f === "string" && f.includes("setup-goproxy-credentials-"))
            await rm(f, { force: true });
    }
    if (typeof s.dir === "string" && s.dir.includes("setup-goproxy-credentials-")) {
        await rm(s.dir, { recursive: true, force: true });
    }
}
/**
 * Removes every credentials directory setupCredentials may have made under `tempDir`, whatever
 * the saved state says: the post step's fallback when main died before saving it or the state
 * is unreadable. Returns how many were removed; never throws.
 */
async function sweepCredentialDirs(tempDir) {
    let removed = 0;
    for (const name of await readdir(tempDir).catch(() => [])) {
        if (!name.startsWith("setup-goproxy-credentials-"))
            continue;
        await rm(join(tempDir, name), { recursive: true, force: true });
        removed++;
    }
    return removed;
}
async function readExisting(env) {
    const path = netrcPath(env);
    if (!path)
        return {};
    try {
        return { text: await readFile(path, "utf8") };
    }
    catch {
        return {};
    }
}
function goauthFindings(goauth, v) {
    if (!atLeast(v, 24)) {
        if (goauth !== undefined && goauth !== "") {
            return [
                {
                    rule: "credentials-goauth-ignored",
                    severity: "notice",
                    variable: "GOAUTH",
                    value: goauth,
                    message: `GOAUTH is read from Go 1.24; this Go reads the .netrc whatever GOAUTH says.`,
                },
            ];
        }
        return [];
    }
    const parsed = parseGoauth(goauth ?? "");
    if (parsed.commands.some((c) => c.kind === "off")) {
        return [
            {
                rule: "credentials-goauth-off",
                severity: "warning",
                variable: "GOAUTH",
                value: "off",
                message: "GOAUTH=off: the go command sends no credentials, so the .netrc written from the credentials input is not used for proxies or the checksum database (git still uses its helper). Unset GOAUTH, or set it to netrc, to use them.",
            },
        ];
    }
    if (!parsed.error && !parsed.commands.some((c) => c.kind === "netrc")) {
        return [
            {
                rule: "credentials-goauth-without-netrc",
                severity: "warning",
                variable: "GOAUTH",
                message: "GOAUTH is set without netrc, so the go command does not read the .netrc written from the credentials input. Add netrc to the list (e.g. GOAUTH='netrc;<your command>').",
            },
        ];
    }
    return [];
}
/** Appends per-host credential helpers to whatever GIT_CONFIG_* entries the environment has. */
function gitConfigEnv(env, entries, helper) {
    const base = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10);
    let n = Number.isFinite(base) && base > 0 ? base : 0;
    const out = {};
    for (const e of entries) {
        out[`GIT_CONFIG_KEY_${n}`] = `credential.https://${e.host}.helper`;
        out[`GIT_CONFIG_VALUE_${n}`] = `!${shellQuote(helper)}`;
        n++;
    }
    out.GIT_CONFIG_COUNT = String(n);
    return out;
}
function shellQuote(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
/**
 * A POSIX sh helper: for `get`, reads git's key=value lines and prints username/password when
 * protocol is https and host (with port) is one of ours. It prints nothing for `store`/`erase`.
 */
function helperScript(entries) {
    const cases = entries
        .map((e) => `  ${shellQuote(e.host)})\n    printf 'username=%s\\npassword=%s\\n' ${shellQuote(e.user)} ${shellQuote(e.token)}\n    ;;`)
        .join("\n");
    return `#!/bin/sh
# Written by setup-goproxy; removed by its post step.
[ "$1" = get ] || exit 0
protocol=
host=
while IFS= read -r line && [ -n "$line" ]; do
  case "$line" in
    protocol=*) protocol=\${line#protocol=} ;;
    host=*) host=\${line#host=} ;;
  esac
done
[ "$protocol" = https ] || exit 0
case "$host" in
${cases}
esac
exit 0
`;
}
function unique(xs) {
    return [...new Set(xs.filter((x) => x !== ""))];
}

// EXTERNAL MODULE: ./src/pipeline/go.ts + 3 modules
var pipeline_go = __nccwpck_require__(309);
// EXTERNAL MODULE: ./src/pipeline/workspace.ts
var pipeline_workspace = __nccwpck_require__(163);
;// CONCATENATED MODULE: ./src/pipeline/detect.ts



async function detectJob(env, workspace, workdir) {
    // The checks load while go env runs: they are needed next.
    Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 669)).catch(() => undefined);
    const [go, scanned] = await Promise.all([
        (0,pipeline_go/* detectGo */.ye)(env, workdir),
        (0,pipeline_workspace/* scanWorkspace */.H9)(workspace, workdir, env.GOWORK),
    ]);
    if (!go)
        return undefined;
    const ws = (go.effective.GOWORK === "off") !== (env.GOWORK === "off")
        ? await (0,pipeline_workspace/* scanWorkspace */.H9)(workspace, workdir, go.effective.GOWORK)
        : scanned;
    return { go, ws };
}
/**
 * What must hold before any go command reaches the network: the credentials fitted to this Go,
 * and the settings checks, which take milliseconds and whose errors (a malformed GOPRIVATE glob
 * sends private paths to the public proxy) stop the run before it asks anyone anything.
 */
async function gateChecks(opts) {
    const diagnostics = [];
    if (opts.creds)
        diagnostics.push(...opts.creds.diagnostics, ...(await fitCredentialsToGo(opts.creds, opts.env, opts.go.version)));
    if (opts.check !== "off") {
        const { staticChecks } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 669));
        diagnostics.push(...staticChecks({
            env: opts.env,
            goVersion: opts.go.version,
            ...(opts.go.userEnv ? { userEnvFile: opts.go.userEnv } : {}),
            workspace: opts.ws,
        }));
    }
    return { diagnostics, rejected: diagnostics.some((d) => d.severity === "error") };
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
// EXTERNAL MODULE: ./src/download/go-command.ts + 16 modules
var go_command = __nccwpck_require__(578);
;// CONCATENATED MODULE: ./src/download/json-stream.ts
const STRING_FIELDS = ["Query", "Error", "Info", "GoMod", "Zip", "Dir", "Sum", "GoModSum"];
function excerpt(s) {
    return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}
/** Checks the shape of one decoded value; a module needs a string Path. */
function toModule(v) {
    if (typeof v !== "object" || v === null || Array.isArray(v))
        return "not an object";
    const o = v;
    if (typeof o.Path !== "string")
        return "no Path";
    const m = {
        Path: o.Path,
        Version: typeof o.Version === "string" ? o.Version : "",
    };
    for (const k of STRING_FIELDS)
        if (typeof o[k] === "string")
            m[k] = o[k];
    if (typeof o.Origin === "object" && o.Origin !== null && !Array.isArray(o.Origin))
        m.Origin = o.Origin;
    if (typeof o.Reuse === "boolean")
        m.Reuse = o.Reuse;
    if (typeof o.Latest === "boolean")
        m.Latest = o.Latest;
    return m;
}
function report(st, at, kind, message, text) {
    st.problems.push({ offset: st.base + at, kind, message, excerpt: excerpt(text) });
}
function flushGarbage(st, upTo) {
    if (st.garbage < 0)
        return;
    const text = st.buf.slice(st.garbage, upTo).trim();
    if (text)
        report(st, st.garbage, "garbage", "text outside any JSON object", text);
    st.garbage = -1;
}
/** The object from st.start to end is complete: decode it. */
function complete(st, end, out) {
    const text = st.buf.slice(st.start, end);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        report(st, st.start, "invalid", err.message, text);
        return;
    }
    const m = toModule(value);
    if (typeof m === "string") {
        report(st, st.start, "not-a-module", m, text);
        return;
    }
    st.modules.push(m);
    out.push(m);
}
function truncated(st, end) {
    report(st, st.start, "truncated", "object ends early", st.buf.slice(st.start, end).trim());
}
/** Outside an object: a `{` opens one, anything but whitespace starts garbage. */
function scanOutside(st, i, c) {
    if (c === 123 /* { */) {
        flushGarbage(st, i);
        st.start = i;
        st.depth = 1;
        st.inString = false;
        st.escaped = false;
    }
    else if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && st.garbage < 0) {
        st.garbage = i;
    }
}
function scanString(st, i, c) {
    if (st.escaped)
        st.escaped = false;
    else if (c === 92 /* \ */)
        st.escaped = true;
    else if (c === 34 /* " */)
        st.inString = false;
    else if (c === 10) {
        // A raw newline cannot be inside a JSON string: the object was cut short.
        st.inString = false;
        if (st.buf.charCodeAt(i + 1) === 123) {
            truncated(st, i);
            st.start = -1;
        }
    }
}
function scanObject(st, i, c, out) {
    if (c === 34)
        st.inString = true;
    else if (c === 123)
        st.depth++;
    else if (c === 125 /* } */) {
        st.depth--;
        if (st.depth === 0) {
            complete(st, i + 1, out);
            st.start = -1;
        }
    }
    else if (c === 10 && st.buf.charCodeAt(i + 1) === 123) {
        // `{` at column 0 inside an object: Go started a new object; this one was cut.
        truncated(st, i);
        st.start = -1;
    }
}
function scan(st, out) {
    const n = st.buf.length;
    for (let i = st.pos; i < n; i++) {
        const c = st.buf.charCodeAt(i);
        if (st.start < 0)
            scanOutside(st, i, c);
        else if (st.inString)
            scanString(st, i, c);
        else
            scanObject(st, i, c, out);
    }
    st.pos = n;
    // Drop what is done, keep an open object (or garbage run) for the next chunk.
    const keep = st.start >= 0 ? st.start : st.garbage >= 0 ? st.garbage : st.pos;
    if (keep > 0) {
        st.buf = st.buf.slice(keep);
        st.base += keep;
        st.pos -= keep;
        if (st.start >= 0)
            st.start -= keep;
        if (st.garbage >= 0)
            st.garbage -= keep;
    }
}
function createDownloadJsonDecoder() {
    const st = {
        modules: [],
        problems: [],
        buf: "",
        base: 0,
        pos: 0,
        depth: 0,
        inString: false,
        escaped: false,
        start: -1,
        garbage: -1,
    };
    return {
        write(chunk) {
            const out = [];
            st.buf += chunk;
            scan(st, out);
            return out;
        },
        end() {
            if (st.start >= 0)
                truncated(st, st.buf.length);
            else
                flushGarbage(st, st.buf.length);
            st.buf = "";
            st.start = -1;
            return { modules: st.modules, problems: st.problems };
        },
    };
}
/** Decodes a whole -json stdout. */
function decodeDownloadJson(text) {
    const d = createDownloadJsonDecoder();
    d.write(text);
    return d.end();
}

// EXTERNAL MODULE: ./src/download/trace.ts + 3 modules
var download_trace = __nccwpck_require__(414);
;// CONCATENATED MODULE: ./src/download/transient.ts
// Which download failures are worth another try: the proxy or the network hiccuped.
// A refused connection, a 4xx or a checksum mismatch will say the same thing again.
const TRANSIENT = [
    /: 5\d\d [A-Z][A-Za-z ]*$/m, // reading URL: 502 Bad Gateway
    /\b(50[0-4]|429) [A-Z]/, // 503 Service Unavailable, 429 Too Many Requests
    /i\/o timeout/,
    /TLS handshake timeout/,
    /timeout awaiting response headers/,
    /Client\.Timeout exceeded/,
    /context deadline exceeded/,
    /connection reset by peer/,
    /broken pipe/,
    /unexpected EOF/,
    /: EOF$/m,
    /http2: server sent GOAWAY/,
    /stream error: stream ID \d+; (INTERNAL_ERROR|REFUSED_STREAM)/,
    /zip: not a valid zip file/, // a truncated zip body
];
function isTransient(goError) {
    return TRANSIENT.some((re) => re.test(goError));
}

// EXTERNAL MODULE: ./src/download/classify.ts
var classify = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./src/download/stall.ts
// What a running `go mod download -x` is waiting on, read from its trace as it arrives, and how
// much of the module it is fetching has reached the disk. Go has no timeout on a proxy that
// accepts and then never answers (not even with `|`), so the pre-warm stops go when neither its
// output nor these files move for the stall limit, and names what it was waiting on.
//   # get URL                     a request is open (waiting for headers)
//   # get URL: 200 OK (0.01s)     headers arrived; the body streams into <module>/@v/<v>.zip*.tmp




const GET = /^# get (\S+?)(?:: (.*))?$/;
/** The module a proxy URL names: `<base>/<escaped path>/@v/<escaped version>.<ext>`. */
function moduleOfUrl(url) {
    const safe = (0,redact/* redactUrl */.BO)(url);
    const base = (0,classify/* inferProxyBase */.mW)(safe);
    const at = url.indexOf("/@v/");
    const latest = url.indexOf("/@latest");
    const cut = at >= 0 ? at : latest;
    if (!base || cut < 0)
        return { url: safe, ...(base ? { proxy: base } : {}) };
    const path = new URL(url).pathname;
    const baseLen = new URL(base).pathname.replace(/\/$/, "").length;
    const pcut = path.indexOf(at >= 0 ? "/@v/" : "/@latest");
    const dir = decodeURIComponent(path.slice(baseLen + 1, pcut));
    const file = at >= 0 ? decodeURIComponent(path.slice(pcut + 4)) : "";
    const version = /^(.*)\.(?:info|mod|zip)$/.exec(file)?.[1];
    const mod = stall_unescape(dir) + (version ? `@${stall_unescape(version)}` : "");
    return { url: safe, proxy: base, module: mod, dir };
}
/** Go's module path escaping undone: `!a` is `A`. */
function stall_unescape(s) {
    return s.replace(/!([a-z])/g, (_, c) => c.toUpperCase());
}
function createFetchWatch() {
    const open = [];
    /** Answered requests whose file may still be arriving; dropped once it is in the cache. */
    let answered = [];
    const versionDir = (gomodcache, dir) => (0,external_node_path_.join)(gomodcache, "cache", "download", ...dir.split("/"), "@v");
    const exists = (f) => (0,promises_.stat)(f).then(() => true, () => false);
    /** Drops answered requests whose file Go has put in place (a list or latest never lands). */
    const prune = async (gomodcache) => {
        const still = [];
        for (const url of answered) {
            const w = moduleOfUrl(url);
            const file = decodeURIComponent(new URL(url).pathname.split("/@v/")[1] ?? "");
            if (w.dir && /\.(?:info|mod|zip)$/.test(file)) {
                if (!(await exists((0,external_node_path_.join)(versionDir(gomodcache, w.dir), file))))
                    still.push(url);
            }
        }
        answered = still;
    };
    return {
        push(line) {
            const m = GET.exec(line.trimEnd());
            if (!m)
                return;
            const url = m[1];
            if (m[2] === undefined) {
                open.push(url);
                return;
            }
            const i = open.indexOf(url);
            if (i >= 0)
                open.splice(i, 1);
            if (/^\d{3}/.test(m[2]))
                answered.push(url);
        },
        async waitingOn(gomodcache) {
            if (open.length)
                return { ...moduleOfUrl(open[0]), open: true };
            if (gomodcache)
                await prune(gomodcache);
            const url = answered[0];
            return url ? { ...moduleOfUrl(url), open: false } : undefined;
        },
        async bytesArrived(gomodcache) {
            await prune(gomodcache);
            const dirs = new Set([...open, ...answered].map((u) => moduleOfUrl(u).dir).filter((d) => !!d));
            let total = 0;
            for (const d of dirs) {
                const v = versionDir(gomodcache, d);
                const names = await (0,promises_.readdir)(v).catch(() => []);
                for (const n of names)
                    total += (await (0,promises_.stat)((0,external_node_path_.join)(v, n)).catch(() => undefined))?.size ?? 0;
            }
            return total;
        },
    };
}
/** Why go was stopped, naming the module, the proxy and the limit that was hit. */
function stopMessage(stopped, waiting, inputName) {
    const what = waiting
        ? `${waiting.module ? `${waiting.module} from ` : ""}${waiting.proxy ?? waiting.url} (${waiting.open ? "no response to GET " : "the body of GET "}${waiting.url})`
        : undefined;
    if (stopped.kind === "stall")
        return `go mod download was stopped: nothing arrived for ${stopped.limitSeconds} s (${inputName.stall}: ${stopped.limitSeconds}) while waiting on ${what ?? "go (no request in its trace)"}. Go has no timeout here and would wait forever. Check that proxy, or raise ${inputName.stall} if it is only slow.`;
    if (stopped.kind === "timeout")
        return `go mod download was stopped: it did not finish within ${stopped.limitSeconds} s (${inputName.total}: ${stopped.limitSeconds})${what ? `; it was waiting on ${what}` : ""}. Raise ${inputName.total} if the module graph is this large.`;
    return "go mod download was cancelled.";
}

;// CONCATENATED MODULE: ./src/download/prewarm.ts
// Runs `go mod download -x -json` in every module root, retrying transient failures with
// backoff, and keeps every attempt's output for the ledger. The edge that runs go. Every
// attempt is bounded by progress (stall.ts) and all attempts together by one total; a stopped
// attempt is not retried (the same proxy would hold it again). The -x trace is parsed as go
// prints it, so no run's whole stderr is split into lines again at the end (peak memory on
// thousands of modules).






/** Defaults: a dead proxy ends the pre-warm in about a minute; a large graph gets 20 minutes. */
const DEFAULT_STALL_SECONDS = 60;
const DEFAULT_DOWNLOAD_TIMEOUT_SECONDS = 1200;
async function prewarm(opts) {
    const roots = [];
    const trace = (0,download_trace/* createTraceParser */.N)();
    const deadline = performance.now() + (opts.timeoutSeconds ?? DEFAULT_DOWNLOAD_TIMEOUT_SECONDS) * 1000;
    for (const root of opts.roots) {
        opts.signal?.throwIfAborted();
        const outcome = await prewarmRoot(root, opts, deadline, trace);
        roots.push(outcome);
        if (outcome.attempts.at(-1).stopped?.kind === "timeout")
            break;
    }
    return { roots, trace: trace.end() };
}
async function prewarmRoot(root, opts, deadline, trace) {
    const sleep = opts.sleep ??
        ((ms) => (0,external_node_timers_promises_namespaceObject.setTimeout)(ms, undefined, opts.signal ? { signal: opts.signal } : {}));
    const attempts = [];
    const final = new Map();
    let args = ["mod", "download", "-x", "-json", ...(opts.scope === "all" ? ["all"] : [])];
    let waited = 0;
    let retryReason;
    for (let n = 0;; n++) {
        const watch = createFetchWatch();
        const json = createDownloadJsonDecoder();
        const { gomodcache } = opts;
        const run = await (0,go_command/* runGo */.aC)(opts.goBin, args, {
            cwd: root.dir,
            env: opts.env,
            // -json objects are decoded as go prints them: 5,000 modules' output is never held whole.
            onStdoutLine: (line) => json.write(`${line}\n`),
            onStderrLine: (line) => {
                watch.push(line);
                trace.push(line);
                opts.onStderrLine?.(line);
            },
            timeoutMs: Math.max(1000, deadline - performance.now()),
            stallMs: (opts.stallSeconds ?? DEFAULT_STALL_SECONDS) * 1000,
            ...(gomodcache ? { progress: () => watch.bytesArrived(gomodcache) } : {}),
            ...(opts.signal ? { signal: opts.signal } : {}),
        });
        // A blank line after each run: a cut `# get` line of one run never continues into the next.
        trace.push("");
        // An abort is the caller's decision, not a failure of go: no retry, no report.
        if (run.stopped?.kind === "aborted")
            opts.signal?.throwIfAborted();
        const { modules } = json.end();
        const waiting = run.stopped ? await watch.waitingOn(gomodcache) : undefined;
        const stop = run.stopped && {
            message: stopMessage(run.stopped, waiting, opts.limitNames ?? { stall: "stall-timeout", total: "download-timeout" }),
            reason: run.stopped.kind === "stall"
                ? `nothing arrived for ${run.stopped.limitSeconds} s`
                : `not finished within ${run.stopped.limitSeconds} s`,
            ...(waiting?.module ? { module: waiting.module } : {}),
            ...(waiting?.proxy ? { proxy: waiting.proxy } : {}),
        };
        attempts.push({
            ...run,
            args,
            modules,
            waited,
            ...(retryReason ? { retryReason } : {}),
            ...(stop ? { stop } : {}),
        });
        for (const m of modules)
            final.set(`${m.Path}@${m.Version}`, m);
        if (run.exitCode === 0 || run.stopped || n >= opts.retries)
            break;
        const failed = modules.filter((m) => m.Error);
        const transient = failed.filter((m) => isTransient(m.Error));
        // Retry the failures that may pass next time; a graph-loading failure has no module objects.
        const graphFailure = failed.length === 0 && isTransient(run.stderr);
        if (!graphFailure && transient.length === 0)
            break;
        retryReason = graphFailure ? lastGoMessage(run.stderr) : transient[0].Error.split("\n")[0];
        args = graphFailure
            ? args
            : ["mod", "download", "-x", "-json", ...transient.map((m) => `${m.Path}@${m.Version}`)];
        waited = opts.backoffSeconds * 2 ** n;
        if (performance.now() + waited * 1000 >= deadline)
            break;
        await sleep(waited * 1000);
    }
    const last = attempts.at(-1);
    const modules = [...final.values()];
    return {
        root,
        attempts,
        modules,
        ok: last.exitCode === 0 && !last.stopped && modules.every((m) => !m.Error),
    };
}
function lastGoMessage(stderr) {
    const said = stderr
        .split("\n")
        .filter((l) => l.startsWith("go: ") || l.startsWith("go mod download: "));
    return said.at(-1) ?? "transient failure";
}

// EXTERNAL MODULE: ./src/pipeline/download-report.ts
var download_report = __nccwpck_require__(411);
;// CONCATENATED MODULE: ./src/pipeline/download.ts
// The pre-warm stage shared by the action and the CLI: go mod download in every module root
// (with retries) → the report's download section.



async function runDownload(opts) {
    if (opts.ws.roots.length === 0)
        return undefined;
    const run = await runGoDownload({
        ...opts,
        goBin: opts.go.bin,
        ...(opts.go.effective.GOMODCACHE ? { gomodcache: opts.go.effective.GOMODCACHE } : {}),
    });
    return reportDownload(run, opts);
}
/** Only the go runs: what the action starts while the live probes still run. */
function runGoDownload(opts) {
    return prewarm({
        goBin: opts.goBin,
        env: opts.env,
        roots: opts.ws.roots,
        scope: opts.scope,
        retries: opts.retries,
        backoffSeconds: opts.backoffSeconds,
        ...(opts.onStderrLine ? { onStderrLine: opts.onStderrLine } : {}),
        ...(opts.stallSeconds !== undefined ? { stallSeconds: opts.stallSeconds } : {}),
        ...(opts.timeoutSeconds !== undefined ? { timeoutSeconds: opts.timeoutSeconds } : {}),
        ...(opts.limitNames ? { limitNames: opts.limitNames } : {}),
        ...(opts.gomodcache ? { gomodcache: opts.gomodcache } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
    });
}
/** The go runs' output → the ledger and the report's download section. */
function reportDownload(run, opts) {
    return (0,download_report/* downloadReport */.F5)(run, {
        workspace: opts.ws.workspace,
        chain: (0,download_report/* chainConfig */.ol)(opts.go.settings),
        goVersion: opts.go.version,
        allowDirect: opts.allowDirect,
        requiredAt: (0,pipeline_workspace/* requiredAt */.XT)(opts.ws),
    });
}

// EXTERNAL MODULE: ./src/pipeline/explain.ts
var explain = __nccwpck_require__(977);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(655);
;// CONCATENATED MODULE: ./src/report/json-file.ts
// report.json written as `JSON.stringify(value, null, 2)` would write it, a piece at a time:
// on 5,000 modules the report is 11 MB of JSON, and building it as one string raised the
// main step's peak memory by about 30 MB. Objects are walked key by key; each array item is
// stringified on its own (items are small: a module, a file, a request).

const FLUSH_CHARS = 1 << 16;
/** Writes `value` as indented JSON and a newline. */
async function writeJsonFile(file, value) {
    const fh = await (0,promises_.open)(file, "w");
    try {
        let buf = "";
        for (const piece of jsonPieces(toJsonValue(value, ""), "")) {
            buf += piece;
            if (buf.length >= FLUSH_CHARS) {
                await fh.write(buf);
                buf = "";
            }
        }
        await fh.write(`${buf}\n`);
    }
    finally {
        await fh.close();
    }
}
/** The pieces of `JSON.stringify(v, null, 2)`, for a value (toJSON already applied) at `indent`. */
function* jsonPieces(v, indent) {
    if (v === null || typeof v !== "object") {
        yield JSON.stringify(v) ?? "null";
        return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
        if (v.length === 0)
            return void (yield "[]");
        yield "[";
        for (let i = 0; i < v.length; i++) {
            const item = JSON.stringify(v[i], null, 2) ?? "null";
            yield `${i ? "," : ""}\n${inner}${item.replaceAll("\n", `\n${inner}`)}`;
        }
        yield `\n${indent}]`;
        return;
    }
    let first = true;
    for (const key of Object.keys(v)) {
        const member = toJsonValue(v[key], key);
        if (member === undefined || typeof member === "function" || typeof member === "symbol")
            continue;
        yield `${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
        first = false;
        yield* jsonPieces(member, inner);
    }
    yield first ? "{}" : `\n${indent}}`;
}
/** What JSON.stringify serialises in place of a value: its toJSON() result when it has one. */
function toJsonValue(value, key) {
    const withToJson = value;
    return typeof withToJson?.toJSON === "function" ? withToJson.toJSON(key) : value;
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __nccwpck_require__(867);
// EXTERNAL MODULE: ./src/check/rules.ts
var rules = __nccwpck_require__(327);
// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __nccwpck_require__(961);
;// CONCATENATED MODULE: ./src/credentials/rules.ts
// The rules of the `credentials` input (input.ts, setup.ts), in the shape of
// src/check/rules.ts's catalogue, for docs/rules.md. One entry per rule id they emit.

const CREDENTIALS_RULES = [
    (0,rule/* defineRule */.K)("credentials-malformed-line", "error", ["credentials"], "A line of the `credentials` input is not `<host[:port]> <user> <token>`", "The line (named by its number only: it may hold a secret, so it is never shown) does not have exactly three fields separated by spaces or tabs, its host has a scheme (`https://…`), its first field is not a host name, IP literal or `host:port`, or its port is out of range. The line is left out of the .netrc and the git helper; its fields are still masked in logs. Write one `<host[:port]> <user> <token>` per line, the host exactly as in the URL Go requests (no scheme, no path); blank lines and `#` comments are ignored. A token cannot hold white space (the .netrc format has no quoting)."),
    (0,rule/* defineRule */.K)("credentials-duplicate-host", "warning", ["credentials"], "The same host[:port] is given twice", "A later line names a host[:port] an earlier line already gave. Go uses the first .netrc entry for a machine, so the later line is ignored (it is not written). Keep one line per host; `host` and `host:8443` are different entries."),
    (0,rule/* defineRule */.K)("credentials-netrc-portless", "notice", ["credentials"], "A port-less .netrc entry was added for Go before 1.21", "Go before 1.21 compares the .netrc machine with the request's host name without the port, so for a `host:port` line an entry for the bare host name was added after the exact ones (unless the input already has a line for that name). Those credentials then apply to every port of that host. Nothing to fix; on Go 1.21+ host and port are compared exactly and no extra entry is written."),
    (0,rule/* defineRule */.K)("credentials-netrc-merged", "notice", ["credentials", "NETRC", "HOME"], "The existing .netrc was kept after the `credentials` input", "NETRC now points at a new private .netrc written from the `credentials` input, and the .netrc Go would have read before ($NETRC, else `$HOME/.netrc`) was copied after those entries into it, so both stay usable. Go uses the first entry for a machine, so the input wins for a host both give. Nothing to fix; the file is removed by the post step."),
    (0,rule/* defineRule */.K)("credentials-goauth-ignored", "notice", ["GOAUTH"], "GOAUTH is set but this Go does not read it", "GOAUTH exists from Go 1.24. This Go reads the .netrc (the one written from the `credentials` input) whatever GOAUTH says, so the setting has no effect here. Nothing to fix, unless you meant GOAUTH to turn credentials off or to run a command: that needs Go 1.24+."),
    (0,rule/* defineRule */.K)("credentials-goauth-off", "warning", ["GOAUTH", "credentials"], "GOAUTH=off: the go command ignores the `credentials` input", "On Go 1.24+ GOAUTH=off makes the go command send no credentials at all, so the .netrc written from the `credentials` input is not used for proxies or the checksum database; a private proxy answers 401/403. git, for direct fetches, still uses the credential helper. Unset GOAUTH, or set it to `netrc`."),
    (0,rule/* defineRule */.K)("credentials-goauth-without-netrc", "warning", ["GOAUTH", "credentials"], "GOAUTH does not list netrc: the .netrc is not read", "On Go 1.24+ GOAUTH is a `;`-separated list of methods, and this one holds only commands or `git <dir>`, not `netrc`, so the go command never reads the .netrc written from the `credentials` input. Add netrc to the list, e.g. `GOAUTH='netrc;<your command>'`."),
];

;// CONCATENATED MODULE: ./src/download/rules.ts
// What the download did, judged: the rules behind a strict failure that no setting predicts,
// in the shape of src/check/rules.ts's catalogue, for docs/rules.md and strict-ignore.

const DOWNLOAD_RULES = [
    (0,rule/* defineRule */.K)("download-direct", "warning", ["GOPROXY", "GONOPROXY", "GOPRIVATE"], "A module was fetched directly from its VCS, outside allow-direct", "The pre-warm fetched the module from its origin with version control (`direct`), not from a proxy: every earlier GOPROXY entry passed it over, or GONOPROXY/GOPRIVATE sent it there. That needs git and network access to the host, is slower, and bypasses what your proxy caches and vets. Under `strict: true` it fails the step unless `allow-direct` matches the module. Mirror the module in the proxy, list it in `allow-direct` (GOPRIVATE syntax), or add `download-direct` to `strict-ignore`."),
    (0,rule/* advice */.v)((0,rule/* defineRule */.K)("download-fallback", "warning", ["GOPROXY"], "A module file fell through to a later GOPROXY entry", "An entry of GOPROXY answered 404/410 (after `,`) or failed (after `|`), and the module file came from a later entry. The download still worked, at the cost of an extra round trip per file. With `fail-on-fallback: true` it fails the step, for teams whose first proxy must serve everything. Make the first proxy serve the module, or add `download-fallback` to `strict-ignore`.")),
];

// EXTERNAL MODULE: ./src/explain/catalogue.ts
var catalogue = __nccwpck_require__(970);
;// CONCATENATED MODULE: ./src/probe/rules.ts

const r = (id, severity, variables, title, doc, alsoSeverity) => ({
    ...(0,rule/* defineRule */.K)(id, severity, variables, title, doc),
    ...(alsoSeverity ? { alsoSeverity } : {}),
});
/** The severity rule shared by every "this proxy failed" finding. */
const HOP = "It is an **error** when a probed module reaches this proxy (every earlier entry answered 404/410, or failed with `|` after it) and the proxy is followed by `,` or is the last entry: Go falls through only on 404 and 410, so the download stops here. It is a **warning** when `|` follows the proxy (Go moves on to the next entry after the error, paying for the failed request every time) or when no probed module reaches it (an earlier proxy serves them, or already stopped them).";
const PROBE_RULES = [
    // Each proxy of GOPROXY, asked for a module's .info the way the go command asks.
    r("probe-proxy-ok", "notice", ["GOPROXY"], "The proxy serves a module the repository needs", "The proxy answered `200 OK` for `<module>/@v/<version>.info` (one of the repository's requirements, or the `probe-module` input). The message gives the response time, the egress proxy the request went through (HTTPS_PROXY/HTTP_PROXY) and where the credentials came from (.netrc, a GOAUTH command, `git credential`, or the URL), so you can see that Go will reach it the same way. Nothing to fix."),
    (0,rule/* advice */.v)(r("probe-proxy-not-found", "warning", ["GOPROXY"], "The proxy answers 404 or 410 for every probed module", 'The proxy does not have the modules it was asked for (`404 Not Found` or `410 Gone` for each). Go treats that as "not here" after both `,` and `|`: it is a **warning** when another entry follows (Go falls through to it, one extra round trip per module file), an **error** when the proxy is the last entry, since the download then fails. A proxy that mirrors only what it fetched before, or one that excludes private modules, answers this way; check the proxy\'s upstream settings, or list private modules in GOPRIVATE/GONOPROXY so they are not asked for there.', "error")),
    (0,rule/* advice */.v)(r("probe-proxy-slow", "warning", ["GOPROXY"], "The proxy took more than 3 seconds to answer", "The slowest probe request to this proxy took longer than 3 s. Every module file (.info, .mod, .zip) costs a request like it, so a large build pays it many times. Look at the proxy's load and its upstream, or put a closer proxy first.")),
    (0,rule/* advice */.v)(r("probe-tls-expiring", "warning", ["GOPROXY"], "The proxy's TLS certificate expires within 14 days", "The certificate the proxy presented (on a direct connection, not through an egress proxy) expires in fewer than 14 days; the message gives the date. Today it still works; once it expires Go fails every request with `x509: certificate has expired or is not yet valid`. Renew the certificate.")),
    r("probe-proxy-status", "error", ["GOPROXY"], "The proxy answers with an HTTP error other than 404, 410, 401 or 403", `The proxy answered a status such as \`500 Internal Server Error\`, \`502 Bad Gateway\`, \`429 Too Many Requests\` or \`400 Bad Request\`; the message adds Go's \`server response:\` text when the body is short plain text. Go reports it as \`reading <url>: <status>\`. ${HOP} Fix the proxy, or write \`|\` after it in GOPROXY to fall back on any error.`, "warning"),
    r("probe-proxy-auth", "error", ["GOPROXY", "NETRC", "GOAUTH"], "The proxy answers 401 Unauthorized or 403 Forbidden", `The proxy wants credentials Go did not send, or refused the ones it sent. The message says which: over \`http://\` Go never sends .netrc or GOAUTH credentials (use https); credentials from the .netrc, a GOAUTH command or \`git credential\` were sent and refused (check the user and token); GOAUTH=off sends none; or the .netrc Go reads has no complete \`machine\`/\`login\`/\`password\` entry for the proxy's host (Go before 1.21 compares the host name only, Go 1.21+ host and port exactly). On Go 1.24+ Go re-runs the GOAUTH commands after a 4xx and retries once, as the probe does. ${HOP} The \`credentials\` input writes a matching .netrc entry.`, "warning"),
    r("probe-proxy-timeout", "error", ["GOPROXY", "HTTPS_PROXY"], "The proxy did not answer in time", `No response came before the live checks' overall timeout (the \`probe-timeout\` input, 10 s by default), or the connection or the response headers timed out (\`dial tcp …: i/o timeout\`, \`timeout awaiting response headers\`). The go command has no timeout of its own here: it would wait. ${HOP} Check that the proxy (and the egress proxy, if HTTPS_PROXY is set) is up and reachable from the runner; raise \`probe-timeout\` if it is merely slow.`, "warning"),
    r("probe-proxy-tls", "error", ["GOPROXY", "SSL_CERT_FILE", "SSL_CERT_DIR"], "The proxy's TLS certificate is not trusted by Go", `The TLS handshake failed the way Go fails it: \`x509: certificate signed by unknown authority\`, \`certificate has expired or is not yet valid\`, \`certificate is not valid for <host>\`, or another handshake error. Go on Linux trusts the system roots, or only the roots in SSL_CERT_FILE/SSL_CERT_DIR when those are set; it never reads NODE_EXTRA_CA_CERTS (the message says when that file holds the CA that would make it work). ${HOP} Point SSL_CERT_FILE at a bundle holding the proxy's CA, or fix the certificate.`, "warning"),
    r("probe-proxy-dns", "error", ["GOPROXY"], "The proxy's host name does not resolve", `\`dial tcp: lookup <host>: no such host\` (or a temporary resolver failure): the runner cannot resolve the proxy's host name. ${HOP} Check the spelling in GOPROXY, and that the runner's DNS knows internal names.`, "warning"),
    r("probe-proxy-unreachable", "error", ["GOPROXY"], "The proxy cannot be reached", `The request failed without an HTTP status: \`connection refused\`, \`connection reset by peer\`, the connection closed without a response (\`EOF\`), more than 10 redirects, or a URL that cannot be requested. The message quotes the error as Go words it. ${HOP} Check the proxy's host and port, and whether a firewall sits between the runner and the proxy.`, "warning"),
    r("probe-proxy-insecure-redirect", "error", ["GOPROXY"], "The proxy redirects from https to http", `The proxy (or a redirect after it) sent an \`https://\` request to an \`http://\` URL. Go refuses: \`redirected from secure URL … to insecure URL …\`, and the probe does not follow it either. ${HOP} Fix the proxy's redirect so it stays on https.`, "warning"),
    r("probe-proxy-insecure-credentials", "error", ["GOPROXY"], "Credentials in an http:// proxy URL", `The proxy URL carries \`user:password@\` over plain http. Go 1.13+ refuses to send the request at all (\`refusing to pass credentials to insecure URL\`), and so does the probe: nothing is sent. ${HOP} Use \`https://\`, or move the credentials out of the URL (the \`credentials\` input, .netrc, GOAUTH) — those apply to https only.`, "warning"),
    r("probe-egress-proxy-failed", "error", ["GOPROXY", "HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY"], "The egress proxy (HTTPS_PROXY/HTTP_PROXY) fails the request", `Go sends requests for this GOPROXY entry through the egress proxy named by HTTPS_PROXY (HTTP_PROXY for http URLs; NO_PROXY exempts hosts), and that proxy failed: it refused the CONNECT tunnel (e.g. \`407 Proxy Authentication Required\`), failed otherwise, or — with REQUEST_METHOD set — Go refuses HTTP_PROXY in a CGI environment. ${HOP} Give the egress proxy its credentials in the URL (\`http://user:token@proxy:3128\`), or add the GOPROXY host to NO_PROXY if it must be reached directly.`, "warning"),
    r("probe-egress-proxy-invalid", "warning", ["HTTPS_PROXY", "HTTP_PROXY"], "HTTPS_PROXY or HTTP_PROXY does not parse", "The value does not parse as a URL, even with `http://` put in front. Go ignores it without a word and connects directly, so a runner that can only reach the network through that proxy fails later with a timeout or a DNS error. Write a URL such as `http://proxy.corp:3128`."),
    // The chain as a whole, walked with Go's rules over the probe results.
    r("probe-chain-fails", "error", ["GOPROXY"], "No entry of GOPROXY serves a probed module", "Walking GOPROXY the way Go does (`,` falls through on 404/410 only, `|` on any error, `direct` fetches from version control, `off` stops), nothing serves this module. The message is the error the download will report for it: the last not-found, the first error a `,` stops at, or `module lookup disabled by GOPROXY=off`. The findings for each proxy say why; fix the proxy the error names, add a proxy that has the module, or end the list with `,direct`."),
    r("probe-fallback-direct", "warning", ["GOPROXY", "GONOPROXY", "GOPRIVATE"], "A module falls through every proxy to direct", "Every proxy before `direct` passed the module over (the message lists them and why), so Go will fetch it from its origin with version control: slower, needs git and network access to that host, and not cached by your proxy. When the module is private, list it in GOPRIVATE or GONOPROXY so Go goes direct without asking the proxies first (and use the `credentials` input for its host); otherwise make the proxy serve it."),
    // Credentials the go command would attach (auth.ts).
    r("probe-goauth-invalid", "error", ["GOAUTH"], "GOAUTH that Go 1.24+ rejects", "Go 1.24+ parses GOAUTH before its first https request and stops with `go: <error>`: an empty command (`;;` or a trailing `;`), `off` combined with other commands, or `git` without exactly one absolute directory. Write a `;`-separated list of `off`, `netrc`, `git <absolute dir>` or a command, or unset GOAUTH for the default (`netrc`)."),
    r("probe-netrc-unreadable", "warning", ["NETRC", "HOME"], "The .netrc Go reads exists but cannot be read", "The file Go reads for credentials ($NETRC, else `$HOME/.netrc`) exists but reading it failed (for example `EACCES`, or a directory). Go 1.24+ then sends no .netrc credentials (it only logs the error under `-x`), so a private proxy answers 401/403. Fix the path or the file's permissions. Reported on Go 1.24+ only."),
    r("probe-goauth-command-failed", "warning", ["GOAUTH"], "A GOAUTH command failed", "A custom command in GOAUTH (Go 1.24+) exited with an error, could not be started, or printed output that is not `URL lines, blank line, header lines, blank line`. Go runs it once before the first request and again with the URL after a 4xx; when it fails Go carries on without its credentials, so a private proxy answers 401/403. Run the command by hand to see its error; the message names only the failure's kind, never its output."),
    r("probe-goauth-git-failed", "warning", ["GOAUTH"], "GOAUTH=git: `git credential fill` failed", "With `git <dir>` in GOAUTH (Go 1.24+), Go runs `git credential fill` in that directory after a 4xx to get credentials for the URL; it failed (git missing, the directory is not a repository, or no helper answered without a terminal). Go carries on without credentials. Configure a git credential helper for the proxy's host, or use the `credentials` input (a .netrc with GOAUTH's default `netrc`)."),
    // The checksum database, reached the way Go reaches it.
    r("probe-sumdb-via-proxy", "notice", ["GOSUMDB", "GOPROXY"], "Checksum lookups go through a proxy", "A GOPROXY entry answered `200` for `/sumdb/<name>/supported`, so Go sends every checksum-database request through that proxy. Go does not fall back to the database itself if that proxy later fails, so its sumdb endpoint must stay up. Nothing to fix."),
    r("probe-sumdb-direct", "notice", ["GOSUMDB", "GOPROXY"], "Checksum lookups go straight to the database", 'No GOPROXY entry answered `200` for `/sumdb/<name>/supported` (they answered 404/410, or failed with `|` after them on the way to `direct`; `direct` and `off` both mean "connect directly" here), so Go asks `https://<name>` itself. That host must be reachable from CI; behind a firewall use a proxy that serves `/sumdb/`, or give GOSUMDB a URL.'),
    r("probe-sumdb-proxy-failed", "error", ["GOSUMDB", "GOPROXY"], "Checksum-database access through the proxies fails", "Either a proxy answered `/sumdb/<name>/supported` with an error other than 404/410 and Go stops there, before any lookup (a `,` follows that proxy, or a `|` follows it and the list ends without `direct`); or the proxy that supports the database cannot serve `/sumdb/<name>/latest`. Every module not already in go.sum will then fail verification. Append `,direct` or write `|` after that proxy, make it answer `/supported` with 200 or 404, or list private modules in GONOSUMDB."),
    r("probe-sumdb-direct-unreachable", "error", ["GOSUMDB", "GOPROXY"], "The checksum database cannot be reached directly", "No proxy serves the checksum database, so Go goes to `https://<name>/latest` itself, and that request fails (the message gives Go's error). Every module not already in go.sum will fail verification. Use a proxy that serves `/sumdb/<name>/`, set GOSUMDB's URL (`<key> <url>`), or list private modules in GONOSUMDB."),
    r("probe-sumdb-unreachable", "error", ["GOSUMDB"], "The checksum database at GOSUMDB's URL cannot be read", "GOSUMDB gives its own URL (`<key> <url>`), which bypasses the proxies, and `<url>/latest` fails (the message gives Go's error). Every module not already in go.sum will fail verification. Check the URL and that CI can reach it."),
    r("probe-sumdb-verified", "notice", ["GOSUMDB"], "The checksum database's signed tree head verifies", "`/latest` was fetched the way Go fetches it and its signature verifies with the key in GOSUMDB; the message gives the number of records. Name, key and URL are right. Nothing to fix."),
    r("probe-sumdb-wrong-key", "error", ["GOSUMDB"], "The checksum database is not signed by the configured key", "`/latest` is signed, but not by the key GOSUMDB names (the message lists the signers found and the configured `<name>+<hash>`). GOSUMDB's key, name or URL is wrong, so every verification would fail (`invalid signature`, `no verifiable signatures`). This is a fact about the settings, not a prediction: the action does not start the download, and the step fails. Copy the database's real verifier key into GOSUMDB."),
    r("probe-sumdb-bad-signature", "error", ["GOSUMDB"], "The checksum database's signature does not verify", "`/latest` carries a signature under the configured key's name and hash, but it does not verify: the key differs from the one the database signs with, or something between CI and the database altered the note. Go rejects such a database. The action does not start the download, and the step fails. Check GOSUMDB's key, and whatever proxy serves `/sumdb/`."),
    r("probe-sumdb-malformed", "error", ["GOSUMDB"], "The checksum database's `/latest` is not a signed tree head", "The body of `/latest` is not a well-formed signed note holding a tree (`malformed note`, `malformed tree note`, `invalid signer`, `ambiguous key`): the URL points at something that is not a checksum database (a login page, a proxy error page), or the response was altered. Go rejects it. The action does not start the download, and the step fails. Check the URL (GOSUMDB's, or the proxy serving `/sumdb/`)."),
    r("probe-sumdb-key-invalid", "error", ["GOSUMDB"], "GOSUMDB's key cannot verify anything", "The verifier key in GOSUMDB does not parse (`malformed verifier id`, `invalid verifier hash`, `unknown verifier algorithm`), so nothing can be verified; Go fails with `invalid GOSUMDB: …`. The settings check ([gosumdb-invalid](#gosumdb-invalid)) normally rejects this before the live checks run. Write the key as `<name>+<hash>+<base64 key>`."),
];

;// CONCATENATED MODULE: ./src/toolchain/rules.ts
// The toolchain rules, in the shape of src/check/rules.ts's catalogue, for docs/rules.md.

const TOOLCHAIN_RULES = [
    (0,rule/* defineRule */.K)("toolchain-sumdb-off", "error", ["GOSUMDB"], "GOSUMDB=off with a toolchain download ahead", "Go 1.21+ verifies every `golang.org/toolchain` download with the checksum database even when GOSUMDB=off or GONOSUMDB/GOPRIVATE match it, because a toolchain cannot be listed in go.sum: the switch fails with `verifying golang.org/toolchain@…: checksum database disabled by GOSUMDB=off`. The action refuses the same way. Keep GOSUMDB on and exempt private modules with GONOSUMDB/GOPRIVATE, or install the version with the `go-version` input."),
    (0,rule/* defineRule */.K)("toolchain-sumdb-invalid", "error", ["GOSUMDB"], "GOSUMDB cannot verify a toolchain", "GOSUMDB does not parse (see the GOSUMDB rules), so no toolchain download can be proven; Go fails the switch with the same `invalid GOSUMDB` error."),
    (0,rule/* defineRule */.K)("toolchain-goproxy-off", "error", ["GOPROXY"], "GOPROXY=off with a toolchain download ahead", "With GOPROXY=off the switch to a newer toolchain fails with the misleading `download go1.X.Y for linux/amd64: toolchain not available`. Use a proxy that mirrors `golang.org/toolchain`, or install the version up front."),
    (0,rule/* defineRule */.K)("toolchain-goproxy-invalid", "error", ["GOPROXY"], "GOPROXY does not parse", "The toolchain cannot be fetched because Go rejects GOPROXY itself; see the GOPROXY rules."),
    (0,rule/* defineRule */.K)("toolchain-direct", "warning", ["GOPROXY", "GONOPROXY", "GOPRIVATE"], "Toolchain downloaded directly, not through a proxy", "With `direct` first in GOPROXY (or GONOPROXY/GOPRIVATE matching `golang.org/toolchain`), Go resolves the module's go-import tag (a `mod` target on Go's download site, which redirects to its file host) and downloads from there. CI must reach those hosts and the checksum database directly."),
    (0,rule/* advice */.v)((0,rule/* defineRule */.K)("toolchain-not-mirrored", "warning", ["GOPROXY"], "A proxy does not mirror golang.org/toolchain", "The proxy answers 404/410 for `golang.org/toolchain` (many private proxies only mirror what was requested before, or exclude it). After `,` or `|` Go moves on to the next entry; when no entry has it the switch fails with `toolchain not available` (reported as an error then).")),
    (0,rule/* defineRule */.K)("toolchain-not-available", "error", ["GOPROXY"], "No entry of the chain has the toolchain", "Every entry answered 404/410 (or the walk reached `off`): Go prints `download go1.X.Y for GOOS/GOARCH: toolchain not available`. Check the version exists for this platform and that a proxy in the chain mirrors `golang.org/toolchain`."),
    (0,rule/* defineRule */.K)("toolchain-proxy-failed", "error", ["GOPROXY"], "A proxy failed while serving the toolchain", "A proxy answered something other than 200/404/410 or the connection failed. After `,` Go stops there; only `|` falls back on any error."),
    (0,rule/* defineRule */.K)("toolchain-checksum-mismatch", "error", ["GOPROXY", "GOSUMDB"], "Toolchain zip does not match the checksum database", "The zip's `h1:` hash (dirhash over its files) differs from the record the checksum database signed for that toolchain version, or the zip is not readable. It is a SECURITY ERROR: nothing is installed or unpacked. The proxy (or something between) served other bytes; Go refuses it the same way."),
    (0,rule/* defineRule */.K)("toolchain-sumdb-unverified", "error", ["GOSUMDB"], "Checksum database answer not proven", "The lookup's signed tree head does not verify with GOSUMDB's key (wrong key, wrong database behind the URL or proxy), or the record is not proven by the hash tiles (`cannot authenticate record data`). Nothing is installed."),
    (0,rule/* defineRule */.K)("toolchain-sumdb-no-record", "error", ["GOSUMDB"], "Checksum database has no record of the toolchain", "The database answered 404/410 for `golang.org/toolchain@v0.0.1-go…`: the download cannot be proven, so it is not installed. A private database must log toolchains too (or proxy the public one)."),
    (0,rule/* defineRule */.K)("toolchain-sumdb-failed", "error", ["GOSUMDB", "GOPROXY"], "Checksum database unreachable", "The `/sumdb/<name>/supported` walk over GOPROXY stopped on an error after `,`, or a lookup or tile request failed. Go reaches the database through the first proxy that answers 200 to `supported`, else directly at `https://<name>`, or at GOSUMDB's URL when it has one."),
    (0,rule/* defineRule */.K)("toolchain-gonosumdb-ignored", "notice", ["GONOSUMDB", "GOPRIVATE"], "GONOSUMDB does not apply to toolchains", "The pattern matches `golang.org/toolchain`, but Go verifies toolchain downloads with the checksum database regardless."),
    (0,rule/* defineRule */.K)("toolchain-gotoolchain-invalid", "error", ["GOTOOLCHAIN"], "GOTOOLCHAIN does not parse", "Every go command fails with `invalid GOTOOLCHAIN …` before doing anything."),
    (0,rule/* defineRule */.K)("toolchain-local-too-old", "error", ["GOTOOLCHAIN"], "go.mod needs a newer Go than GOTOOLCHAIN allows", "With GOTOOLCHAIN=local (or a forced `go1.X.Y` without `+auto`), go.mod's `go` line cannot raise the toolchain: Go fails with `go.mod requires go >= … (running go …; GOTOOLCHAIN=…)`. Use `auto`, `+auto`, or install that version."),
    (0,rule/* defineRule */.K)("toolchain-path-missing", "error", ["GOTOOLCHAIN"], "GOTOOLCHAIN=path and the toolchain is not on PATH", '`path` and `+path` only look for a `go1.X.Y` binary on PATH and fail with `cannot find "go1.X.Y" in PATH`.'),
    (0,rule/* defineRule */.K)("toolchain-language-version", "notice", ["GOTOOLCHAIN"], "A language version in the go line", "A `go 1.23` line makes GOTOOLCHAIN=auto switch to go1.23.0, the first release of the language version, not the newest patch release. Add `toolchain go1.23.N` to pick one."),
    (0,rule/* defineRule */.K)("toolchain-go-too-old", "notice", ["GOTOOLCHAIN"], "The Go on PATH predates toolchain switching", "Go 1.20 and older ignore `toolchain` lines and GOTOOLCHAIN: they build with themselves. Install the version the module needs with the `go-version` input."),
    (0,rule/* defineRule */.K)("toolchain-prewarmed", "notice", ["GOTOOLCHAIN"], "Toolchain verified and pre-warmed in GOMODCACHE", "The toolchain GOTOOLCHAIN=auto will switch to was downloaded, proven by the checksum database and unpacked in GOMODCACHE in Go's own layout (with the cached signed lookup and tiles), so the switch runs without a download."),
    (0,rule/* defineRule */.K)("toolchain-version-invalid", "error", ["go-version", "go-version-file"], "The requested Go version cannot be read", "`go-version` takes `1.23.5`, `go1.23.5`, `1.24rc1`, `1.23` / `1.23.x` (the newest 1.23 release the chain lists) or `stable`; `go-version-file` takes a go.mod or go.work (its `toolchain` line, else its `go` line), `.go-version` or `.tool-versions`."),
    (0,rule/* defineRule */.K)("toolchain-bad-zip", "error", ["GOPROXY"], "The verified zip is not a valid toolchain module", "The zip is the one the checksum database logged, but Go's module-zip rules reject it (a file outside the module prefix, an unclean path, duplicates, a nested go.mod, over 500 MiB), or it has no bin/go."),
    (0,rule/* defineRule */.K)("toolchain-install-failed", "error", [], "Writing the toolchain failed", "Unpacking or copying into the tool cache failed (disk space, permissions). Nothing is left half-installed."),
];

;// CONCATENATED MODULE: ./src/report/strict.ts







const CATALOGUE = new Map([...rules/* RULES */.y0, ...PROBE_RULES, ...CREDENTIALS_RULES, ...TOOLCHAIN_RULES, ...DOWNLOAD_RULES].map((r) => [r.id, r]));
const EXPLAIN_IDS = new Set(catalogue/* EXPLAIN_RULES */.i.map((r) => r.id));
/** The `strict-ignore` input: rule ids separated by commas or new lines. */
function parseStrictIgnore(text) {
    const ids = [];
    const warnings = [];
    for (const id of new Set(text.split(/[,\n]/).map((s) => s.trim()))) {
        if (!id)
            continue;
        const rule = CATALOGUE.get(id);
        if (rule && (rule.severity !== "error" || "alsoSeverity" in rule))
            ids.push(id);
        else if (rule || EXPLAIN_IDS.has(id))
            warnings.push(`strict-ignore names "${id}", which is always an error (Go rejects the setting, or the download fails): it fails the step with or without strict and cannot be silenced. Fix what the finding names instead, and remove "${id}" from strict-ignore.`);
        else
            warnings.push(`strict-ignore names "${id}", which is no rule id of setup-goproxy, so it silences nothing. Use the id a finding names in its title (all ids: docs/rules.md), e.g. "goproxy-entries-after-terminal".`);
    }
    return { ids, warnings };
}
/** The findings that remain once the silenced ids are dropped (errors are never dropped). */
function withoutSilenced(diagnostics, ignore) {
    return diagnostics.filter((d) => d.severity === "error" || !ignore.includes(d.rule));
}
/** Whether strict mode fails on a warning of this rule; ids outside the catalogues do. */
function strictFailsOn(ruleId) {
    return CATALOGUE.get(ruleId)?.strict ?? true;
}
/** How a strict failure of a rule tells the reader to allow it. */
function allowHint(ruleId) {
    return `To allow it, add "${ruleId}" to strict-ignore (docs/rules.md#${ruleId}).`;
}

;// CONCATENATED MODULE: ./src/report/verdict.ts

function failureReasons(r) {
    const out = [];
    const failed = r.download?.failures.length ?? 0;
    if (failed)
        out.push(`${failed} module${failed === 1 ? "" : "s"} failed to download.`);
    const errors = r.diagnostics.filter((d) => d.severity === "error" && !superseded(d.rule, r));
    if (errors.length)
        out.push(`${errors.length} setting error${errors.length === 1 ? "" : "s"}: ${errors.map((d) => d.rule).join(", ")}.`);
    const ignored = new Set(r.strictIgnore ?? []);
    if (r.strict) {
        for (const [rule, found] of strictWarnings(r, ignored)) {
            const vars = [...new Set(found.map((d) => d.variable))].join(", ");
            out.push(`strict: ${rule}: ${found.length} warning${found.length === 1 ? "" : "s"} on ${vars}. ${allowHint(rule)}`);
        }
        const direct = r.download?.direct.filter((m) => !m.allowed) ?? [];
        if (direct.length && !ignored.has("download-direct"))
            out.push(`strict: download-direct: ${direct.length} module${direct.length === 1 ? "" : "s"} fetched directly, not through a proxy: ${direct.map((m) => m.module).join(", ")}. Allow ${direct.length === 1 ? "it" : "them"} with allow-direct, or add "download-direct" to strict-ignore.`);
    }
    const fallbacks = r.failOnFallback ? (r.download?.ledger.fallbacks ?? []) : [];
    if (fallbacks.length && !ignored.has("download-fallback")) {
        const modules = [...new Set(fallbacks.map((f) => f.module))];
        out.push(`fail-on-fallback: download-fallback: ${fallbacks.length} module file${fallbacks.length === 1 ? "" : "s"} fell through to a later GOPROXY entry (${modules.slice(0, 10).join(", ")}${modules.length > 10 ? `, and ${modules.length - 10} more` : ""}). ${allowHint("download-fallback")}`);
    }
    return out;
}
/** The warnings strict mode fails on, by rule: the rule says so, nothing superseded or silenced it. */
function strictWarnings(r, ignored) {
    const byRule = new Map();
    for (const d of r.diagnostics) {
        if (d.severity !== "warning" || ignored.has(d.rule) || superseded(d.rule, r))
            continue;
        if (!strictFailsOn(d.rule))
            continue;
        byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d]);
    }
    return byRule;
}
/**
 * A live probe predicts what the download will meet; once the download has run, its outcome
 * decides, and the probe's findings stay in the report as evidence.
 */
function superseded(rule, r) {
    return rule.startsWith("probe-") && !PROBE_PROOFS.has(rule) && r.download !== undefined;
}
/** Probe findings that are facts about the settings, not predictions: a download cannot refute them. */
const PROBE_PROOFS = new Set([
    "probe-sumdb-wrong-key",
    "probe-sumdb-bad-signature",
    "probe-sumdb-key-invalid",
    "probe-sumdb-malformed",
]);

;// CONCATENATED MODULE: ./src/pipeline/report.ts



function assembleReport(p) {
    const partial = {
        schema: model/* REPORT_SCHEMA */.D,
        strict: p.strict,
        ...(p.strictIgnore.length ? { strictIgnore: p.strictIgnore } : {}),
        ...(p.failOnFallback ? { failOnFallback: true } : {}),
        go: { version: p.go.versionText, bin: p.go.bin },
        settings: p.settings,
        diagnostics: withoutSilenced(p.diagnostics, p.strictIgnore),
        ...(p.probes ? { probes: p.probes } : {}),
        ...(p.toolchain ? { toolchain: p.toolchain } : {}),
        ...(p.cache ? { cache: p.cache } : {}),
        ...(p.download ? { download: p.download } : {}),
    };
    return {
        ...partial,
        failedBecause: failureReasons(partial),
        ...(p.timings ? { timings: p.timings } : {}),
    };
}

// EXTERNAL MODULE: ./src/go/env.ts
var env = __nccwpck_require__(869);
;// CONCATENATED MODULE: ./src/settings/rows.ts
// The settings table: each Go variable's effective value (redacted) and where it came from.


/** Where files live is not a download setting worth a row. */
const SHOWN = env/* GO_VARIABLES */.F.filter((v) => !["GOPATH", "GOWORK", "GO111MODULE"].includes(v));
function settingRows(effective, exported, jobEnv) {
    return SHOWN.filter((name) => name in effective).map((name) => ({
        variable: name,
        value: (0,redact/* redactList */.GW)(effective[name] ?? ""),
        source: name in exported ? "input" : jobEnv[name] ? "environment" : "go env",
    }));
}

// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __nccwpck_require__(302);
;// CONCATENATED MODULE: ./src/cli/commands/download.ts











const download = {
    name: "download",
    summary: "Pre-warm the module cache through the configured chain and print the ledger",
    usage: `setup-goproxy download [--format json|text] [--all] [--retries N] [--strict] [--allow-direct PATTERNS] [--strict-ignore IDS] [--fail-on-fallback] [--stall-timeout S] [--download-timeout S] [--report FILE] [DIR...]

Runs \`go mod download -x -json\` (with --all: \`go mod download all\`) in every module
root under each DIR (default: the current directory; a go.work makes one root), with the
Go settings of the environment, exactly as Go reads them. Retries transient failures
(5xx, timeouts, resets) up to --retries times (default 2). Prints the ledger: which
origin served every module file, hit rates, fallbacks, and "modules".

--stall-timeout S (default 60) stops go when a proxy request makes no progress for S
seconds (Go itself would wait forever) and names the proxy and module; --download-timeout S
(default 1200) bounds the whole pre-warm.

--report FILE writes the full JSON report (docs/report-schema.md) for \`report\`.

--strict-ignore takes rule ids (comma-separated) that never fail the run, e.g.
download-direct; --fail-on-fallback fails on a module file that fell through to a later
GOPROXY entry (rule download-fallback).

Exit: 0 all modules downloaded; 1 a module failed (or, with --strict, a module came
from direct outside --allow-direct; with --fail-on-fallback, a fallback happened); 2 bad
usage or no go on PATH.`,
    options: {
        format: { type: "string" },
        all: { type: "boolean" },
        retries: { type: "string" },
        strict: { type: "boolean" },
        "allow-direct": { type: "string" },
        "strict-ignore": { type: "string" },
        "fail-on-fallback": { type: "boolean" },
        report: { type: "string" },
        "stall-timeout": { type: "string" },
        "download-timeout": { type: "string" },
    },
    async run(values, positionals, io) {
        const format = (0,command/* formatOption */.Bx)(values);
        const retries = values.retries === undefined ? 2 : Number(values.retries);
        if (!Number.isInteger(retries) || retries < 0 || retries > 10)
            throw new command/* UsageError */.eb("--retries must be 0 to 10");
        const seconds = (name, fallback) => {
            const n = values[name] === undefined ? fallback : Number(values[name]);
            if (!Number.isInteger(n) || n < 1 || n > 21600)
                throw new command/* UsageError */.eb(`--${name} must be a whole number of seconds from 1 to 21600`);
            return n;
        };
        const stallSeconds = seconds("stall-timeout", DEFAULT_STALL_SECONDS);
        const timeoutSeconds = seconds("download-timeout", DEFAULT_DOWNLOAD_TIMEOUT_SECONDS);
        const env = Object.fromEntries(Object.entries(io.env).filter((e) => e[1] !== undefined));
        const ignore = parseStrictIgnore(values["strict-ignore"] ?? "");
        for (const w of ignore.warnings)
            io.stderr.write(`setup-goproxy: ${w}\n`);
        const dirs = positionals.length ? positionals : ["."];
        if (values.report !== undefined && dirs.length > 1)
            throw new command/* UsageError */.eb("--report takes one DIR");
        let failed = false;
        let progress = 0;
        const onStderrLine = io.stderr.isTTY
            ? (line) => {
                if (line.startsWith("# get ") && !line.includes(": "))
                    io.stderr.write(`\r${++progress} requests…`);
            }
            : undefined;
        for (const dir of dirs) {
            const workdir = (0,external_node_path_.resolve)(io.cwd, dir);
            const found = await detectJob(env, io.cwd, workdir);
            if (!found) {
                io.stderr.write("setup-goproxy: go was not found on PATH\n");
                return command/* EXIT */.dc.usage;
            }
            const { go, ws } = found;
            const downloaded = await runDownload({
                ws,
                env,
                go,
                scope: values.all ? "all" : "needed",
                retries,
                backoffSeconds: 2,
                allowDirect: values["allow-direct"] ?? "",
                ...(onStderrLine ? { onStderrLine } : {}),
                stallSeconds,
                timeoutSeconds,
                limitNames: { stall: "--stall-timeout", total: "--download-timeout" },
            });
            const report = downloaded && (0,explain/* explainFailures */.v)(downloaded, go, env);
            if (onStderrLine && progress)
                io.stderr.write("\r\x1b[K");
            if (!report) {
                io.stderr.write(`setup-goproxy: no go.mod or go.work under ${dir}\n`);
                continue;
            }
            const full = assembleReport({
                strict: values.strict === true,
                strictIgnore: ignore.ids,
                failOnFallback: values["fail-on-fallback"] === true,
                go,
                settings: settingRows(go.effective, {}, env),
                diagnostics: [],
                download: report,
            });
            if (values.report)
                await writeJsonFile(values.report, full);
            failed ||= full.failedBecause.length > 0;
            io.stdout.write(format === "json"
                ? JSON.stringify({
                    dir,
                    ...report.ledger,
                    failures: report.failures,
                    retries: report.retries,
                    direct: report.direct,
                }, null, 2) + "\n"
                : `${dirs.length > 1 ? `== ${dir}\n` : ""}${(0,report_text/* renderDownloadText */.O)(report)}`);
        }
        return failed ? command/* EXIT */.dc.findings : command/* EXIT */.dc.ok;
    },
};


/***/ }),

/***/ 342:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ explain)
/* harmony export */ });
/* harmony import */ var _explain_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(969);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(515);
/* harmony import */ var _pipeline_explain_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(977);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(302);




const explain = {
    name: "explain",
    summary: "Explain a failed go command's output: the cause and the fix",
    usage: `setup-goproxy explain [--format json|text] [--go-version X.Y] [FILE]

Reads FILE (or stdin): what any go command printed when a download failed — stderr of
go build / get / mod tidy / mod download, with or without -x, the Error fields of
-json, from Go 1.13 to 1.26, with CI prefixes on the lines — and prints one finding per
failure: the module and version, the origin (proxy, checksum database, direct, egress
proxy), a category, the cause in one sentence and the fix, judged with the Go settings of
the environment. Categories: config, offline, network, tls, egress-proxy, auth,
not-found, sumdb, checksum-mismatch, protocol, direct, toolchain.

JSON: {"findings":[{"category","rule","module","version","origin","cause","fix"}]}

Exit: 0 printed (even with no finding); 2 bad usage or unreadable input.`,
    options: { format: { type: "string" }, "go-version": { type: "string" } },
    async run(values, positionals, io) {
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .formatOption */ .Bx)(values);
        const text = await (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .readInput */ .R5)(positionals[0], io);
        const v = (0,_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .goVersionOption */ .S)(values["go-version"]);
        const findings = (0,_explain_index_js__WEBPACK_IMPORTED_MODULE_0__/* .explainText */ .lP)(text, (0,_pipeline_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .explainSettings */ .L)(io.env, io.env, `${v.major}.${v.minor}`));
        io.stdout.write(format === "json"
            ? JSON.stringify({ findings }, null, 2) + "\n"
            : (0,_explain_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderFindingsText */ .uc)(findings));
        return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    },
};


/***/ }),

/***/ 127:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z: () => (/* binding */ report)
});

// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __nccwpck_require__(302);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(285);
;// CONCATENATED MODULE: ./src/report/timings.ts
const LABELS = [
    ["startup", "start-up"],
    ["restore", "restore"],
    ["checks", "checks"],
    ["download", "download"],
    ["verification", "verification"],
    ["unpack", "unpack"],
    ["report", "report"],
];
const s = (n) => `${n.toFixed(n < 10 ? 2 : 1)} s`;
/** The main step's line; the stages that overlap are said to. */
function timingsLine(t) {
    const parts = LABELS.filter(([k]) => t[k] !== undefined).map(([k, label]) => {
        const alongside = k === "checks" && t.download !== undefined
            ? ", alongside the download"
            : k === "unpack"
                ? ", alongside the restore"
                : "";
        return `${label} ${s(t[k])}${alongside}`;
    });
    const total = t.total !== undefined ? ` (main step, ${s(t.total)})` : "";
    return `**Where the time went**${total}: ${parts.join(" · ")}. The cache save is timed in the post step.`;
}
/** The post step's line. */
function saveTimingLine(seconds) {
    return `**Where the time went** (post step): save ${s(seconds)}.`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts


const MAX_ROWS = 200;
const ICON = { error: "❌", warning: "⚠️", notice: "ℹ️" };
function renderSummary(report) {
    const parts = [headline(report)];
    if (report.failedBecause.length)
        parts.push(report.failedBecause.map((r) => `> ❌ ${(0,markdown/* cell */.Hn)(r)}`).join("\n>\n"));
    if (report.toolchain)
        parts.push(toolchainLines(report.toolchain));
    if (report.cache)
        parts.push(cacheLine(report.cache));
    if (report.download)
        parts.push(hitRates(report.download));
    if (report.timings)
        parts.push(timingsLine(report.timings));
    if (report.download?.failures.length)
        parts.push(failures(report.download));
    if (report.diagnostics.some((d) => !(d.severity === "notice" && d.rule.startsWith("probe-"))))
        parts.push(checks(report.diagnostics));
    if (report.probes)
        parts.push(probes(report.probes));
    if (report.download?.ledger.fallbacks.length)
        parts.push(fallbacks(report.download.ledger.fallbacks));
    if (report.download?.direct.length)
        parts.push(direct(report.download, report.strict));
    if (report.download?.retries.length)
        parts.push(retries(report.download));
    parts.push(settings(report));
    if (report.download)
        parts.push(timings(report.download));
    return (0,markdown/* fitBytes */.ZN)(parts.join("\n\n") + "\n");
}
function headline(r) {
    const ok = r.failedBecause.length === 0;
    const d = r.download;
    const mods = d?.ledger.modules?.length ?? 0;
    const what = d
        ? `${mods} module${mods === 1 ? "" : "s"} in ${d.seconds.toFixed(d.seconds < 10 ? 2 : 1)} s`
        : "settings checked";
    const go = r.go ? ` · ${r.go.version}` : "";
    return `## ${ok ? "✅" : "❌"} setup-goproxy: ${what}${go}${r.strict ? " · strict" : ""}`;
}
function role(o, first) {
    if (o.origin === "direct")
        return "direct (VCS)";
    if (o.origin === "local")
        return "module cache";
    if (o.origin.startsWith("sumdb:"))
        return "checksum database";
    return o.origin === first ? "first proxy" : "fallback proxy";
}
function hitRates(d) {
    const ledger = d.ledger;
    const s = ledger.shares;
    if (d.fromCache) {
        return `### Where modules came from\n\nAll ${ledger.modules?.length ?? 0} modules were in the restored cache: no request was made and nothing was extracted (the build extracts what it uses).`;
    }
    const first = ledger.origins.find((o) => o.origin !== "direct" && o.origin !== "local" && !o.origin.startsWith("sumdb:"))?.origin;
    const rows = ledger.origins
        .filter((o) => o.filesAsked > 0 || o.requests > 0)
        .map((o) => [
        (0,markdown/* code */.aY)(o.origin),
        role(o, first),
        o.filesServed,
        o.filesAsked,
        o.hitRate === null ? "–" : (0,markdown/* bar */.M0)(o.hitRate),
        o.notFound,
        o.errors,
        seconds(o.seconds),
    ]);
    const shares = `**${s.files} module files:** first proxy ${(0,markdown/* percent */.KN)(s.ratio.firstProxy)} · later proxies ${(0,markdown/* percent */.KN)(s.ratio.laterProxies)}` +
        ` · direct ${(0,markdown/* percent */.KN)(s.ratio.direct)} · module cache ${(0,markdown/* percent */.KN)(s.ratio.local)}` +
        (s.failed ? ` · **failed ${s.failed}**` : "");
    const sumdb = ledger.sumdb.length
        ? "\n\n" +
            (0,markdown/* table */.tp)(["Checksum database", "Via", "Requests", "OK", "Not found", "Errors"], ledger.sumdb.map((d) => [(0,markdown/* code */.aY)(d.name), (0,markdown/* code */.aY)(d.origin), d.requests, d.ok, d.notFound, d.errors], ["l", "l", "r", "r", "r", "r"]))
        : "";
    return ("### Where modules came from\n\n" +
        shares +
        "\n\n" +
        (0,markdown/* table */.tp)(["Origin", "Role", "Served", "Asked", "Hit rate", "Not found", "Errors", "Time"], (0,markdown/* capRows */.O$)(rows, MAX_ROWS, (n) => [`… ${n} more origins`, "", "", "", "", "", "", ""]), ["l", "l", "r", "r", "l", "r", "r", "r"]) +
        sumdb);
}
function failures(d) {
    const rows = d.failures.map((f) => [
        (0,markdown/* code */.aY)(`${f.module}@${f.version}`),
        f.tried.map((t) => `${(0,markdown/* code */.aY)(t.origin)}: ${(0,markdown/* cell */.Hn)(t.reason ?? "served")}`).join("<br>") || "–",
        (0,markdown/* cell */.Hn)(f.explanation ? `${f.explanation.cause} Fix: ${f.explanation.fix}` : f.error),
    ]);
    return (`### ❌ ${d.failures.length} module${d.failures.length === 1 ? "" : "s"} failed\n\n` +
        (0,markdown/* table */.tp)(["Module", "Tried", "What happened"], (0,markdown/* capRows */.O$)(rows, MAX_ROWS, (n) => [`… ${n} more`, "", ""])));
}
function checks(all) {
    // Probe notices are facts the Live checks table already shows.
    const diags = all.filter((d) => !(d.severity === "notice" && d.rule.startsWith("probe-")));
    const rows = diags.map((d) => [
        ICON[d.severity],
        `**${(0,markdown/* cell */.Hn)(d.variable)}** · ${(0,markdown/* code */.aY)(d.rule)}<br>${(0,markdown/* cell */.Hn)(d.message)}`,
    ]);
    const errors = diags.filter((d) => d.severity === "error").length;
    const warnings = diags.filter((d) => d.severity === "warning").length;
    return (0,markdown/* details */.zH)(`<b>Checks:</b> ${errors} errors, ${warnings} warnings, ${diags.length - errors - warnings} notices`, (0,markdown/* table */.tp)(["", "Finding"], (0,markdown/* capRows */.O$)(rows, MAX_ROWS, (n) => [`… ${n} more`, ""])), errors + warnings > 0);
}
/** Fallback events grouped by the pair of origins and the reason, largest group first. */
function groupFallbacks(events) {
    const groups = new Map();
    for (const e of events) {
        const key = `${e.from}\u0000${e.to}\u0000${e.reason}`;
        const g = groups.get(key) ?? { from: e.from, to: e.to, reason: e.reason, events: [] };
        g.events.push(e);
        groups.set(key, g);
    }
    return [...groups.values()].sort((a, b) => b.events.length - a.events.length);
}
function fallbacks(events) {
    const groups = groupFallbacks(events);
    const body = groups
        .slice(0, MAX_ROWS)
        .map((g) => {
        const mods = [
            ...new Set(g.events.map((e) => `${e.module}${e.version ? `@${e.version}` : ""}`)),
        ];
        const list = mods.slice(0, 20).map(markdown/* code */.aY).join(", ") +
            (mods.length > 20 ? ` … and ${mods.length - 20} more` : "");
        return `- ${(0,markdown/* code */.aY)(g.from)} → ${(0,markdown/* code */.aY)(g.to)} (${(0,markdown/* cell */.Hn)(g.reason)}): **${g.events.length}** file${g.events.length === 1 ? "" : "s"} of ${list}`;
    })
        .join("\n");
    const more = groups.length > MAX_ROWS ? `\n- … and ${groups.length - MAX_ROWS} more groups` : "";
    return (0,markdown/* details */.zH)(`<b>Fallbacks:</b> ${events.length} module files fell through the chain`, body + more);
}
function direct(d, strict) {
    const rows = d.direct.map((m) => [
        (0,markdown/* code */.aY)(`${m.module}@${m.version}`),
        m.allowed
            ? "allowed by `allow-direct`"
            : strict
                ? "**not allowed** (strict)"
                : "fetched directly (strict mode would fail)",
    ]);
    return (0,markdown/* details */.zH)(`<b>Direct fetches:</b> ${d.direct.length} module${d.direct.length === 1 ? "" : "s"} came from VCS, not a proxy`, (0,markdown/* table */.tp)(["Module", "Policy"], (0,markdown/* capRows */.O$)(rows, MAX_ROWS, (n) => [`… ${n} more`, ""])));
}
function retries(d) {
    const rows = d.retries.map((r) => [
        (0,markdown/* code */.aY)(r.dir),
        r.attempt,
        (0,markdown/* cell */.Hn)(r.modules.slice(0, 10).join(", ") +
            (r.modules.length > 10 ? ` … +${r.modules.length - 10}` : "")),
        (0,markdown/* cell */.Hn)(r.reason),
        `${r.waitSeconds.toFixed(1)} s`,
    ]);
    return (0,markdown/* details */.zH)(`<b>Retries:</b> ${d.retries.length} after transient failures`, (0,markdown/* table */.tp)(["Root", "Attempt", "Modules", "Because", "Waited"], (0,markdown/* capRows */.O$)(rows, MAX_ROWS, (n) => [`… ${n} more`, "", "", "", ""])));
}
function settings(r) {
    const rows = r.settings.map((s) => [
        (0,markdown/* code */.aY)(s.variable),
        s.value === "" ? "<i>empty</i>" : (0,markdown/* code */.aY)(s.value),
        s.source,
    ]);
    return (0,markdown/* details */.zH)("<b>Settings</b>", (0,markdown/* table */.tp)(["Variable", "Value", "From"], rows));
}
function timings(d) {
    const rows = d.roots.map((r) => [
        (0,markdown/* code */.aY)(r.dir),
        r.kind,
        r.exitCode === 0 ? "✅" : `❌ exit ${r.exitCode}`,
        r.attempts,
        seconds(r.seconds),
    ]);
    return (0,markdown/* details */.zH)("<b>Timings</b>", (0,markdown/* table */.tp)(["Root", "Kind", "Result", "Attempts", "Time"], (0,markdown/* capRows */.O$)(rows, MAX_ROWS, (n) => [`… ${n} more`, "", "", "", ""])));
}
function probes(p) {
    const rows = p.results.map((r) => [
        r.kind === "module"
            ? `module ${(0,markdown/* code */.aY)(r.module ?? "")}`
            : r.kind === "sumdb-supported"
                ? "checksum proxying"
                : "checksum tree head",
        (0,markdown/* code */.aY)(r.origin),
        r.status ? (0,markdown/* cell */.Hn)(r.statusText ?? String(r.status)) : (0,markdown/* cell */.Hn)(r.error ?? "–"),
        seconds(r.seconds),
        r.via === "direct" ? "" : (0,markdown/* code */.aY)(r.via),
        r.verified
            ? `✅ signed tree of ${r.treeSize} records`
            : r.sumdbSupported === undefined
                ? ""
                : r.sumdbSupported
                    ? "proxied"
                    : "not proxied",
    ]);
    const viaUsed = p.results.some((r) => r.via !== "direct");
    const db = p.sumdb
        ? `\n\nChecksum database ${(0,markdown/* code */.aY)(p.sumdb.name)}: ${p.sumdb.access === "proxy" ? `through ${(0,markdown/* code */.aY)(p.sumdb.origin ?? "")}` : p.sumdb.access === "failed" ? "**unreachable**" : `direct to ${(0,markdown/* code */.aY)(p.sumdb.url ?? p.sumdb.name)}`}` +
            (p.sumdb.verified
                ? `, signature verified (tree size ${p.sumdb.treeSize})`
                : p.sumdb.error
                    ? `: ${(0,markdown/* cell */.Hn)(p.sumdb.error)}`
                    : "")
        : "";
    return (0,markdown/* details */.zH)(`<b>Live checks:</b> ${p.results.length} probes in ${p.seconds.toFixed(1)} s${p.timedOut ? " (timed out)" : ""}`, (0,markdown/* table */.tp)(["Probe", "Origin", "Answer", "Time", "Via", "Note"].filter((_, i) => i !== 4 || viaUsed), (0,markdown/* capRows */.O$)(rows.map((r) => r.filter((_, i) => i !== 4 || viaUsed)), MAX_ROWS, (n) => [`… ${n} more`, "", "", "", ...(viaUsed ? [""] : []), ""]), ["l", "l", "l", "r", "l", "l"]) + db);
}
/** Seconds with a no-break space, so a narrow column never wraps "0.03 / s". */
function seconds(n) {
    return `${n.toFixed(2)}\u00a0s`;
}
function bytes(n) {
    if (n === null || n === undefined)
        return "–";
    return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
function cacheLine(c) {
    if (c.hit === "miss" && c.archiveBytes.restored === null && c.reason)
        return `**Module cache:** miss: ${(0,markdown/* cell */.Hn)(c.reason)}`;
    const hit = { exact: "exact hit", partial: "partial hit", miss: "miss" }[c.hit];
    const from = c.matchedKey && c.matchedKey !== c.key ? ` from ${(0,markdown/* code */.aY)(c.matchedKey)}` : "";
    const pruned = c.pruned.versions
        ? ` · pruned ${c.pruned.versions} unused versions (${bytes(c.pruned.bytes)})`
        : "";
    return `**Module cache:** ${hit}${from} · ${bytes(c.archiveBytes.restored)} in ${c.restoreSeconds.toFixed(1)}\u00a0s${pruned}`;
}
/** The post step's summary: what became of the cache. */
function cacheSummary(c) {
    const what = c.saved
        ? `saved ${code(c.key)} (${bytes(c.archiveBytes.saved)} in ${(c.saveSeconds ?? 0).toFixed(1)} s)`
        : "not saved";
    const reason = c.reason.replace(/^(not )?saved\b[:,]?\s*/i, "");
    return `\n\n**setup-goproxy module cache:** ${what}${reason ? `: ${cell(reason)}` : ""}\n`;
}
function toolchainLines(t) {
    const lines = [];
    const from = (source, origin) => source === "proxy"
        ? `downloaded from ${(0,markdown/* code */.aY)(origin ?? "the chain")}`
        : source === "tool-cache"
            ? "from the runner's tool cache"
            : source === "modcache"
                ? "already in the module cache"
                : "already on PATH";
    const proof = (v) => v ? `, verified by ${(0,markdown/* code */.aY)(v.database)} (tree of ${v.treeSize} records)` : "";
    if (t.installed) {
        const i = t.installed;
        lines.push(`**Go ${(0,markdown/* cell */.Hn)(i.version)}:** ${from(i.source, i.origin)}${proof(i.verified)} in ${i.seconds.toFixed(1)}\u00a0s`);
    }
    for (const p of t.prewarmed) {
        lines.push(`**Toolchain ${(0,markdown/* cell */.Hn)(p.version)}** (a go.mod asks for it): ${from(p.source, p.origin)}${proof(p.verified)} in ${p.seconds.toFixed(1)}\u00a0s`);
    }
    return lines.join("<br>\n");
}

;// CONCATENATED MODULE: ./src/report/junit.ts
const xml = (s) => s
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
function renderJunit(report) {
    const cases = [];
    const failed = new Map((report.download?.failures ?? []).map((f) => [`${f.module}@${f.version}`, f]));
    for (const m of report.download?.ledger.modules ?? []) {
        const f = failed.get(`${m.path}@${m.version}`);
        const body = f
            ? `<failure message="${xml(f.explanation?.cause ?? f.error.split("\n")[0])}">${xml([
                f.error,
                ...f.tried.map((t) => `tried ${t.origin}: ${t.reason ?? "served"}`),
                f.explanation ? `fix: ${f.explanation.fix}` : "",
            ].join("\n"))}</failure>`
            : `<system-out>${xml(`served by ${m.origin ?? "nothing"}`)}</system-out>`;
        cases.push(`    <testcase classname="modules" name="${xml(`${m.path}@${m.version}`)}">${body}</testcase>`);
    }
    for (const d of report.diagnostics) {
        const name = xml(`${d.variable}: ${d.rule}`);
        const body = d.severity === "error" || (report.strict && d.severity === "warning")
            ? `<failure message="${xml(d.message)}" type="${d.severity}"/>`
            : `<system-out>${xml(`${d.severity}: ${d.message}`)}</system-out>`;
        cases.push(`    <testcase classname="settings" name="${name}">${body}</testcase>`);
    }
    const failures = cases.filter((c) => c.includes("<failure")).length;
    return (`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="setup-goproxy" tests="${cases.length}" failures="${failures}" errors="0" time="${(report.download?.seconds ?? 0).toFixed(3)}">\n` +
        cases.join("\n") +
        (cases.length ? "\n" : "") +
        "  </testsuite>\n</testsuites>\n");
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __nccwpck_require__(867);
;// CONCATENATED MODULE: ./src/cli/commands/report.ts




const report = {
    name: "report",
    summary: "Render a JSON report (the action's, or download --report) as Markdown, JSON or JUnit",
    usage: `setup-goproxy report [--format markdown|json|junit] [FILE]

Reads a JSON report (schema docs/report-schema.md) from FILE or stdin: the action's
\`report\` output, or \`setup-goproxy download --report FILE\`. Markdown is the job summary
as GitHub shows it; JUnit XML gives GitLab and Jenkins one test case per module and per
setting finding.

Exit: 0 printed and the report passed; 1 the report records a failure; 2 bad usage or a
file that is not a report.`,
    options: { format: { type: "string" } },
    async run(values, positionals, io) {
        const format = (0,command/* formatOption */.Bx)(values, ["markdown", "json", "junit"]);
        const parsed = JSON.parse(await (0,command/* readInput */.R5)(positionals[0], io));
        if (parsed.schema !== model/* REPORT_SCHEMA */.D) {
            io.stderr.write(`setup-goproxy report: not a ${model/* REPORT_SCHEMA */.D} report\n`);
            return command/* EXIT */.dc.usage;
        }
        const out = {
            markdown: renderSummary,
            json: (r) => JSON.stringify(r, null, 2) + "\n",
            junit: renderJunit,
        }[format](parsed);
        io.stdout.write(out);
        return parsed.failedBecause.length ? command/* EXIT */.dc.findings : command/* EXIT */.dc.ok;
    },
};


/***/ }),

/***/ 744:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ trace)
/* harmony export */ });
/* harmony import */ var _download_ledger_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(754);
/* harmony import */ var _download_trace_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(414);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(655);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(515);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(302);





const trace = {
    name: "trace",
    summary: "Parse the stderr of a `go … -x` run and print the ledger of every request",
    usage: `setup-goproxy trace [--format json|text] [--proxy GOPROXY] [--go-version X.Y] [FILE]

Reads FILE (or stdin) — the stderr of any go command run with -x, from any CI log
(timestamp or step prefixes are fine) — and prints which origin served each module
file, per-origin counts and hit rates, and every fallback. The chain is GOPROXY from
the environment (Go's default when unset), or --proxy.

Exit: 0 printed; 2 bad usage or unreadable input.`,
    options: {
        format: { type: "string" },
        proxy: { type: "string" },
        "go-version": { type: "string" },
    },
    async run(values, positionals, io) {
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .formatOption */ .Bx)(values);
        const text = await (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .readInput */ .R5)(positionals[0], io);
        const chain = (0,_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .chainFromEnv */ .N)(io.env, (0,_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .goVersionOption */ .S)(values["go-version"]), values.proxy);
        const ledger = (0,_download_ledger_js__WEBPACK_IMPORTED_MODULE_0__/* .buildLedger */ .E)((0,_download_trace_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTrace */ .b)(text), chain);
        io.stdout.write(format === "json" ? JSON.stringify(ledger, null, 2) + "\n" : (0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .renderLedgerText */ .B)(ledger));
        return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    },
};


/***/ }),

/***/ 957:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ cli)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(302);
/* harmony import */ var _commands_trace_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(744);
/* harmony import */ var _commands_download_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(464);
/* harmony import */ var _commands_check_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(345);
/* harmony import */ var _commands_explain_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(342);
/* harmony import */ var _commands_report_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(127);
// The setup-goproxy CLI: the action's pipeline for GitLab CI, Jenkins and laptops.






const COMMANDS = [_commands_check_js__WEBPACK_IMPORTED_MODULE_3__/* .check */ .z, _commands_download_js__WEBPACK_IMPORTED_MODULE_2__/* .download */ .R, _commands_trace_js__WEBPACK_IMPORTED_MODULE_1__/* .trace */ .u, _commands_explain_js__WEBPACK_IMPORTED_MODULE_4__/* .explain */ .W, _commands_report_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z];
function help() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    return `setup-goproxy: make Go module downloads correct, fast and observable

Usage: setup-goproxy <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`setup-goproxy <command> --help\` for a command's options and exit codes.
`;
}
async function cli(argv, io) {
    const [name, ...rest] = argv;
    if (!name || name === "--help" || name === "-h" || name === "help") {
        io.stdout.write(help());
        return name ? _command_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.usage;
    }
    const cmd = COMMANDS.find((c) => c.name === name);
    if (!cmd) {
        io.stderr.write(`setup-goproxy: unknown command "${name}"\n\n${help()}`);
        return _command_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.usage;
    }
    try {
        const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(cmd, rest);
        if (values.help) {
            io.stdout.write(`${cmd.usage}\n`);
            return _command_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok;
        }
        return await cmd.run(values, positionals, io);
    }
    catch (err) {
        const usage = err instanceof _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb || err.code?.startsWith("ERR_PARSE_ARGS");
        io.stderr.write(`setup-goproxy ${cmd.name}: ${err.message}\n`);
        return usage ? _command_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.usage : _command_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.findings;
    }
}
const io = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
};
process.exitCode = await cli(process.argv.slice(2), io);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 961:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ defineRule),
/* harmony export */   v: () => (/* binding */ advice)
/* harmony export */ });
/** One catalogue entry; the id keeps its literal type so a catalogue can type its ids. */
const defineRule = (id, severity, variables, title, doc) => ({ id, severity, variables, title, doc, strict: severity !== "notice" });
/** Marks a catalogue entry as advice: reported with its severity, never a strict failure. */
const advice = (rule) => ({ ...rule, strict: false });


/***/ }),

/***/ 24:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ createClassifier),
/* harmony export */   mW: () => (/* binding */ inferProxyBase)
/* harmony export */ });
/* unused harmony export classifyUrl */
/* harmony import */ var _redact_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(940);
/* harmony import */ var _go_module_path_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(502);
// Request URLs under a GOPROXY chain: which origin (proxy, checksum database, `direct`)
// answered, and what was asked (a module file, a sumdb tile or lookup, a ?go-get=1 page).


const DEFAULT_SUMDB = "sum.golang.org";
/** Hosts that serve a database under another name (GOSUMDB=sum.golang.google.cn). */
const SUMDB_ALIASES = { "sum.golang.google.cn": DEFAULT_SUMDB };
/** How Go and net/http print a hidden password: not secrets themselves. */
const MASKS = new Set(["xxxxx", "***", "%5Bredacted%5D", "[redacted]"]);
/** scheme://host/path without userinfo, cleaned the way Go joins paths; undefined if not a URL. */
function normalise(raw) {
    let s = raw.trim();
    if (!s.includes("://")) {
        if (!/[.:/]/.test(s))
            return undefined;
        s = `https://${s}`;
    }
    const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(?:[^/?#@]*@)?([^/?#]*)([^?#]*)/.exec(s);
    if (!m)
        return undefined;
    const path = m[3].replace(/\/{2,}/g, "/").replace(/\/+$/, "");
    return `${m[1].toLowerCase()}://${m[2].toLowerCase()}${path}`;
}
function sumdbList(chain) {
    const out = [];
    for (const s of [...(chain.sumdbs ?? []), ...(chain.sumdbNames ?? [])]) {
        if (typeof s === "string")
            out.push({ name: s });
        else
            out.push({ name: s.name, ...(s.url ? { key: normalise(s.url) } : {}) });
    }
    if (!out.some((s) => s.name === DEFAULT_SUMDB))
        out.push({ name: DEFAULT_SUMDB });
    return out;
}
/** Classifies the part of a proxy URL after its base: module files and sumdb paths. */
function classifyRest(rest, origin) {
    const path = rest.replace(/^\/+/, "");
    const sumdb = /^sumdb\/(.+?)\/(supported|lookup\/|tile\/)(.*)$/.exec(path);
    if (sumdb)
        return sumdbClass(origin, sumdb[1], sumdb[2], sumdb[3]);
    const c = moduleFile(path);
    return c ? { origin, ...c } : { origin, kind: "other" };
}
function sumdbClass(origin, name, what, tail) {
    if (what === "supported")
        return { origin, kind: "sumdb-supported", sumdb: name };
    if (what === "tile/")
        return { origin, kind: "sumdb-tile", sumdb: name };
    const at = tail.lastIndexOf("@");
    const c = { origin, kind: "sumdb-lookup", sumdb: name };
    if (at > 0) {
        c.module = (0,_go_module_path_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeModulePath */ .Wg)(tail.slice(0, at));
        c.version = (0,_go_module_path_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeModulePath */ .Wg)(tail.slice(at + 1));
    }
    return c;
}
function moduleFile(path) {
    let module;
    let file;
    let version;
    if (path.endsWith("/@latest")) {
        module = path.slice(0, -8);
        file = "latest";
    }
    else {
        const at = path.lastIndexOf("/@v/");
        if (at < 0)
            return undefined;
        module = path.slice(0, at);
        const name = path.slice(at + 4);
        if (name === "list")
            file = "list";
        else {
            const dot = name.lastIndexOf(".");
            const ext = name.slice(dot + 1);
            if (dot <= 0 || (ext !== "info" && ext !== "mod" && ext !== "zip"))
                return undefined;
            file = ext;
            version = (0,_go_module_path_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeModulePath */ .Wg)(name.slice(0, dot));
        }
    }
    if (!module)
        return undefined;
    const mod = (0,_go_module_path_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeModulePath */ .Wg)(module);
    const c = {
        kind: mod === "golang.org/toolchain" ? "toolchain" : file,
        file,
        module: mod,
    };
    if (version !== undefined)
        c.version = version;
    return c;
}
/** Every host a checksum database of the chain answers on. */
function sumdbHosts(chain) {
    return sumdbList(chain).map((db) => ({
        name: db.name,
        hosts: [
            db.key,
            `https://${db.name}`,
            ...Object.entries(SUMDB_ALIASES)
                .filter(([, n]) => n === db.name)
                .map(([h]) => `https://${h}`),
        ].filter((h) => !!h),
    }));
}
/** A request to a checksum database's own host; undefined for any other URL. */
function classifySumdb(norm, sumdbs) {
    for (const db of sumdbs) {
        for (const h of db.hosts) {
            if (norm !== h && !norm.startsWith(`${h}/`))
                continue;
            const rest = norm.slice(h.length).replace(/^\/+/, "");
            const m = /^(supported|lookup\/|tile\/)(.*)$/.exec(rest);
            if (m)
                return sumdbClass(`sumdb:${db.name}`, db.name, m[1], m[2]);
            return { origin: `sumdb:${db.name}`, kind: "other", sumdb: db.name };
        }
    }
    return undefined;
}
/**
 * Where a proxy's base ends in a URL when no chain names it: before `/sumdb/`, or before the
 * first path element with a dot (module paths start with a domain).
 */
function inferProxyBase(url) {
    const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*)(\/[^?#]*)?/.exec(url);
    if (!m)
        return undefined;
    const parts = (m[2] ?? "").split("/").filter(Boolean);
    const sumdb = parts.indexOf("sumdb");
    let cut = parts.findIndex((p) => p.includes("."));
    if (sumdb >= 0 && (cut < 0 || sumdb < cut))
        cut = sumdb;
    if (cut < 0)
        return undefined;
    return m[1] + (cut > 0 ? `/${parts.slice(0, cut).join("/")}` : "");
}
/** Classifies request URLs under a GOPROXY chain. */
function createClassifier(chain) {
    const bases = [];
    const order = [];
    const secrets = [];
    let hasDirect = false;
    for (const entry of chain.proxies) {
        const e = entry.trim();
        if (e === "direct") {
            hasDirect = true;
            order.push("direct");
            continue;
        }
        if (e === "off" || e === "")
            continue;
        secrets.push(...(0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .urlSecretForms */ .TL)(e).filter((x) => !MASKS.has(x) && !MASKS.has(x.slice(x.indexOf(":") + 1))));
        const key = normalise(e);
        if (!key)
            continue;
        const label = (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .BO)(e);
        bases.push({ key, label, index: order.length });
        order.push(label);
    }
    // Longest base first, so `https://h/a/b` wins over `https://h/a`.
    bases.sort((a, b) => b.key.length - a.key.length);
    const sumdbs = sumdbHosts(chain);
    const inferred = new Map();
    function matchBase(norm) {
        for (const b of bases)
            if (norm === b.key || norm.startsWith(`${b.key}/`))
                return b;
        return undefined;
    }
    function classify(url) {
        const norm = normalise(url.split("?")[0]) ?? url;
        const query = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
        const base = matchBase(norm);
        if (base)
            return classifyRest(norm.slice(base.key.length), base.label);
        const db = classifySumdb(norm, sumdbs);
        if (db)
            return db;
        if (/(?:^|&)go-get=1(?:&|$)/.test(query)) {
            return { origin: "direct", kind: "go-get", module: norm.replace(/^[a-z]+:\/\//, "") };
        }
        // Direct mode's "mod" scheme for toolchains (https://go.dev/dl/mod/golang.org/toolchain/…).
        const tc = norm.indexOf("/golang.org/toolchain/");
        if (tc >= 0 && !bases.length) {
            const c = moduleFile(norm.slice(tc + 1));
            if (c)
                return { origin: "direct", ...c };
        }
        const guess = inferProxyBase(url);
        if (guess && (bases.length === 0 || /\/@v\/|\/@latest$|\/sumdb\//.test(norm))) {
            const gnorm = normalise(guess);
            let label = inferred.get(gnorm);
            if (!label) {
                label = (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .BO)(guess);
                inferred.set(gnorm, label);
                bases.push({ key: gnorm, label, index: order.length });
                bases.sort((a, b) => b.key.length - a.key.length);
                order.push(label);
            }
            return classifyRest(norm.slice(gnorm.length), label);
        }
        return { origin: "direct", kind: "other" };
    }
    return {
        classify,
        indexOf: (origin) => {
            const i = order.indexOf(origin);
            return i < 0 ? order.length : i;
        },
        origins: () => [...order],
        get hasDirect() {
            return hasDirect || bases.length === 0;
        },
        secrets,
    };
}
/** Classifies one URL under a chain. */
function classifyUrl(url, chain) {
    return createClassifier(chain).classify(url);
}


/***/ }),

/***/ 578:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ii: () => (/* binding */ findGo),
  An: () => (/* binding */ goEnvJson),
  aC: () => (/* binding */ runGo)
});

// UNUSED EXPORTS: GO_QUERY_TIMEOUT_MS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(643);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/process/bounded.ts
// The one module in src/ that starts processes with node:child_process, for the runs the action
// must be able to STOP: `go mod download` (bounded by progress and in total), the offline warm
// check, and GOAUTH / git credential helpers (programs the user names). @actions/exec runs
// everything else (src/process/exec.ts); it cannot stop a child: it hands out no ChildProcess,
// no pid, and passes only cwd/env/argv0/windowsVerbatimArguments to spawn (toolrunner.js
// _getSpawnOptions), so neither `timeout` nor `signal` reaches spawn.
//
// Nothing is printed here: output goes to the caller's line listeners and into the result.
// On POSIX the child leads its own process group so a stop also ends what it started
// (go runs git in direct mode).


const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
/** Runs `file args`; resolves when it ends or is stopped; rejects only when it cannot start. */
function runBounded(file, args, opts) {
    const started = performance.now();
    const maxBuffer = opts.maxBufferBytes ?? 64 << 20;
    const posix = process.platform !== "win32";
    return new Promise((resolve, reject) => {
        if (opts.signal?.aborted) {
            resolve({
                exitCode: -1,
                stdout: "",
                stderr: "",
                seconds: 0,
                stopped: { kind: "aborted", limitSeconds: 0 },
            });
            return;
        }
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd: opts.cwd,
            env: opts.env,
            stdio: ["pipe", "pipe", "pipe"],
            detached: posix,
            windowsHide: true,
        });
        let stopped;
        const activity = { last: performance.now() };
        const out = lineCollector(activity, opts.stdoutLinesOnly ? 0 : maxBuffer, opts.onStdoutLine);
        const err = lineCollector(activity, maxBuffer, opts.onStderrLine);
        child.stdout.on("data", out.data);
        child.stderr.on("data", err.data);
        // A child that exits without reading its stdin must not raise EPIPE here.
        child.stdin.on("error", () => undefined);
        child.stdin.end(opts.input ?? "");
        const stop = (kind, limitSeconds) => {
            if (stopped || child.exitCode !== null || child.signalCode !== null)
                return;
            stopped = { kind, limitSeconds };
            try {
                if (posix && child.pid)
                    process.kill(-child.pid, "SIGKILL");
                else
                    child.kill("SIGKILL");
            }
            catch {
                child.kill("SIGKILL");
            }
            // A grandchild still holding the pipes (Windows has no group kill) must not hold us.
            setTimeout(() => {
                child.stdout.destroy();
                child.stderr.destroy();
            }, 2000).unref();
        };
        const total = setTimeout(() => stop("timeout", opts.timeoutMs / 1000), opts.timeoutMs);
        const onAbort = () => stop("aborted", 0);
        opts.signal?.addEventListener("abort", onAbort, { once: true });
        const watch = opts.stallMs !== undefined ? watchStall(opts, activity, stop) : undefined;
        const settle = () => {
            clearTimeout(total);
            if (watch)
                clearInterval(watch);
            opts.signal?.removeEventListener("abort", onAbort);
        };
        child.on("error", (e) => {
            settle();
            reject(e);
        });
        child.on("close", (code, signal) => {
            settle();
            resolve({
                exitCode: stopped ? -1 : (code ?? 128 + (SIGNALS[signal ?? ""] ?? 0)),
                stdout: out.end(),
                stderr: err.end(),
                seconds: (performance.now() - started) / 1000,
                ...(stopped ? { stopped } : {}),
            });
        });
    });
}
/** Keeps a stream's bytes up to `maxBuffer`, hands out its lines, and marks each chunk as activity. */
function lineCollector(activity, maxBuffer, onLine) {
    const chunks = [];
    let kept = 0;
    let partial = "";
    // A character split between two chunks is joined again before lines are cut.
    const text = new external_node_string_decoder_namespaceObject.StringDecoder("utf8");
    return {
        data(d) {
            activity.last = performance.now();
            if (kept < maxBuffer) {
                chunks.push(d.subarray(0, maxBuffer - kept));
                kept += Math.min(d.length, maxBuffer - kept);
            }
            if (!onLine)
                return;
            const lines = (partial + text.write(d)).split("\n");
            partial = lines.pop() ?? "";
            for (const line of lines)
                onLine(line);
        },
        end() {
            partial += text.end();
            if (partial && onLine)
                onLine(partial);
            partial = "";
            return Buffer.concat(chunks).toString("utf8");
        },
    };
}
/**
 * Stops the run when neither output nor `progress()` has moved for `stallMs`: polled about every
 * second, one poll at a time (a slow progress reader never piles up).
 */
function watchStall(opts, activity, stop) {
    const stallMs = opts.stallMs;
    let polling = false;
    let progressValue;
    return setInterval(() => {
        if (polling)
            return;
        polling = true;
        void (async () => {
            if (opts.progress) {
                const v = await Promise.resolve()
                    .then(opts.progress)
                    .catch(() => progressValue);
                if (v !== progressValue) {
                    if (progressValue !== undefined)
                        activity.last = performance.now();
                    progressValue = v;
                }
            }
            if (performance.now() - activity.last >= stallMs)
                stop("stall", stallMs / 1000);
        })().finally(() => (polling = false));
    }, Math.min(1000, Math.max(50, stallMs / 4)));
}

;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: external "events"
const external_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_namespaceObject.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_namespaceObject.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./src/process/exec.ts
// Short local runs through @actions/exec: `go env`, `go version`. Silent (no `[command]` echo,
// no output copied to stdout: the output is data, and the library prints nothing outside
// Actions), exit codes returned rather than thrown. No `input`: toolrunner writes it to the
// child's stdin with no error listener, so a child that has already exited (go env often has)
// raises an unhandled EPIPE that kills the step; these commands never read stdin. @actions/exec cannot stop a
// child (see bounded.ts), so the bound here does not kill: after `timeoutMs` the caller gets a
// ProcessTimeout; the child is left to end by itself. The action's steps end with process.exit,
// so it cannot hold them; a CLI or library caller gets its answer in time but its process lives
// until the child ends. These runs read local files only; anything that waits on the network or
// on a program the user names runs through runBounded.

class ProcessTimeout extends Error {
    command;
    limitSeconds;
    constructor(command, limitSeconds) {
        super(`${command} did not finish within ${limitSeconds} s`);
        this.name = "ProcessTimeout";
        this.command = command;
        this.limitSeconds = limitSeconds;
    }
}
async function execQuiet(file, args, opts) {
    let timer;
    const limit = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new ProcessTimeout(opts.what ?? [file, ...args].join(" "), opts.timeoutMs / 1000)), opts.timeoutMs);
    });
    try {
        return await Promise.race([
            getExecOutput(quoteTool(file), args, {
                ...(opts.cwd ? { cwd: opts.cwd } : {}),
                env: opts.env,
                silent: true,
                ignoreReturnCode: true,
            }),
            limit,
        ]);
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * exec() splits its first argument like a command line; a tool path with spaces (C:\Program Files\Go\bin\go.exe)
 * must be quoted. Inside quotes only `\"` is an escape; other backslashes stay as they are.
 */
function quoteTool(file) {
    return `"${file.replace(/"/g, '\\"')}"`;
}

;// CONCATENATED MODULE: ./src/download/go-command.ts
// The edge that runs the go command: finding it, and running it with its output captured:
// `go mod download` stoppable and bounded, `go env` through @actions/exec.




/** The first executable `go` on PATH, or undefined. */
function findGo(path) {
    const exe = process.platform === "win32" ? "go.exe" : "go";
    for (const dir of (path ?? "").split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = (0,external_node_path_.join)(dir, exe);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here; keep looking
        }
    }
    return undefined;
}
/** Runs go, stoppable (see src/process/bounded.ts). */
function runGo(goBin, args, opts) {
    return runBounded(goBin, args, {
        cwd: opts.cwd,
        env: opts.env,
        timeoutMs: opts.timeoutMs,
        ...(opts.stallMs !== undefined ? { stallMs: opts.stallMs } : {}),
        ...(opts.progress ? { progress: opts.progress } : {}),
        ...(opts.onStderrLine ? { onStderrLine: opts.onStderrLine } : {}),
        ...(opts.onStdoutLine ? { onStdoutLine: opts.onStdoutLine, stdoutLinesOnly: true } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
    });
}
/** `go env` and `go version` read local files only: a minute is generous. */
const GO_QUERY_TIMEOUT_MS = 60_000;
/** `go env -json` for the named variables, as this go will see them in `env`. */
async function goEnvJson(goBin, names, opts) {
    const r = await execQuiet(goBin, ["env", "-json", ...names], {
        ...opts,
        timeoutMs: GO_QUERY_TIMEOUT_MS,
        what: `${goBin} env`,
    });
    if (r.exitCode !== 0)
        throw new Error(`go env failed: ${r.stderr.trim()}`);
    return JSON.parse(r.stdout);
}


/***/ }),

/***/ 754:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E: () => (/* binding */ buildLedger)
});

// EXTERNAL MODULE: ./src/redact/redact.ts
var redact = __nccwpck_require__(940);
// EXTERNAL MODULE: ./src/download/classify.ts
var classify = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./src/download/file-chains.ts
function bump(m, k) {
    m.set(k, (m.get(k) ?? 0) + 1);
}
/** True when a proper path-prefix of `module` is in the set. */
function hasPrefixIn(module, set) {
    if (!set || set.size === 0)
        return false;
    for (let i = module.lastIndexOf("/"); i > 0; i = module.lastIndexOf("/", i - 1))
        if (set.has(module.slice(0, i)))
            return true;
    return false;
}
function addPrefixes(set, path) {
    for (let i = path.lastIndexOf("/"); i > 0; i = path.lastIndexOf("/", i - 1))
        set.add(path.slice(0, i));
}
/** Module path a repository URL stands for: host and path, no scheme, userinfo or `.git`. */
function repoModulePath(url) {
    return url
        .replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/(?:[^/@]*@)?/, "")
        .replace(/\.git$/, "")
        .replace(/\/+$/, "");
}
function reasonOf(r) {
    if (r.status !== null)
        return r.statusText ?? String(r.status);
    return r.error ?? "unknown error";
}
/** Tells whether a module path (at a version) was only a step of the module-path walk. */
function walkProbeTest(requests, modules) {
    const served = new Map(); // version ("" for list/latest) → module paths
    for (const r of requests) {
        if (!r.file || r.module === undefined || r.status !== 200)
            continue;
        const v = r.version ?? "";
        const set = served.get(v) ?? new Set();
        set.add(r.module);
        served.set(v, set);
    }
    const jsonPaths = new Set((modules ?? []).filter((m) => !m.Error).map((m) => m.Path));
    // Per version: every proper path-prefix of a served module.
    const servedPrefixes = new Map();
    const jsonPrefixes = new Set();
    for (const [v, set] of served) {
        const pre = new Set();
        for (const m of set)
            addPrefixes(pre, m);
        servedPrefixes.set(v, pre);
    }
    for (const m of jsonPaths)
        addPrefixes(jsonPrefixes, m);
    return (module, version) => {
        const v = version ?? "";
        const set = served.get(v);
        if (set?.has(module) || jsonPaths.has(module))
            return false;
        // A served module is a prefix of this path, or this path is a prefix of a served module.
        return (hasPrefixIn(module, set) ||
            hasPrefixIn(module, jsonPaths) ||
            (servedPrefixes.get(v)?.has(module) ?? false) ||
            jsonPrefixes.has(module));
    };
}
/** Tells whether a module path saw direct-mode traffic (VCS commands, ?go-get=1 pages). */
function directEvidence(trace, requests) {
    const roots = new Set();
    for (const c of trace.vcs)
        if (c.repo)
            roots.add(repoModulePath(c.repo));
    for (const r of trace.repos)
        roots.add(repoModulePath(r.url));
    for (const r of requests)
        if (r.kind === "go-get" && r.module && r.status === 200)
            roots.add(r.module);
    return (module) => roots.has(module) || hasPrefixIn(module, roots);
}
function groupByFile(requests) {
    const groups = new Map();
    for (const r of requests) {
        if (!r.file || r.module === undefined)
            continue;
        const key = `${r.module}\u0000${r.version ?? ""}\u0000${r.file}`;
        const g = groups.get(key);
        if (g)
            g.push(r);
        else
            groups.set(key, [r]);
    }
    return [...groups.values()];
}
/** Splits one file's attempts, in line order, into fallback chains. */
function chainsOf(g, cls) {
    g.sort((a, b) => a.line - b.line);
    const chains = [];
    for (const r of g) {
        const cur = chains.at(-1);
        const last = cur?.at(-1);
        if (!cur || !last || last.status === 200 || cls.indexOf(r.origin) <= cls.indexOf(last.origin))
            chains.push([r]);
        else
            cur.push(r);
    }
    return chains;
}
/** One chain of attempts for a file → who served it, and the fallbacks on the way. */
function resolveChain(c, ctx) {
    const first = c[0];
    const module = first.module;
    const version = first.version ?? null;
    const fileKind = first.file;
    const attempts = c.map((r) => ({
        origin: r.origin,
        status: r.status,
        error: r.error,
        reason: r.status === 200 ? null : reasonOf(r),
    }));
    const last = attempts.at(-1);
    let origin = last.status === 200 ? last.origin : null;
    const failedJson = version !== null && ctx.jsonError.has(`${module}@${version}`);
    if (origin === null &&
        ctx.cls.hasDirect &&
        !failedJson &&
        last.origin !== "direct" &&
        ctx.cls.indexOf("direct") > ctx.cls.indexOf(last.origin) &&
        ctx.hasDirectEvidence(module)) {
        attempts.push({ origin: "direct", status: null, error: null, reason: null });
        origin = "direct";
    }
    const failed = attempts.filter((a) => a.reason !== null);
    const fallbacks = [];
    for (let i = 0; i + 1 < attempts.length; i++) {
        const from = attempts[i];
        const to = attempts[i + 1];
        fallbacks.push({
            module,
            version,
            file: fileKind,
            from: from.origin,
            to: to.origin,
            reason: from.reason ?? "unknown",
        });
    }
    return { file: { module, version, file: fileKind, origin, failed }, fallbacks, attempts };
}
/** Every module file asked for, who served it, and the fallback events of the run. */
function resolveFiles(requests, ctx, tally) {
    const files = [];
    const fallbacks = [];
    for (const g of groupByFile(requests)) {
        if (ctx.isWalkProbe(g[0].module, g[0].version)) {
            for (const r of g)
                r.walk = true;
            continue;
        }
        for (const c of chainsOf(g, ctx.cls)) {
            const resolved = resolveChain(c, ctx);
            files.push(resolved.file);
            fallbacks.push(...resolved.fallbacks);
            for (const o of new Set(resolved.attempts.map((a) => a.origin)))
                bump(tally.asked, o);
            if (resolved.file.origin)
                bump(tally.servedBy, resolved.file.origin);
        }
    }
    return { files, fallbacks };
}

;// CONCATENATED MODULE: ./src/download/origin-stats.ts
function isNotFound(status) {
    return status === 404 || status === 410;
}
function emptyStats(origin) {
    return {
        origin,
        requests: 0,
        ok: 0,
        notFound: 0,
        otherStatus: 0,
        transportErrors: 0,
        errors: 0,
        seconds: 0,
        sumdbRequests: 0,
        vcsCommands: 0,
        filesAsked: 0,
        filesServed: 0,
        hitRate: null,
    };
}
function countRequest(s, r) {
    s.requests++;
    if (r.status === 200)
        s.ok++;
    else if (isNotFound(r.status))
        s.notFound++;
    else if (r.status !== null)
        s.otherStatus++;
    else
        s.transportErrors++;
    if (r.status !== 200 && !isNotFound(r.status))
        s.errors++;
    s.seconds += r.seconds ?? 0;
}
function countSumdb(sumdb, r) {
    const key = `${r.sumdb}\u0000${r.origin}`;
    let d = sumdb.get(key);
    if (!d) {
        d = { name: r.sumdb, origin: r.origin, requests: 0, ok: 0, notFound: 0, errors: 0, seconds: 0 };
        sumdb.set(key, d);
    }
    d.requests++;
    if (r.status === 200)
        d.ok++;
    else if (isNotFound(r.status))
        d.notFound++;
    else
        d.errors++;
    d.seconds += r.seconds ?? 0;
}
/** Counts of every origin the chain names or the run touched, and each database's traffic. */
function originStats(requests, vcs, cls, tally) {
    const stats = new Map();
    const statsOf = (o) => {
        let s = stats.get(o);
        if (!s)
            stats.set(o, (s = emptyStats(o)));
        return s;
    };
    for (const o of cls.origins())
        statsOf(o);
    const sumdb = new Map();
    for (const r of requests) {
        const s = statsOf(r.origin);
        countRequest(s, r);
        if (r.sumdb !== undefined) {
            s.sumdbRequests++;
            countSumdb(sumdb, { ...r, sumdb: r.sumdb });
        }
    }
    if (vcs.length > 0) {
        const d = statsOf("direct");
        for (const c of vcs) {
            d.vcsCommands++;
            d.seconds += c.seconds ?? 0;
        }
    }
    for (const [o, n] of tally.asked)
        statsOf(o).filesAsked = n;
    for (const [o, n] of tally.servedBy)
        statsOf(o).filesServed = n;
    for (const s of stats.values()) {
        s.seconds = Math.round(s.seconds * 1000) / 1000;
        s.hitRate = s.filesAsked > 0 ? s.filesServed / s.filesAsked : null;
    }
    const named = cls.origins();
    const origins = [...stats.values()].filter((s) => s.requests > 0 || s.filesAsked > 0 || s.vcsCommands > 0 || named.includes(s.origin));
    return { origins, sumdb: [...sumdb.values()] };
}
/** How the run's files split between the first proxy, later ones, direct, local and failures. */
function runShares(files, cls) {
    const firstProxy = cls.origins().find((o) => o !== "direct");
    const shares = {
        files: files.length,
        firstProxy: 0,
        laterProxies: 0,
        direct: 0,
        local: 0,
        failed: 0,
        ratio: { firstProxy: 0, laterProxies: 0, direct: 0, local: 0, failed: 0 },
    };
    for (const f of files) {
        if (f.origin === null)
            shares.failed++;
        else if (f.origin === "local")
            shares.local++;
        else if (f.origin === "direct")
            shares.direct++;
        else if (f.origin === firstProxy)
            shares.firstProxy++;
        else
            shares.laterProxies++;
    }
    if (files.length > 0)
        for (const k of ["firstProxy", "laterProxies", "direct", "local", "failed"])
            shares.ratio[k] = shares[k] / files.length;
    return shares;
}

;// CONCATENATED MODULE: ./src/download/ledger.ts
// The ledger: who served every module file, what failed before, per-origin counts, hit
// rates and fallback events, from a parsed -x trace (and the -json objects when there are).
//
// Rules (go-semantics.md §1, §3, §4): fallback chains, walk probes and `direct` are read in
// file-chains.ts; counts in origin-stats.ts. Here:
// - A file -json reports with no request at all was served by `local` (GOMODCACHE), or by
//   `direct` when its module has direct-mode traffic.
// - Go 1.24+ silently repeats a 4xx over https with GOAUTH credentials; -x shows one line,
//   so this ledger counts one attempt.




const FILE_KINDS = ["list", "latest", "info", "mod", "zip"];
function classifyRequests(trace, cls) {
    return trace.requests.map((r) => {
        const c = cls.classify(r.url);
        const out = {
            url: r.url,
            origin: c.origin,
            status: r.status,
            error: r.error,
            seconds: r.seconds,
            kind: c.kind,
            line: r.line,
            statusText: r.statusText,
        };
        if (c.file)
            out.file = c.file;
        if (c.module !== undefined)
            out.module = c.module;
        if (c.version !== undefined)
            out.version = c.version;
        if (c.sumdb !== undefined)
            out.sumdb = c.sumdb;
        return out;
    });
}
/** The -json modules, each file from its request or, never requested, from local or direct. */
function accountJsonModules(modules, files, local, tally) {
    const out = [];
    const byFile = new Map();
    for (const f of files)
        if (f.version !== null)
            byFile.set(`${f.module}@${f.version}/${f.file}`, f);
    for (const m of modules) {
        const origins = { info: null, mod: null, zip: null };
        const present = { info: m.Info, mod: m.GoMod, zip: m.Zip };
        for (const k of ["info", "mod", "zip"]) {
            const f = byFile.get(`${m.Path}@${m.Version}/${k}`);
            if (f) {
                origins[k] = f.origin;
                continue;
            }
            if (!present[k])
                continue;
            const origin = local(m.Path);
            origins[k] = origin;
            files.push({ module: m.Path, version: m.Version, file: k, origin, failed: [] });
            bump(tally.servedBy, origin);
            bump(tally.asked, origin);
        }
        const lm = {
            path: m.Path,
            version: m.Version,
            origin: m.Error ? null : (origins.zip ?? origins.mod ?? origins.info ?? "local"),
            files: origins,
        };
        if (m.Error)
            lm.error = m.Error;
        out.push(lm);
    }
    return out;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function byModuleVersionFile(a, b) {
    if (a.module !== b.module)
        return a.module < b.module ? -1 : 1;
    return (cmp(a.version ?? "", b.version ?? "") || FILE_KINDS.indexOf(a.file) - FILE_KINDS.indexOf(b.file));
}
function stripStatusText(r) {
    const out = {
        url: r.url,
        origin: r.origin,
        status: r.status,
        error: r.error,
        seconds: r.seconds,
        kind: r.kind,
        line: r.line,
    };
    if (r.file !== undefined)
        out.file = r.file;
    if (r.module !== undefined)
        out.module = r.module;
    if (r.version !== undefined)
        out.version = r.version;
    if (r.sumdb !== undefined)
        out.sumdb = r.sumdb;
    if (r.walk)
        out.walk = true;
    return out;
}
/** Builds the ledger of one run. */
function buildLedger(trace, chain, opts = {}) {
    const cls = (0,classify/* createClassifier */.CC)(chain);
    const requests = classifyRequests(trace, cls);
    const hasDirectEvidence = directEvidence(trace, requests);
    const jsonError = new Map();
    for (const m of opts.modules ?? [])
        if (m.Error)
            jsonError.set(`${m.Path}@${m.Version}`, m.Error);
    const tally = { asked: new Map(), servedBy: new Map() };
    const { files, fallbacks } = resolveFiles(requests, {
        cls,
        isWalkProbe: walkProbeTest(requests, opts.modules),
        hasDirectEvidence,
        jsonError,
    }, tally);
    const modules = opts.modules
        ? accountJsonModules(opts.modules, files, (path) => (hasDirectEvidence(path) && cls.hasDirect ? "direct" : "local"), tally)
        : undefined;
    const { origins, sumdb } = originStats(requests, trace.vcs, cls, tally);
    const ledger = {
        requests: requests.map(stripStatusText),
        origins,
        fallbacks,
        files: files.sort(byModuleVersionFile),
        sumdb,
        shares: runShares(files, cls),
        problems: [...trace.problems],
    };
    if (modules)
        ledger.modules = modules;
    return (0,redact/* scrubDeep */.wE)(ledger, cls.secrets);
}


/***/ }),

/***/ 374:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ findModuleRoots),
/* harmony export */   yM: () => (/* binding */ displayDir)
/* harmony export */ });
/* unused harmony export graphFilesUnder */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(643);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Where to run the pre-warm: the go.work workspace when there is one (Go uses it from any
// directory below), otherwise every go.mod under the working directory. An edge: reads the tree.



/** Folders Go itself never treats as part of a module's tree, plus vendored and tool folders. */
const SKIP = new Set(["vendor", "testdata", "node_modules"]);
const GRAPH_FILES = ["go.mod", "go.sum", "go.work", "go.work.sum"];
const MAX_DIRS = 50_000;
/**
 * `gowork` is the GOWORK variable: "off" ignores go.work files, a path names the workspace file.
 */
async function findModuleRoots(workdir, gowork) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workdir);
    if (gowork && gowork !== "off") {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(gowork) ? gowork : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, gowork);
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(file, "..");
        return [{ dir: root, kind: "workspace", graphFiles: await graphFilesUnder(dir) }];
    }
    if (gowork !== "off" && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, "go.work"))) {
        return [{ dir: root, kind: "workspace", graphFiles: await graphFilesUnder(root) }];
    }
    const files = await graphFilesUnder(root);
    const moduleDirs = files
        .filter((f) => f.endsWith("/go.mod"))
        .map((f) => f.slice(0, -"/go.mod".length));
    return moduleDirs.map((dir) => ({
        dir,
        kind: "module",
        graphFiles: GRAPH_FILES.slice(0, 2)
            .map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name))
            .filter((f) => files.includes(f)),
    }));
}
/** Every graph file below `dir`, sorted, skipping hidden, `_`-prefixed, vendor and testdata folders. */
async function graphFilesUnder(dir) {
    const found = [];
    const queue = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir)];
    for (let seen = 0; queue.length > 0 && seen < MAX_DIRS; seen++) {
        const current = queue.shift();
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(current, { withFileTypes: true });
        }
        catch {
            continue; // unreadable folders hold nothing Go could use either
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (!SKIP.has(e.name) && !e.name.startsWith(".") && !e.name.startsWith("_"))
                    queue.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, e.name));
            }
            else if (GRAPH_FILES.includes(e.name)) {
                found.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, e.name));
            }
        }
    }
    return found.sort();
}
/** A root's directory relative to the workspace, for messages ("." for the workspace itself). */
function displayDir(workspace, dir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace, dir) || ".";
}


/***/ }),

/***/ 414:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N: () => (/* binding */ createTraceParser),
  b: () => (/* binding */ parseTrace)
});

;// CONCATENATED MODULE: ./src/download/ci-prefix.ts
// CI decorations in front of trace lines, removed before a line is read.
// One at a time from the left: ISO timestamps (GitHub, Azure), bracketed timestamps (Jenkins
// timestamper), BuildKit's `#12 3.456 `, Jenkins `[Pipeline] `, GitLab's `section_start:…`
// markers (whose `\r\e[0K` is handled before), docker compose's `service-1  | `.
const PREFIX = /^(?:[A-Za-z][\w.-]*\s+\| |\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)? ?|\[\d{4}-\d\d-\d\d[T ][^\]]{0,40}\] ?|\[\d\d:\d\d:\d\d(?:\.\d+)?\] ?|#\d+ \d+\.\d+ |\[Pipeline\] |section_(?:start|end):\d+:[^\s\r\x1b[]+(?:\[[^\]]*\])?(?:\x1b\[0K)?)/;
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
/** Removes CI decorations (timestamps, step ids, section markers, colours) from one log line. */
function stripCiPrefix(line) {
    let s = line;
    if (s.endsWith("\r"))
        s = s.slice(0, -1);
    const cr = s.lastIndexOf("\r");
    if (cr >= 0)
        s = s.slice(cr + 1);
    if (s.includes("\x1b"))
        s = s.replace(ANSI, "");
    for (let i = 0; i < 4; i++) {
        const c = s.charCodeAt(0);
        // Fast path: trace lines start with '#', 'c', 'm' or a digit; only some need a look.
        if (c === 35 /* # */ && s.charCodeAt(1) === 32)
            return s;
        const m = PREFIX.exec(s);
        if (!m || m[0].length === 0)
            return s;
        s = s.slice(m[0].length);
    }
    return s;
}

// EXTERNAL MODULE: ./src/redact/redact.ts
var redact = __nccwpck_require__(940);
;// CONCATENATED MODULE: ./src/download/trace-requests.ts
// The `# get URL` requests of a -x trace: each start waits for its result line, and a result
// is paired with the oldest open request of the same URL (concurrent fetches interleave).

const STATUS = /^(\d{3})(?: (.*?))? \((\d+(?:\.\d+)?)s\)$/;
/** A status whose timing is missing or cut short: a paste or a CI cut ended the line there. */
const UNTIMED_STATUS = /^(\d{3})(?: ([^()]*?))?(?: \([\d.]*s?)?$/;
function cleanUrl(rawUrl) {
    return rawUrl.includes("@") ? (0,redact/* redactUrl */.BO)(rawUrl) : rawUrl;
}
function newRequest(url, line) {
    return {
        url,
        status: null,
        statusText: null,
        error: null,
        seconds: null,
        line,
        complete: false,
    };
}
/** Fills in a result line's status or error; true when the line may have been cut short. */
function readResult(req, result) {
    const m = STATUS.exec(result);
    if (m) {
        req.status = Number(m[1]);
        req.statusText = m[2] ? `${m[1]} ${m[2]}` : m[1];
        req.seconds = Number(m[3]);
        return false;
    }
    const cut = UNTIMED_STATUS.exec(result);
    if (cut) {
        req.status = Number(cut[1]);
        req.statusText = cut[2] ? `${cut[1]} ${cut[2]}` : cut[1];
        return true;
    }
    req.error = (0,redact/* redactUrlsInText */.GP)(result.trim()) || "unknown error";
    // Only a line cut inside the status code can still turn out to be a response.
    return /^\d{1,2}$/.test(result);
}
function createRequestBook() {
    const requests = [];
    const problems = [];
    const open = new Map();
    function add(r) {
        requests.push(r);
        return r;
    }
    function drop(r) {
        const i = requests.lastIndexOf(r);
        if (i >= 0)
            requests.splice(i, 1);
    }
    function enqueue(url, r, front) {
        const q = open.get(url);
        if (!q)
            open.set(url, [r]);
        else if (front)
            q.unshift(r);
        else
            q.push(r);
    }
    function dequeue(url) {
        const q = open.get(url);
        const r = q?.shift();
        if (q && q.length === 0)
            open.delete(url);
        return r;
    }
    /** The open request a result answers: Go 1.13 printed failures without the URL's scheme. */
    function answered(url) {
        const r = dequeue(url);
        if (r || !url.startsWith("//"))
            return r;
        return dequeue(`https:${url}`) ?? dequeue(`http:${url}`);
    }
    function start(rawUrl, line) {
        const url = cleanUrl(rawUrl);
        const r = add(newRequest(url, line));
        enqueue(url, r, false);
        return () => {
            drop(r);
            const q = open.get(url);
            const at = q?.lastIndexOf(r) ?? -1;
            if (at >= 0)
                q.splice(at, 1);
            if (q && q.length === 0)
                open.delete(url);
        };
    }
    function finish(rawUrl, result, line) {
        const url = cleanUrl(rawUrl);
        const opened = answered(url);
        const req = opened ?? add(newRequest(url, line));
        if (!opened)
            problems.push(`line ${line}: result without a start for ${url}`);
        req.complete = true;
        if (!readResult(req, result))
            return null;
        // This stands unless the next line turns out to hold the rest of this one.
        const problemCount = problems.length;
        return () => {
            if (!opened) {
                drop(req);
                problems.length = problemCount;
                return;
            }
            req.complete = false;
            req.status = null;
            req.statusText = null;
            req.error = null;
            enqueue(req.url, req, true);
        };
    }
    function close() {
        for (const r of requests)
            if (!r.complete && r.error === null)
                r.error = "no result in trace";
    }
    return { requests, problems, start, finish, close };
}

;// CONCATENATED MODULE: ./src/download/trace-vcs.ts
// The VCS side of a -x trace in direct mode: which work directory holds which repository
// (`mkdir -p DIR # git3 REPO`), and each command paired with its timing line.

function repoOf(args) {
    const m = /\b(?:https?|ssh|git|svn|bzr)(?:\+ssh)?:\/\/\S+/.exec(args);
    return m ? (0,redact/* redactUrl */.BO)(m[0].replace(/^['"]|['"]$/g, "")) : null;
}
function keyOf(dir, tool, args) {
    return `${dir}\u0000${tool} ${args}`;
}
function createVcsBook() {
    const vcs = [];
    const repos = [];
    const repoByDir = new Map();
    const open = new Map();
    function command(dir, tool, args, line) {
        const c = {
            tool,
            dir,
            args: (0,redact/* redactUrlsInText */.GP)(args),
            repo: repoByDir.get(dir) ?? repoOf(args),
            seconds: null,
            line,
            complete: false,
            failed: false,
        };
        vcs.push(c);
        return c;
    }
    return {
        vcs,
        repos,
        addRepo(dir, url) {
            const red = (0,redact/* redactUrl */.BO)(url);
            if (repoByDir.get(dir) === red)
                return;
            repoByDir.set(dir, red);
            repos.push({ dir, url: red });
        },
        start(dir, tool, args, line, complete) {
            const c = command(dir, tool, args, line);
            c.complete = complete;
            if (complete)
                return c;
            const key = keyOf(dir, tool, args);
            const q = open.get(key);
            if (q)
                q.push(c);
            else
                open.set(key, [c]);
            return c;
        },
        finish(seconds, dir, tool, args, line) {
            const key = keyOf(dir, tool, args);
            const q = open.get(key);
            const c = q?.shift() ?? command(dir, tool, args, line);
            if (q && q.length === 0)
                open.delete(key);
            c.seconds = seconds;
            c.complete = true;
            if (!c.repo)
                c.repo = repoByDir.get(dir) ?? null;
        },
    };
}

;// CONCATENATED MODULE: ./src/download/trace.ts
// The -x trace of any Go from 1.13 on, read line by line (go-semantics.md §4):
//   # get URL                          a request starts
//   # get URL: 200 OK (0.012s)         its response
//   # get URL: <error>|insecure|…      its failure
//   mkdir -p DIR # git3 REPO           DIR holds REPO (direct mode)
//   cd DIR; git ARGS                   a VCS command starts…
//   0.005s # cd DIR; git ARGS          …and ends
//   # lock FILE.lockNEXT               before 1.19 the lock line runs into the next one
// Lines may carry CI prefixes (timestamps, BuildKit step ids, GitLab sections, Jenkins
// markers); they are stripped before reading, and so is a `# ` that commented a line out. A `# get` line that a CI cut in two (BuildKit
// flushes partial lines under a new prefix; pasted logs wrap) is joined again with the
// fragment on the next line, so the request is counted once.



const TIMED = /^(\d+\.\d+)s # cd (.*?); (git|hg|svn|bzr|fossil) (.*)$/;
const VCS_START = /^cd (.*?); (git|hg|svn|bzr|fossil) (.*)$/;
const VCS_FAILED = /^# cd (.*?); (git|hg|svn|bzr|fossil) (.*)$/;
const MKDIR = /^mkdir -p (.*?) # (git3|hg3|svn3|bzr3|fossil3|git|hg|svn|bzr|fossil) (\S+)$/;
const REUSE = /^# (.*?) for (git3|hg3|svn3|bzr3|fossil3|git|hg|svn|bzr|fossil) (\S+)$/;
const UNTIMED_VCS = /^(git|hg|svn|bzr|fossil) (.*)$/;
/** A line that only continues the previous `# get` line: the rest of its URL or status. */
function continuesGet(get, s) {
    const sep = s.indexOf(": ");
    const head = sep < 0 ? s : s.slice(0, sep);
    // The rest of a status ("OK (0.049s)") after a cut inside it.
    if (head.includes(" "))
        return get.includes(": ") && /^[\w .()]+$/.test(s);
    // The rest of a URL: URL characters only, and not a word the go command prints itself, nor
    // the dots a paste puts where it left lines out (`...`, `....`).
    return (/^[\w%!.~\-/@+=&?:]+$/.test(head) &&
        !/^\.+$/.test(head) &&
        !/^(?:go|cd|mkdir|git|hg|svn|bzr|fossil|unzip|rm|mv|cp|WORK)$/.test(head));
}
/** The trace part of a line, or null for a line that holds none. */
function traceText(s) {
    // Trace lines pasted into a shell block as comments (`# # get URL`): Go never prints `# # `.
    const commented = /^(?:# )+(?=# get )/.exec(s);
    if (commented)
        return s.slice(commented[0].length);
    if (s.startsWith("# get ") || /^(?:cd |mkdir |# |\d+\.\d+s # )/.test(s))
        return s;
    // A prefix we do not know: find the trace inside the line (Go 1.13 printed some URLs as
    // `//host/path`, without their scheme).
    const at = s.search(/# get (?:https?:)?\/\//);
    return at < 0 ? null : s.slice(at);
}
/**
 * The lines of a trace printed inside a JSON string on one line, as editors' tool installers
 * report a failed `go get -x` (`"stderr": "…\\n# get …"`); null for any other line.
 */
function escapedLines(line) {
    if (!line.includes("\\n# get ") && !line.includes('"# get '))
        return null;
    const m = /"((?:[^"\\]|\\.)*\\n(?:[^"\\]|\\.)*)"/.exec(line);
    if (!m)
        return null;
    try {
        return JSON.parse(`"${m[1]}"`).split("\n");
    }
    catch {
        return null;
    }
}
function createTraceParser() {
    const http = createRequestBook();
    const vcs = createVcsBook();
    let lineNo = 0;
    let partial = "";
    let pendingCd = null;
    /** The `# get` line just read, and how to take it back if the next line continues it. */
    let lastGet = null;
    function readGet(s) {
        const rest = s.slice(6);
        const sep = rest.indexOf(": ");
        if (sep < 0) {
            const url = rest.trim();
            if (url)
                lastGet = { text: s, undo: http.start(url, lineNo) };
            return;
        }
        const undo = http.finish(rest.slice(0, sep), rest.slice(sep + 2), lineNo);
        if (undo)
            lastGet = { text: s, undo };
    }
    function readVcs(s) {
        let m = TIMED.exec(s);
        if (m)
            return vcs.finish(Number(m[1]), m[2], m[3], m[4], lineNo);
        m = VCS_START.exec(s);
        if (m)
            return void vcs.start(m[1], m[2], m[3], lineNo, false);
        m = MKDIR.exec(s) ?? REUSE.exec(s);
        if (m)
            return vcs.addRepo(m[1], m[3]);
        m = VCS_FAILED.exec(s);
        if (m)
            return void (vcs.start(m[1], m[2], m[3], lineNo, true).failed = true);
        if (s.startsWith("cd ") && !s.includes(";"))
            pendingCd = s.slice(3);
    }
    function handle(raw, depth) {
        const stripped = stripCiPrefix(raw);
        if (stripped.length === 0)
            return;
        const last = lastGet;
        lastGet = null;
        if (last !== null && depth === 0 && continuesGet(last.text, stripped)) {
            last.undo();
            handle(last.text + stripped, depth + 1);
            return;
        }
        if (pendingCd !== null) {
            const dir = pendingCd;
            pendingCd = null;
            const m = UNTIMED_VCS.exec(stripped);
            if (m)
                return void vcs.start(dir, m[1], m[2], lineNo, true);
        }
        const s = traceText(stripped);
        if (s === null)
            return;
        if (s.startsWith("# get "))
            return readGet(s);
        if (s.startsWith("# lock ")) {
            const at = s.indexOf(".lock", 7);
            if (at >= 0 && at + 5 < s.length && depth < 2)
                handle(s.slice(at + 5), depth + 1);
            return;
        }
        readVcs(s);
    }
    function feed(line) {
        lineNo++;
        for (const l of escapedLines(line) ?? [line])
            handle(l, 0);
    }
    return {
        push: feed,
        write(chunk) {
            const text = partial + chunk;
            let start = 0;
            for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
                feed(text.slice(start, nl));
                start = nl + 1;
            }
            partial = text.slice(start);
        },
        end() {
            if (partial) {
                feed(partial);
                partial = "";
            }
            http.close();
            return {
                requests: http.requests,
                vcs: vcs.vcs,
                repos: vcs.repos,
                lines: lineNo,
                problems: http.problems,
            };
        },
    };
}
/** Parses a whole -x trace. */
function parseTrace(text) {
    const p = createTraceParser();
    p.write(text);
    return p.end();
}


/***/ }),

/***/ 970:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ explainRule),
/* harmony export */   i: () => (/* binding */ EXPLAIN_RULES)
/* harmony export */ });
const r = (id, category, title, doc) => ({
    id,
    category,
    title,
    doc,
});
const EXPLAIN_RULES = [
    // checksum-mismatch
    r("explain-checksum-mismatch", "checksum-mismatch", "the downloaded bytes do not match go.sum or the checksum database", "`verifying …: checksum mismatch` and `SECURITY ERROR` mean the module content differs from what go.sum (or the checksum database) recorded. This is a security error: the version may have been re-tagged, or a proxy or the network served altered bytes. Do not just delete go.sum. Compare against the checksum database (fetch the version again with GONOSUMDB unset and GOFLAGS=-mod=mod into an empty GOMODCACHE), ask the module's owner whether the tag moved, and for your own modules publish a new version instead of moving a tag."),
    // config
    r("explain-goenv-write-ignored", "config", "`go env -w` did not take effect, or a go env setting breaks every go command", "`warning: go env -w NAME=... does not override conflicting OS environment variable` means the value went to the go env file but the same variable in the process environment wins. `go env -w` also refuses anything but NAME=VALUE, a key given twice, unknown variables, read-only ones (GOVERSION; GOENV only from the environment), an invalid GO111MODULE or GOOS/GOARCH pair, and relative GOPATH entries; a GOROOT that does not exist (`cannot find GOROOT directory`) stops every go command. Unset the environment variable or set the value there, `go env -u NAME` to drop a line from the go env file; `go env NAME` shows what Go uses."),
    r("explain-unknown-env-setting", "config", "a variable Go rejects (unknown environment setting)", "`go: unknown environment setting GO111MODULE=…` means the value is not one Go accepts (`on`, `off`, `auto`, empty), often `GO111MODULE==on` written by `go env -w`; every go command stops. Fix it with `go env -u GO111MODULE` or by correcting the environment."),
    r("explain-goproxy-no-entries", "config", "GOPROXY is set but has no entries", "`GOPROXY list is not the empty string, but contains no entries` (Go 1.15+) means GOPROXY holds only separators or spaces, or — on Go 1.21+ — `go env -w GOPROXY=` wrote an empty line to the user env file that hides the `$GOROOT/go.env` default. Run `go env -u GOPROXY`, or set a real list such as `https://proxy.golang.org,direct`."),
    r("explain-goproxy-invalid", "config", "GOPROXY holds an entry Go rejects", "`invalid proxy URL missing scheme`, `invalid proxy URL scheme (must be https, http, file)`, `invalid file:// proxy URL with non-path elements` or `invalid $GOPROXY setting` (Go ≤ 1.12) reject the whole GOPROXY list. Keywords `direct` and `off` are case-sensitive; a single word needs a scheme; a directory must be written `file:///path`."),
    r("explain-insecure-credentials", "config", "credentials on an http:// proxy URL", "`refusing to pass credentials to insecure URL` (Go 1.13+) means a GOPROXY (or other) URL over plain http carries `user:password@`. Go never sends credentials over http. Use `https://`, or move the credentials to .netrc / GOAUTH (1.24+) — which also apply to https only."),
    r("explain-gosumdb-invalid", "config", "GOSUMDB holds a value Go rejects", "`invalid GOSUMDB: malformed verifier id` (or `invalid verifier hash`, `unknown verifier algorithm`, `too many fields`, `invalid sumdb name`) means GOSUMDB is neither `off`, `sum.golang.org`, `sum.golang.google.cn` nor a full `<name>+<hash>+<key> [URL]` verifier key. A bare host name of another database is not accepted: give its key."),
    r("explain-gosumdb-missing", "config", "GOSUMDB is empty", "`missing GOSUMDB` (Go 1.21+) means GOSUMDB resolved to the empty string — usually `go env -w GOSUMDB=` masking the go.env default, or a distribution's go.env without the line. Run `go env -u GOSUMDB`, or set `GOSUMDB=sum.golang.org` (or `off` for a fully private setup with GONOSUMDB)."),
    r("explain-goflags-invalid", "config", "GOFLAGS holds something Go cannot parse", "`parsing $GOFLAGS: non-flag` or `unknown flag` stop every go command. GOFLAGS must be space-separated flags that start with `-`, known to at least one go command."),
    r("explain-gotoolchain-invalid", "config", "GOTOOLCHAIN holds a value Go rejects", "`invalid GOTOOLCHAIN` / `invalid toolchain: go1.N is a language version` mean GOTOOLCHAIN is not `local`, `auto`, `path`, or a full toolchain name such as `go1.22.0` (optionally with `+auto` / `+path`)."),
    r("explain-govcs", "config", "GOVCS refuses or is malformed", "`GOVCS disallows using git for public …` means the GOVCS rules forbid that version-control system for that path; `malformed entry in GOVCS` and the like mean the value does not parse. Add a rule such as `GOVCS=corp.example.com:git,public:git|hg`, or mark the path private with GOPRIVATE."),
    r("explain-goauth-invalid", "config", "GOAUTH holds a value Go rejects", "Go 1.24+ reports `GOAUTH=off cannot be combined with other authentication commands`, `GOAUTH encountered an empty command`, or a `GOAUTH=git` directory error. GOAUTH is a `;`-separated list of `off`, `netrc`, `git <absolute dir>` or a command."),
    r("explain-insecure-flag", "config", "go get -insecure is gone", "`-insecure flag is no longer supported` (Go 1.17+): use GOINSECURE for the module paths that need plain http or an unverified certificate in direct mode, and GONOSUMDB/GOPRIVATE for checksum checks."),
    r("explain-modules-disabled", "config", "module mode is off or there is no main module", "`modules disabled by GO111MODULE=off`, `go.mod file not found` or `cannot find main module` mean the go command is not working on a module. Unset GO111MODULE (or set `on`), and run the command in the directory of go.mod (or set `working-directory`)."),
    // toolchain
    r("explain-toolchain-not-available", "toolchain", "the Go toolchain go.mod asks for cannot be downloaded", "`download go1.X.Y for os/arch: toolchain not available` means the `golang.org/toolchain` module was not found through GOPROXY. With GOPROXY=off (or a proxy that lacks toolchains) the message is misleading: nothing was even tried. Install a Go that satisfies go.mod's `go`/`toolchain` line and set GOTOOLCHAIN=local, or let GOPROXY reach a proxy that serves golang.org/toolchain."),
    r("explain-toolchain-sumdb-off", "toolchain", "toolchain downloads need the checksum database", "`checksum database disabled by GOSUMDB=off` appears for `golang.org/toolchain`: Go 1.21+ always verifies toolchains against the checksum database, whatever GOSUMDB and GONOSUMDB say. Install the right Go and set GOTOOLCHAIN=local, or enable GOSUMDB for this step."),
    r("explain-toolchain-download-failed", "toolchain", "a Go toolchain download failed", "The go command tried to switch to a newer toolchain (GOTOOLCHAIN=auto and a go.mod `go`/`toolchain` line newer than the running Go) and the download through GOPROXY failed. Install that Go version in CI (e.g. from go.mod) and set GOTOOLCHAIN=local, or fix the proxy path to golang.org/toolchain."),
    r("explain-toolchain-too-old", "toolchain", "the running Go is older than the module requires", "`requires go >= 1.N (running go 1.M; GOTOOLCHAIN=local)` or a go.mod that an old Go cannot parse means the toolchain in CI is too old. Install a Go at least as new as go.mod's `go` line, or allow GOTOOLCHAIN=auto with a proxy that serves toolchains."),
    // offline
    r("explain-goproxy-off", "offline", "GOPROXY=off forbids the lookup", "`module lookup disabled by GOPROXY=off` means the module was not in the module cache and GOPROXY (or the end of the list) says `off`. Restore or pre-warm the module cache before the offline step, vendor the dependencies, put a proxy before `off`, or list the module in GONOPROXY/GOPRIVATE to fetch it directly."),
    r("explain-mod-vendor", "offline", "-mod=vendor forbids the lookup", "With `-mod=vendor` (explicit, from GOFLAGS, or implied by a vendor directory and go ≥ 1.14) Go reads only vendor/: `inconsistent vendoring` or `cannot find module providing package …: import lookup disabled by -mod=vendor`. Run `go mod vendor` and commit it, or use `-mod=mod` for this step."),
    r("explain-mod-readonly", "offline", "-mod=readonly forbids updating go.mod or go.sum", "Since Go 1.16 builds run with `-mod=readonly`: `missing go.sum entry`, `updates to go.mod needed` or `no required module provides package` mean go.mod/go.sum lack something and Go will not look it up. Run `go mod tidy` (or `go mod download <module>`) and commit go.mod and go.sum."),
    // egress-proxy
    r("explain-egress-protocol-mismatch", "egress-proxy", "a middlebox answered instead of an HTTPS server", '`server gave HTTP response to HTTPS client` from a public module proxy or checksum database, a 401 or 407 from one (they never ask for credentials), or `malformed HTTP response "\\x00…"`, means something between the machine and the server answered: an egress or transparent proxy (one that wants its own login takes it in HTTPS_PROXY), a captive portal, or an HTTPS_PROXY written with the wrong scheme. Check HTTPS_PROXY/HTTP_PROXY and NO_PROXY, and ask whether outbound HTTPS is intercepted.'),
    r("explain-egress-proxy", "egress-proxy", "the HTTP(S)_PROXY egress proxy failed", '`proxyconnect tcp: …`, a bare status such as `Forbidden` after `Get "https://…":` (the answer to CONNECT), or `407 Proxy Authentication Required` mean the request never reached the module proxy: the egress proxy from HTTPS_PROXY/HTTP_PROXY refused or failed. Fix the egress proxy address or its credentials, or add the host to NO_PROXY. Go never uses HTTP(S)_PROXY for localhost and loopback addresses.'),
    // tls
    r("explain-tls-unknown-authority", "tls", "the server's certificate is not trusted", "`x509: certificate signed by unknown authority` means the certificate chain ends at a CA that the system trust store lacks — typically a corporate TLS-inspecting proxy or a private proxy's own CA. Add the CA to the system store, or point SSL_CERT_FILE (one PEM bundle) or SSL_CERT_DIR at it. GOINSECURE does NOT help for GOPROXY URLs or the checksum database: it applies only to direct fetches."),
    r("explain-tls-hostname", "tls", "the certificate is for another host name", "`x509: certificate is valid for A, not B` means the proxy URL's host is not in the certificate's names. Use the host name the certificate was issued for, or reissue the certificate with that name."),
    r("explain-tls-expired", "tls", "the certificate has expired or is not yet valid", "`x509: certificate has expired or is not yet valid` — renew the server certificate, or fix the machine's clock."),
    r("explain-tls-handshake", "tls", "the TLS handshake failed", "`tls: handshake failure`, `remote error: tls: …`, `first record does not look like a TLS handshake` or `server gave HTTP response to HTTPS client` mean the two sides could not agree on TLS — often an http server addressed with https://, or a middlebox."),
    // sumdb
    r("explain-sumdb-not-found", "sumdb", "the checksum database does not know the module", "A 404 or 410 from the checksum database (`verifying …: reading https://sum.golang.org/lookup/…: 410 Gone`) means the module is not public: the public database cannot see private repositories. Add a GOPRIVATE (or GONOSUMDB) pattern that covers the module path, e.g. its host."),
    r("explain-sumdb-unreachable", "sumdb", "the checksum database cannot be reached", "The lookup of a go.sum line failed on the way to the checksum database (timeout, DNS, reset, 5xx), directly or through a proxy that answers `/sumdb/<name>/supported`. Use a GOPROXY that proxies the database, set GOSUMDB to a reachable mirror, or mark private modules with GOPRIVATE/GONOSUMDB. Keep go.sum complete in the repository so CI needs no lookups."),
    r("explain-sumdb-failure", "sumdb", "the checksum database answered with an error", "The checksum database (or a proxy in front of it) answered something Go could not use. Check the database URL and key in GOSUMDB, or mark the module private with GOPRIVATE/GONOSUMDB if it should not be checked."),
    // network
    r("explain-network-dns", "network", "a host name did not resolve", "`dial tcp: lookup HOST …: no such host` (or `server misbehaving`, `Temporary failure in name resolution`) means DNS could not resolve the host: a typo in GOPROXY, a private host outside the VPN, or no DNS in the container."),
    r("explain-network-refused", "network", "the connection was refused or unroutable", "`connect: connection refused`, `network is unreachable` or `no route to host`: nothing listens at that address, or a firewall rejects it. Check the URL and port, or that the proxy runs."),
    r("explain-network-timeout", "network", "the connection or response timed out", "`i/o timeout`, `context deadline exceeded` or `TLS handshake timeout` mean the server or the route did not answer in time — a firewall dropping packets, an egress rule, or an overloaded proxy. With `,` a timeout does not fall through to the next GOPROXY entry; `|` does."),
    r("explain-proxy-stalled", "network", "a proxy accepted the request and then sent nothing", "The pre-warm stopped go because nothing arrived for `stall-timeout` seconds while a request was open or a body was due. Go has no timeout for a server that accepts and then goes silent, and a hang is not an error to Go, so neither `,` nor `|` moves on to the next entry: the job would wait until GitHub kills it. Check the named proxy (its upstream, a load balancer holding connections); raise `stall-timeout` only if it is slow but alive."),
    r("explain-download-timeout", "network", "the pre-warm did not finish within its time limit", "The whole pre-warm (every attempt in every module root) ran past `download-timeout` and go was stopped. A very large module graph on a slow link needs a higher limit; a proxy that trickles bytes forever needs fixing."),
    r("explain-network-reset", "network", "the connection was reset", "`connection reset by peer`, `broken pipe`, an HTTP/2 `GOAWAY`/stream error or git's `early EOF` mean the connection was cut mid-request. Usually transient: retry, and use `|` between proxies so a failing one falls through."),
    r("explain-network-eof", "network", "the response ended early", "`unexpected EOF` or `EOF` mean the server closed the connection before the whole response (often a zip) arrived: a crash, a timeout in a load balancer, or a proxy that stalls. Retry; with `,` the next proxy is not tried."),
    r("explain-proxy-server-error", "network", "the proxy answered 5xx or 429", "A 5xx or 429 from a proxy (`reading …: 500 Internal Server Error`) is a hard error: with `,` Go does not fall through to the next entry. Look at the proxy's own logs (Athens or Artifactory often fail fetching upstream), retry later, or put `|` after the proxy to fall through on any error."),
    // auth
    r("explain-proxy-unauthorized", "auth", "the proxy wants credentials (401)", "A 401 means the proxy got no credentials, or none it accepts. Give them in ~/.netrc (`machine host[:port] login … password …` — the port must match), GOAUTH (Go 1.24+), or as `https://user:token@host` in GOPROXY (never http://). A 401 does not fall through `,`."),
    r("explain-proxy-forbidden", "auth", "the proxy refused the request (403)", "A 403 means the credentials were refused or lack permission for that module (Artifactory and Nexus answer 403 for a missing remote repository or permission). A 403 does not fall through `,` to the next GOPROXY entry: fix the credentials or permissions, or use `|` after that proxy (Go 1.15+)."),
    // not-found
    r("explain-proxy-not-found", "not-found", "the proxy does not have the module or version", "A 404 or 410 from a proxy means it does not have that module or version. With `,` Go moves on to the next entry; this error is what the last entry said. A 410 from proxy.golang.org with `could not read Username` or `unknown revision` in the server response usually means a private module: add a GOPRIVATE pattern that covers it so it is fetched directly. Otherwise check the module path and version, and that the tag is pushed."),
    r("explain-no-matching-versions", "not-found", "no version matches, or no module provides the package", "`no matching versions for query`, `cannot find module providing package` or `module … found, but does not contain package` mean the proxies and VCS had nothing that fits: check the import path and version, whether the tag exists, and whether a private module needs GOPRIVATE."),
    // direct
    r("explain-direct-git-auth", "direct", "git could not authenticate in direct mode", '`terminal prompts disabled`, `could not read Username`, `Authentication failed` or `Permission denied (publickey)` come from git fetching a module directly: the go command disables prompts, so git needs credentials up front. Give git a credential (`git config --global url."https://x-access-token:${TOKEN}@github.com/".insteadOf "https://github.com/"`, a .netrc entry, or an SSH key with the matching insteadOf), and mark the module private with GOPRIVATE.'),
    r("explain-direct-repo-not-found", "direct", "the repository does not exist or is not visible", "`Repository not found` / `repository '…' not found` from git: the repository URL is wrong, or the credentials cannot see it (hosting sites answer 'not found' for private repositories without access)."),
    r("explain-direct-unknown-revision", "direct", "the version is not in the repository", "`invalid version: unknown revision` (or `couldn't find remote ref`) means git has no tag, branch or commit by that name: check the version, that the tag is pushed, and that a sub-module's tag carries its directory prefix (`sub/v1.2.3`)."),
    r("explain-direct-go-get", "direct", "the ?go-get=1 discovery failed", '`unrecognized import path` or a failure on `https://…?go-get=1` (or, before Go 1.18, on the hosting-site lookup `api.bitbucket.org/…/repositories/…`) means the host did not serve a `<meta name="go-import">` tag for the path: a private host needing credentials, a wrong path, or a host that serves no go-import metadata (use the `.git` suffix or a GOPROXY).'),
    r("explain-direct-vcs-missing", "direct", "the version-control tool is not installed", '`exec: "git": executable file not found in $PATH` — direct mode needs git (or hg, svn…) in the image. Install it, or fetch through a GOPROXY.'),
    r("explain-direct-vcs-failed", "direct", "a version-control command failed", "A git (or other VCS) command of a direct fetch failed; the lines after it are the tool's own stderr. Check the repository URL, credentials and network, or fetch through a GOPROXY."),
    // protocol
    r("explain-protocol-bad-info", "protocol", "the proxy's .info or @latest answer is not valid", "`invalid response from proxy`, `proxy returned info for version X instead of requested version`, or a JSON error mean the proxy answered with something that is not the GOPROXY protocol (an HTML login page, a wrong version). Check the proxy URL path (Artifactory/Nexus need the repository path) and the proxy's health."),
    r("explain-protocol-bad-zip", "protocol", "the proxy's zip is not a valid module zip", "`downloaded zip file too large`, `zip: not a valid zip file` or another zip error mean the proxy served a file that is not a module zip. Clear that version from the proxy's storage, or fetch it from another entry."),
    r("explain-protocol-insecure-redirect", "protocol", "an https proxy redirected to http", "`redirected from secure URL … to insecure URL …` — Go refuses https→http redirects. Configure the proxy (or its storage backend) to redirect to https."),
    r("explain-protocol-bad-gomod", "protocol", "the proxy's go.mod is not a go.mod", "A parse error on a downloaded go.mod that mentions HTML (`<!DOCTYPE`, `<html>`) means the proxy or a login page answered instead of the module's go.mod. Check the proxy URL path and credentials."),
    r("explain-protocol-unexpected-status", "protocol", "the proxy answered an unexpected status", "A status other than 200, 404, 410, 401, 403, 429 or 5xx (e.g. 400 or a 3xx that does not end in 200) is not part of the GOPROXY protocol; with `,` it stops the build. Check the proxy URL."),
    r("explain-unrecognized", "protocol", "an error the explainer does not recognise", "The message matched no known pattern; the category is a guess from where the error came from (a proxy answer → protocol, the checksum database → sumdb, version control → direct). Read Go's own text."),
];
const BY_ID = new Map(EXPLAIN_RULES.map((x) => [x.id, x]));
function explainRule(id) {
    const found = BY_ID.get(id);
    if (!found)
        throw new Error(`unknown explain rule ${id}`);
    return found;
}


/***/ }),

/***/ 969:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m$: () => (/* reexport */ explainModuleError),
  lP: () => (/* reexport */ explainText),
  uc: () => (/* reexport */ renderFindingsText)
});

// UNUSED EXPORTS: CATEGORIES, EXPLAIN_RULES, explainRule

// EXTERNAL MODULE: ./src/redact/redact.ts
var redact = __nccwpck_require__(940);
// EXTERNAL MODULE: ./src/explain/catalogue.ts
var catalogue = __nccwpck_require__(970);
// EXTERNAL MODULE: ./src/go/module-path.ts
var module_path = __nccwpck_require__(502);
;// CONCATENATED MODULE: ./src/explain/text.ts
// Reading pasted text: CI prefixes off, lines grouped into Go messages, and the module,
// version and URLs a message names picked out. Pure functions.

/** Longest input we read; more is ignored (bounded work on any paste). */
const MAX_TEXT = 4 << 20;
const MAX_LINE = 16 << 10;
const MAX_UNIT = 32 << 10;
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;
const PREFIXES = [
    // ISO-8601 timestamps (GitHub Actions, GitLab, Azure), optionally bracketed.
    /^\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?\s?/,
    // Clock-only timestamps: "12:34:56 " or "[12:34:56.789] ".
    /^\[?\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\]?\s/,
    // Jenkins.
    /^\[Pipeline\]\s?/,
    // BuildKit / docker buildx: "#12 3.456 ".
    /^#\d+\s+\d+(?:\.\d+)?\s/,
    // Workflow commands and markers.
    /^##\[(?:error|warning|notice|debug|group|endgroup|section)\]/,
    /^::(?:error|warning|notice|debug)(?:\s[^:]*)?::/,
    // A shell error wrapper around Go's own line.
    /^(?:Error|ERROR|error):\s+(?=go[: ])/,
    // A quoted paste ("> " in Markdown).
    /^>\s?(?=\S)/,
];
/** One line without CI prefixes, ANSI colours or a trailing CR. */
function stripLine(line) {
    let s = line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line;
    s = s.replace(ANSI, "").replace(/\r$/, "");
    for (let i = 0; i < 6; i++) {
        const before = s;
        for (const p of PREFIXES)
            s = s.replace(p, "");
        if (s === before)
            break;
    }
    return s;
}
const TRACE_GET = /^# get \S+: /;
const NOISE = [
    /^go: (?:downloading|finding|extracting|found|added|upgraded|downgraded|removed) /,
    /^# get \S+$/, // the start of a request
    /^# get \S+: \d{3} /, // a status line: explained through Go's own error, not here
    /^(?:\d+\.\d+s )?# cd /,
    /^cd \S+; /,
    /^mkdir -p /,
    /^# lock /,
    /^```/,
    // Go ≤ 1.12 -v progress lines, not errors.
    /^Fetching \S+$/,
];
/** Splits text into Go messages. Lines Go indents (a tab, or spaces after a paste) join the one before. */
function splitUnits(text) {
    const input = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
    const units = [];
    let current;
    const lines = input.split("\n");
    for (const raw of lines) {
        const line = stripLine(raw);
        if (line.trim() === "") {
            current = undefined;
            continue;
        }
        // A -json stream's Error field is a whole Go message, whatever its indentation.
        const jsonError = /^"Error":\s*("(?:[^"\\]|\\.)*")/.exec(line.trim());
        if (jsonError) {
            let message = jsonError[1];
            try {
                message = String(JSON.parse(message));
            }
            catch {
                // keep the raw text
            }
            current = undefined;
            units.push({ text: message.split("\n").map(stripLine).join("\n"), trace: false });
            continue;
        }
        const indented = /^[\t ]/.test(line);
        if (indented && current && !current.trace && current.text.length < MAX_UNIT) {
            current.text += "\n" + line;
            continue;
        }
        const trimmed = line.trim();
        if (TRACE_GET.test(trimmed) && !/^# get \S+: \d{3} /.test(trimmed)) {
            current = { text: trimmed, trace: true };
            units.push(current);
            continue;
        }
        if (NOISE.some((n) => n.test(trimmed))) {
            current = undefined;
            continue;
        }
        current = { text: trimmed, trace: false };
        units.push(current);
    }
    return units;
}
/** The part of a message Go wrote itself: the proxy's `server response:` lines cut off. */
function splitServerResponse(message) {
    const i = message.search(/\n\s*server response:|\s+server response:/);
    if (i < 0)
        return { head: message, response: "" };
    return { head: message.slice(0, i), response: message.slice(i) };
}
const URL_RE = /\b(?:https?|file|ssh|git):\/\/?[^\s"'<>`]+/g;
/**
 * Every URL in a message, trailing punctuation dropped. Go's zip download error joins the
 * URL with path.Join, which prints `https:/host/...`: that form is read as `https://host/...`.
 */
function findUrls(message) {
    const out = [];
    for (const m of message.matchAll(URL_RE)) {
        out.push(m[0].replace(/[:.,;)\]}]+$/, "").replace(/^(https?|file):\/(?!\/)/, "$1://"));
        if (out.length > 64)
            break;
    }
    return out;
}
const MODVER = /(?:^|[\s"'(:;,])([A-Za-z0-9][A-Za-z0-9._~-]*\.[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~+!-]+)*)@([A-Za-z0-9._+~-]+(?:\/go\.mod)?)/g;
/** The module and version a message is about: the last `path@version` Go names (the leaf of a `requires` chain). */
function findModule(head) {
    const withoutUrls = head.replace(URL_RE, " ");
    let last;
    for (const m of withoutUrls.matchAll(MODVER)) {
        const version = m[2].replace(/\/go\.mod$/, "").replace(/[.]+$/, "");
        last = { module: m[1], version };
    }
    if (last)
        return last;
    const mod = /(?:^|\s)module ([A-Za-z0-9][A-Za-z0-9._~-]*\.[A-Za-z0-9._~/!+-]+?):/.exec(withoutUrls);
    if (mod)
        return { module: mod[1] };
    return undefined;
}
/** A package or import path the message names, when no module is named. */
function findPackage(head) {
    const m = /(?:package|import path) "?([A-Za-z0-9][A-Za-z0-9._~-]*\.[A-Za-z0-9._~/!+-]+)"?/.exec(head) ??
        /(?:go get|go install|module lookup for) "?([A-Za-z0-9][A-Za-z0-9._~-]*\.[A-Za-z0-9._~/!+-]+)"?/.exec(head);
    return m?.[1];
}
/** The module and version a proxy or checksum-database URL names. */
function moduleFromUrl(url) {
    const path = url.replace(/^[a-z]+:\/\/[^/]*/, "").replace(/[?#].*$/, "");
    const at = /\/((?:[^/@]+\/)*?[^/@]*\.[^/@]+(?:\/[^/@]+)*)\/@v\/(.+?)(?:\.info|\.mod|\.zip)?$/.exec(path);
    if (at) {
        const version = at[2] === "list" ? undefined : (0,module_path/* decodeModulePath */.Wg)(at[2]);
        const mod = trimToModule(at[1]);
        return version ? { module: mod, version } : { module: mod };
    }
    const latest = /\/((?:[^/@]+\/)*?[^/@]*\.[^/@]+(?:\/[^/@]+)*)\/@latest$/.exec(path);
    if (latest)
        return { module: trimToModule(latest[1]), version: "latest" };
    const lookup = /\/lookup\/(.+)@([^/@]+)$/.exec(path);
    if (lookup)
        return {
            module: (0,module_path/* decodeModulePath */.Wg)(lookup[1]),
            version: (0,module_path/* decodeModulePath */.Wg)(lookup[2]),
        };
    return undefined;
}
/** The module path inside a proxy URL's path: from the first element with a dot. */
function trimToModule(p) {
    const parts = p.split("/");
    const i = parts.findIndex((x) => x.includes("."));
    return (0,module_path/* decodeModulePath */.Wg)(parts.slice(Math.max(0, i)).join("/"));
}
/** The host[:port] of a printed URL: scheme and userinfo dropped, up to the first `/`. */
function urlHost(url) {
    return url
        .replace(/^[a-z]+:\/\//, "")
        .replace(/^[^/@]*@/, "")
        .split("/")[0];
}
/** URL without userinfo, for comparing a printed (redacted) URL with a configured one. */
function bareUrl(u) {
    return u
        .trim()
        .replace(/^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)[^/?#@]*@/, "$1")
        .replace(/\/+$/, "")
        .replace(/([^:/])\/{2,}/g, "$1/")
        .toLowerCase();
}

// EXTERNAL MODULE: ./src/download/classify.ts
var classify = __nccwpck_require__(24);
// EXTERNAL MODULE: ./src/go/version.ts
var version = __nccwpck_require__(54);
// EXTERNAL MODULE: ./src/go/patterns.ts
var patterns = __nccwpck_require__(615);
// EXTERNAL MODULE: ./src/go/env.ts
var env = __nccwpck_require__(869);
// EXTERNAL MODULE: ./src/settings/go-settings.ts + 3 modules
var go_settings = __nccwpck_require__(494);
;// CONCATENATED MODULE: ./src/explain/settings.ts
// The settings in force, read the way the explainer needs them: parsed once by
// src/settings (the GOPROXY chain, the checksum database in force), and which private
// patterns cover a path. Pure functions.





/** The Go version that ran; Go's newest rules when unknown. */
function goVersionOf(s) {
    const v = s.goVersion ? (0,version/* parseGoVersion */.SX)(s.goVersion) : undefined;
    return v && v.major === 1 ? v : version/* NEWEST_GO */.wu;
}
/** The Go settings as the Go version in the settings resolves them (empty or unset means Go's default). */
function goSettingsOf(s) {
    return (0,go_settings/* goSettingsFromEnv */.l)((0,env/* goEnvFrom */.M)({ ...s }), goVersionOf(s));
}
/** The GOPROXY list Go walks, without the hidden `noproxy` entry. */
function proxyChain(g) {
    const r = g.proxy;
    if (r.error !== undefined)
        return { entries: [], error: r.error };
    return { entries: r.entries.filter((e) => e.kind !== "noproxy") };
}
/** The configured proxy entry a printed URL belongs to (longest matching base wins). */
function entryForUrl(chain, url) {
    const target = bareUrl(url);
    let best;
    for (const e of chain) {
        if (e.kind !== "proxy")
            continue;
        const base = bareUrl(e.url);
        if (base && (target === base || target.startsWith(base + "/"))) {
            if (!best || bareUrl(best.url).length < base.length)
                best = e;
        }
    }
    return best;
}
/**
 * The checksum database in force: its name and, when GOSUMDB gives one, its URL. Undefined
 * when off, and when Go rejects GOSUMDB (it then never contacts a database).
 */
function sumdbInForce(g) {
    const r = g.sumdb;
    if (r.kind !== "db")
        return undefined;
    return r.url ? { name: r.name, url: r.url } : { name: r.name };
}
/** The pattern of a GOPRIVATE-style list that covers `path` for the Go version in the settings. */
function coveredBy(globs, path, s) {
    if (!globs)
        return undefined;
    return (0,patterns/* explainPrefixPatterns */.ns)(globs, path, goVersionOf(s)).find((m) => m.result === true)?.pattern;
}
const HOSTING = new Set([
    "github.com",
    "gitlab.com",
    "bitbucket.org",
    "gitee.com",
    "codeberg.org",
    "dev.azure.com",
    "git.sr.ht",
]);
/** The GOPRIVATE pattern to suggest for a path: its host, or host/owner on a public hosting site. */
function suggestPattern(path) {
    const parts = path.split("/");
    if (HOSTING.has(parts[0].toLowerCase()) && parts[1])
        return `${parts[0]}/${parts[1]}`;
    return parts[0];
}
/** A pattern list with one pattern added. */
function withPattern(current, pattern) {
    return current && current.trim() !== "" ? `${current},${pattern}` : pattern;
}
/** Patterns that look meant for `path` but cannot match it (leading dot, spaces, `;`, case, a trailing `/` before Go 1.18). */
function nearMisses(globs, path, s) {
    if (!globs)
        return [];
    const host = path.split("/")[0];
    const out = [];
    for (const p of globs.split(/[,;]/)) {
        const t = p.trim();
        if (t === "")
            continue;
        const dotless = t.replace(/^\./, "").replace(/\/$/, "").toLowerCase();
        if (dotless === host.toLowerCase() ||
            host.toLowerCase().endsWith("." + dotless) ||
            path.toLowerCase().startsWith(dotless + "/")) {
            if (!(0,patterns/* matchPrefixPatterns */.J8)(p, path, goVersionOf(s)))
                out.push(t);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/explain/patterns.ts
// The phrases Go, net/http, crypto/x509 and git use for each kind of failure: general
// wording, never one pasted message. Pure data.
/** Public module proxies and checksum databases: always HTTPS, so a plain-HTTP answer came from a middlebox. */
const PUBLIC_SERVICES = /^(?:proxy\.golang\.org|sum\.golang\.org|sum\.golang\.google\.cn|goproxy\.cn|goproxy\.io|proxy\.golang\.com\.cn|mirrors\.aliyun\.com|mirrors\.tencent\.com|goproxy\.baidu\.com)(?::443)?$/;
const P = {
    mismatch: /checksum mismatch|SECURITY ERROR|does NOT match (?:an earlier download|the one reported|the expected)|(?:go\.sum|go\.work\.sum): .*(?:mismatch|differs)/i,
    noEntries: /GOPROXY list is not the empty string, but contains no entries/,
    badProxy: /invalid proxy URL (?:missing scheme|scheme)|invalid file:\/\/ proxy URL|invalid \$?GOPROXY(?: setting)?|GOPROXY=\S*: (?:invalid|malformed)/i,
    insecureCreds: /refusing to pass credentials to insecure URL|: insecure credentials$/m,
    gosumdbMissing: /missing GOSUMDB/,
    gosumdbBad: /invalid GOSUMDB|invalid sumdb name|malformed verifier id|unknown verifier algorithm|invalid verifier hash|GOSUMDB: too many fields/,
    goflags: /parsing \$GOFLAGS|\$GOFLAGS.*(?:unknown flag|non-flag)|GOFLAGS=.*(?:unknown flag|invalid value)|-mod may only be set to|flag provided but not defined: -/,
    /** A flag the go command does not define, given on its command line (GOFLAGS says "parsing $GOFLAGS"). */
    flagUndefined: /flag provided but not defined: (-\S+)/,
    gotoolchainBad: /invalid GOTOOLCHAIN|invalid toolchain: \S+ is a language version|invalid minimum toolchain|only version suffixes are \+auto and \+path/,
    govcs: /GOVCS disallows|in GOVCS(?: \(missing colon\))?:|(?:empty|malformed) entry in GOVCS/,
    goauth: /GOAUTH=off cannot be combined|GOAUTH encountered an empty command|GOAUTH=git (?:dir|encountered)|GOAUTH encountered errors/,
    insecureFlag: /-insecure flag is (?:no longer supported|deprecated)/,
    /** What `go env -w`/`-u` and the go env file make every go command say (Go 1.13 to 1.26 wording). */
    goEnvWrite: /go env -w \S+=\.\.\. does not override conflicting OS environment variable|(?:go env -w|go): arguments must be KEY=VALUE|unknown go command variable|GOPATH entry is relative|\b[A-Z][A-Z0-9_]+ cannot be modified|GOENV can only be set using the OS environment|multiple values for key: |invalid GO111MODULE value|unsupported GOOS\/GOARCH pair|cannot find GOROOT directory/,
    unknownSetting: /unknown environment setting (\w+)=/,
    /** Plain HTTP (or HTTP/2 bytes) where TLS or a proxy reply was expected. */
    protocolMismatch: /server gave HTTP response to HTTPS client|malformed HTTP response/,
    modulesOff: /modules disabled by GO111MODULE=off|build flag -mod=\S+ only valid when using modules|go\.mod file not found in current directory|cannot find main module|working directory is not part of a module|GO111MODULE=off/,
    toolchainNA: /toolchain not available/,
    toolchainSumOff: /checksum database disabled by GOSUMDB=off/,
    toolchainDl: /download go1\.\d+\S* for \S+:|golang\.org\/toolchain|switching to go1|downloading go1\.\d+\S* \(/,
    toolchainOld: /requires go\s*>=?\s*\d|go\.mod requires go|invalid go version '[^']+': must match format|unknown directive: toolchain|cannot find "go1[^"]*" in PATH|go: cannot run \*?go1|go\.mod file indicates go \d|go\.mod:\d+: usage: go 1\.\d+/,
    proxyOff: /disabled by GOPROXY=off/,
    /** Go's own wording (`the`/`for`/`inside vendor directory`), not any line that mentions one. */
    vendor: /-mod=vendor|inconsistent vendoring|vendor\/modules\.txt|\b(?:the|for|inside) vendor directory/,
    readonly: /-mod=readonly|updates to go\.(?:mod|sum) needed|missing go\.sum entry|no required module provides package|go: updates to go\.mod needed/,
    egress: /proxyconnect|Proxy Authentication Required|\b407\b|after CONNECT|CONNECT tunnel failed|Proxy CONNECT aborted|Get "?[^"\s]+"?: (?:Forbidden|Bad Gateway|Service Unavailable|Gateway Timeout|Not Found|Method Not Allowed|Bad Request|Internal Server Error)\)?$/m,
    tlsCa: /x509: (?:certificate signed by unknown authority|certificate is not trusted|.*unknown authority)|unable to get local issuer certificate|self[- ]signed certificate|SSL certificate problem|server certificate verification failed|certificate verify failed|certificate is not standards compliant/i,
    tlsName: /x509: certificate is (?:valid for|not valid for any names)|legacy Common Name|no alternative certificate subject name matches|doesn't contain any IP SANs|certificate is valid for/,
    tlsExpired: /certificate has expired|not yet valid|x509: certificate has expired/,
    tlsOther: /\btls: |remote error: tls|first record does not look like a TLS handshake|server gave HTTP response to HTTPS client|\bx509: |SSL_ERROR|SSL routines|gnutls_handshake/,
    dns: /no such host|server misbehaving|Temporary failure in name resolution|Could not resolve host|getaddrinfo|Name or service not known|nodename nor servname|lookup \S+(?: on \S+)?: (?:read|dial|i\/o timeout)/,
    refused: /connection refused|actively refused|network is unreachable|no route to host|host is unreachable|Failed to connect to|connectex:|Connection refused/,
    timeout: /i\/o time ?out|deadline exceeded|Client\.Timeout|TLS handshake timeout|timeout awaiting response headers|operation timed out|Connection timed out|timed out|timeout exceeded/i,
    reset: /connection reset|broken pipe|forcibly closed|GOAWAY|stream error|http2: |connection was aborted|RPC failed|early EOF|remote end hung up unexpectedly|unexpected disconnect|transfer closed with outstanding read data|Empty reply from server|use of closed network connection|\bwsa(?:recv|send): /,
    eof: /(?:^|[\s:"(])(?:unexpected )?EOF(?=$|[\s,.;:)"])/m,
    insecureRedirect: /redirected from secure URL .* to insecure URL|: insecure$/m,
    badInfo: /invalid response from proxy|proxy returned info for version|looking for beginning of value|unexpected end of JSON input|json: cannot unmarshal|invalid character .* (?:after|in|looking)|malformed (?:record data|\.info)|invalid (?:info|\.info) (?:file|response)/,
    badZip: /zip file too large|not a valid zip file|zip: checksum error|zip: (?:not|unsupported|invalid)|malformed module zip|zip for \S+ has unexpected file|unzip \S+: /,
    badGoMod: /(?:go\.mod|\.mod):\d+(?::\d+)?: .*(?:<!DOCTYPE|<html|<head|<!doctype)|unknown directive: <|parsing go\.mod:.*</i,
    noMatch: /no matching versions for query|cannot find module providing package|found, but does not contain package|module \S+: not found|does not contain package|unknown import path|is not in (?:GOROOT|std)/,
    gitAuth: /terminal prompts disabled|could not read (?:Username|Password)|Authentication failed|Permission denied \(publickey|Host key verification failed|invalid username or password|HTTP Basic: Access denied|The requested URL returned error: 40[13]|Invalid username or token|Support for password authentication was removed|could not read from remote repository/i,
    repoNotFound: /Repository not found|repository '[^']*' not found|does not appear to be a git repository|The requested URL returned error: 404|project you were looking for could not be found/i,
    unknownRev: /unknown revision|couldn't find remote ref|reference is not a tree|invalid version: (?!.*GOPROXY)|no matching remote ref|bad revision|did not match any file|invalid pseudo-version/,
    /** The hosting-site API Go asked which VCS serves a repository (Go 1.17 and older). */
    vcsHostLookup: /^https:\/\/(?:api\.bitbucket\.org\/[\d.]+\/repositories\/|code\.launchpad\.net\/)/,
    goGet: /unrecognized import path|go-import|\?go-get=1|no go-import meta|import path does not begin with hostname|disabled by GOPRIVATE\/GONOPROXY|path does not match GOPRIVATE\/GONOPROXY|meta tag|repository root/,
    vcsMissing: /exec: "(?:git|hg|svn|bzr|fossil)": executable file not found|missing (?:git|Mercurial|Subversion|Bazaar|Fossil|hg|svn|bzr) command/i,
    /** A version-control command failed; a bare `exit status N` counts only with the go command's VCS cache in view. */
    vcsFailed: /\b(?:git|hg|svn|bzr|fossil) (?:ls-remote|fetch|clone|init|remote|tag|log|cat-file|archive|rev-parse)\b|\/mod\/cache\/vcs\/[^\n]*exit status \d+|\bfatal: /,
    sumdbText: /checksum database|sum\.golang\.(?:org|google\.cn)|\/sumdb\/|verifying (?:module|go\.mod|tree)|sumdb/,
};

;// CONCATENATED MODULE: ./src/explain/context.ts
// What one Go message says: the module, version and URL it names, the HTTP status, and
// where the failure happened (a GOPROXY entry, the checksum database, direct, off, or the
// egress proxy), read against the settings in force. Pure functions.





function statusOf(head) {
    const m = 
    // The full stop: a message quoted at the end of a sentence.
    /(?:^|[:\s])([1-5]\d\d) ([A-Z][A-Za-z'-]*(?: [A-Za-z'-]+)*)\s*(?:\(\d+\.\d+s\))?\.?\s*(?:$|\n|:)/m.exec(head) ??
        /(?:status(?: code)?|returned error|HTTP(?:\/[\d.]+)?|response code)[:=\s]+([1-5]\d\d)\b/i.exec(head) ??
        // The code Go prints after the URL, with the server's own reason phrase (none, or a
        // middlebox's wording such as `401 authenticationrequired`).
        /\bURL\)?:? ([1-5]\d\d)(?: ([^\n:]+?))?\.?\s*$/m.exec(head);
    if (!m)
        return undefined;
    const status = Number(m[1]);
    return { status, text: m[2] ? `${m[1]} ${m[2].trim()}` : String(m[1]) };
}
function classifyUrl(url, c) {
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
    if (sum)
        sumHosts.add(sum.name.split("/")[0].toLowerCase());
    if (sum?.url)
        sumHosts.add(urlHost(sum.url).toLowerCase());
    if (sumHosts.has(host) || /\/(?:lookup|tile)\/|\/latest$/.test(noScheme.slice(host.length))) {
        c.originKind = "sumdb";
        c.origin = `sumdb:${sum && (sumHosts.has(host) || !host) ? sum.name : host}`;
        return;
    }
    const entry = entryForUrl(c.chain, url);
    if (/\/@v\/|\/@latest$/.test(url) || entry) {
        c.originKind = "proxy";
        c.entry = entry;
        c.origin = entry ? entry.display : (0,redact/* redactUrl */.BO)((0,classify/* inferProxyBase */.mW)(url) ?? url);
        return;
    }
    c.originKind = "direct";
    c.origin = "direct";
}
function buildCtx(message, settings) {
    const { head, response } = splitServerResponse(message);
    const go = goSettingsOf(settings);
    const chain = proxyChain(go);
    const c = { head, response, settings, go, chain: chain.entries };
    if (chain.error !== undefined)
        c.chainError = chain.error;
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
        if (mod.version)
            c.version = mod.version;
        else if (fromUrl?.module === mod.module && fromUrl.version)
            c.version = fromUrl.version;
    }
    c.subject = c.module ?? findPackage(head);
    const st = statusOf(head.replace(/[a-z]+:\/\/\S+/g, "URL"));
    if (st) {
        c.status = st.status;
        c.statusText = st.text;
    }
    if (!c.originKind &&
        !P.egress.test(head) &&
        (P.badZip.test(head) || P.eof.test(head) || P.reset.test(head) || P.mismatch.test(head))) {
        // Go names no URL (`zip: checksum error`, a checksum mismatch): with one proxy and no
        // fallback, the bytes can only have come from there.
        const proxies = c.chain.filter((e) => e.kind === "proxy");
        if (proxies.length === 1 && c.chain.length === 1) {
            c.originKind = "proxy";
            c.entry = proxies[0];
            c.origin = proxies[0].display;
        }
    }
    if (P.egress.test(head)) {
        c.originKind = "egress";
        const addr = /proxyconnect tcp: (?:dial tcp |tls: |[^:]*: )?\[?([0-9a-zA-Z.:-]+?)\]?:(\d+)/.exec(head);
        const configured = settings.HTTPS_PROXY || settings.HTTP_PROXY;
        c.origin = configured
            ? `egress-proxy:${(0,redact/* redactUrl */.BO)(configured)}`
            : addr && !/^(?:dial|lookup)$/.test(addr[1])
                ? `egress-proxy:${addr[1]}:${addr[2]}`
                : "egress-proxy";
    }
    else if (!c.originKind) {
        if (P.proxyOff.test(head)) {
            c.originKind = "off";
            c.origin = "off";
        }
        else if (P.vcsFailed.test(head) ||
            P.gitAuth.test(head) ||
            P.repoNotFound.test(head) ||
            P.goGet.test(head)) {
            c.originKind = "direct";
            c.origin = "direct";
        }
        else if (/checksum database|verifying (?:module|go\.mod)/.test(head) &&
            !P.mismatch.test(head)) {
            const sum = sumdbInForce(go);
            if (sum) {
                c.originKind = "sumdb";
                c.origin = `sumdb:${sum.name}`;
            }
        }
        else if (P.unknownRev.test(head)) {
            c.originKind = "direct";
            c.origin = "direct";
        }
    }
    return c;
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ./src/go/gourl.ts
var gourl = __nccwpck_require__(533);
;// CONCATENATED MODULE: ./src/net/env-proxy.ts
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



function getEnvAny(env, ...names) {
    for (const n of names) {
        const v = env[n];
        if (v)
            return { name: n, value: v };
    }
    return undefined;
}
/** parseProxy: the URL Go uses for a proxy variable, or undefined when Go would ignore it. */
function parseEgressProxy(value) {
    const first = (0,gourl/* goUrlParse */.BP)(value);
    const okScheme = (u) => u.scheme === "http" || u.scheme === "https" || u.scheme === "socks5";
    if (first.ok && okScheme(first.url))
        return (0,gourl/* goUrlString */.h4)(first.url);
    const second = (0,gourl/* goUrlParse */.BP)(`http://${value}`);
    if (second.ok)
        return (0,gourl/* goUrlString */.h4)(second.url);
    if (first.ok)
        return (0,gourl/* goUrlString */.h4)(first.url); // parsed, odd scheme: Go keeps it and fails later
    return undefined;
}
function egressFromEnv(env) {
    const http = getEnvAny(env, "HTTP_PROXY", "http_proxy");
    const https = getEnvAny(env, "HTTPS_PROXY", "https_proxy");
    const no = getEnvAny(env, "NO_PROXY", "no_proxy");
    const config = {
        noProxy: no?.value ?? "",
        cgi: !!env.REQUEST_METHOD,
        invalid: [],
    };
    if (http) {
        const u = parseEgressProxy(http.value);
        if (u)
            config.httpProxy = u;
        else
            config.invalid.push({ variable: http.name, value: http.value });
    }
    if (https) {
        const u = parseEgressProxy(https.value);
        if (u)
            config.httpsProxy = u;
        else
            config.invalid.push({ variable: https.name, value: https.value });
    }
    const from = {};
    if (http)
        from.http = http.name;
    if (https)
        from.https = https.name;
    if (no)
        from.noProxy = no.name;
    return { config, from };
}
const PORTS = { http: "80", https: "443", socks5: "1080" };
/** The proxy for a request URL, as proxyForURL decides it. */
function egressFor(env, requestUrl) {
    const u = new URL(requestUrl);
    const scheme = u.protocol.slice(0, -1);
    let proxy;
    let variable = "";
    if (scheme === "https") {
        proxy = env.config.httpsProxy;
        variable = env.from.https ?? "HTTPS_PROXY";
    }
    else if (scheme === "http") {
        proxy = env.config.httpProxy;
        variable = env.from.http ?? "HTTP_PROXY";
        if (proxy && env.config.cgi) {
            return {
                kind: "error",
                error: "refusing to use HTTP_PROXY value in CGI environment; see golang.org/s/cgihttpproxy",
            };
        }
    }
    if (!proxy)
        return { kind: "direct" };
    let host = u.hostname;
    if (host.startsWith("[") && host.endsWith("]"))
        host = host.slice(1, -1);
    const port = u.port || PORTS[scheme] || "";
    if (!useProxy(env.config.noProxy, host, port))
        return { kind: "direct" };
    return { kind: "proxy", url: proxy, variable };
}
function isLoopback(ip) {
    const v4 = ip.startsWith("::ffff:") && (0,external_node_net_namespaceObject.isIP)(ip.slice(7)) === 4 ? ip.slice(7) : ip;
    if ((0,external_node_net_namespaceObject.isIP)(v4) === 4)
        return v4.split(".")[0] === "127";
    return normalizeV6(ip) === normalizeV6("::1");
}
function normalizeV6(ip) {
    const bl = new external_node_net_namespaceObject.BlockList();
    try {
        bl.addAddress(ip, "ipv6");
        return bl.rules[0] ?? ip;
    }
    catch {
        return ip;
    }
}
function ipEqual(a, b) {
    const unmap = (x) => x.toLowerCase().startsWith("::ffff:") && (0,external_node_net_namespaceObject.isIP)(x.slice(7)) === 4 ? x.slice(7) : x;
    const x = unmap(a);
    const y = unmap(b);
    if ((0,external_node_net_namespaceObject.isIP)(x) !== (0,external_node_net_namespaceObject.isIP)(y))
        return false;
    if ((0,external_node_net_namespaceObject.isIP)(x) === 4)
        return x === y;
    return normalizeV6(x) === normalizeV6(y);
}
/** useProxy(canonicalAddr): false when NO_PROXY (or the localhost rule) exempts host:port. */
function useProxy(noProxy, rawHost, port) {
    if (rawHost === "")
        return true;
    if (rawHost === "localhost")
        return false;
    const ipKind = (0,external_node_net_namespaceObject.isIP)(rawHost);
    if (ipKind !== 0 && isLoopback(rawHost))
        return false;
    const host = asciiHost(rawHost.trim().toLowerCase());
    for (const raw of noProxy.split(",")) {
        const p = raw.trim().toLowerCase();
        if (p === "")
            continue;
        if (p === "*")
            return false;
        const cidr = /^(.+)\/(\d{1,3})$/.exec(p);
        if (cidr && (0,external_node_net_namespaceObject.isIP)(cidr[1]) !== 0) {
            if (ipKind === 0)
                continue;
            const type = (0,external_node_net_namespaceObject.isIP)(cidr[1]) === 4 ? "ipv4" : "ipv6";
            const bits = Number(cidr[2]);
            if ((type === "ipv4" && bits > 32) || bits > 128)
                continue;
            const bl = new external_node_net_namespaceObject.BlockList();
            bl.addSubnet(cidr[1], bits, type);
            const target = ipKind === 6 && rawHost.toLowerCase().startsWith("::ffff:") && type === "ipv4"
                ? rawHost.slice(7)
                : rawHost;
            if (bl.check(target, (0,external_node_net_namespaceObject.isIP)(target) === 4 ? "ipv4" : "ipv6"))
                return false;
            continue;
        }
        // host:port or [v6]:port
        let phost = p;
        let pport = "";
        const bracket = /^\[([^\]]*)\]:(\d*)$/.exec(p);
        const hp = /^([^:]*):([^:]*)$/.exec(p);
        if (bracket) {
            phost = bracket[1];
            pport = bracket[2];
            if (phost === "")
                continue;
        }
        else if (hp) {
            phost = hp[1];
            pport = hp[2];
            if (phost === "")
                continue;
        }
        if ((0,external_node_net_namespaceObject.isIP)(phost) !== 0) {
            if (ipKind !== 0 && ipEqual(phost, rawHost) && (pport === "" || pport === port))
                return false;
            continue;
        }
        if (phost === "")
            continue;
        if (phost.startsWith("*."))
            phost = phost.slice(1);
        let matchHost = false;
        if (!phost.startsWith(".")) {
            matchHost = true;
            phost = "." + phost;
        }
        phost = asciiHost(phost);
        if (host.endsWith(phost) || (matchHost && host === phost.slice(1))) {
            if (pport === "" || pport === port)
                return false;
        }
    }
    return true;
}
function asciiHost(h) {
    if (/^[\x00-\x7f]*$/.test(h))
        return h;
    const lead = h.startsWith(".") ? "." : "";
    const a = (0,external_node_url_namespaceObject.domainToASCII)(lead ? h.slice(1) : h);
    return a ? lead + a : h;
}

;// CONCATENATED MODULE: ./src/explain/advice.ts
// Wording shared by the causes and fixes: who failed, where, what the GOPROXY separators
// did, whether an egress proxy carried the request, and which private pattern to add.



function who(c) {
    if (c.module)
        return c.version ? `${c.module}@${c.version}` : c.module;
    if (c.subject)
        return c.subject;
    return "the module";
}
function whereShort(c) {
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
/** whereShort at the start of a sentence. */
function whereAtStart(c) {
    return whereShort(c).replace(/^./, (x) => x.toUpperCase());
}
/** What the `,`/`|` separator after the failing entry did. */
function chainNote(c) {
    const e = c.entry;
    if (!e)
        return "";
    const i = c.chain.indexOf(e);
    const next = c.chain[i + 1];
    if (!next)
        return ` It is the last GOPROXY entry, so nothing came after it.`;
    if (e.separator === "|")
        return ` It is followed by \`|\`, so Go also tried ${next.display}, which failed as well.`;
    return ` After a \`,\` Go falls through only on 404/410, so ${next.display} was never tried: put \`|\` after ${e.display} (Go 1.15+) to fall through on any error.`;
}
/** When an egress proxy would carry this request (Go's http.ProxyFromEnvironment), say that it may be the one failing. */
function egressNote(c) {
    const s = c.settings;
    const url = c.url ?? (c.entry?.url.startsWith("http") ? c.entry.url : undefined);
    if (!url)
        return "";
    let d;
    try {
        const env = { HTTP_PROXY: s.HTTP_PROXY, HTTPS_PROXY: s.HTTPS_PROXY, NO_PROXY: s.NO_PROXY };
        d = egressFor(egressFromEnv(env), url);
    }
    catch {
        return "";
    }
    if (d.kind !== "proxy")
        return "";
    return ` ${d.variable} (${(0,redact/* redactUrl */.BO)(d.url)}) is set, so this connection went through that egress proxy, which may be the one failing: Go reports a proxy that drops the CONNECT the same way.`;
}
function privateAdvice(c, want = "GOPRIVATE", scope = want === "GONOSUMDB" ? "sumdb" : "proxy") {
    const path = c.subject;
    if (!path)
        return `Add a ${want} pattern that covers the module's path (usually its host).`;
    const s = c.settings;
    // GONOPROXY and GONOSUMDB default to GOPRIVATE (an empty value counts as unset).
    const effective = scope === "sumdb" ? c.go.gonosumdb : c.go.gonoproxy;
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
function goproxyShown(c) {
    if (c.chainError !== undefined && c.settings.GOPROXY)
        return (0,redact/* redactText */.Rd)(c.settings.GOPROXY);
    return c.chain.map((e) => e.display + (e.separator ?? "")).join("") || "(empty)";
}
function hasVendorFlag(s) {
    return /-mod=vendor/.test(s.GOFLAGS ?? "");
}

;// CONCATENATED MODULE: ./src/explain/matchers-settings.ts
// Rules for failures caused by a setting: a value Go rejects, a toolchain it cannot get,
// offline or vendor mode, read-only go.mod. In precedence order.




const MATCHERS_SETTINGS = [
    {
        id: "explain-checksum-mismatch",
        when: (c) => P.mismatch.test(c.head),
        cause: (c) => /checksum server|sum\.golang|checksum database/.test(c.head)
            ? `SECURITY: the bytes downloaded for ${who(c)} do not match what the checksum database recorded.`
            : `SECURITY: the bytes downloaded for ${who(c)} do not match the hash recorded in go.sum.`,
        fix: (c) => `Do not just delete go.sum or the line: find out which side is right. Fetch ${who(c)} again into an empty GOMODCACHE with the checksum database on (GOSUMDB unset, module not in GONOSUMDB/GOPRIVATE) and compare; ask the owner whether the tag was moved (publish a new version instead of re-tagging). If a proxy served it${c.entry ? ` (${c.entry.display})` : ""}, purge that version from the proxy.`,
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
            return `GOPROXY=${JSON.stringify((0,redact/* redactText */.Rd)(v))} has only separators or spaces: set a real list such as \`https://proxy.golang.org,direct\`, or unset it (and run \`go env -u GOPROXY\`).`;
        },
    },
    {
        id: "explain-insecure-credentials",
        when: (c) => P.insecureCreds.test(c.head),
        cause: (c) => `Go refused to send the credentials in ${c.url ? (0,redact/* redactUrl */.BO)(c.url) : "an http:// URL"} over plain HTTP.`,
        fix: () => "Use an https:// proxy URL for credentials, or remove them from the URL and serve the proxy without authentication on a trusted network; .netrc and GOAUTH credentials are also sent over https only.",
    },
    {
        id: "explain-goproxy-invalid",
        when: (c) => P.badProxy.test(c.head),
        cause: () => "Go rejected an entry of GOPROXY, so no module can be fetched.",
        fix: (c) => `GOPROXY is \`${goproxyShown(c)}\`: give every entry a scheme (https://host, or file:///abs/path for a directory), write \`direct\` and \`off\` in lower case, and use \`|\` only on Go 1.15+ (\`,\` only before Go 1.13 allowed no list at all).`,
    },
    {
        id: "explain-gosumdb-missing",
        when: (c) => P.gosumdbMissing.test(c.head),
        cause: () => "GOSUMDB resolved to the empty string, which Go does not accept.",
        fix: () => "Run `go env -u GOSUMDB` (an empty `go env -w GOSUMDB=` line masks the go.env default on Go 1.21+), or set `GOSUMDB=sum.golang.org` — or `off` together with GONOSUMDB/GOPRIVATE for a fully private setup.",
    },
    {
        id: "explain-gosumdb-invalid",
        when: (c) => P.gosumdbBad.test(c.head),
        cause: () => "Go rejected the value of GOSUMDB as a checksum-database verifier key.",
        fix: (c) => {
            const v = c.settings.GOSUMDB;
            const shown = v !== undefined ? ` (now ${JSON.stringify((0,redact/* redactText */.Rd)(v))})` : "";
            return `GOSUMDB${shown} must be \`off\`, \`sum.golang.org\`, \`sum.golang.google.cn\`, or a full verifier key \`<name>+<8 hex>+<base64 key>\` optionally followed by the database URL; a bare host name of any other database is not accepted.`;
        },
    },
    {
        id: "explain-goenv-write-ignored",
        when: (c) => P.goEnvWrite.test(c.head),
        cause: (c) => {
            const m = /go env -w (\S+)=\.\.\. does not override/.exec(c.head);
            if (m)
                return `\`go env -w ${m[1]}=…\` wrote the go env file, but ${m[1]} is also set in the process environment, which wins: the new value is not used.`;
            const root = /cannot find GOROOT directory: (\S+)/.exec(c.head)?.[1];
            if (root)
                return `GOROOT is set to ${root}, which does not exist, so every go command stops before doing anything.`;
            return "`go env -w`/`-u` was given something it cannot write (not NAME=VALUE, a key twice, a variable the go command does not know or does not let you change, an invalid value or a relative GOPATH).";
        },
        fix: (c) => {
            const m = /go env -w (\S+)=\.\.\. does not override/.exec(c.head);
            if (m)
                return `Unset ${m[1]} in the environment (shell profile, CI env, Dockerfile ENV) or set the value there instead; \`go env ${m[1]}\` shows what Go uses.`;
            if (/cannot find GOROOT directory/.test(c.head))
                return "Unset GOROOT in the environment and run `go env -u GOROOT` (a `go env -w GOROOT=` line in the file `go env GOENV` names is the usual cause); Go finds its own root.";
            return "Write `go env -w NAME=value` once per variable, with a variable Go knows and lets you set (`go help environment`; GOENV only from the environment), a valid value and an absolute path for GOPATH.";
        },
    },
    {
        id: "explain-unknown-env-setting",
        when: (c) => P.unknownSetting.test(c.head),
        cause: (c) => `Go rejected the value of ${P.unknownSetting.exec(c.head)[1]}, so every go command stops before doing anything.`,
        fix: (c) => {
            const name = P.unknownSetting.exec(c.head)[1];
            return name === "GO111MODULE"
                ? "GO111MODULE takes only on, off, auto or nothing (lower case, one `=` in `go env -w GO111MODULE=on`). If `go env -w` wrote the bad value, remove it with `go env -u GO111MODULE`."
                : `Correct ${name}, or remove it from the go env file with \`go env -u ${name}\`.`;
        },
    },
    {
        id: "explain-goflags-invalid",
        when: (c) => P.goflags.test(c.head),
        cause: (c) => {
            const flag = /GOFLAGS/.test(c.head) ? undefined : P.flagUndefined.exec(c.head)?.[1];
            return flag
                ? `The go command does not define the flag ${flag}, so it stopped before doing anything.`
                : "Go could not use the flags in GOFLAGS, so every go command stops before doing anything.";
        },
        fix: (c) => P.flagUndefined.test(c.head) && !/GOFLAGS/.test(c.head)
            ? "Check the flag against `go help build` for this Go version (a typo, a flag of a newer Go, or `-flag value` passed as one argument: write `-flag=value`)."
            : `GOFLAGS${c.settings.GOFLAGS !== undefined ? ` (now ${JSON.stringify(c.settings.GOFLAGS)})` : ""} must be space-separated flags starting with \`-\` that some go command knows, e.g. \`-mod=mod -modcacherw\`.`,
    },
    {
        id: "explain-gotoolchain-invalid",
        when: (c) => P.gotoolchainBad.test(c.head),
        cause: () => "Go rejected the value of GOTOOLCHAIN.",
        fix: (c) => `GOTOOLCHAIN${c.settings.GOTOOLCHAIN ? ` (now ${JSON.stringify(c.settings.GOTOOLCHAIN)})` : ""} must be \`local\`, \`auto\`, \`path\`, or a full toolchain name such as \`go1.22.0\` (not the language version \`go1.22\`), optionally with \`+auto\` or \`+path\`.`,
    },
    {
        id: "explain-govcs",
        when: (c) => P.govcs.test(c.head),
        cause: (c) => /disallows/.test(c.head)
            ? `GOVCS forbids the version-control tool needed to fetch ${who(c)} directly.`
            : "Go could not parse GOVCS.",
        fix: (c) => `Allow the tool for that path (e.g. \`GOVCS=${c.subject ? suggestPattern(c.subject) : "corp.example.com"}:git\`; your rules come before the default \`public:git|hg,private:all\`), or mark the path private with GOPRIVATE, or fetch it through a proxy.`,
    },
    {
        id: "explain-goauth-invalid",
        when: (c) => P.goauth.test(c.head),
        cause: () => "Go could not use the GOAUTH setting to get credentials.",
        fix: () => "GOAUTH (Go 1.24+) is a `;`-separated list of `off` (alone), `netrc`, `git <absolute dir>` or a command printing `https://host` lines, a blank line and headers; fix the value or unset it for the netrc default.",
    },
    {
        id: "explain-insecure-flag",
        when: (c) => P.insecureFlag.test(c.head),
        cause: () => "`go get -insecure` was removed in Go 1.17.",
        fix: (c) => `Set GOINSECURE to the module paths that need plain http or an unverified certificate in direct mode (e.g. \`GOINSECURE=${c.subject ? suggestPattern(c.subject) : "corp.example.com"}\`) and GONOSUMDB/GOPRIVATE for checksum checks, and drop -insecure.`,
    },
    {
        id: "explain-modules-disabled",
        when: (c) => P.modulesOff.test(c.head),
        cause: () => "The go command is not in module mode or found no go.mod, so it cannot resolve modules.",
        fix: () => "Run the command in the directory that holds go.mod (or set the step's working-directory), and unset GO111MODULE or set it to `on`.",
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
            const off = c.chain.length > 0 && c.chain[0].kind === "off";
            const head = off
                ? 'The message is misleading: GOPROXY=off made the toolchain lookup fail as "not found", so nothing was even tried. '
                : "";
            return `${head}Install a Go that satisfies go.mod's \`go\`/\`toolchain\` line in CI and set GOTOOLCHAIN=local, or let GOPROXY reach a proxy that serves golang.org/toolchain (toolchains also need the checksum database).`;
        },
    },
    {
        id: "explain-toolchain-sumdb-off",
        when: (c) => P.toolchainSumOff.test(c.head),
        cause: () => "Go refused a toolchain download because GOSUMDB=off, and toolchains must always be verified by the checksum database.",
        fix: () => "Install the Go version go.mod asks for and set GOTOOLCHAIN=local, or leave GOSUMDB on (GONOSUMDB does not exempt golang.org/toolchain either).",
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
        fix: () => "Install a Go at least as new as go.mod's `go` line (e.g. setup-go with go-version-file: go.mod), or allow GOTOOLCHAIN=auto with a GOPROXY that serves golang.org/toolchain.",
    },
    {
        id: "explain-toolchain-download-failed",
        when: (c) => P.toolchainDl.test(c.head) && !P.mismatch.test(c.head),
        cause: (c) => `Downloading a Go toolchain through ${c.originKind ? whereShort(c) : "GOPROXY"} failed.`,
        fix: () => "Install the Go version go.mod asks for and set GOTOOLCHAIN=local, or make golang.org/toolchain reachable through GOPROXY together with the checksum database.",
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
        cause: (c) => `Go is reading modules from vendor/ only (-mod=vendor${hasVendorFlag(c.settings) ? " from GOFLAGS" : ""}), and vendor/ does not match go.mod.`,
        fix: (c) => `Run \`go mod vendor\` and commit the result, or use \`-mod=mod\`${hasVendorFlag(c.settings) ? ` (GOFLAGS is now ${JSON.stringify(c.settings.GOFLAGS)})` : ""} for steps that should download modules.`,
    },
    {
        id: "explain-mod-readonly",
        when: (c) => P.readonly.test(c.head),
        cause: (c) => `go.mod or go.sum lacks an entry for ${who(c)}, and -mod=readonly (the default since Go 1.16) forbids adding it.`,
        fix: (c) => `Run \`go mod tidy\`${c.module ? ` (or \`go mod download ${c.module}\`)` : ""} locally and commit go.mod and go.sum; avoid GOFLAGS=-mod=mod in CI, which hides such drift.`,
    },
];

;// CONCATENATED MODULE: ./src/explain/matchers-transport.ts
// Rules for failures on the way to a server: the egress proxy, TLS, the checksum
// database, DNS, refused, timed-out or cut connections. In precedence order.





/** The URL Go names is a public proxy or checksum database. */
function fromPublicService(c) {
    return c.url !== undefined && PUBLIC_SERVICES.test(urlHost(c.url));
}
/** A login demand from a public service, which never asks for one: a middlebox answered. */
function middleboxLogin(c) {
    return (c.status === 401 || c.status === 407) && fromPublicService(c);
}
const MATCHERS_TRANSPORT = [
    // egress proxy
    {
        id: "explain-egress-protocol-mismatch",
        when: (c) => (P.protocolMismatch.test(c.head) &&
            (/malformed HTTP response "\\x00/.test(c.head) || fromPublicService(c))) ||
            middleboxLogin(c),
        cause: (c) => middleboxLogin(c)
            ? `${whereShort(c)} never asks for credentials, yet the answer was ${c.statusText}: something between this machine and it answered instead — an egress or transparent proxy that wants its own login.`
            : `${whereShort(c)} speaks TLS, yet the answer came back ${/malformed/.test(c.head) ? "in bytes Go could not read as HTTP" : "in plain HTTP"}: something between this machine and it answered instead — an egress or transparent proxy, a captive portal, or an HTTPS_PROXY written with the wrong scheme.`,
        fix: (c) => {
            const cur = c.settings.HTTPS_PROXY || c.settings.HTTP_PROXY;
            const login = middleboxLogin(c)
                ? " A proxy that wants a login takes it in the URL: `HTTPS_PROXY=http://user:pass@proxy:port`."
                : "";
            return `Check HTTPS_PROXY/HTTP_PROXY${cur ? ` (now ${(0,redact/* redactUrl */.BO)(cur)})` : ""}: an http:// proxy must be written http://, an https:// one needs a Go that supports it; ask the network team whether outbound HTTPS is intercepted, or set NO_PROXY for hosts that must bypass it.${login}`;
        },
    },
    {
        id: "explain-egress-proxy",
        when: (c) => P.egress.test(c.head),
        cause: (c) => {
            const target = c.url ? ` to ${(0,redact/* redactUrl */.BO)(c.url.split("/").slice(0, 3).join("/"))}` : "";
            return `The request${target} never reached its server: ${whereShort(c)} from HTTPS_PROXY/HTTP_PROXY refused or failed it.`;
        },
        fix: (c) => {
            const s = c.settings;
            const cur = s.HTTPS_PROXY || s.HTTP_PROXY;
            const host = c.url ? urlHost(c.url).split(":")[0] : undefined;
            return `Check the egress proxy${cur ? ` (${(0,redact/* redactUrl */.BO)(cur)})` : ""}: its address, that it allows CONNECT to that host and port, and its credentials (\`http://user:pass@proxy:port\` in HTTPS_PROXY, answered by 407 when missing); or bypass it with \`NO_PROXY=${withPattern(s.NO_PROXY, host ?? "proxy.corp.example")}\`.`;
        },
    },
    // tls
    {
        id: "explain-tls-unknown-authority",
        when: (c) => P.tlsCa.test(c.head),
        cause: (c) => `The certificate of ${whereShort(c)} is signed by a certificate authority this machine does not trust.`,
        fix: (c) => {
            const base = "Add the CA (a corporate TLS-inspection or private proxy CA) to the system trust store, or point SSL_CERT_FILE at a PEM bundle (or SSL_CERT_DIR at a directory) that includes it.";
            if (c.originKind === "direct")
                return `${base} For a direct fetch GOINSECURE=${c.subject ? suggestPattern(c.subject) : "<pattern>"} would skip verification, but fixing trust is better (git also needs the CA: http.sslCAInfo).`;
            return `${base} GOINSECURE does NOT help here: it applies only to direct fetches, never to GOPROXY URLs or the checksum database.`;
        },
    },
    {
        id: "explain-tls-hostname",
        when: (c) => P.tlsName.test(c.head),
        cause: (c) => `The certificate of ${whereShort(c)} was issued for another host name.`,
        fix: () => "Use the host name the certificate names in GOPROXY (not an IP or alias), or reissue the certificate with a subjectAltName for the name you use. GOINSECURE does not apply to proxies.",
    },
    {
        id: "explain-tls-expired",
        when: (c) => P.tlsExpired.test(c.head),
        cause: (c) => `The certificate of ${whereShort(c)} has expired or is not yet valid.`,
        fix: () => "Renew the server's certificate, or fix the machine's clock if the certificate is fine.",
    },
    {
        id: "explain-tls-handshake",
        when: (c) => P.tlsOther.test(c.head) && !/TLS handshake timeout/.test(c.head),
        cause: (c) => `The TLS handshake with ${whereShort(c)} failed.`,
        fix: (c) => /HTTP response to HTTPS client|does not look like a TLS handshake/.test(c.head)
            ? "The server speaks plain HTTP: write http:// in the URL (or enable TLS on the server), or check that an egress proxy is not in the way."
            : "Check that the server offers TLS 1.2+ with a certificate for that name, and that no middlebox breaks the handshake.",
    },
    // checksum database
    {
        id: "explain-sumdb-not-found",
        when: (c) => c.originKind === "sumdb" &&
            (c.status === 404 || c.status === 410 || / not found/.test(c.head)),
        cause: (c) => `The checksum database (${c.origin.slice(6)}) does not know ${who(c)}${c.status ? ` (${c.statusText})` : ""}, which is what happens for a private module.`,
        fix: (c) => privateAdvice(c, "GOPRIVATE", "sumdb"),
    },
    {
        id: "explain-sumdb-unreachable",
        when: (c) => c.originKind === "sumdb" &&
            (P.dns.test(c.head) ||
                P.refused.test(c.head) ||
                P.timeout.test(c.head) ||
                P.reset.test(c.head) ||
                P.eof.test(c.head) ||
                (c.status !== undefined && c.status >= 500)),
        cause: (c) => `Go could not reach the checksum database (${c.origin.slice(6)}) to verify ${who(c)}.`,
        fix: (c) => {
            const sum = sumdbInForce(c.go);
            return `Keep go.sum complete in the repository so CI needs no lookups; use a GOPROXY that proxies the database (it must answer \`/sumdb/${sum?.name ?? "sum.golang.org"}/supported\`) or set GOSUMDB to a reachable mirror; for private modules: ${privateAdvice(c, "GONOSUMDB")}`;
        },
    },
    {
        id: "explain-sumdb-failure",
        when: (c) => c.originKind === "sumdb",
        cause: (c) => `The checksum database (${c.origin.slice(6)}) answered with an error for ${who(c)}${c.statusText ? ` (${c.statusText})` : ""}.`,
        fix: (c) => `Check GOSUMDB${c.settings.GOSUMDB ? ` (${(0,redact/* redactText */.Rd)(c.settings.GOSUMDB)})` : ""} and any proxy in front of the database; if the module is private: ${privateAdvice(c)}`,
    },
    // network
    {
        id: "explain-network-dns",
        when: (c) => P.dns.test(c.head),
        cause: (c) => {
            const host = /lookup ([^\s:]+)/.exec(c.head)?.[1] ?? /resolve host:? '?([^\s']+)/.exec(c.head)?.[1];
            return `The host name ${host ? `${host} ` : ""}of ${whereShort(c)} did not resolve.`;
        },
        fix: (c) => `Check the spelling of the host${c.originKind === "proxy" ? ` in GOPROXY (\`${goproxyShown(c)}\`)` : ""}, the runner's DNS and VPN.${c.entry ? chainNote(c) : ""}`,
    },
    {
        id: "explain-network-refused",
        when: (c) => P.refused.test(c.head),
        cause: (c) => `The connection to ${whereShort(c)} was refused or could not be routed.`,
        fix: (c) => `Check the URL and port and that the server runs and is reachable from the runner.${chainNote(c)}${egressNote(c)}`,
    },
    {
        id: "explain-proxy-stalled",
        when: (c) => /^go mod download was stopped: nothing arrived/.test(c.head),
        cause: (c) => `${c.origin ? `The proxy ${c.origin}` : "A server"} accepted the request and then sent nothing; Go would have waited forever.`,
        fix: () => "Check that proxy and what stands in front of it; remove it from GOPROXY while it hangs, or raise stall-timeout if it is only slow.",
    },
    {
        id: "explain-download-timeout",
        when: (c) => /^go mod download was stopped: it did not finish within/.test(c.head),
        cause: () => "The pre-warm ran past its total time limit and go was stopped.",
        fix: () => "Raise download-timeout for a very large module graph on a slow link; a proxy that trickles bytes needs fixing.",
    },
    {
        id: "explain-network-timeout",
        when: (c) => P.timeout.test(c.head),
        cause: (c) => `${whereAtStart(c)} did not answer in time.`,
        fix: (c) => `Check firewalls and egress rules between the runner and that host (outbound 443), or use a reachable mirror; retry for a transient outage.${chainNote(c)}${egressNote(c)}`,
    },
    {
        id: "explain-network-reset",
        when: (c) => P.reset.test(c.head),
        cause: (c) => `The connection to ${whereShort(c)} was cut in the middle of the request.`,
        fix: (c) => `Usually transient: retry the step.${chainNote(c) || " Use `|` between proxies so a failing one falls through."}${egressNote(c)}`,
    },
    {
        id: "explain-network-eof",
        when: (c) => P.eof.test(c.head),
        cause: (c) => `${whereAtStart(c)} closed the connection before the whole response arrived.`,
        fix: (c) => `Retry; check the proxy's logs and any load balancer timeout for large zips.${chainNote(c)}${egressNote(c)}`,
    },
];

;// CONCATENATED MODULE: ./src/explain/matchers-answers.ts
// Rules for what a server answered: protocol violations, HTTP statuses, versions that do
// not exist, and failures of direct version-control fetches. In precedence order.



const MATCHERS_ANSWERS = [
    // protocol, before statuses (their text can carry a status too)
    {
        id: "explain-protocol-insecure-redirect",
        when: (c) => P.insecureRedirect.test(c.head),
        cause: (c) => `${whereAtStart(c)} redirected an https request to plain http, which Go refuses.`,
        fix: () => "Configure the proxy (or the storage it redirects to) to redirect to https URLs.",
    },
    {
        id: "explain-protocol-bad-info",
        when: (c) => P.badInfo.test(c.head),
        cause: (c) => `${whereAtStart(c)} answered ${who(c)}'s version information with something that is not the GOPROXY protocol.`,
        fix: (c) => `Check the proxy URL${c.entry ? ` (${c.entry.display})` : ""} — Artifactory, Nexus and Athens need the repository path, and a login page means missing credentials — and the proxy's health.${chainNote(c)}`,
    },
    {
        id: "explain-protocol-bad-zip",
        when: (c) => P.badZip.test(c.head),
        cause: (c) => `The zip ${whereShort(c)} served for ${who(c)} is not a valid module zip.`,
        fix: (c) => `Purge that version from the proxy's storage and retry, or fetch it from another entry.${chainNote(c)}`,
    },
    {
        id: "explain-protocol-bad-gomod",
        when: (c) => P.badGoMod.test(c.head),
        cause: (c) => `The go.mod ${whereShort(c)} served for ${who(c)} is an HTML page, not a go.mod.`,
        fix: () => "Check the proxy URL path and credentials: a login or error page came back with status 200.",
    },
    // HTTP statuses
    {
        id: "explain-direct-go-get",
        // Go's own requests in direct mode: the ?go-get=1 discovery, and before Go 1.18 the
        // hosting-site lookups of which VCS serves a repository.
        when: (c) => c.originKind === "direct" &&
            c.status !== undefined &&
            (/go-get=1/.test(c.url ?? "") || P.vcsHostLookup.test(c.url ?? "")),
        cause: (c) => `${/go-get=1/.test(c.url ?? "") ? "The go-import discovery request" : "The hosting site's lookup of the repository"} for ${who(c)} answered ${c.statusText}.`,
        fix: (c) => `If the module is private, give git and the go command credentials for its host (.netrc), or fetch it through a proxy; check the import path. ${privateAdvice(c)}`,
    },
    {
        id: "explain-proxy-unauthorized",
        when: (c) => c.status === 401,
        cause: (c) => `${whereAtStart(c)} answered 401 Unauthorized for ${who(c)}: it got no credentials it accepts.`,
        fix: (c) => {
            const host = c.url ? urlHost(c.url) : undefined;
            return `Give the proxy credentials: a ~/.netrc line \`machine ${host ?? "<host[:port]>"} login <user> password <token>\` (the port must match), GOAUTH on Go 1.24+, or \`https://user:token@host\` in GOPROXY (https only).${chainNote(c)}`;
        },
    },
    {
        id: "explain-proxy-forbidden",
        when: (c) => c.status === 403,
        cause: (c) => `${whereAtStart(c)} answered 403 Forbidden for ${who(c)}: the credentials were refused or lack permission.`,
        fix: (c) => `Check the proxy user's permissions for that repository and module (Artifactory/Nexus answer 403 for a missing remote or permission), and the token in .netrc/GOAUTH.${chainNote(c)}`,
    },
    {
        id: "explain-proxy-not-found",
        when: (c) => (c.status === 404 || c.status === 410) && c.originKind !== "direct",
        cause: (c) => `${whereAtStart(c)} does not have ${who(c)} (${c.statusText}).`,
        fix: (c) => {
            const privateHint = /could not read Username|terminal prompts disabled|Repository not found|authentication|not found: .*(?:unknown revision|invalid version|exit status)|410 Gone/i.test(c.response + c.head);
            const pathHint = "Check the module path and version, and that the tag is pushed.";
            return privateHint && c.subject
                ? `If ${c.subject} is private, the public proxy cannot fetch it: ${privateAdvice(c)} ${pathHint}`
                : `${pathHint}${c.chain.length > 1 ? ` It was the last GOPROXY answer (\`${goproxyShown(c)}\`).` : ""}`;
        },
    },
    {
        id: "explain-proxy-server-error",
        when: (c) => c.status !== undefined && (c.status >= 500 || c.status === 429),
        cause: (c) => `${whereAtStart(c)} failed with ${c.statusText} for ${who(c)}.`,
        fix: (c) => `Look at the proxy's logs (Athens/Artifactory often fail fetching upstream, e.g. git credentials inside the proxy), and retry.${chainNote(c)}`,
    },
    {
        id: "explain-protocol-unexpected-status",
        when: (c) => c.status !== undefined && c.originKind === "proxy" && c.status !== 200,
        cause: (c) => `${whereAtStart(c)} answered ${c.statusText}, which is not part of the GOPROXY protocol.`,
        fix: (c) => `Check the proxy URL and its configuration.${chainNote(c)}`,
    },
    // not found, by text
    {
        id: "explain-no-matching-versions",
        // "cannot find module providing package" also wraps a git failure; git's own reason is the finding.
        when: (c) => P.noMatch.test(c.head) && !P.gitAuth.test(c.head),
        cause: (c) => `No module version found provides ${who(c)}.`,
        fix: (c) => `Check the import path and version (and that the tag exists); if ${c.subject ?? "it"} is private: ${privateAdvice(c)}`,
    },
    // direct
    {
        id: "explain-direct-git-auth",
        when: (c) => P.gitAuth.test(c.head),
        cause: (c) => `git could not authenticate to fetch ${who(c)} directly, and the go command disables git's prompts.`,
        fix: (c) => {
            const host = (c.subject ?? "github.com").split("/")[0];
            return `Give git a credential without a prompt, e.g. \`git config --global url."https://x-access-token:\${TOKEN}@${host}/".insteadOf "https://${host}/"\` or a ~/.netrc entry for ${host} (or an SSH key with the matching insteadOf), and mark the module private: ${privateAdvice(c)}`;
        },
    },
    {
        id: "explain-direct-repo-not-found",
        when: (c) => P.repoNotFound.test(c.head),
        cause: (c) => `The repository for ${who(c)} does not exist or is not visible with the credentials git used.`,
        fix: () => "Check the module path; for a private repository make sure git's credentials can read it (hosting sites answer 'not found' without access).",
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
        cause: (c) => `The repository of ${c.module ?? c.subject ?? "the module"} has no tag, branch or commit named ${c.version ?? "as requested"}.`,
        fix: () => "Check the version, that the tag is pushed, and that a module in a subdirectory is tagged with its directory prefix (`sub/v1.2.3`); private repositories also need git credentials.",
    },
    {
        id: "explain-direct-go-get",
        when: (c) => P.goGet.test(c.head),
        cause: (c) => `The go command could not find where ${who(c)} lives (the ?go-get=1 discovery failed).`,
        fix: (c) => `Check the import path; a private host must serve go-import metadata to unauthenticated requests or be reached with credentials (.netrc); a bare git host needs the \`.git\` suffix in the path or a GOPROXY. ${privateAdvice(c)}`,
    },
    {
        id: "explain-direct-vcs-failed",
        when: (c) => P.vcsFailed.test(c.head) && (c.originKind === "direct" || c.originKind === undefined),
        cause: (c) => `A version-control command failed while fetching ${who(c)} directly.`,
        fix: () => "Read the tool's own message after the command; check the repository URL, git's credentials and the network, or fetch through a GOPROXY.",
    },
];

;// CONCATENATED MODULE: ./src/explain/explain.ts
// From Go's error text to findings: the category, the cause in one sentence and the fix,
// using the settings in force. Pure functions; never throws, never echoes a secret.







/** Every rule, in precedence order: the first whose `when` holds explains the message. */
const MATCHERS = [
    ...MATCHERS_SETTINGS,
    ...MATCHERS_TRANSPORT,
    ...MATCHERS_ANSWERS,
];
/** The category a rule puts a finding in. */
function categoryOf(id) {
    return (0,catalogue/* explainRule */.O)(id).category;
}
function finish(c, id, cause, fix, secrets, category) {
    const clean = (s) => (0,redact/* redactText */.Rd)(s, secrets);
    const f = {
        category: category ?? categoryOf(id),
        rule: id,
        cause: clean(cause),
        fix: clean(fix),
    };
    if (c.module)
        f.module = clean(c.module);
    if (c.version)
        f.version = clean(c.version);
    if (c.origin)
        f.origin = clean(c.origin);
    return f;
}
function secretsOf(settings) {
    const sum = settings.GOSUMDB?.split(/\s+/)[1];
    return (0,redact/* settingSecrets */.AL)([settings.GOPROXY, settings.HTTPS_PROXY, settings.HTTP_PROXY, sum]);
}
function explain_classify(message, settings, secrets) {
    const c = buildCtx(message, settings);
    for (const m of MATCHERS) {
        let hit;
        try {
            hit = m.when(c);
        }
        catch {
            hit = false;
        }
        if (hit)
            return finish(c, m.id, m.cause(c), m.fix(c), secrets, m.category?.(c));
    }
    return undefined;
}
function safeSettings(settings) {
    if (!settings || typeof settings !== "object")
        return {};
    const out = {};
    for (const [k, v] of Object.entries(settings)) {
        if (typeof v === "string")
            out[k] = v;
    }
    return out;
}
/**
 * Explains one `Error` field of `go mod download -json`. Always returns a finding: one the
 * explainer does not recognise gets rule `explain-unrecognized`, its category guessed from
 * the origin (a proxy → protocol, the database → sumdb, otherwise direct).
 */
function explainModuleError(error, settings) {
    const s = safeSettings(settings);
    const secrets = secretsOf(s);
    const text = String(error ?? "")
        .slice(0, 1 << 20)
        .split("\n")
        .map(stripLine)
        .join("\n")
        .trim();
    try {
        const found = explain_classify(text, s, secrets);
        if (found)
            return found;
        const c = buildCtx(text, s);
        const category = c.originKind === "sumdb"
            ? "sumdb"
            : c.originKind === "proxy"
                ? "protocol"
                : c.originKind === "egress"
                    ? "egress-proxy"
                    : c.originKind === "off"
                        ? "offline"
                        : "direct";
        const first = text.split("\n")[0].slice(0, 300);
        return finish(c, "explain-unrecognized", `Go reported an error the explainer does not recognise: ${first || "(empty)"}.`, "Read Go's full message; run the command again with -x to see each request and its answer.", secrets, category);
    }
    catch {
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
function explainText(text, settings) {
    const s = safeSettings(settings);
    const secrets = secretsOf(s);
    let units;
    try {
        units = splitUnits(String(text ?? ""));
    }
    catch {
        return [];
    }
    const findings = [];
    const take = (trace) => {
        for (const u of units) {
            if (u.trace !== trace)
                continue;
            const msg = trace ? u.text.replace(/^# get (\S+): /, 'Get "$1": ') : u.text;
            let f;
            try {
                f = explain_classify(msg, s, secrets);
            }
            catch {
                f = undefined;
            }
            if (f)
                findings.push(f);
            if (findings.length > 500)
                break;
        }
    };
    take(false);
    if (findings.length === 0)
        take(true);
    return dedupe(findings);
}
function dedupe(findings) {
    const seen = new Set();
    const out = [];
    for (const f of findings) {
        const key = [f.rule, f.module ?? "", f.version ?? "", f.origin ?? ""].join("\u0000");
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(f);
    }
    // A finding with no module adds nothing when the same rule already named one.
    return out.filter((f) => f.module !== undefined ||
        !out.some((g) => g !== f && g.rule === f.rule && g.module !== undefined));
}

;// CONCATENATED MODULE: ./src/explain/format.ts
function renderFindingsText(findings) {
    if (findings.length === 0)
        return "No known failure found in the text.\n";
    return findings
        .map((f, i) => {
        const subject = f.module ? (f.version ? `${f.module}@${f.version}` : f.module) : undefined;
        const lines = [
            `${i + 1}. [${f.category}] ${f.rule}${subject ? ` — ${subject}` : ""}`,
            ...(f.origin ? [`   origin: ${f.origin}`] : []),
            `   cause:  ${f.cause}`,
            `   fix:    ${f.fix}`,
        ];
        return lines.join("\n");
    })
        .join("\n\n")
        .concat("\n");
}

;// CONCATENATED MODULE: ./src/explain/index.ts
// Explaining Go's download failures: the public surface of src/explain.






/***/ }),

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ GO_VARIABLES),
/* harmony export */   M: () => (/* binding */ goEnvFrom)
/* harmony export */ });
// The variables the go command reads for module downloads, and how to take them from an environment.
const GO_VARIABLES = [
    "GOPROXY",
    "GOSUMDB",
    "GOPRIVATE",
    "GONOPROXY",
    "GONOSUMDB",
    "GOINSECURE",
    "GOTOOLCHAIN",
    "GOFLAGS",
    "GOAUTH",
    "GOVCS",
    "GOMODCACHE",
    "GOPATH",
    "GOWORK",
    "GO111MODULE",
];
function goEnvFrom(env) {
    const out = {};
    for (const name of GO_VARIABLES) {
        const value = env[name];
        if (value !== undefined)
            out[name] = value;
    }
    return out;
}


/***/ }),

/***/ 444:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _Y: () => (/* binding */ parseGoauth)
/* harmony export */ });
/* unused harmony exports credentialPrefix, lookupCredential */
/* harmony import */ var _proxy_list_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(815);
// GOAUTH (Go 1.24+), as cmd/go/internal/auth reads it: a ;-separated list of commands.

/** Parses GOAUTH; an empty value means the default, `netrc`. */
function parseGoauth(value) {
    if (value === "")
        return { commands: [{ kind: "netrc" }] };
    const parts = value.split(";").map(_proxy_list_js__WEBPACK_IMPORTED_MODULE_0__/* .goTrimSpace */ .hb);
    const commands = [];
    for (const p of parts) {
        if (p === "")
            return { commands, error: "GOAUTH encountered an empty command" };
        const words = p.split(/\s+/);
        if (words[0] === "off") {
            if (parts.length > 1) {
                return {
                    commands,
                    error: "GOAUTH=off cannot be combined with other authentication commands",
                };
            }
            commands.push({ kind: "off" });
        }
        else if (words[0] === "netrc") {
            commands.push({ kind: "netrc" });
        }
        else if (words[0] === "git") {
            const dir = words.slice(1).join(" ");
            if (words.length !== 2) {
                return {
                    commands,
                    error: "GOAUTH=git dir method requires an absolute path to the git working directory",
                };
            }
            if (!dir.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(dir)) {
                return {
                    commands,
                    error: `GOAUTH=git dir method requires an absolute path to the git working directory, dir is not absolute`,
                };
            }
            commands.push({ kind: "git", dir });
        }
        else {
            commands.push({ kind: "custom", command: p });
        }
    }
    return { commands };
}
/** The key cmd/go/internal/auth stores credentials under: a machine or URL prefix without "https://" and a trailing "/". */
function credentialPrefix(machine) {
    return machine.replace(/^https:\/\//, "").replace(/\/$/, "");
}
/** cmd/go/internal/auth's lookup: the credentials stored for host + path, walking up the path. */
function lookupCredential(store, hostPath) {
    let prefix = hostPath.replace(/\/$/, "");
    for (let guard = 0; guard < 1000; guard++) {
        const hit = store.get(prefix);
        if (hit)
            return hit;
        const slash = prefix.lastIndexOf("/");
        if (slash < 0)
            return undefined;
        prefix = prefix.slice(0, slash);
    }
    return undefined;
}


/***/ }),

/***/ 533:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ goUrlParse),
/* harmony export */   Pf: () => (/* binding */ strictHostFor),
/* harmony export */   _s: () => (/* binding */ goUrlRedacted),
/* harmony export */   dg: () => (/* binding */ goQuote),
/* harmony export */   h4: () => (/* binding */ goUrlString)
/* harmony export */ });
// Go's net/url parsing and printing, as far as GOPROXY and GOSUMDB need it: the same
// accept/reject decisions and the same error text as url.Parse, and URL.String/Redacted.
// Works on UTF-8 bytes, as Go does.
const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { fatal: false });
function isAlnum(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
function shouldEscape(c, mode) {
    if (isAlnum(c))
        return false;
    const ch = String.fromCharCode(c);
    if (mode === "host" || mode === "zone") {
        if ("!$&'()*+,;=:[]<>\"".includes(ch))
            return false;
    }
    if ("-_.~".includes(ch))
        return false;
    if ("$&+,/:;=?@".includes(ch)) {
        switch (mode) {
            case "pathSegment":
                return ch === "/" || ch === ";" || ch === "," || ch === "?";
            case "userPassword":
                return ch === "@" || ch === "/" || ch === "?" || ch === ":";
            case "queryComponent":
                return true;
            case "fragment":
                return false;
            case "path":
                return ch === "?";
            default:
                break;
        }
    }
    if (mode === "fragment" && "!()*".includes(ch))
        return false;
    return true;
}
/** strconv.Quote for the characters that can occur here. */
function goQuote(s) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (ch === '"' || ch === "\\")
            out += "\\" + ch;
        else if (cp === 7)
            out += "\\a";
        else if (cp === 8)
            out += "\\b";
        else if (cp === 12)
            out += "\\f";
        else if (cp === 10)
            out += "\\n";
        else if (cp === 13)
            out += "\\r";
        else if (cp === 9)
            out += "\\t";
        else if (cp === 11)
            out += "\\v";
        else if (cp < 0x20 || cp === 0x7f)
            out += "\\x" + cp.toString(16).padStart(2, "0");
        else if (cp === 0xfffd)
            out += "\\ufffd";
        else if (cp >= 0x80 && !/[\p{L}\p{M}\p{N}\p{P}\p{S}\u0020]/u.test(ch)) {
            out +=
                cp > 0xffff
                    ? "\\U" + cp.toString(16).padStart(8, "0")
                    : "\\u" + cp.toString(16).padStart(4, "0");
        }
        else
            out += ch;
    }
    return out + '"';
}
function bytesToString(b) {
    return dec.decode(b);
}
function ishex(c) {
    return (c !== undefined &&
        ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)));
}
function unhex(c) {
    if (c <= 0x39)
        return c - 0x30;
    if (c <= 0x46)
        return c - 0x41 + 10;
    return c - 0x61 + 10;
}
class UrlError extends Error {
}
function isIPv4(s) {
    return /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(s);
}
function isIPv6(s) {
    if (!/^[0-9a-fA-F:.]+$/.test(s))
        return false;
    let body = s;
    const lastColon = s.lastIndexOf(":");
    if (s.slice(lastColon + 1).includes(".")) {
        if (!isIPv4(s.slice(lastColon + 1)))
            return false;
        body = s.slice(0, lastColon + 1) + "0:0";
    }
    const dbl = body.split("::");
    if (dbl.length > 2)
        return false;
    const part = (x) => (x === "" ? [] : x.split(":"));
    const head = part(dbl[0]);
    const tail = dbl.length === 2 ? part(dbl[1]) : [];
    const all = [...head, ...tail];
    if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g)))
        return false;
    return dbl.length === 2 ? all.length < 8 : all.length === 8;
}
function unescape(s, mode) {
    const b = enc.encode(s);
    let n = 0;
    for (let i = 0; i < b.length;) {
        const c = b[i];
        if (c === 0x25) {
            n++;
            if (i + 2 >= b.length || !ishex(b[i + 1]) || !ishex(b[i + 2])) {
                const rest = b.subarray(i, Math.min(b.length, i + 3));
                throw new UrlError(`invalid URL escape ${goQuote(bytesToString(rest))}`);
            }
            if (mode === "host" &&
                unhex(b[i + 1]) < 8 &&
                bytesToString(b.subarray(i, i + 3)) !== "%25") {
                throw new UrlError(`invalid URL escape ${goQuote(bytesToString(b.subarray(i, i + 3)))}`);
            }
            if (mode === "zone") {
                const v = unhex(b[i + 1]) * 16 + unhex(b[i + 2]);
                if (bytesToString(b.subarray(i, i + 3)) !== "%25" &&
                    v !== 0x20 &&
                    shouldEscape(v, "host")) {
                    throw new UrlError(`invalid URL escape ${goQuote(bytesToString(b.subarray(i, i + 3)))}`);
                }
            }
            i += 3;
        }
        else {
            if ((mode === "host" || mode === "zone") && c < 0x80 && shouldEscape(c, mode)) {
                throw new UrlError(`invalid character ${goQuote(String.fromCharCode(c))} in host name`);
            }
            i++;
        }
    }
    if (n === 0)
        return s;
    const out = [];
    for (let i = 0; i < b.length;) {
        const c = b[i];
        if (c === 0x25) {
            out.push(unhex(b[i + 1]) * 16 + unhex(b[i + 2]));
            i += 3;
        }
        else {
            out.push(c);
            i++;
        }
    }
    return bytesToString(Uint8Array.from(out));
}
function escape(s, mode) {
    const b = enc.encode(s);
    let out = "";
    for (const c of b) {
        if (shouldEscape(c, mode))
            out += "%" + c.toString(16).toUpperCase().padStart(2, "0");
        else
            out += String.fromCharCode(c);
    }
    return out;
}
function validEncoded(s, mode) {
    for (const c of enc.encode(s)) {
        if ("!$&'()*+,;=:@[]".includes(String.fromCharCode(c)) || c === 0x25)
            continue;
        if (shouldEscape(c, mode))
            return false;
    }
    return true;
}
function getScheme(raw) {
    for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))
            continue;
        if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
            if (i === 0)
                return ["", raw];
            continue;
        }
        if (c === 0x3a) {
            if (i === 0)
                throw new UrlError("missing protocol scheme");
            return [raw.slice(0, i), raw.slice(i + 1)];
        }
        return ["", raw];
    }
    return ["", raw];
}
function validOptionalPort(port) {
    if (port === "")
        return true;
    if (port[0] !== ":")
        return false;
    return /^[0-9]*$/.test(port.slice(1));
}
function parseHost(host, strict) {
    if (host.startsWith("[")) {
        const i = host.lastIndexOf("]");
        if (i < 0)
            throw new UrlError("missing ']' in host");
        const colonPort = host.slice(i + 1);
        if (!validOptionalPort(colonPort))
            throw new UrlError(`invalid port ${goQuote(colonPort)} after host`);
        if (strict) {
            const inner = unescape(host.slice(1, i), "zone");
            const pct = inner.indexOf("%");
            const addr = pct < 0 ? inner : inner.slice(0, pct);
            if (isIPv4(addr) && pct < 0)
                throw new UrlError("invalid IP-literal");
            if (!isIPv6(addr) || (pct >= 0 && pct === inner.length - 1)) {
                // netip.ParseAddr's reason is not reproduced; the prefix is Go's.
                throw new UrlError(`invalid host: ParseAddr(${goQuote(inner)})`);
            }
        }
        const zone = host.slice(0, i).indexOf("%25");
        if (zone >= 0) {
            const host1 = unescape(host.slice(0, zone), "host");
            const host2 = unescape(host.slice(zone, i), "zone");
            const host3 = unescape(host.slice(i), "host");
            return host1 + host2 + host3;
        }
    }
    else {
        const i = strict ? host.indexOf(":") : host.lastIndexOf(":");
        if (i >= 0) {
            const colonPort = host.slice(i);
            if (!validOptionalPort(colonPort))
                throw new UrlError(`invalid port ${goQuote(colonPort)} after host`);
        }
    }
    if (strict && !host.startsWith("[") && host.includes("["))
        throw new UrlError("invalid IP-literal");
    return unescape(host, "host");
}
function validUserinfo(s) {
    return /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(s);
}
function parseAuthority(authority, strict) {
    const i = authority.lastIndexOf("@");
    const host = parseHost(i < 0 ? authority : authority.slice(i + 1), strict);
    if (i < 0)
        return { host };
    const userinfo = authority.slice(0, i);
    if (!validUserinfo(userinfo))
        throw new UrlError("net/url: invalid userinfo");
    const colon = userinfo.indexOf(":");
    if (colon < 0)
        return { user: { username: unescape(userinfo, "userPassword") }, host };
    return {
        user: {
            username: unescape(userinfo.slice(0, colon), "userPassword"),
            password: unescape(userinfo.slice(colon + 1), "userPassword"),
        },
        host,
    };
}
function hasCtl(s) {
    return /[\x00-\x1f\x7f]/.test(s);
}
function parseNoFrag(raw, strict) {
    if (hasCtl(raw))
        throw new UrlError("net/url: invalid control character in URL");
    const u = {
        scheme: "",
        opaque: "",
        host: "",
        path: "",
        rawPath: "",
        omitHost: false,
        forceQuery: false,
        rawQuery: "",
        fragment: "",
        rawFragment: "",
    };
    if (raw === "*") {
        u.path = "*";
        return u;
    }
    const [scheme, rest0] = getScheme(raw);
    let rest = rest0;
    u.scheme = scheme.toLowerCase();
    if (rest.endsWith("?") && rest.split("?").length === 2) {
        u.forceQuery = true;
        rest = rest.slice(0, -1);
    }
    else {
        const q = rest.indexOf("?");
        if (q >= 0) {
            u.rawQuery = rest.slice(q + 1);
            rest = rest.slice(0, q);
        }
    }
    if (!rest.startsWith("/")) {
        if (u.scheme !== "") {
            u.opaque = rest;
            return u;
        }
        const slash = rest.indexOf("/");
        const segment = slash < 0 ? rest : rest.slice(0, slash);
        if (segment.includes(":"))
            throw new UrlError("first path segment in URL cannot contain colon");
    }
    if ((u.scheme !== "" || !rest.startsWith("///")) && rest.startsWith("//")) {
        let authority = rest.slice(2);
        rest = "";
        const i = authority.indexOf("/");
        if (i >= 0) {
            rest = authority.slice(i);
            authority = authority.slice(0, i);
        }
        const a = parseAuthority(authority, strict);
        if (a.user)
            u.user = a.user;
        u.host = a.host;
    }
    else if (u.scheme !== "" && rest.startsWith("/")) {
        u.omitHost = true;
    }
    const p = unescape(rest, "path");
    u.path = p;
    u.rawPath = escape(p, "path") === rest ? "" : rest;
    return u;
}
/** Whether a Go release parses hosts strictly (see GoUrlOptions). */
function strictHostFor(v) {
    // Observed: go1.24.4 lenient, go1.26.10 strict. The bracketed-IPv6 validation shipped as a
    // security fix in go1.24.8 and go1.25.2; the same cut-off is assumed for the port rule.
    if (v.major > 1 || v.minor >= 26)
        return true;
    if (v.minor === 25)
        return v.patch >= 2;
    if (v.minor === 24)
        return v.patch >= 8;
    return false;
}
/** url.Parse: the URL, or the error text Go prints (`parse "RAW": reason`). */
function goUrlParse(raw, opts = {}) {
    const hash = raw.indexOf("#");
    const u = hash < 0 ? raw : raw.slice(0, hash);
    let url;
    try {
        url = parseNoFrag(u, opts.strictHost ?? false);
    }
    catch (e) {
        if (e instanceof UrlError)
            return { ok: false, error: `parse ${goQuote(u)}: ${e.message}` };
        throw e;
    }
    if (hash >= 0) {
        const frag = raw.slice(hash + 1);
        try {
            const f = unescape(frag, "fragment");
            url.fragment = f;
            url.rawFragment = escape(f, "fragment") === frag ? "" : frag;
        }
        catch (e) {
            if (e instanceof UrlError)
                return { ok: false, error: `parse ${goQuote(raw)}: ${e.message}` };
            throw e;
        }
    }
    return { ok: true, url };
}
function escapedPath(u) {
    if (u.rawPath !== "" && validEncoded(u.rawPath, "path")) {
        try {
            if (unescape(u.rawPath, "path") === u.path)
                return u.rawPath;
        }
        catch {
            // fall through
        }
    }
    if (u.path === "*")
        return "*";
    return escape(u.path, "path");
}
function escapedFragment(u) {
    if (u.rawFragment !== "" && validEncoded(u.rawFragment, "fragment")) {
        try {
            if (unescape(u.rawFragment, "fragment") === u.fragment)
                return u.rawFragment;
        }
        catch {
            // fall through
        }
    }
    return escape(u.fragment, "fragment");
}
/** URL.String(). */
function goUrlString(u) {
    let buf = "";
    if (u.scheme !== "")
        buf += u.scheme + ":";
    if (u.opaque !== "")
        buf += u.opaque;
    else {
        if (u.scheme !== "" || u.host !== "" || u.user) {
            if (u.omitHost && u.host === "" && !u.user) {
                // omit empty host
            }
            else {
                if (u.host !== "" || u.path !== "" || u.user)
                    buf += "//";
                if (u.user) {
                    buf += escape(u.user.username, "userPassword");
                    if (u.user.password !== undefined)
                        buf += ":" + escape(u.user.password, "userPassword");
                    buf += "@";
                }
                if (u.host !== "")
                    buf += escape(u.host, "host");
            }
        }
        const path = escapedPath(u);
        if (path !== "" && path[0] !== "/" && u.host !== "")
            buf += "/";
        if (buf === "") {
            const slash = path.indexOf("/");
            const segment = slash < 0 ? path : path.slice(0, slash);
            if (segment.includes(":"))
                buf += "./";
        }
        buf += path;
    }
    if (u.forceQuery || u.rawQuery !== "")
        buf += "?" + u.rawQuery;
    if (u.fragment !== "")
        buf += "#" + escapedFragment(u);
    return buf;
}
/** URL.Redacted() (Go 1.15+): the password, when there is one, becomes "xxxxx". */
function goUrlRedacted(u) {
    if (u.user?.password === undefined)
        return goUrlString(u);
    return goUrlString({ ...u, user: { username: u.user.username, password: "xxxxx" } });
}


/***/ }),

/***/ 502:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wg: () => (/* binding */ decodeModulePath),
/* harmony export */   iU: () => (/* binding */ checkModulePath),
/* harmony export */   vW: () => (/* binding */ moduleHost)
/* harmony export */ });
/* unused harmony exports escapeString, escapePath, escapeVersion, unescapeString */
// Module paths and versions: validity (module.CheckPath, simplified to what CI settings need)
// and the proxy protocol's case encoding (module.EscapePath / EscapeVersion).
/** Characters allowed in a module path element. */
function modPathOK(c) {
    return /^[A-Za-z0-9\-._~]$/.test(c);
}
/** Go's CheckPath error text (after `malformed module path "P": `), or undefined when valid. */
function checkModulePath(path) {
    if (path === "")
        return "empty string";
    if (path.startsWith("/") || path.endsWith("/") || path.includes("//")) {
        return path.startsWith("/")
            ? "leading slash"
            : path.endsWith("/")
                ? "trailing slash"
                : "double slash";
    }
    const elems = path.split("/");
    for (const e of elems) {
        if (e === "")
            return "empty path element";
        if (e.startsWith(".") || e.endsWith("."))
            return e.startsWith(".") ? "leading dot in path element" : "trailing dot in path element";
        for (const ch of e)
            if (!modPathOK(ch))
                return `invalid char '${ch}'`;
    }
    const first = elems[0];
    if (!first.includes("."))
        return "missing dot in first path element";
    if (first.startsWith("-"))
        return "leading dash in first path element";
    for (const ch of first) {
        if (!/^[a-z0-9\-.]$/.test(ch))
            return `invalid char '${ch}' in first path element`;
    }
    return undefined;
}
/** The first path element: the host for most modules. */
function moduleHost(path) {
    const i = path.indexOf("/");
    return i < 0 ? path : path.slice(0, i);
}
/** module's escapeString: upper case → "!" + lower case; undefined for "!" or a non-ASCII character. */
function escapeString(s) {
    if (/[!\u0080-\uffff]/.test(s))
        return undefined;
    return s.replace(/[A-Z]/g, (c) => "!" + c.toLowerCase());
}
/** module.EscapePath: "github.com/Azure/x" → "github.com/!azure/x"; throws on an invalid path. */
function escapePath(path) {
    const err = checkModulePath(path);
    if (err)
        throw new Error(`malformed module path "${path}": ${err}`);
    return escapeString(path);
}
/** module.EscapeVersion: upper case → "!" + lower case; "!" itself is not allowed. */
function escapeVersion(version) {
    const escaped = /^[\x21-\x7e]+$/.test(version) ? escapeString(version) : undefined;
    if (escaped === undefined)
        throw new Error(`invalid version ${JSON.stringify(version)}`);
    return escaped;
}
/**
 * module's unescapeString, the inverse of escapeString: undefined when the text is not a valid
 * escape (an upper-case letter, "!" not followed by a lower-case letter, a non-ASCII character).
 */
function unescapeString(s) {
    if (/[A-Z\u0080-\uffff]/.test(s) || /![^a-z]|!$/.test(s))
        return undefined;
    return s.replace(/!([a-z])/g, (_m, c) => c.toUpperCase());
}
/**
 * A module path or version as it appears in a URL (percent-encoded, case-escaped), read back:
 * percent-decoding, then unescapeString. Lenient: what does not decode stays as it is.
 */
function decodeModulePath(text) {
    let s = text;
    if (s.includes("%")) {
        try {
            s = decodeURIComponent(s);
        }
        catch {
            // leave it as it is
        }
    }
    return unescapeString(s) ?? s;
}


/***/ }),

/***/ 615:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ matchPrefixPatterns),
/* harmony export */   j7: () => (/* binding */ effectiveGonoproxy),
/* harmony export */   ns: () => (/* binding */ explainPrefixPatterns),
/* harmony export */   q5: () => (/* binding */ isBadPattern),
/* harmony export */   sP: () => (/* binding */ effectiveGonosumdb),
/* harmony export */   sb: () => (/* binding */ splitPatterns),
/* harmony export */   z2: () => (/* binding */ pathMatch)
/* harmony export */ });
/* unused harmony export routeModule */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(54);
// GOPRIVATE / GONOPROXY / GONOSUMDB / GOINSECURE: Go's comma-separated path.Match globs that
// match a leading run of path elements (str.GlobsMatchPath 1.13–1.15,
// module.MatchPrefixPatterns 1.16+; a trailing slash is trimmed from 1.18).

const enc = new TextEncoder();
/** One rune at byte offset i: [code point or -1 for invalid UTF-8, byte length]. */
function decodeRune(b, i) {
    const c = b[i];
    if (c === undefined)
        return [-1, 0];
    if (c < 0x80)
        return [c, 1];
    const need = c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (need < 0)
        return [-1, 1];
    let r = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
        const x = b[i + k];
        if (x === undefined || (x & 0xc0) !== 0x80)
            return [-1, 1];
        r = (r << 6) | (x & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff))
        return [-1, 1];
    return [r, need + 1];
}
class BadPattern extends Error {
}
function scanChunk(p) {
    let star = false;
    while (p.length > 0 && p[0] === 0x2a) {
        p = p.subarray(1);
        star = true;
    }
    let inrange = false;
    let i;
    scan: for (i = 0; i < p.length; i++) {
        switch (p[i]) {
            case 0x5c:
                if (i + 1 < p.length)
                    i++;
                break;
            case 0x5b:
                inrange = true;
                break;
            case 0x5d:
                inrange = false;
                break;
            case 0x2a:
                if (!inrange)
                    break scan;
                break;
        }
    }
    return [star, p.subarray(0, i), p.subarray(i)];
}
function getEsc(chunk) {
    if (chunk.length === 0 || chunk[0] === 0x2d || chunk[0] === 0x5d)
        throw new BadPattern();
    if (chunk[0] === 0x5c) {
        chunk = chunk.subarray(1);
        if (chunk.length === 0)
            throw new BadPattern();
    }
    const [r, n] = decodeRune(chunk, 0);
    if (r === -1 && n === 1)
        throw new BadPattern();
    const rest = chunk.subarray(n);
    if (rest.length === 0)
        throw new BadPattern();
    return [r, rest];
}
/** Returns the rest of s after the chunk matched, or undefined; throws BadPattern. */
function matchChunk(chunk, s) {
    let failed = false;
    while (chunk.length > 0) {
        if (!failed && s.length === 0)
            failed = true;
        const c = chunk[0];
        if (c === 0x5b) {
            let r = 0;
            if (!failed) {
                const [rr, n] = decodeRune(s, 0);
                r = rr === -1 ? 0xfffd : rr;
                s = s.subarray(n);
            }
            chunk = chunk.subarray(1);
            let negated = false;
            if (chunk.length > 0 && chunk[0] === 0x5e) {
                negated = true;
                chunk = chunk.subarray(1);
            }
            let match = false;
            let nrange = 0;
            for (let guard = 0; guard < 1_000_000; guard++) {
                if (chunk.length > 0 && chunk[0] === 0x5d && nrange > 0) {
                    chunk = chunk.subarray(1);
                    break;
                }
                let lo;
                [lo, chunk] = getEsc(chunk);
                let hi = lo;
                if (chunk[0] === 0x2d)
                    [hi, chunk] = getEsc(chunk.subarray(1));
                if (lo <= r && r <= hi)
                    match = true;
                nrange++;
            }
            if (match === negated)
                failed = true;
        }
        else if (c === 0x3f) {
            if (!failed) {
                if (s[0] === 0x2f)
                    failed = true;
                const [, n] = decodeRune(s, 0);
                s = s.subarray(n);
            }
            chunk = chunk.subarray(1);
        }
        else {
            if (c === 0x5c) {
                chunk = chunk.subarray(1);
                if (chunk.length === 0)
                    throw new BadPattern();
            }
            if (!failed) {
                if (chunk[0] !== s[0])
                    failed = true;
                s = s.subarray(1);
            }
            chunk = chunk.subarray(1);
        }
    }
    return failed ? undefined : s;
}
/** Go's path.Match: true/false, or "bad" for ErrBadPattern. */
function pathMatch(pattern, name) {
    try {
        return pathMatchBytes(enc.encode(pattern), enc.encode(name));
    }
    catch (e) {
        if (e instanceof BadPattern)
            return "bad";
        throw e;
    }
}
function pathMatchBytes(pattern, name) {
    outer: while (pattern.length > 0) {
        let star;
        let chunk;
        [star, chunk, pattern] = scanChunk(pattern);
        if (star && chunk.length === 0)
            return !name.includes(0x2f);
        let t;
        let err;
        try {
            t = matchChunk(chunk, name);
        }
        catch (e) {
            if (!(e instanceof BadPattern))
                throw e;
            err = e;
        }
        if (t !== undefined && (t.length === 0 || pattern.length > 0)) {
            name = t;
            continue;
        }
        if (err)
            throw err;
        if (star) {
            for (let i = 0; i < name.length && name[i] !== 0x2f; i++) {
                const t2 = matchChunk(chunk, name.subarray(i + 1));
                if (t2 !== undefined) {
                    if (pattern.length === 0 && t2.length > 0)
                        continue;
                    name = t2;
                    continue outer;
                }
            }
        }
        while (pattern.length > 0) {
            [, chunk, pattern] = scanChunk(pattern);
            matchChunk(chunk, new Uint8Array(0));
        }
        return false;
    }
    return name.length === 0;
}
/** Splits a pattern list the way Go does: on "," only, empty elements dropped, nothing trimmed. */
function splitPatterns(globs) {
    return globs.split(",").filter((g) => g !== "");
}
/** How each pattern of the list fares against `target`. */
function explainPrefixPatterns(globs, target, v) {
    const out = [];
    for (const pattern of splitPatterns(globs)) {
        const effective = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v, 18) && pattern.endsWith("/") ? pattern.slice(0, -1) : pattern;
        if (effective === "") {
            out.push({ pattern, effective, result: false });
            continue;
        }
        let n = effective.split("/").length - 1;
        let prefix = target;
        for (let i = 0; i < target.length; i++) {
            if (target[i] === "/") {
                if (n === 0) {
                    prefix = target.slice(0, i);
                    break;
                }
                n--;
            }
        }
        if (n > 0) {
            out.push({ pattern, effective, result: false });
            continue;
        }
        out.push({ pattern, effective, prefix, result: pathMatch(effective, prefix) });
    }
    return out;
}
/** module.MatchPrefixPatterns / str.GlobsMatchPath for the given Go version. */
function matchPrefixPatterns(globs, target, v) {
    return explainPrefixPatterns(globs, target, v).some((m) => m.result === true);
}
/** envOr: an empty or absent variable counts as unset. */
function envOr(value, def) {
    return value === undefined || value === "" ? def : value;
}
/** The GONOPROXY Go uses: GONOPROXY, or GOPRIVATE when GONOPROXY is empty or unset. */
function effectiveGonoproxy(s) {
    return envOr(s.GONOPROXY, s.GOPRIVATE ?? "");
}
/** The GONOSUMDB Go uses: GONOSUMDB, or GOPRIVATE when GONOSUMDB is empty or unset. */
function effectiveGonosumdb(s) {
    return envOr(s.GONOSUMDB, s.GOPRIVATE ?? "");
}
/** What the pattern variables decide for one module path. */
function routeModule(path, s, v) {
    return {
        bypassProxy: matchPrefixPatterns(effectiveGonoproxy(s), path, v),
        skipSumdb: matchPrefixPatterns(effectiveGonosumdb(s), path, v),
        insecure: atLeast(v, 14) && matchPrefixPatterns(s.GOINSECURE ?? "", path, v),
        private: matchPrefixPatterns(s.GOPRIVATE ?? "", path, v),
    };
}
/** True when path.Match reports ErrBadPattern for this pattern whatever the target. */
function isBadPattern(pattern) {
    return pathMatch(pattern, "") === "bad" || pathMatch(pattern, "a") === "bad";
}


/***/ }),

/***/ 815:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ effectiveGoproxy),
/* harmony export */   Ee: () => (/* binding */ GO_SPACE),
/* harmony export */   NH: () => (/* binding */ DEFAULT_GOPROXY),
/* harmony export */   WY: () => (/* binding */ parseProxyList),
/* harmony export */   hb: () => (/* binding */ goTrimSpace),
/* harmony export */   sE: () => (/* binding */ goFields)
/* harmony export */ });
/* unused harmony exports defaultGoproxy, addsHttps, checkProxyUrl */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(54);
/* harmony import */ var _gourl_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(533);
/* harmony import */ var _redact_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(940);
// GOPROXY as the go command parses it, version by version (modfetch/proxy.go: proxyList,
// proxyURLs in 1.13–1.14; the single-value rule of 1.11–1.12). Pure functions.



const DEFAULT_GOPROXY = "https://proxy.golang.org,direct";
/** The built-in default GOPROXY of a Go version. */
function defaultGoproxy(v) {
    return (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v, 13) ? DEFAULT_GOPROXY : "direct";
}
/**
 * The GOPROXY value Go ends up with: an empty or absent OS value means unset, so the
 * `go env -w` file is consulted, then (1.21+) $GOROOT/go.env, else the built-in default.
 */
function effectiveGoproxy(osValue, v, userEnvFile) {
    if (osValue !== undefined && osValue !== "")
        return osValue;
    if (userEnvFile && "GOPROXY" in userEnvFile) {
        const fromFile = userEnvFile.GOPROXY;
        if (fromFile !== "" || (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v, 21)) {
            if (fromFile !== "")
                return fromFile;
            // 1.21+: an empty line in the user file hides the go.env default.
            return "";
        }
    }
    return defaultGoproxy(v);
}
/** The rule that decides whether Go puts "https://" in front of an element (1.13+). */
function addsHttps(element) {
    return (/[.:/]/.test(element) && !element.includes(":/") && !element.startsWith("/") // filepath.IsAbs and path.IsAbs on Unix
    );
}
/** newProxyRepo's check of one URL: undefined when accepted, else Go's message. */
function checkProxyUrl(url, omitHostField = true, strictHost = false) {
    const r = (0,_gourl_js__WEBPACK_IMPORTED_MODULE_1__/* .goUrlParse */ .BP)(url, { strictHost });
    if (!r.ok)
        return { error: r.error };
    const u = r.url;
    switch (u.scheme) {
        case "http":
        case "https":
            return { parsed: u };
        case "file": {
            const clean = u.opaque === "" &&
                u.user === undefined &&
                u.host === "" &&
                !u.forceQuery &&
                u.rawQuery === "" &&
                u.fragment === "" &&
                u.rawFragment === "";
            // Go compares the whole struct with {Scheme, Path, RawPath}. OmitHost (1.19+) is set for
            // "file:/x", which therefore has a non-path element where the field exists.
            if (!clean || (u.omitHost && omitHostField)) {
                return {
                    error: `invalid file:// proxy URL with non-path elements: ${(0,_gourl_js__WEBPACK_IMPORTED_MODULE_1__/* .goUrlRedacted */ ._s)(u)}`,
                    parsed: u,
                };
            }
            return { parsed: u };
        }
        case "":
            return { error: `invalid proxy URL missing scheme: ${(0,_gourl_js__WEBPACK_IMPORTED_MODULE_1__/* .goUrlRedacted */ ._s)(u)}`, parsed: u };
        default:
            return {
                error: `invalid proxy URL scheme (must be https, http, file): ${(0,_gourl_js__WEBPACK_IMPORTED_MODULE_1__/* .goUrlRedacted */ ._s)(u)}`,
                parsed: u,
            };
    }
}
function keyword(kind, sep) {
    const e = {
        kind,
        url: kind,
        raw: kind,
        display: kind,
        fallback: sep === "|" ? "any" : "notfound",
        httpsAdded: false,
    };
    if (sep)
        e.separator = sep;
    return e;
}
/**
 * Parses a GOPROXY value the way the given Go version does. `value` is the effective value
 * (see effectiveGoproxy). The hidden `noproxy` entry is included when opts.gonoproxy is set.
 */
function parseProxyList(value, v, opts = {}) {
    const result = { entries: [], ignored: [], emptyElements: 0 };
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v, 13))
        return parseLegacy(value, result);
    if (opts.gonoproxy && value !== "direct")
        result.entries.push(keyword("noproxy", undefined));
    const pipes = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v, 15);
    let rest = value;
    let guard = 0;
    let stopped = false;
    while (rest !== "" && guard++ < 1_000_000) {
        const i = pipes ? rest.search(/[,|]/) : rest.indexOf(",");
        let element;
        let sep;
        if (i >= 0) {
            element = rest.slice(0, i);
            sep = rest[i];
            rest = rest.slice(i + 1);
        }
        else {
            element = rest;
            rest = "";
        }
        element = goTrimSpace(element);
        if (stopped) {
            if (element !== "")
                result.ignored.push(element);
            continue;
        }
        if (element === "") {
            result.emptyElements++;
            continue;
        }
        if (element === "off" || element === "direct") {
            result.entries.push(keyword(element, sep));
            stopped = true;
            continue;
        }
        const httpsAdded = addsHttps(element);
        const url = httpsAdded ? `https://${element}` : element;
        const check = checkProxyUrl(url, (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v, 19), (0,_gourl_js__WEBPACK_IMPORTED_MODULE_1__/* .strictHostFor */ .Pf)(v));
        if (check.error) {
            result.error = check.error;
            result.errorElement = element;
            return result;
        }
        const entry = {
            kind: "proxy",
            url,
            raw: element,
            display: check.parsed ? safeDisplay(check.parsed, url) : (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(url),
            fallback: pipes && sep === "|" ? "any" : "notfound",
            httpsAdded,
        };
        if (sep)
            entry.separator = sep;
        result.entries.push(entry);
    }
    const real = result.entries.filter((e) => e.kind !== "noproxy");
    if (real.length === 0) {
        if (pipes)
            result.error = "GOPROXY list is not the empty string, but contains no entries";
        else
            result.behavesAsOff = true;
    }
    return result;
}
/** Go's strings.TrimSpace: ASCII space, \t\n\v\f\r, U+0085, U+00A0 and Unicode White_Space. */
function goTrimSpace(s) {
    // By index: an end-anchored `space+$` is retried from every space of a long run (quadratic).
    let a = 0;
    let b = s.length;
    while (a < b && GO_SPACE_CHAR.test(s[a]))
        a++;
    while (b > a && GO_SPACE_CHAR.test(s[b - 1]))
        b--;
    return a === 0 && b === s.length ? s : s.slice(a, b);
}
/** unicode.IsSpace, as a character class. */
const GO_SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const GO_SPACE_CHAR = new RegExp(`^${GO_SPACE}$`);
/** strings.Fields. */
function goFields(s) {
    return s.split(new RegExp(`${GO_SPACE}+`, "u")).filter((f) => f !== "");
}
/** The URL for display: Go's redaction (password → xxxxx) plus a lone-username token hidden. */
function safeDisplay(u, url) {
    if (u.user && u.user.password === undefined)
        return (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(url);
    return (0,_gourl_js__WEBPACK_IMPORTED_MODULE_1__/* .goUrlRedacted */ ._s)(u);
}
function parseLegacy(value, result) {
    if (value === "" || value === "direct") {
        result.entries.push(keyword("direct", undefined));
        return result;
    }
    if (value === "off") {
        result.entries.push(keyword("off", undefined));
        return result;
    }
    if (value.includes(",")) {
        result.error = "invalid $GOPROXY setting: cannot have comma";
        return result;
    }
    const r = (0,_gourl_js__WEBPACK_IMPORTED_MODULE_1__/* .goUrlParse */ .BP)(value);
    if (!r.ok || !["http", "https", "file"].includes(r.url.scheme)) {
        result.error =
            "invalid $GOPROXY setting: malformed URL or invalid scheme (must be http, https, file)";
        result.errorElement = value;
        return result;
    }
    result.entries.push({
        kind: "proxy",
        url: value,
        raw: value,
        display: safeDisplay(r.url, value),
        fallback: "notfound",
        httpsAdded: false,
    });
    return result;
}


/***/ }),

/***/ 54:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ parseGoVersion),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   wu: () => (/* binding */ NEWEST_GO)
/* harmony export */ });
/* unused harmony export compareGoVersions */
// Go release versions ("go1.21.13", "1.26") as comparable numbers.
/** The newest Go release whose rules this project knows. */
const NEWEST_GO = { major: 1, minor: 26, patch: 0 };
/** Parses "go1.21.13", "1.21", "go1.26rc1" or "go version go1.19.8 linux/amd64"; undefined if none. */
function parseGoVersion(text) {
    const m = /(?:^|\s|go)(1)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
    if (!m)
        return undefined;
    return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] ? Number(m[3]) : 0 };
}
function compareGoVersions(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
/** True when `v` is Go 1.`minor` or later. */
function atLeast(v, minor) {
    return v.major > 1 || (v.major === 1 && v.minor >= minor);
}


/***/ }),

/***/ 669:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  staticChecks: () => (/* binding */ staticChecks)
});

// EXTERNAL MODULE: ./src/redact/redact.ts
var redact = __nccwpck_require__(940);
// EXTERNAL MODULE: ./src/settings/go-settings.ts + 3 modules
var go_settings = __nccwpck_require__(494);
// EXTERNAL MODULE: ./src/check/rules.ts
var rules = __nccwpck_require__(327);
;// CONCATENATED MODULE: ./src/check/context.ts

function report(c, id, variable, message, extra = {}) {
    const r = (0,rules/* rule */.Hu)(id);
    c.out.push({ rule: id, severity: r.severity, variable, message, ...extra });
}
/** A variable newer than the target Go, which ignores it. */
function reportUnsupported(c, name, value, why, fix) {
    report(c, "variable-unsupported", name, `${name} is set, but Go ${c.ver} does not read it (${why}): the setting does nothing. Fix: ${fix}`, { value });
}
/** A value on one line, control characters escaped, at most 200 characters. */
function printable(s) {
    const oneLine = s.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
    return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}

// EXTERNAL MODULE: ./src/go/version.ts
var version = __nccwpck_require__(54);
// EXTERNAL MODULE: ./src/go/gourl.ts
var gourl = __nccwpck_require__(533);
// EXTERNAL MODULE: ./src/go/proxy-list.ts
var proxy_list = __nccwpck_require__(815);
;// CONCATENATED MODULE: ./src/check/goproxy.ts
// GOPROXY: the list as Go parses it per version, what happens when a proxy fails, and what
// a proxy URL exposes (credentials, plain HTTP).





function checkGoproxy(env, ctx, c, settings) {
    const v = c.v;
    const raw = env.GOPROXY;
    if (raw === "" && (0,version/* atLeast */.jZ)(v, 21) && checkEmptyGoproxy(ctx, c) === "masked")
        return;
    const value = settings.goproxy;
    const res = settings.proxy;
    const shown = (0,redact/* redactList */.GW)(value);
    checkGoproxySyntax(c, res, value, shown);
    const explicit = raw !== undefined && raw !== "";
    if (explicit && !res.error)
        checkGoproxyFallbacks(c, res, shown);
    if ((0,version/* atLeast */.jZ)(v, 13))
        for (const e of res.entries)
            checkProxyUrl(c, e, shown, explicit);
}
/** An empty GOPROXY counts as unset on Go 1.21+, unless the go env file empties it too. */
function checkEmptyGoproxy(ctx, c) {
    if (ctx.userEnvFile?.GOPROXY === "") {
        report(c, "goproxy-empty-masked", "GOPROXY", `GOPROXY is empty in the environment and the go env file has an empty GOPROXY= line: Go ${c.ver} then uses the empty string and every module fetch fails with "GOPROXY list is not the empty string, but contains no entries". Fix: run \`go env -u GOPROXY\` and unset the variable, or set the proxies you want.`, { value: "", goError: "GOPROXY list is not the empty string, but contains no entries" });
        return "masked";
    }
    report(c, "goproxy-empty-env", "GOPROXY", `GOPROXY is set to the empty string, which Go ${c.ver} treats as unset: it uses the go env file and then $GOROOT/go.env (normally ${proxy_list/* DEFAULT_GOPROXY */.NH}). If a \`go env -w GOPROXY=\` line exists, GOPROXY stays empty and every fetch fails. Fix: unset GOPROXY, or set it to the value you mean.`, { value: "" });
    return "unset";
}
/** The rule and the fix for the error Go gives when it rejects the list. */
function goproxyErrorRule(error, element) {
    let id;
    let fix;
    if (error.startsWith("invalid $GOPROXY setting")) {
        id = "goproxy-legacy-invalid";
        fix = "Fix: before Go 1.13 give a single http(s) or file URL, `direct` or `off`.";
    }
    else if (error.startsWith("invalid proxy URL missing scheme")) {
        id = "goproxy-missing-scheme";
        const el2 = element ?? "";
        fix = /^(direct|off)$/i.test(el2)
            ? `Fix: keywords are case-sensitive; write "${el2.toLowerCase()}".`
            : el2.startsWith("/")
                ? `Fix: write a directory as file://${el2}.`
                : "Fix: write a full URL such as https://proxy.example.com, or a host name with a dot.";
    }
    else if (error.startsWith("invalid proxy URL scheme")) {
        id = "goproxy-bad-scheme";
        fix =
            "Fix: use an https://, http:// or file:// URL (Go checks every entry before `direct`/`off`).";
    }
    else if (error.startsWith("invalid file://")) {
        id = "goproxy-file-non-path";
        fix = "Fix: write file:///absolute/path with nothing else.";
    }
    else if (error.startsWith("GOPROXY list is not the empty string")) {
        id = "goproxy-no-entries";
        fix = "Fix: unset GOPROXY for the default, or list a proxy or `direct`.";
    }
    else {
        id = "goproxy-unparsable-url";
        fix =
            "Fix: correct the URL (port, host characters, % escapes, brackets); Go prints this URL unredacted.";
    }
    return { id, fix };
}
/** Errors Go stops on, lists that behave as off, and separators or entries Go does not read. */
function checkGoproxySyntax(c, res, value, shown) {
    const v = c.v;
    if (res.error) {
        const goError = res.error;
        const el = res.errorElement !== undefined ? ` in the entry "${(0,redact/* redactList */.GW)(res.errorElement)}"` : "";
        const what = `Go ${c.ver} rejects GOPROXY${el}: every module fetch fails with "go: <module>@<version>: ${goError}".`;
        const { id, fix } = goproxyErrorRule(goError, res.errorElement);
        report(c, id, "GOPROXY", `${what} ${fix}`, { value: shown, goError });
    }
    else if (res.behavesAsOff) {
        report(c, "goproxy-no-entries", "GOPROXY", `GOPROXY "${printable(shown)}" has no entries: Go ${c.ver} then behaves as GOPROXY=off and every module lookup fails with "module lookup disabled by GOPROXY=off". Fix: unset GOPROXY for the default, or list a proxy or \`direct\`.`, { value: shown });
    }
    if ((0,version/* atLeast */.jZ)(v, 13) && !(0,version/* atLeast */.jZ)(v, 15) && value.includes("|")) {
        report(c, "goproxy-pipe-unsupported", "GOPROXY", `Go ${c.ver} splits GOPROXY on "," only: "|" stays inside the URL, so "${printable(shown)}" does not fall back on errors and is usually rejected. Fix: use "," or require Go 1.15+.`, { value: shown });
    }
    if (res.ignored.length > 0) {
        const term = res.entries.find((e) => e.kind === "direct" || e.kind === "off")?.kind ?? "direct";
        report(c, "goproxy-entries-after-terminal", "GOPROXY", `GOPROXY lists ${res.ignored.length} entr${res.ignored.length === 1 ? "y" : "ies"} after "${term}" (${res.ignored.map((e) => `"${(0,redact/* redactList */.GW)(e)}"`).join(", ")}): Go stops at "${term}" and ignores them without checking them. Fix: put proxies before "${term}", or remove the dead entries.`, { value: shown });
    }
}
/** What Go does when a proxy fails, and lists that leave no proxy at all. */
function checkGoproxyFallbacks(c, res, shown) {
    const v = c.v;
    const real = res.entries.filter((e) => e.kind !== "noproxy");
    const commaBefore = real.filter((e, i) => e.kind === "proxy" &&
        e.fallback === "notfound" &&
        i < real.length - 1 &&
        real[i + 1].kind !== "off");
    if (commaBefore.length > 0) {
        report(c, "goproxy-comma-hard-errors", "GOPROXY", `In "${printable(shown)}", Go moves past ${commaBefore.map((e) => e.display).join(", ")} only on 404 or 410; a timeout, connection or TLS error, 401, 403 or 5xx fails the build instead of falling through. Fix: ${(0,version/* atLeast */.jZ)(v, 15) ? 'use "|" after a proxy whose failures should fall through' : 'require Go 1.15+ and use "|"'}, if that is what you want.`, { value: shown });
    }
    if (real.length === 1 && real[0].kind === "off") {
        report(c, "goproxy-off", "GOPROXY", `GOPROXY=off: Go ${c.ver} fails every module not already in the module cache ("module lookup disabled by GOPROXY=off"), yet still fetches GONOPROXY/GOPRIVATE modules directly and still contacts the checksum database. Fix: keep it only for fully cached or vendored builds.`, { value: shown });
    }
    if (real.length === 1 && real[0].kind === "direct") {
        report(c, "goproxy-direct-only", "GOPROXY", `GOPROXY=direct: Go ${c.ver} fetches every module from its version-control host, which needs git in the image and is slower and less reliable. Fix: put a module proxy first, e.g. "https://proxy.example.com,direct".`, { value: shown });
    }
}
/** Credentials and plain HTTP in one proxy URL. */
function checkProxyUrl(c, e, shown, explicit) {
    const v = c.v;
    if (e.kind !== "proxy")
        return;
    const p = (0,gourl/* goUrlParse */.BP)(e.url, { strictHost: (0,gourl/* strictHostFor */.Pf)(v) });
    if (!p.ok)
        return;
    const u = p.url;
    if (u.user && u.scheme === "http") {
        report(c, "goproxy-credentials-over-http", "GOPROXY", `The proxy ${e.display} carries credentials over plain HTTP: Go ${c.ver} refuses every request to it ("refusing to pass credentials to insecure URL: ${e.display}"). Fix: use https://, and move the credentials out of GOPROXY into the action's \`credentials\` input (it writes .netrc).`, { value: shown, goError: `refusing to pass credentials to insecure URL: ${e.display}` });
    }
    else if (u.user && u.user.password === undefined) {
        report(c, "goproxy-username-token", "GOPROXY", `The proxy ${e.display} has a credential in the username position; Go masks only passwords, so the token is printed in clear in -x traces and error messages. Fix: move it out of GOPROXY into the action's \`credentials\` input (it writes .netrc), or at least write it as the password (https://user:TOKEN@host).`, { value: shown });
    }
    else if (u.user) {
        report(c, "goproxy-password-in-url", "GOPROXY", `The proxy ${e.display} carries a password in the URL: Go masks it in most messages but not in URL parse errors, tools that print GOPROXY (go env, debug logs, cache keys) show it, and every process of the job can read it. Fix: move it into the action's \`credentials\` input (it writes .netrc${(0,version/* atLeast */.jZ)(v, 24) ? "; or use GOAUTH" : ""}) and keep GOPROXY free of secrets.`, { value: shown });
    }
    const loopback = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/.test(e.url);
    if (u.scheme === "http" && !u.user && explicit && !loopback) {
        report(c, "goproxy-plain-http", "GOPROXY", `The proxy ${e.display} is plain HTTP: Go ${c.ver} uses it without GOINSECURE, unencrypted and unauthenticated. Fix: use https:// unless it is on the same machine.`, { value: shown });
    }
    if (/\/\/$/.test(u.path) && u.path.length > 1) {
        report(c, "goproxy-sumdb-probe-double-slash", "GOPROXY", `The proxy ${e.display} ends in "//": module requests are cleaned, but the checksum-database probe asks for "…//sumdb/<name>/supported". Fix: end the URL with at most one slash.`, { value: shown });
    }
}

;// CONCATENATED MODULE: ./src/check/gosumdb.ts
// GOSUMDB: its syntax per Go version, and settings that weaken or reroute verification.




function checkGosumdb(env, ctx, c, settings) {
    const v = c.v;
    if (!(0,version/* atLeast */.jZ)(v, 13))
        return;
    if (!env.GOSUMDB && (0,version/* atLeast */.jZ)(v, 21) && ctx.userEnvFile?.GOSUMDB === "") {
        report(c, "gosumdb-missing", "GOSUMDB", `GOSUMDB is ${env.GOSUMDB === undefined ? "unset" : "empty"} and the go env file has an empty GOSUMDB= line: Go ${c.ver} fails every checksum lookup with "missing GOSUMDB". Fix: run \`go env -u GOSUMDB\`.`, { value: "", goError: "missing GOSUMDB" });
        return;
    }
    const value = settings.gosumdb;
    const s = settings.sumdb;
    const shown = (0,redact/* redactList */.GW)(value);
    if (s.kind === "error") {
        const fields = (0,proxy_list/* goFields */.sE)(value);
        const bare = s.error === "invalid GOSUMDB: malformed verifier id" &&
            fields.length >= 1 &&
            !fields[0].includes("+");
        if (s.error === "missing GOSUMDB") {
            report(c, "gosumdb-missing", "GOSUMDB", `GOSUMDB "${printable(shown)}" has no fields: Go ${c.ver} fails every checksum lookup with "missing GOSUMDB". Fix: unset it for sum.golang.org, or set "off".`, { value: shown, goError: s.error });
        }
        else if (bare) {
            report(c, "gosumdb-bare-name", "GOSUMDB", `GOSUMDB names "${(0,redact/* redactList */.GW)(fields[0])}", but Go ${c.ver} has a key only for sum.golang.org, so the first lookup fails with "verifying <module>: ${s.error}". Fix: give the full key "<name>+<hash>+<base64 key>" (optionally followed by the URL), or use sum.golang.org.`, { value: shown, goError: s.error });
        }
        else {
            report(c, "gosumdb-invalid", "GOSUMDB", `Go ${c.ver} rejects GOSUMDB "${printable(shown)}": the first checksum lookup fails with "verifying <module>: ${s.error}" (only when go.sum lacks a hash). Fix: use sum.golang.org, off, or "<name>+<hash>+<key> [url]".`, { value: shown, goError: s.error });
        }
        return;
    }
    if (s.kind === "off") {
        report(c, "gosumdb-off", "GOSUMDB", `GOSUMDB=off: Go ${c.ver} trusts any module missing from go.sum on first download${(0,version/* atLeast */.jZ)(v, 21) ? ', and toolchain downloads fail ("checksum database disabled by GOSUMDB=off")' : ""}. Fix: keep verification on and list private modules in GOPRIVATE or GONOSUMDB.`, { value: shown });
        return;
    }
    if (s.url !== undefined && !s.alias) {
        report(c, "gosumdb-explicit-url", "GOSUMDB", `GOSUMDB gives the URL ${(0,redact/* redactList */.GW)(s.url)} for ${s.name}: Go ${c.ver} sends every checksum lookup there directly and never through GOPROXY. Fix: make sure CI can reach it, or drop the URL to go through proxies that serve /sumdb/${s.name}/.`, { value: shown });
    }
}

// EXTERNAL MODULE: ./src/go/patterns.ts
var patterns = __nccwpck_require__(615);
;// CONCATENATED MODULE: ./src/check/patterns.ts
// GOPRIVATE, GONOPROXY, GONOSUMDB and GOINSECURE: module path patterns as Go matches them.




/** The variables that hold comma-separated module path patterns. */
const PATTERN_VARS = ["GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE"];
/** Module paths with nothing in common: a pattern that matches all of them matches everything. */
const UNRELATED_MODULES = [
    "github.com/a/b",
    "golang.org/x/net",
    "gopkg.in/yaml.v3",
    "corp.internal/m",
    "example.com/m",
];
/** Code hosts whose every module a GOINSECURE pattern should never cover. */
const PUBLIC_HOSTS = [
    "github.com",
    "gitlab.com",
    "bitbucket.org",
    "golang.org",
    "gopkg.in",
    "google.golang.org",
];
function checkPatterns(env, c) {
    const v = c.v;
    for (const name of PATTERN_VARS) {
        const value = env[name];
        if (value === undefined)
            continue;
        const since = name === "GOINSECURE" ? 14 : 13;
        if (value !== "" && !(0,version/* atLeast */.jZ)(v, since)) {
            reportUnsupported(c, name, value, `it exists from Go 1.${since}`, `require Go 1.${since}+ or remove it.`);
            continue;
        }
        if (value === "" &&
            (name === "GONOPROXY" || name === "GONOSUMDB") &&
            (env.GOPRIVATE ?? "") !== "") {
            report(c, "gonoproxy-empty-not-off", name, `${name} is empty, which Go treats as unset, so GOPRIVATE ("${printable(env.GOPRIVATE)}") still applies. Fix: to override GOPRIVATE set ${name}=none.`, { value });
        }
        for (const p of (0,patterns/* splitPatterns */.sb)(value)) {
            checkPatternSyntax(c, name, value, p);
            checkPatternReach(c, name, value, p);
        }
        if (name === "GOINSECURE")
            checkGoinsecure(c, value);
    }
}
/** Mistakes that make Go compare the text literally, so the pattern matches no module. */
function checkPatternSyntax(c, name, value, p) {
    const trimmed = (0,proxy_list/* goTrimSpace */.hb)(p);
    const where = `the ${name} pattern "${printable(p)}"`;
    const thePattern = `The ${name} pattern "${printable(p)}"`;
    if (p.includes(";")) {
        report(c, "pattern-semicolon", name, `In ${where}, ";" is not a separator: Go compares the whole text as one pattern, which matches no module. Fix: separate patterns with "," (${printable(p
            .split(";")
            .map((x) => x.trim())
            .filter(Boolean)
            .join(","))}).`, { value });
    }
    if (trimmed !== p) {
        report(c, "pattern-whitespace", name, `${thePattern} has leading or trailing white space; Go does not trim patterns, so it matches no module. Fix: remove the spaces ("${printable(trimmed)}").`, { value });
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(trimmed) || /^https?:/.test(trimmed)) {
        report(c, "pattern-scheme", name, `${thePattern} starts with a URL scheme; module paths never do, so it matches nothing. Fix: write the module path prefix, e.g. "${printable(trimmed.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/*/, ""))}".`, { value });
    }
    if ((0,patterns/* isBadPattern */.q5)(p)) {
        report(c, "pattern-bad-glob", name, `${thePattern} is a malformed glob (path.Match: syntax error); Go ignores it silently and it matches nothing. Fix: close the character class or escape "[" and "\\".`, { value });
    }
}
/** Patterns that match less (or more) than their author meant. */
function checkPatternReach(c, name, value, p) {
    const v = c.v;
    const trimmed = (0,proxy_list/* goTrimSpace */.hb)(p);
    const thePattern = `The ${name} pattern "${printable(p)}"`;
    if (trimmed.startsWith(".")) {
        report(c, "pattern-leading-dot", name, `${thePattern} starts with "."; Go compares it literally, so it does not match subdomains. Fix: use "*${trimmed}" (and "${trimmed.slice(1)}" for the apex).`, { value });
    }
    if (p.endsWith("/") && !(0,version/* atLeast */.jZ)(v, 18)) {
        report(c, "pattern-trailing-slash-old-go", name, `${thePattern} ends in "/"; Go ${c.ver} (before 1.18) compares it literally, so it matches nothing. Fix: remove the trailing slash.`, { value });
    }
    const first = trimmed.split("/")[0];
    if (/[A-Z]/.test(first) && !/[[\\]/.test(first)) {
        report(c, "pattern-uppercase", name, `${thePattern} has upper case in its host; matching is case-sensitive and hosts are lower case in module paths. Fix: "${printable(first.toLowerCase())}".`, { value });
    }
    if (name !== "GOINSECURE" && !p.includes(";")) {
        const eff = p.endsWith("/") && (0,version/* atLeast */.jZ)(v, 18) ? p.slice(0, -1) : p;
        if (!eff.includes("/") &&
            ["github.com", "gitlab.com", "bitbucket.org", "golang.org"].some((h) => (0,patterns/* pathMatch */.z2)(eff, h) === true)) {
            report(c, "pattern-too-broad", name, `${thePattern} covers every module on a public code host: Go ${c.ver} fetches all of them directly${name === "GONOPROXY" ? "" : " and skips checksum verification for them"}. Fix: narrow it to your organisation, e.g. "github.com/your-org".`, { value });
        }
    }
}
/** GOINSECURE turns off TLS verification for what it matches, and never for proxies. */
function checkGoinsecure(c, value) {
    const v = c.v;
    const name = "GOINSECURE";
    for (const p of (0,patterns/* splitPatterns */.sb)(value)) {
        const everything = UNRELATED_MODULES.every((m) => (0,patterns/* matchPrefixPatterns */.J8)(p, m, v));
        const host = PUBLIC_HOSTS.find((h) => (0,patterns/* matchPrefixPatterns */.J8)(p, `${h}/some/module`, v));
        if (!everything && host === undefined)
            continue;
        report(c, "goinsecure-too-broad", name, `The GOINSECURE pattern "${printable(p)}" covers ${everything ? "every module" : `every module on ${host}`}: Go ${c.ver} fetches ${everything ? "them" : "those"} directly without verifying TLS certificates (and over plain HTTP if offered) and skips checksum verification for them when GONOSUMDB/GOPRIVATE match too. Fix: list only the hosts with the self-signed or plain-HTTP servers, e.g. "git.corp.example.com".`, { value });
    }
    if (value !== "") {
        report(c, "goinsecure-not-for-proxies", name, `GOINSECURE applies only to direct VCS and ?go-get=1 fetches of matching modules; Go ${c.ver} still verifies TLS for every GOPROXY URL and still checks checksums. Fix: for a proxy with a private CA, install the CA (SSL_CERT_FILE).`, { value });
    }
}
/** A pattern already reported as an error by checkPatternSyntax. */
function brokenPattern(p) {
    return (p.includes(";") ||
        (0,proxy_list/* goTrimSpace */.hb)(p) !== p ||
        (0,patterns/* isBadPattern */.q5)(p) ||
        /^[A-Za-z][A-Za-z0-9+.-]*:/.test(p));
}

// EXTERNAL MODULE: ./src/go/module-path.ts
var module_path = __nccwpck_require__(502);
// EXTERNAL MODULE: ./src/check/gomod.ts
var gomod = __nccwpck_require__(650);
;// CONCATENATED MODULE: ./src/check/requirements.ts
// The repository's requirements against the settings: malformed module paths, private modules
// that public services would see, patterns that match nothing required.






/** Checks the repository's requirements against the settings: malformed paths, leaks, stale patterns. */
function checkRequirements(env, ctx, c, settings) {
    const reqs = ctx.requirements;
    if (!reqs || reqs.length === 0)
        return;
    const badPaths = checkModulePaths(reqs, c);
    if (!(0,version/* atLeast */.jZ)(c.v, 13))
        return;
    checkPrivateModules(c, settings, reqs, badPaths);
    checkUnusedPatterns(env, c, reqs);
}
/** Reports each malformed required path once; returns them. */
function checkModulePaths(reqs, c) {
    const badPaths = new Set();
    for (const r of reqs) {
        const err = (0,module_path/* checkModulePath */.iU)(r.path);
        if (err && !badPaths.has(r.path)) {
            badPaths.add(r.path);
            report(c, "module-path-invalid", "go.mod", `${r.file}:${r.line} requires "${printable(r.path)}": Go ${c.ver} cannot download it ("malformed module path \\"${printable(r.path)}\\": ${err}"). Fix: use a path whose first element is a host name with a dot, or a replace directive to a local directory.`, { value: r.path, file: r.file, line: r.line });
        }
    }
    return badPaths;
}
/** Private modules whose paths Go would send to a public proxy or the checksum database. */
function checkPrivateModules(c, settings, reqs, badPaths) {
    const v = c.v;
    const { gonosumdb, gonoproxy } = settings;
    const sumdbOff = settings.sumdb.kind === "off";
    const sumdbName = settings.gosumdb.split(/\s+/)[0].split("+")[0];
    const publicProxies = publicProxiesAskedFirst(settings.proxy);
    // The proxies the user chose (Athens, Artifactory) are meant to see private paths; only a
    // public proxy Go asks unconditionally and the checksum database are outsiders.
    const byHost = new Map();
    for (const r of reqs) {
        if (badPaths.has(r.path))
            continue;
        const host = (0,module_path/* moduleHost */.vW)(r.path);
        if ((0,gomod/* isPublicHost */.sw)(host))
            continue;
        const sumLeak = !sumdbOff && !(0,patterns/* matchPrefixPatterns */.J8)(gonosumdb, r.path, v);
        const proxyLeak = publicProxies.length > 0 && !(0,patterns/* matchPrefixPatterns */.J8)(gonoproxy, r.path, v);
        if (!sumLeak && !proxyLeak)
            continue;
        const seen = byHost.get(host) ?? { reqs: [], sumLeak: false, proxyLeak: false };
        seen.reqs.push(r);
        seen.sumLeak ||= sumLeak;
        seen.proxyLeak ||= proxyLeak;
        byHost.set(host, seen);
    }
    for (const [host, { reqs: list, sumLeak, proxyLeak }] of byHost) {
        const first = list[0];
        const names = list
            .slice(0, 3)
            .map((r) => r.path)
            .join(", ") + (list.length > 3 ? `, and ${list.length - 3} more` : "");
        const seenBy = [
            ...(proxyLeak
                ? [
                    `the public proxy ${publicProxies.join(" and ")} (GONOPROXY/GOPRIVATE do not cover it), which cannot serve a private module`,
                ]
                : []),
            ...(sumLeak
                ? [
                    `the checksum database ${sumdbName} (GONOSUMDB/GOPRIVATE do not cover it), which has no record of a private module and fails the download (404/410)`,
                ]
                : []),
        ];
        const fix = proxyLeak
            ? `add "${host}" (or your organisation's prefix) to GOPRIVATE`
            : `add "${host}" (or your organisation's prefix) to GONOSUMDB when your own proxy serves it, else to GOPRIVATE`;
        report(c, "module-not-private", "GOPRIVATE", `${names} (${first.file}:${first.line}) ${list.length === 1 ? "is" : "are"} on ${host}, which is not a public code host: Go ${c.ver} will send the path to ${seenBy.join(", and to ")}. Fix: ${fix}.`, { value: settings.patterns.GOPRIVATE ?? "", file: first.file, line: first.line });
    }
}
function checkUnusedPatterns(env, c, reqs) {
    const v = c.v;
    for (const name of ["GOPRIVATE", "GONOPROXY", "GONOSUMDB"]) {
        const value = env[name];
        if (!value)
            continue;
        for (const p of (0,patterns/* splitPatterns */.sb)(value)) {
            if (reqs.some((r) => (0,patterns/* matchPrefixPatterns */.J8)(p, r.path, v)))
                continue;
            if (brokenPattern(p))
                continue; // already reported as an error
            report(c, "pattern-unused", name, `The ${name} pattern "${printable(p)}" matches none of the ${reqs.length} required modules. Fix: remove it if it is stale, or correct it.`, { value });
        }
    }
}
/** Public proxies Go asks for every module before reaching one the user runs (or `direct`). */
const PUBLIC_PROXY_HOSTS = new Set([
    "proxy.golang.org",
    "goproxy.io",
    "goproxy.cn",
    "mirrors.aliyun.com",
]);
function publicProxiesAskedFirst(proxy) {
    const out = [];
    for (const e of proxy.entries) {
        if (e.kind !== "proxy")
            break;
        const host = URL.canParse(e.url) ? new URL(e.url).hostname : "";
        if (!PUBLIC_PROXY_HOSTS.has(host))
            break;
        out.push(e.display);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/go/toolchain.ts
// GOTOOLCHAIN (Go 1.21+), as cmd/go/internal/toolchain.Select reads it, and gover's
// version syntax.

/** gover's parse: valid Go versions are "1", "1.21", "1.21rc1", "1.21.3". */
function isValidGoVersion(x) {
    const cutInt = (s) => {
        const m = /^[0-9]+/.exec(s);
        if (!m)
            return undefined;
        if (m[0].length > 1 && m[0][0] === "0")
            return undefined;
        return [m[0], s.slice(m[0].length)];
    };
    let c = cutInt(x);
    if (!c)
        return false;
    let rest = c[1];
    if (rest === "")
        return true;
    if (rest[0] !== ".")
        return false;
    c = cutInt(rest.slice(1));
    if (!c)
        return false;
    rest = c[1];
    if (rest === "")
        return true;
    if (rest[0] === ".") {
        c = cutInt(rest.slice(1));
        return c !== undefined && c[1] === "";
    }
    const m = /^[a-z]+/.exec(rest);
    if (!m)
        return false;
    rest = rest.slice(m[0].length);
    if (rest === "")
        return true;
    c = cutInt(rest);
    return c !== undefined && c[1] === "";
}
/** gover.FromToolchain: "go1.22.0" → "1.22.0", "gccgo-go1.20.3" → "1.20.3", else "". */
function versionFromToolchain(name) {
    if (/[\\/]/.test(name))
        return "";
    let v;
    if (name.startsWith("go"))
        v = name.slice(2);
    else {
        const i = name.indexOf("-go");
        if (i < 0)
            return "";
        v = name.slice(i + 3);
    }
    const j = v.search(/[ \t-]/);
    if (j >= 0)
        v = v.slice(0, j);
    return isValidGoVersion(v) ? v : "";
}
/** A language version such as "1.22" (no patch) is not a toolchain version on 1.21+. */
function isLanguageVersionOnly(v) {
    return /^[0-9]+\.[0-9]+$/.test(v) && Number(v.split(".")[1]) >= 21;
}
/** Parses GOTOOLCHAIN like Select does; errors are Go's text after "go: ". */
function parseGotoolchain(value) {
    if (value === "")
        return { kind: "unset" };
    if (value === "auto")
        return { kind: "ok", min: "local", mode: "auto" };
    if (value === "path")
        return { kind: "ok", min: "local", mode: "path" };
    const plus = value.indexOf("+");
    const min = plus < 0 ? value : value.slice(0, plus);
    const suffix = plus < 0 ? "" : value.slice(plus + 1);
    let version;
    if (min !== "local") {
        const v = versionFromToolchain(min);
        if (v === "") {
            if (plus >= 0) {
                return {
                    kind: "error",
                    error: `invalid GOTOOLCHAIN ${(0,gourl/* goQuote */.dg)(value)}: invalid minimum toolchain ${(0,gourl/* goQuote */.dg)(min)}`,
                };
            }
            return { kind: "error", error: `invalid GOTOOLCHAIN ${(0,gourl/* goQuote */.dg)(value)}` };
        }
        version = v;
    }
    if (plus >= 0 && suffix !== "auto" && suffix !== "path") {
        return {
            kind: "error",
            error: `invalid GOTOOLCHAIN ${(0,gourl/* goQuote */.dg)(value)}: only version suffixes are +auto and +path`,
        };
    }
    const out = { kind: "ok", min, mode: suffix };
    if (version !== undefined)
        out.version = version;
    return out;
}

;// CONCATENATED MODULE: ./src/check/gotoolchain.ts
// GOTOOLCHAIN: its syntax, and toolchain downloads that other settings make fail.



function checkGotoolchain(env, c, settings) {
    const v = c.v;
    const value = env.GOTOOLCHAIN;
    // GOTOOLCHAIN=local is what Go before 1.21 does anyway: harmless where it is not read.
    if (value !== undefined && value !== "" && value !== "local" && !(0,version/* atLeast */.jZ)(v, 21)) {
        reportUnsupported(c, "GOTOOLCHAIN", value, "toolchain switching starts with Go 1.21", "install the Go version you need.");
        return;
    }
    if (!(0,version/* atLeast */.jZ)(v, 21))
        return;
    const t = parseGotoolchain(value ?? "auto");
    if (t.kind === "error") {
        report(c, "gotoolchain-invalid", "GOTOOLCHAIN", `Go ${c.ver} stops at start-up: "go: ${t.error}". Fix: use local, auto, path, go1.X.Y, go1.X.Y+auto or go1.X.Y+path.`, { value: value ?? "", goError: t.error });
        return;
    }
    if (t.kind === "ok" && t.version !== undefined && isLanguageVersionOnly(t.version)) {
        report(c, "gotoolchain-language-version", "GOTOOLCHAIN", `GOTOOLCHAIN names go${t.version}, a language version: when Go ${c.ver} has to switch it fails with "invalid toolchain: go${t.version} is a language version but not a toolchain version (go${t.version}.x)". Fix: name a release, e.g. go${t.version}.0.`, { value: value ?? "" });
    }
    const downloads = t.kind === "ok" && !(t.min === "local" && t.mode === "");
    if (!downloads)
        return;
    const real = settings.proxy.entries.filter((e) => e.kind !== "noproxy");
    const proxyOff = real.length > 0 && real[0].kind === "off";
    const sumOff = settings.sumdb.kind === "off";
    if (proxyOff || sumOff) {
        const why = sumOff
            ? 'GOSUMDB=off ("checksum database disabled by GOSUMDB=off": toolchains are always verified)'
            : 'GOPROXY=off (reported as "toolchain not available")';
        report(c, "gotoolchain-needs-sumdb", "GOTOOLCHAIN", `GOTOOLCHAIN=${value === undefined || value === "" ? "auto (default)" : printable(value)} lets Go ${c.ver} download a newer toolchain when go.mod asks for one, but that download fails with ${why}. Fix: set GOTOOLCHAIN=local, or allow toolchain downloads.`, { value: value ?? "" });
    }
}

;// CONCATENATED MODULE: ./src/go/goflags.ts
// GOFLAGS as cmd/go/internal/base/goflags.go splits and checks it, and the flags that
// matter for module downloads.


/** quoted.Split (1.21+): fields with '…' or "…" quoting, no escapes. */
function quotedSplit(s) {
    const words = [];
    let i = 0;
    const isSpace = (c) => c === " " || c === "\t" || c === "\n" || c === "\r";
    while (i < s.length) {
        while (i < s.length && isSpace(s[i]))
            i++;
        if (i >= s.length)
            break;
        const q = s[i];
        if (q === "'" || q === '"') {
            const j = s.indexOf(q, i + 1);
            if (j < 0)
                return { words, error: "unterminated " + q + " string" };
            words.push(s.slice(i + 1, j));
            i = j + 1;
            continue;
        }
        let j = i;
        while (j < s.length && !isSpace(s[j]))
            j++;
        words.push(s.slice(i, j));
        i = j;
    }
    return { words };
}
const BOOL = { kind: { t: "bool" } };
const STRING = { kind: { t: "string" } };
const PER_PACKAGE = { kind: { t: "perpackage" } };
/** `go build`'s flags (shared by go test, go list, go install, go run). */
const BUILD_FLAGS = {
    a: BOOL,
    n: BOOL,
    x: BOOL,
    v: BOOL,
    race: BOOL,
    msan: BOOL,
    asan: BOOL,
    trimpath: BOOL,
    linkshared: BOOL,
    modcacherw: BOOL,
    work: BOOL,
    i: { kind: { t: "bool" }, until: 19 },
    cover: { kind: { t: "bool" }, since: 20 },
    json: { kind: { t: "bool" }, since: 24 },
    asmflags: PER_PACKAGE,
    gcflags: PER_PACKAGE,
    ldflags: PER_PACKAGE,
    gccgoflags: PER_PACKAGE,
    buildvcs: { kind: { t: "bool-or-auto" } },
    compiler: { kind: { t: "enum", values: ["gc", "gccgo"], reason: "unknown compiler" } },
    covermode: {
        kind: {
            t: "enum",
            values: ["set", "count", "atomic"],
            reason: 'valid modes are "set", "count", or "atomic"',
        },
        since: 20,
    },
    p: { kind: { t: "int", positive: true } },
    buildmode: STRING,
    "debug-actiongraph": STRING,
    "debug-trace": STRING,
    installsuffix: STRING,
    mod: STRING,
    modfile: STRING,
    overlay: STRING,
    o: STRING,
    pkgdir: STRING,
    tags: STRING,
    toolexec: STRING,
    coverpkg: { kind: { t: "string" }, since: 20 },
    pgo: { kind: { t: "string" }, since: 20 },
};
/** `go mod download`'s own flags: GOFLAGS values for them are checked; the rest are ignored. */
const MOD_DOWNLOAD_FLAGS = {
    x: BOOL,
    json: BOOL,
    modcacherw: BOOL,
    modfile: STRING,
    overlay: STRING,
    reuse: STRING,
};
/** Test-binary flags `go test` also accepts as -test.NAME, with the Go minor that added them. */
const TEST_PASSED = {
    bench: 0,
    benchmem: 0,
    benchtime: 0,
    blockprofile: 0,
    blockprofilerate: 0,
    count: 0,
    coverprofile: 0,
    cpu: 0,
    cpuprofile: 0,
    failfast: 0,
    fuzz: 0,
    fuzzminimizetime: 0,
    fuzztime: 0,
    list: 0,
    memprofile: 0,
    memprofilerate: 0,
    mutexprofile: 0,
    mutexprofilefraction: 0,
    outputdir: 0,
    parallel: 0,
    run: 0,
    short: 0,
    shuffle: 0,
    timeout: 0,
    trace: 0,
    v: 0,
    fullpath: 20,
    skip: 20,
    artifacts: 25,
};
/** Every other flag some go command defines (go.mod editing, list, test, env, vet…), with the Go minor that added it. */
const OTHER_FLAGS = {
    c: 0,
    cache: 0,
    compat: 0,
    compiled: 0,
    cover: 0,
    covermode: 0,
    coverpkg: 0,
    d: 0,
    deps: 0,
    dropexclude: 0,
    dropreplace: 0,
    droprequire: 0,
    dropretract: 0,
    dropuse: 0,
    e: 0,
    exclude: 0,
    exec: 0,
    export: 0,
    f: 0,
    find: 0,
    fix: 0,
    fmt: 0,
    fuzzcache: 0,
    go: 0,
    insecure: 0,
    json: 0,
    m: 0,
    modcache: 0,
    module: 0,
    print: 0,
    r: 0,
    replace: 0,
    require: 0,
    retract: 0,
    retracted: 0,
    reuse: 0,
    t: 0,
    test: 0,
    testcache: 0,
    u: 0,
    use: 0,
    vendor: 0,
    versions: 0,
    vet: 0,
    vettool: 0,
    w: 0,
    C: 20,
    pgo: 20,
    toolchain: 21,
    changed: 23,
    diff: 23,
    godebug: 23,
    dropgodebug: 23,
    tool: 24,
    droptool: 24,
    ignore: 25,
    dropignore: 25,
    "debug-runtime-trace": 25,
    fixtool: 26,
};
/** Whether some go command of this version defines the flag (else Go fails every command with "unknown flag"). */
function isKnownGoFlag(name, v) {
    if (Object.hasOwn(BUILD_FLAGS, name))
        return true;
    const test = name.startsWith("test.") ? name.slice(5) : name;
    const passed = TEST_PASSED[test];
    if (passed !== undefined)
        return (0,version/* atLeast */.jZ)(v, passed);
    const other = Object.hasOwn(OTHER_FLAGS, name) ? OTHER_FLAGS[name] : undefined;
    return other !== undefined && (0,version/* atLeast */.jZ)(v, other);
}
/** strconv.ParseBool's accepted spellings. */
const BOOLS = new Set([
    "1",
    "t",
    "T",
    "TRUE",
    "true",
    "True",
    "0",
    "f",
    "F",
    "FALSE",
    "false",
    "False",
]);
function defined(spec, v) {
    if (!spec)
        return false;
    if (spec.since !== undefined && !(0,version/* atLeast */.jZ)(v, spec.since))
        return false;
    return spec.until === undefined || !(0,version/* atLeast */.jZ)(v, spec.until + 1);
}
/** Why Go rejects a value for a flag of this kind, as the flag package words it; undefined if valid. */
function valueError(name, kind, value) {
    const from = `for flag -${name} (from $GOFLAGS)`;
    const invalid = (reason) => `invalid value ${JSON.stringify(value)} ${from}: ${reason}`;
    switch (kind.t) {
        case "bool":
            return value === undefined || BOOLS.has(value)
                ? undefined
                : `invalid boolean value ${JSON.stringify(value)} ${from}: parse error`;
        case "bool-or-auto":
            return value === undefined || value === "auto" || BOOLS.has(value)
                ? undefined
                : `invalid boolean value ${JSON.stringify(value)} ${from}: value is neither 'auto' nor a valid bool`;
        default:
            break;
    }
    if (value === undefined)
        return `flag needs an argument: -${name} (from $GOFLAGS)`;
    switch (kind.t) {
        case "int": {
            const n = parseGoInt(value);
            if (n === undefined)
                return invalid("parse error");
            return kind.positive && n <= 0 ? `-${name} must be a positive integer: ${n}` : undefined;
        }
        case "enum":
            return kind.values.includes(value)
                ? undefined
                : invalid(kind.reason === "unknown compiler"
                    ? `unknown compiler ${JSON.stringify(value)}`
                    : kind.reason);
        case "perpackage": {
            // cmd/go/internal/load.PerPackageFlag.set
            const v = value.trim();
            if (v === "" || v.startsWith("-"))
                return undefined;
            const eq = v.indexOf("=");
            if (eq < 0)
                return invalid("missing =<value> in <pattern>=<value>");
            if (v.slice(0, eq).trim() === "")
                return invalid("missing <pattern> in <pattern>=<value>");
            if (v[0] === "'" || v[0] === '"')
                return invalid(`parameter may not start with quote character ${v[0]}`);
            return undefined;
        }
        default:
            return undefined;
    }
}
/** strconv.ParseInt(s, 0, 64): decimal, 0x/0o/0b prefixes, underscores between digits with a prefix. */
function parseGoInt(s) {
    const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]*|0[bB][01_]+|[1-9][0-9]*|0)$/.exec(s);
    if (!m)
        return undefined;
    const body = m[2];
    if (body.includes("_") && !/^0[xXoObB]?/.test(body))
        return undefined;
    let n;
    const digits = body.replace(/_/g, "");
    if (/^0[xX]/.test(digits))
        n = parseInt(digits.slice(2), 16);
    else if (/^0[bB]/.test(digits))
        n = parseInt(digits.slice(2), 2);
    else if (/^0[oO]/.test(digits))
        n = parseInt(digits.slice(2), 8);
    else if (digits.length > 1 && digits.startsWith("0"))
        n = parseInt(digits.slice(1), 8);
    else
        n = Number(digits);
    if (Number.isNaN(n))
        return undefined;
    return m[1] === "-" ? -n : n;
}
/**
 * The error a go command of this version stops with before doing anything, because of
 * GOFLAGS (base.SetFromGOFLAGS and the checks that follow), or undefined when it runs.
 * A flag the command does not define is ignored; its own flags must have valid values.
 */
function goflagsError(value, v, command) {
    const r = parseGoflags(value, v);
    if (r.error)
        return r.error;
    for (const f of r.flags) {
        if (!isKnownGoFlag(f.name, v))
            return `parsing $GOFLAGS: unknown flag -${f.name}`;
    }
    const own = command === "build" ? BUILD_FLAGS : MOD_DOWNLOAD_FLAGS;
    for (const f of r.flags) {
        if (f.name === "C")
            return f.value === undefined
                ? "flag needs an argument: -C (from $GOFLAGS)"
                : `invalid value ${JSON.stringify(f.value)} for flag -C (from $GOFLAGS): -C flag must be first flag on command line`;
        const spec = Object.hasOwn(own, f.name) ? own[f.name] : undefined;
        if (!defined(spec, v))
            continue;
        const err = valueError(f.name, spec.kind, f.value);
        if (err)
            return err;
    }
    // Later flags win; the values are then checked by the module loader and the builder.
    const last = (name) => r.flags.filter((f) => f.name === name).at(-1)?.value;
    const modfile = last("modfile");
    if (modfile && !modfile.endsWith(".mod"))
        return `-modfile=${modfile}: file does not have .mod extension`;
    if (command === "build") {
        const mod = last("mod");
        if (mod !== undefined && !["", "mod", "readonly", "vendor"].includes(mod))
            return `-mod=${mod} not supported (can be '', 'mod', 'readonly', or 'vendor')`;
    }
    return undefined;
}
/** Splits and checks GOFLAGS like the given Go version. */
function parseGoflags(value, v) {
    let words;
    if ((0,version/* atLeast */.jZ)(v, 21)) {
        const q = quotedSplit(value);
        if (q.error)
            return { flags: [], error: `parsing $GOFLAGS: ${q.error}` };
        words = q.words;
    }
    else {
        words = (0,proxy_list/* goFields */.sE)(value);
    }
    const flags = [];
    for (const w of words) {
        if (!w.startsWith("-") || w === "-" || w === "--" || /^(?:---|--?=)/.test(w))
            return { flags, error: `parsing $GOFLAGS: non-flag ${JSON.stringify(w)}` };
        const body = w.replace(/^--?/, "");
        const eq = body.indexOf("=");
        const f = { raw: w, name: eq < 0 ? body : body.slice(0, eq) };
        if (eq >= 0)
            f.value = body.slice(eq + 1);
        flags.push(f);
    }
    return { flags };
}

;// CONCATENATED MODULE: ./src/check/goflags.ts
// GOFLAGS: what `go mod download` and `go build` reject, and flags that change downloads.




function checkGoflags(env, c) {
    const value = env.GOFLAGS;
    if (value === undefined || value === "")
        return;
    const r = parseGoflags(value, c.v);
    const shown = (0,redact/* redactList */.GW)(value);
    const failure = goflagsError(value, c.v, "mod download");
    if (failure !== undefined) {
        const id = r.error
            ? "goflags-invalid"
            : failure.startsWith("parsing $GOFLAGS: unknown flag")
                ? "goflags-unknown-flag"
                : "goflags-bad-value";
        const fix = id === "goflags-invalid"
            ? `write each flag as -name or -name=value${(0,version/* atLeast */.jZ)(c.v, 21) ? ", quoting values with spaces" : " (Go before 1.21 cannot quote: values cannot contain spaces)"}`
            : id === "goflags-unknown-flag"
                ? "correct the spelling or remove it (it may exist only in a newer Go)"
                : "give the flag a valid value, or remove it (-C cannot be set in GOFLAGS)";
        report(c, id, "GOFLAGS", `Go ${c.ver} rejects GOFLAGS: \`go mod download\` and every command that defines the flag fail with "go: ${failure}". Fix: ${fix}.`, { value: shown, goError: failure });
        return;
    }
    const buildFailure = goflagsError(value, c.v, "build");
    if (buildFailure !== undefined) {
        report(c, "goflags-breaks-builds", "GOFLAGS", `GOFLAGS has a value \`go mod download\` ignores but \`go build\`, \`go test\` and \`go list\` of Go ${c.ver} reject ("go: ${buildFailure}"): the download step passes and the build fails. Fix: correct or remove that flag.`, { value: shown, goError: buildFailure });
    }
    for (const f of r.flags) {
        if (f.name === "insecure") {
            report(c, "goflags-insecure", "GOFLAGS", `GOFLAGS has -insecure: \`go mod download\` ignores it${(0,version/* atLeast */.jZ)(c.v, 17) ? ' and `go get` fails ("-insecure flag is no longer supported; use GOINSECURE instead")' : ", and `go get` warns it is deprecated"}. Fix: remove it and list hosts in GOINSECURE.`, { value: shown });
        }
        else if (f.name === "mod" && f.value === "vendor") {
            report(c, "goflags-mod-vendor", "GOFLAGS", `GOFLAGS has -mod=vendor: builds read the vendor directory and never download modules. Fix: nothing, if that is intended.`, { value: shown });
        }
    }
}

// EXTERNAL MODULE: ./src/go/goauth.ts
var goauth = __nccwpck_require__(444);
;// CONCATENATED MODULE: ./src/go/govcs.ts
// GOVCS (Go 1.16+), as cmd/go/internal/vcs parseGOVCS reads it.


function parseGovcs(value) {
    const s = (0,proxy_list/* goTrimSpace */.hb)(value);
    if (s === "")
        return { rules: [] };
    const rules = [];
    const have = new Map();
    for (const raw of s.split(",")) {
        const item = (0,proxy_list/* goTrimSpace */.hb)(raw);
        if (item === "")
            return { rules, error: "empty entry in GOVCS" };
        const colon = item.indexOf(":");
        if (colon < 0)
            return { rules, error: `malformed entry in GOVCS (missing colon): ${(0,gourl/* goQuote */.dg)(item)}` };
        const pattern = (0,proxy_list/* goTrimSpace */.hb)(item.slice(0, colon));
        const list = (0,proxy_list/* goTrimSpace */.hb)(item.slice(colon + 1));
        if (pattern === "")
            return { rules, error: `empty pattern in GOVCS: ${(0,gourl/* goQuote */.dg)(item)}` };
        if (list === "")
            return { rules, error: `empty VCS list in GOVCS: ${(0,gourl/* goQuote */.dg)(item)}` };
        if (pattern.startsWith("./") ||
            pattern.startsWith("../") ||
            pattern === "." ||
            pattern === "..") {
            return { rules, error: `relative pattern not allowed in GOVCS: ${(0,gourl/* goQuote */.dg)(pattern)}` };
        }
        const old = have.get(pattern);
        if (old !== undefined) {
            return {
                rules,
                error: `unreachable pattern in GOVCS: ${(0,gourl/* goQuote */.dg)(item)} after ${(0,gourl/* goQuote */.dg)(old)}`,
            };
        }
        have.set(pattern, item);
        const allowed = list.split("|").map(proxy_list/* goTrimSpace */.hb);
        if (allowed.some((a) => a === ""))
            return { rules, error: `empty VCS name in GOVCS: ${(0,gourl/* goQuote */.dg)(item)}` };
        rules.push({ pattern, allowed });
    }
    return { rules };
}

;// CONCATENATED MODULE: ./src/check/other-variables.ts
// GOAUTH, GOVCS and GO111MODULE: each read from some Go version on, each with its own syntax.





function checkGoauth(env, c) {
    const auth = env.GOAUTH;
    if (auth === undefined || auth === "")
        return;
    const shown = (0,redact/* redactList */.GW)(auth);
    if (!(0,version/* atLeast */.jZ)(c.v, 24)) {
        const why = "it exists from Go 1.24; older versions use .netrc only";
        reportUnsupported(c, "GOAUTH", shown, why, "use .netrc, or require Go 1.24+.");
        return;
    }
    const { error } = (0,goauth/* parseGoauth */._Y)(auth);
    if (!error)
        return;
    report(c, "goauth-invalid", "GOAUTH", `Go ${c.ver} rejects GOAUTH: authenticated fetches fail with "${error}". Fix: a ";"-separated list of off, netrc, "git /abs/dir" or a command, with no empty entries.`, { value: shown, goError: error });
}
function checkGovcs(env, c) {
    const vcs = env.GOVCS;
    if (vcs === undefined || vcs === "")
        return;
    if (!(0,version/* atLeast */.jZ)(c.v, 16)) {
        reportUnsupported(c, "GOVCS", vcs, "it exists from Go 1.16", "require Go 1.16+ or remove it.");
        return;
    }
    const { error } = parseGovcs(vcs);
    if (!error)
        return;
    report(c, "govcs-invalid", "GOVCS", `Go ${c.ver} rejects GOVCS when it first needs a VCS: "${error}". Fix: write pattern:vcs|vcs entries separated by ",".`, { value: vcs, goError: error });
}
function checkGo111module(env, c) {
    const g111 = env.GO111MODULE;
    if (g111 !== undefined && !["", "on", "off", "auto"].includes(g111)) {
        report(c, "go111module-invalid", "GO111MODULE", `Go ${c.ver} accepts GO111MODULE only as on, off, auto or empty (in lower case): every go command fails with "go: unknown environment setting GO111MODULE=${printable(g111)}". Fix: unset it (modules are on by default) or write "on".`, { value: g111, goError: `unknown environment setting GO111MODULE=${g111}` });
    }
    if (env.GO111MODULE === "off") {
        report(c, "go111module-off", "GO111MODULE", `GO111MODULE=off: Go ${c.ver} ignores go.mod and works in GOPATH mode, so GOPROXY and GOSUMDB are not used. Fix: unset GO111MODULE.`, { value: "off" });
    }
}

// EXTERNAL MODULE: ./src/go/env.ts
var go_env = __nccwpck_require__(869);
;// CONCATENATED MODULE: ./src/check/blank-values.ts
// Download variables set to white space only: Go reads them as values, never as unset.


/** What Go does with a variable that holds only blanks, where that is not already an error. */
const BLANK_EFFECT = {
    GOPRIVATE: "a pattern of blanks, which matches no module",
    GONOPROXY: "a pattern of blanks, which matches no module; being non-empty, it also overrides GOPRIVATE, so private modules go to the proxy",
    GONOSUMDB: "a pattern of blanks, which matches no module; being non-empty, it also overrides GOPRIVATE, so private modules are looked up in the checksum database",
    GOINSECURE: "a pattern of blanks, which matches no module",
    GOFLAGS: "no flags",
    GOSUMDB: 'a database with no name: checksum lookups fail with "missing GOSUMDB"',
};
/**
 * A variable set to white space or control characters only: usually an empty secret or a
 * templating slip. Go does not treat it as unset.
 */
function checkBlankValues(env, c) {
    for (const name of go_env/* GO_VARIABLES */.F) {
        const value = env[name];
        if (value === undefined || value === "" || !/^[\s\x00-\x1f\x7f]+$/.test(value))
            continue;
        const effect = BLANK_EFFECT[name] ?? "a value it then rejects or misreads";
        report(c, "value-blank", name, `${name} is "${printable(value)}", only white space or control characters: Go ${c.ver} does not treat it as unset but as ${effect}. Fix: unset ${name}, or check the secret or expression that should have filled it.`, { value });
    }
}

;// CONCATENATED MODULE: ./src/check/variable-names.ts
// Variables the go command never reads: misspellings and names people invent.



/** Names the go command reads that are not download settings (never flagged as misspelt). */
const OTHER_GO_VARS = new Set([
    "GOROOT",
    "GOOS",
    "GOARCH",
    "GOCACHE",
    "GOENV",
    "GOEXPERIMENT",
    "GODEBUG",
    "GOBIN",
    "GOAMD64",
    "GOARM",
    "GOARM64",
    "GO386",
    "GOMIPS",
    "GOMIPS64",
    "GOPPC64",
    "GORISCV64",
    "GOWASM",
    "GOTMPDIR",
    "GOTOOLDIR",
    "GOCOVERDIR",
    "GOFIPS140",
    "GOEXE",
    "GOHOSTOS",
    "GOHOSTARCH",
    "GOGCCFLAGS",
    "GOVERSION",
    "GOTELEMETRY",
    "GOTELEMETRYDIR",
    "GOMAXPROCS",
    "GOGC",
    "GOMEMLIMIT",
    "GOTRACEBACK",
    "GOCACHEPROG",
    "GOROOT_FINAL",
    "GCCGO",
    "GOSUMDB",
    "GOLANG_VERSION",
    "GO_VERSION",
]);
/** Names people set believing Go reads them. */
const INVENTED = new Set([
    "GONOSUMCHECK",
    "GONOVERIFY",
    "GONOSUMCHECKS",
    "GONOSUM",
    "GOSUMDB_OFF",
    "GOPROXY_URL",
    "GO_PROXY",
    "GO_PRIVATE",
    "GO_NOPROXY",
    "GO_NOSUMDB",
    "GO_SUMDB",
    "GO_INSECURE",
    "GOPROXIES",
    "GOPRIVATES",
    "GONOPROXIES",
    "GOINSECURES",
    "GOPRIVATE_MODULES",
    "GOFLAG",
    "GO_FLAGS",
    "GONOSUMDBS",
    "GO_TOOLCHAIN",
    "GOPROXY_FALLBACK",
    "GONOSUMDB_PATTERNS",
]);
const DOWNLOAD_VARS = go_env/* GO_VARIABLES */.F;
/** Edit distance, cut off at 3: only near misses matter. */
function distance(a, b) {
    if (Math.abs(a.length - b.length) > 2)
        return 3;
    const dp = Array.from({ length: a.length + 1 }, (_, i) => [
        i,
        ...Array(b.length).fill(0),
    ]);
    for (let j = 1; j <= b.length; j++)
        dp[0][j] = j;
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
            dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return dp[a.length][b.length];
}
function checkVariableNames(env, ctx, c) {
    const names = new Set();
    for (const k of Object.keys(env))
        if (!DOWNLOAD_VARS.includes(k))
            names.add(k);
    for (const k of Object.keys(ctx.otherEnv ?? {}))
        names.add(k);
    for (const name of [...names].sort()) {
        if (DOWNLOAD_VARS.includes(name) || OTHER_GO_VARS.has(name))
            continue;
        const upper = name.toUpperCase();
        let meant;
        if (DOWNLOAD_VARS.includes(upper))
            meant = upper;
        else if (INVENTED.has(upper)) {
            meant = upper.includes("SUM")
                ? "GONOSUMDB (or GOPRIVATE)"
                : upper.includes("PRIV")
                    ? "GOPRIVATE"
                    : upper.includes("NOPROX")
                        ? "GONOPROXY"
                        : upper.includes("INSEC")
                            ? "GOINSECURE"
                            : upper.includes("FLAG")
                                ? "GOFLAGS"
                                : upper.includes("TOOL")
                                    ? "GOTOOLCHAIN"
                                    : "GOPROXY";
        }
        else if (/^GO/.test(upper) && upper.length >= 6) {
            const close = DOWNLOAD_VARS.filter((k) => k.length >= 6 && distance(upper, k) <= (k.length >= 8 ? 2 : 1));
            if (close.length === 1)
                meant = close[0];
        }
        if (!meant)
            continue;
        const val = env[name] ?? ctx.otherEnv?.[name] ?? "";
        report(c, "variable-never-read", name, `${name} is not a variable the go command reads; the setting does nothing. Fix: use ${meant}${upper === "GONOSUMCHECK" || upper === "GONOVERIFY" ? " — GONOSUMCHECK and GONOVERIFY do not exist in any Go release" : ""}.`, { value: (0,redact/* redactList */.GW)(val) });
    }
}

;// CONCATENATED MODULE: ./src/check/static.ts












/** Every form of every secret in the settings and the go env file, to scrub from messages. */
function secretsIn(env, ctx) {
    const secrets = new Set();
    for (const val of [...Object.values(env), ...Object.values(ctx.userEnvFile ?? {})])
        if (typeof val === "string")
            for (const s of (0,redact/* valueSecretForms */.XH)(val))
                secrets.add(s);
    return [...secrets];
}
/** Checks the settings; returns diagnostics in a stable order. Never throws on any string input. */
function checkSettings(env, ctx) {
    const v = ctx.goVersion;
    const c = { v, ver: `${v.major}.${v.minor}`, out: [] };
    const settings = (0,go_settings/* goSettingsFromEnv */.l)(env, v, ctx.userEnvFile);
    checkGoproxy(env, ctx, c, settings);
    checkGosumdb(env, ctx, c, settings);
    checkPatterns(env, c);
    checkRequirements(env, ctx, c, settings);
    checkGotoolchain(env, c, settings);
    checkGoflags(env, c);
    checkGoauth(env, c);
    checkGovcs(env, c);
    checkGo111module(env, c);
    checkBlankValues(env, c);
    checkVariableNames(env, ctx, c);
    // Short ones are only ever shown redacted; scrubbing them would garble text.
    const scrub = (0,redact/* secretScrubber */.vt)(secretsIn(env, ctx), { minLength: 4 });
    return c.out.map((d) => {
        const clean = { ...d, message: scrub(d.message) };
        if (d.value !== undefined)
            clean.value = scrub(printable(d.value));
        if (d.goError !== undefined)
            clean.goError = scrub(d.goError);
        return clean;
    });
}

;// CONCATENATED MODULE: ./src/pipeline/check.ts
// The static checks: the settings as the job's environment gives them to Go, with the
// user's `go env -w` file, cross-checked with what the repository requires.


function staticChecks(opts) {
    return checkSettings((0,go_env/* goEnvFrom */.M)(opts.env), {
        goVersion: opts.goVersion,
        otherEnv: opts.env,
        ...(opts.userEnvFile ? { userEnvFile: opts.userEnvFile } : {}),
        ...(opts.workspace
            ? {
                requirements: opts.workspace.requirements.map(({ path, file, line }) => ({
                    path,
                    file,
                    line,
                })),
            }
            : {}),
    });
}


/***/ }),

/***/ 411:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ downloadReport),
/* harmony export */   ol: () => (/* binding */ chainConfig)
/* harmony export */ });
/* unused harmony export cachedDownloadReport */
/* harmony import */ var _download_ledger_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(754);
/* harmony import */ var _download_trace_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(414);
/* harmony import */ var _redact_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(940);
/* harmony import */ var _download_module_roots_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(374);
/* harmony import */ var _go_patterns_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(615);





/** The chain as the ledger needs it, from the settings. */
function chainConfig(s) {
    const sumdb = s.sumdb;
    return {
        proxies: s.proxy.entries
            .filter((e) => e.kind !== "noproxy")
            .map((e) => (e.kind === "proxy" ? e.url : e.kind)),
        sumdbs: sumdb.kind === "db" ? [sumdb.url ? { name: sumdb.name, url: sumdb.url } : sumdb.name] : [],
    };
}
function downloadReport(run, ctx) {
    const outcomes = run.roots;
    const modules = new Map();
    for (const o of outcomes)
        for (const m of o.modules)
            modules.set(`${m.Path}@${m.Version}`, m);
    const ledger = (0,_download_ledger_js__WEBPACK_IMPORTED_MODULE_0__/* .buildLedger */ .E)(run.trace, ctx.chain, { modules: [...modules.values()] });
    return {
        roots: outcomes.map((o) => ({
            dir: (0,_download_module_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .displayDir */ .yM)(ctx.workspace, o.root.dir),
            kind: o.root.kind,
            exitCode: o.attempts.at(-1).exitCode,
            seconds: o.attempts.reduce((s, a) => s + a.seconds + a.waited, 0),
            attempts: o.attempts.length,
        })),
        retries: outcomes.flatMap((o) => o.attempts
            .map((a, i) => ({ a, i }))
            .filter(({ a }) => a.retryReason !== undefined)
            .map(({ a, i }) => ({
            dir: (0,_download_module_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .displayDir */ .yM)(ctx.workspace, o.root.dir),
            attempt: i + 1,
            modules: a.args.filter((x) => x.includes("@")),
            reason: (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrlsInText */ .GP)(a.retryReason),
            waitSeconds: a.waited,
        }))),
        seconds: outcomes.reduce((s, o) => s + o.attempts.reduce((t, a) => t + a.seconds + a.waited, 0), 0),
        ledger,
        failures: failures(outcomes, ledger, ctx),
        direct: (ledger.modules ?? [])
            .filter((m) => m.origin === "direct")
            .map((m) => ({
            module: m.path,
            version: m.version,
            allowed: (0,_go_patterns_js__WEBPACK_IMPORTED_MODULE_4__/* .matchPrefixPatterns */ .J8)(ctx.allowDirect, m.path, ctx.goVersion),
            ...(ctx.requiredAt[m.path] ?? {}),
        })),
        requiredAt: ctx.requiredAt,
    };
}
/**
 * The download section when the restored cache already held every file go.sum names: go
 * was not run (it would only extract zips the build may not need), every module is local.
 */
function cachedDownloadReport(roots, modules, seconds, ctx) {
    const ledger = buildLedger(parseTrace(""), ctx.chain, {
        modules: modules.map((m) => ({ Path: m.path, Version: m.version })),
    });
    return {
        roots: roots.map((r) => ({
            dir: displayDir(ctx.workspace, r.dir),
            kind: r.kind,
            exitCode: 0,
            seconds: 0,
            attempts: 0,
        })),
        retries: [],
        seconds,
        ledger,
        failures: [],
        direct: [],
        requiredAt: ctx.requiredAt,
        fromCache: true,
    };
}
function failures(outcomes, ledger, ctx) {
    const out = [];
    const seen = new Set();
    for (const o of outcomes) {
        for (const m of o.modules) {
            const id = `${m.Path}@${m.Version}`;
            if (!m.Error || seen.has(id))
                continue;
            seen.add(id);
            const files = ledger.files.filter((f) => f.module === m.Path && (f.version === m.Version || f.version === null));
            const tried = files.flatMap((f) => (f.origin === null ? f.failed : []));
            out.push({
                module: m.Path,
                version: m.Version,
                error: (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrlsInText */ .GP)(m.Error),
                tried: dedupe(tried.length ? tried : files.flatMap((f) => f.failed)),
                ...(ctx.requiredAt[m.Path] ?? {}),
            });
        }
        // A root that failed before naming any module (go.mod unreadable, graph loading): Go's own words.
        const last = o.attempts.at(-1);
        if (last.stop) {
            const [module, version] = (last.stop.module ?? "").split("@");
            out.push({
                module: module || (0,_download_module_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .displayDir */ .yM)(ctx.workspace, o.root.dir),
                version: version ?? "",
                error: (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrlsInText */ .GP)(last.stop.message),
                tried: last.stop.proxy
                    ? [
                        {
                            origin: last.stop.proxy,
                            status: null,
                            error: last.stop.reason,
                            reason: last.stop.reason,
                        },
                    ]
                    : [],
                ...((module && ctx.requiredAt[module]) || {}),
            });
        }
        else if (last.exitCode !== 0 && !o.modules.some((m) => m.Error)) {
            const said = last.stderr.split("\n").filter((l) => /^go(: | mod download: )/.test(l));
            out.push({
                module: (0,_download_module_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .displayDir */ .yM)(ctx.workspace, o.root.dir),
                version: "",
                error: (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrlsInText */ .GP)(said.join("\n") || `go mod download exited with ${last.exitCode}`),
                tried: [],
            });
        }
    }
    return out;
}
function dedupe(xs) {
    const seen = new Set();
    return xs.filter((x) => {
        const k = `${x.origin}\u0000${x.reason}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}


/***/ }),

/***/ 977:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ explainSettings),
/* harmony export */   v: () => (/* binding */ explainFailures)
/* harmony export */ });
/* harmony import */ var _explain_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(969);
// Each failed module gets the explainer's finding: the cause in one sentence and the fix,
// judged against the settings in force.

/** The settings the explainer judges by: Go's variables, and the egress proxy Go would use. */
function explainSettings(goVars, env, goVersion) {
    return {
        goVersion,
        GOPROXY: goVars.GOPROXY,
        GOSUMDB: goVars.GOSUMDB,
        GOPRIVATE: goVars.GOPRIVATE,
        GONOPROXY: goVars.GONOPROXY,
        GONOSUMDB: goVars.GONOSUMDB,
        GOINSECURE: goVars.GOINSECURE,
        GOFLAGS: goVars.GOFLAGS,
        GOTOOLCHAIN: goVars.GOTOOLCHAIN,
        HTTPS_PROXY: env.HTTPS_PROXY ?? env.https_proxy,
        HTTP_PROXY: env.HTTP_PROXY ?? env.http_proxy,
        NO_PROXY: env.NO_PROXY ?? env.no_proxy,
    };
}
function explainFailures(d, go, env) {
    const settings = explainSettings(go.effective, env, go.versionText);
    return {
        ...d,
        failures: d.failures.map((f) => {
            const finding = (0,_explain_index_js__WEBPACK_IMPORTED_MODULE_0__/* .explainModuleError */ .m$)(f.error, settings);
            return {
                ...f,
                explanation: {
                    category: finding.category,
                    rule: finding.rule,
                    cause: finding.cause,
                    fix: finding.fix,
                },
            };
        }),
    };
}


/***/ }),

/***/ 309:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ye: () => (/* binding */ detectGo)
});

// UNUSED EXPORTS: EFFECTIVE_VARIABLES, readGoEnvFile, resolveGotoolchain

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./src/download/go-command.ts + 16 modules
var go_command = __nccwpck_require__(578);
// EXTERNAL MODULE: ./src/go/version.ts
var go_version = __nccwpck_require__(54);
// EXTERNAL MODULE: ./src/go/env.ts
var env = __nccwpck_require__(869);
// EXTERNAL MODULE: ./src/settings/go-settings.ts + 3 modules
var go_settings = __nccwpck_require__(494);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/cache/key.ts
// The cache key and the cached path list.
//
// Key: setup-goproxy-gomod-v1-<os>-<layout>[-<suffix>]-<graph hash>
//   - <graph hash>: sha256 of every go.mod, go.sum, go.work and go.work.sum the pre-warm
//     reads (relative path and content), so the key names the module graph, not the job.
//   - <os>: the module cache's contents are the same for every OS and architecture, but an
//     entry is not portable across operating systems: the archive holds paths relative to the
//     workspace with the OS's separators and home layout, Windows uses a different tar (and
//     the toolkit refuses cross-OS restores there), and macOS may use BSD tar. Architecture is
//     left out on purpose: linux/amd64 and linux/arm64 jobs share one entry.
//   - The Go version is left out too: cache/download is the same for every Go release, so a
//     matrix over Go versions shares one entry.
//   - <layout>: "dl" (cache/download only) or "full"; the toolkit's version already keeps
//     them apart (it hashes the path list), the key just makes entries readable.
//   - <suffix> (input cache-key-suffix) comes before the hash, so the first restore key
//     (same suffix, any graph) prefers this suffix's entries over other suffixes'.
// Restore keys: "<prefix>-<suffix>-" then "<prefix>-": the newest entry of the prefix.
// GitHub limits a key to 512 characters and forbids commas.




const KEY_PREFIX = "setup-goproxy-gomod-v1";
const key_MAX_KEY_LENGTH = 512;
const MAX_SUFFIX = 200;
/** The runner's OS as it appears in keys. */
function runnerOs(platform = process.platform) {
    if (platform === "win32")
        return "windows";
    if (platform === "darwin")
        return "macos";
    return platform.replace(/[^a-z0-9]/gi, "").toLowerCase() || "unknown";
}
/** The graph files' hash: order-independent, path-sensitive, content-exact. */
function graphHash(files) {
    const h = createHash("sha256");
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const f of sorted) {
        const content = typeof f.content === "string" ? Buffer.from(f.content) : f.content;
        h.update(`${f.path}\0${content.length}\0`);
        h.update(content);
    }
    return h.digest("hex");
}
function cleanSuffix(suffix) {
    const s = (suffix ?? "")
        .trim()
        .replace(/[\s,]+/g, "-")
        .replace(/^-+|-+$/g, "");
    if (s.length <= MAX_SUFFIX)
        return s;
    return `${s.slice(0, 32)}-${createHash("sha256").update(s).digest("hex").slice(0, 16)}`;
}
function cacheKeys(input) {
    const layout = input.layout === "full" ? "full" : "dl";
    const prefix = `${KEY_PREFIX}-${runnerOs(input.os)}-${layout}`;
    const suffix = cleanSuffix(input.suffix);
    const hash = graphHash(input.graphFiles);
    const base = suffix ? `${prefix}-${suffix}` : prefix;
    const key = `${base}-${hash}`;
    if (key.length > key_MAX_KEY_LENGTH || key.includes(","))
        throw new Error(`cache key too long or malformed: ${key}`);
    const restoreKeys = suffix ? [`${base}-`, `${prefix}-`] : [`${prefix}-`];
    return { key, restoreKeys, prefix, graphHash: hash, graphFiles: input.graphFiles.length };
}
/**
 * Reads graph files (absolute paths, e.g. from findModuleRoots' graphFiles or graphFilesUnder)
 * into GraphFile data, paths relative to `workdir`. An edge: reads files.
 */
async function readGraphFiles(workdir, files) {
    const out = [];
    for (const file of [...new Set(files)].sort()) {
        out.push({
            path: relative(workdir, file).split(sep).join("/"),
            content: await readFile(file),
        });
    }
    return out;
}
/**
 * The path list handed to @actions/cache, identical at restore and at save (it is hashed into
 * the entry's version). A GOMODCACHE under the home directory is written with "~" (the
 * toolkit's glob expands it), so runners with different user names share entries.
 *   download: "<GOMODCACHE>/cache/download/*" and "!<GOMODCACHE>/cache/download/sumdb"
 *   full:     "<GOMODCACHE>"
 */
function cachePaths(gomodcache, layout, home = homedir()) {
    const base = home && (gomodcache === home || gomodcache.startsWith(home + sep))
        ? `~${gomodcache.slice(home.length)}`
        : gomodcache;
    if (layout === "full")
        return [base];
    const dl = [base, "cache", "download"].join(sep);
    return [`${dl}${sep}*`, `!${dl}${sep}sumdb`];
}
/** $GOMODCACHE/cache/download. */
function downloadDir(gomodcache) {
    return join(gomodcache, "cache", "download");
}

;// CONCATENATED MODULE: ./src/buildcache/key.ts
// The build cache's key: pure.
//
// Key: setup-goproxy-gobuild-v1-<os>-<arch>-<go>-<flags>[-<suffix>]-<deps>-<code>
//   - <os>, <arch>: GOOS/GOARCH as `go env` reports them (the target, not the runner).
//   - <go>: the Go that builds, after a go-version install or a toolchain switch
//     ("go1.26.0"; several joined by "+" when module roots switch to different ones).
//   - <flags>: 12 hex of a hash over the variables that change every action ID
//     (BUILD_VARIABLES); an entry built with other flags is never hit, only carried.
//   - <deps>: 12 hex of the go.sum/go.mod/go.work texts; <code>: 12 hex of the sources.
// Restore keys fall back to the newest entry with the same dependencies, then the newest
// with the same platform, Go and flags: Go's own action IDs decide what is still valid.


const BUILD_KEY_PREFIX = "setup-goproxy-gobuild-v1";
/** `go env` variables that enter every action ID (or the toolchain's own), so the key names them. */
const BUILD_VARIABLES = [
    "CGO_ENABLED",
    "GOFLAGS",
    "GOEXPERIMENT",
    "GO386",
    "GOAMD64",
    "GOARM",
    "GOARM64",
    "GOMIPS",
    "GOMIPS64",
    "GOPPC64",
    "GORISCV64",
    "GOWASM",
];
/** What the build cache's restore reads from `go env`: the target, GOCACHE and BUILD_VARIABLES. */
const BUILD_ENV = ["GOOS", "GOARCH", "GOCACHE", ...BUILD_VARIABLES];
const key_short = (hex) => hex.slice(0, 12);
function clean(part) {
    return part.replace(/[^A-Za-z0-9._+]+/g, "_");
}
function flagsHash(variables) {
    const h = createHash("sha256");
    for (const name of BUILD_VARIABLES)
        h.update(`${name}=${variables[name] ?? ""}\n`);
    return h.digest("hex");
}
function buildCacheKeys(input) {
    if (!input.goVersions.length)
        throw new Error("buildCacheKeys needs the Go version that builds");
    const go = [...new Set(input.goVersions)].sort().map(clean).join("+");
    const suffix = input.suffix
        ?.trim()
        .replace(/[\s,]+/g, "-")
        .replace(/^-+|-+$/g, "");
    const platform = [
        BUILD_KEY_PREFIX,
        clean(input.goos),
        clean(input.goarch),
        go,
        key_short(flagsHash(input.variables)),
        ...(suffix ? [suffix.slice(0, 100)] : []),
    ].join("-");
    const deps = `${platform}-${key_short(input.depsHash)}`;
    const key = `${deps}-${key_short(input.codeHash)}`;
    if (key.length > MAX_KEY_LENGTH)
        throw new Error(`build cache key too long: ${key}`);
    return { key, restoreKeys: [`${deps}-`, `${platform}-`] };
}

;// CONCATENATED MODULE: ./src/pipeline/go.ts
// Which go will run, and the settings it will really use: `go env -json` resolves the OS
// environment, the user's `go env -w` file and $GOROOT/go.env exactly as Go does.







/** What `go env` is asked for: the variables Go reads, its version, and where `go env -w` writes. */
const EFFECTIVE_VARIABLES = ["GOVERSION", "GOENV", ...env/* GO_VARIABLES */.F];
/**
 * Undefined when no go is on PATH. The settings are read with GOTOOLCHAIN=local in the work
 * directory (a go.mod asking for a newer Go must not start a toolchain download here); the
 * GOTOOLCHAIN it would use is then resolved from the same files Go reads, with no second go.
 */
async function detectGo(env, cwd) {
    const bin = (0,go_command/* findGo */.ii)(env.PATH);
    if (!bin)
        return undefined;
    const reported = await (0,go_command/* goEnvJson */.An)(bin, [...EFFECTIVE_VARIABLES, "GOROOT", ...BUILD_ENV], {
        cwd,
        env: { ...env, GOTOOLCHAIN: "local" },
    });
    // GOROOT is the install's own: handed on to a switched toolchain it would run the wrong one.
    // So it stays out of `effective`, as do the build variables (Go derives them itself).
    const effective = pick(reported, EFFECTIVE_VARIABLES);
    const version = (0,go_version/* parseGoVersion */.SX)(effective.GOVERSION);
    if (!version)
        throw new Error(`cannot tell the Go version from GOVERSION=${effective.GOVERSION}`);
    const goroot = reported.GOROOT ?? "";
    const [userEnv, rootEnv] = await Promise.all([
        effective.GOENV ? readGoEnvFile(effective.GOENV) : undefined,
        goroot ? readGoEnvFile((0,external_node_path_.join)(goroot, "go.env")) : undefined,
    ]);
    effective.GOTOOLCHAIN = resolveGotoolchain(version, env, userEnv, rootEnv);
    return {
        bin,
        version,
        versionText: effective.GOVERSION,
        effective,
        settings: (0,go_settings/* goSettings */.W)(effective, version),
        buildEnv: pick(reported, BUILD_ENV),
        ...(userEnv ? { userEnv } : {}),
    };
}
/** `names` from `go env`'s answer; absent ones are "". */
function pick(reported, names) {
    return Object.fromEntries(names.map((n) => [n, reported[n] ?? ""]));
}
/**
 * cmd/go's cfg.Getenv for GOTOOLCHAIN: the OS environment when not empty, else the user's file,
 * else $GOROOT/go.env. Go before 1.21 has no toolchain switching and reports it empty.
 */
function resolveGotoolchain(version, env, userEnv, rootEnv) {
    if (!(0,go_version/* atLeast */.jZ)(version, 21))
        return "";
    return env.GOTOOLCHAIN || userEnv?.GOTOOLCHAIN || rootEnv?.GOTOOLCHAIN || "";
}
/** A `go env -w` or go.env file: KEY=VALUE lines; undefined when it does not exist. */
async function readGoEnvFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch {
        return undefined;
    }
    const out = {};
    for (const line of text.split("\n")) {
        if (line.trimStart().startsWith("#"))
            continue;
        const eq = line.indexOf("=");
        if (eq > 0)
            out[line.slice(0, eq).trim()] = line.slice(eq + 1);
    }
    return out;
}


/***/ }),

/***/ 163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ scanWorkspace),
/* harmony export */   XT: () => (/* binding */ requiredAt)
/* harmony export */ });
/* unused harmony export sumModules */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _download_module_roots_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(374);
/* harmony import */ var _check_gomod_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(650);
// One look at the repository, shared by every stage: the module roots, what their go.mod
// files require (with file and line), and the go.sum texts. An edge: reads files.




async function scanWorkspace(workspace, workdir, gowork) {
    const roots = await (0,_download_module_roots_js__WEBPACK_IMPORTED_MODULE_2__/* .findModuleRoots */ .BT)(workdir, gowork === "off" ? "off" : undefined);
    const graphFiles = [...new Set(roots.flatMap((r) => r.graphFiles))].sort();
    const requirements = [];
    const sums = [];
    const goFiles = new Map();
    const texts = await Promise.all(graphFiles.map((file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8")));
    graphFiles.forEach((file, i) => {
        const text = texts[i];
        if (file.endsWith(".sum"))
            sums.push(text);
        else
            goFiles.set(file, text);
        if (file.endsWith("go.mod"))
            requirements.push(...(0,_check_gomod_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadedRequirements */ .gJ)((0,_check_gomod_js__WEBPACK_IMPORTED_MODULE_3__/* .parseGoMod */ .kW)(text, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, file))));
    });
    return { workspace, workdir, roots, requirements, sums, graphFiles, goFiles };
}
/** Where each module is first required: for annotations on the right go.mod line. */
function requiredAt(ws) {
    const out = {};
    for (const r of ws.requirements)
        out[r.path] ??= { file: r.file, line: r.line };
    return out;
}
/** The module versions whose zips go.sum records: what a warm cache must hold. */
function sumModules(ws) {
    const seen = new Map();
    for (const text of ws.sums) {
        for (const line of text.split("\n")) {
            const [path, version, hash] = line.trim().split(/\s+/);
            if (path && version && hash && !version.endsWith("/go.mod"))
                seen.set(`${path}@${version}`, { path, version });
        }
    }
    return [...seen.values()];
}


/***/ }),

/***/ 940:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ settingSecrets),
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   GP: () => (/* binding */ redactUrlsInText),
/* harmony export */   GW: () => (/* binding */ redactList),
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   TL: () => (/* binding */ urlSecretForms),
/* harmony export */   XH: () => (/* binding */ valueSecretForms),
/* harmony export */   vt: () => (/* binding */ secretScrubber),
/* harmony export */   wE: () => (/* binding */ scrubDeep)
/* harmony export */ });
/* unused harmony exports goUserinfo, goEscapeUserinfo, valueForms, credentialForms, scrubSecrets */
// Redaction, in one place: every form a secret can take in output, how Go itself hides
// credentials, and one linear-time scrubber; every printer (log, annotation, summary,
// report, CLI) goes through these functions.
//
// Go reads URL userinfo as net/url does: the authority ends at the first "/", "?" or "#"
// after "//", the userinfo is everything before its LAST "@" (so a password may hold raw "@"
// and ":"), user and password split at the first ":", and both are percent-decoded. A secret
// then shows up as written, decoded, re-escaped the way Go prints it, as `user:password`,
// and as the base64 of `user:password` in a Basic Authorization header.
/** Shorter values are not scrubbed from text (they would garble it); the runner masks them. */
const MIN_SECRET_LENGTH = 3;
const SCHEME = /^\s*[a-zA-Z][a-zA-Z0-9+.-]*:\/\//;
/**
 * The userinfo of a URL, split as Go splits it. `schemeless` also reads `user:pass@host`
 * without a scheme, as Go reads HTTPS_PROXY (it adds http://).
 */
function goUserinfo(raw, opts = {}) {
    const scheme = SCHEME.exec(raw);
    let start = scheme ? scheme[0].length : -1;
    if (start < 0) {
        if (!opts.schemeless)
            return undefined;
        start = raw.length - raw.trimStart().length;
    }
    let stop = raw.length;
    for (const c of ["/", "?", "#"]) {
        const i = raw.indexOf(c, start);
        if (i >= 0 && i < stop)
            stop = i;
    }
    let at = stop - 1;
    while (at >= start && raw[at] !== "@")
        at--;
    if (at < start)
        return undefined;
    const info = raw.slice(start, at);
    const colon = info.indexOf(":");
    return colon < 0
        ? { user: info, start, end: at }
        : { user: info.slice(0, colon), password: info.slice(colon + 1), start, end: at };
}
/** Percent-decoding as Go's url.PathUnescape would do it; the raw text when it is malformed. */
function goUnescape(s) {
    if (!s.includes("%"))
        return s;
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** Go's escape(s, encodeUserPassword): what URL.String() prints for a user name or password. */
function goEscapeUserinfo(s) {
    try {
        // encodeURIComponent keeps !*'() and escapes $&+,;=; Go does the opposite for userinfo.
        return encodeURIComponent(s)
            .replace(/[!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
            .replace(/%(24|26|2B|2C|3B|3D)/g, (_m, h) => String.fromCharCode(parseInt(h, 16)));
    }
    catch {
        // a lone surrogate: byte by byte, as Go would see its UTF-8 replacement
        let out = "";
        for (const byte of Buffer.from(s, "utf8")) {
            const c = String.fromCharCode(byte);
            out += /[A-Za-z0-9\-_.~$&+,;=]/.test(c)
                ? c
                : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
        }
        return out;
    }
}
/** One secret value as written: raw, decoded, and the escaped forms Go and encoders print. */
function valueForms(raw) {
    const decoded = goUnescape(raw);
    let component = "";
    try {
        component = encodeURIComponent(decoded);
    }
    catch {
        // a lone surrogate: no such form
    }
    return unique([raw, decoded, goEscapeUserinfo(decoded), component]);
}
/** A user and its token or password: every form, `user:token` and the Basic header value. */
function credentialForms(user, token) {
    const u = goUnescape(user);
    const t = goUnescape(token);
    return unique([
        ...valueForms(token),
        `${user}:${token}`,
        `${u}:${t}`,
        base64(`${u}:${t}`),
        base64(`${user}:${token}`),
    ]);
}
/** The secrets a URL carries: the password (all forms), or a user name given alone (a token). */
function urlSecretForms(raw, opts = {}) {
    const info = goUserinfo(raw.trim(), opts);
    if (!info)
        return [];
    if (info.password === undefined) {
        if (!info.user)
            return [];
        // Go sends a lone user name as Basic with an empty password.
        return unique([...valueForms(info.user), base64(`${goUnescape(info.user)}:`)]);
    }
    if (!info.password)
        return [];
    return credentialForms(info.user, info.password);
}
/**
 * Every secret in a setting value: each URL of a list (`,` `|` `;` or white space), with or
 * without a scheme; and, for text Go may print raw when it rejects a value, each run before
 * the last "@" of a segment and each piece between its "@"s, with their parts after the first
 * and the last ":". Linear in the value.
 */
function valueSecretForms(value) {
    const out = new Set();
    if (!value.includes("@"))
        return [];
    for (const piece of value.split(/[,|;\s]+/)) {
        if (!piece.includes("@"))
            continue;
        for (const s of urlSecretForms(piece, { schemeless: true }))
            out.add(s);
    }
    for (const segment of value.split(/[,|;\s/?#]+/)) {
        const at = segment.lastIndexOf("@");
        if (at <= 0)
            continue;
        // The whole run and each piece between two "@": a token may stand before any of them.
        const run = segment.slice(0, at);
        for (const piece of [run, ...(run.includes("@") ? run.split("@") : [])]) {
            const first = piece.indexOf(":");
            const parts = [piece, first >= 0 ? piece.slice(first + 1) : "", ...tailTokens(piece)];
            for (const p of parts)
                if (p)
                    for (const f of valueForms(p))
                        out.add(f);
        }
    }
    return [...out];
}
/**
 * The suffixes of a run that start after one of its last few non-alphanumeric characters (a
 * trailing ":" dropped): where a token may begin when text shows what precedes it escaped or
 * altered. A fixed number per run keeps the work linear.
 */
function tailTokens(run) {
    const body = run.endsWith(":") ? run.slice(0, -1) : run;
    const out = [];
    for (let i = body.length - 1; i >= 0 && out.length < 4; i--)
        if (!/[A-Za-z0-9]/.test(body[i]))
            out.push(body.slice(i + 1));
    return out;
}
/** Hides a URL's credentials the way Go's URL.Redacted does: `user:xxxxx@`, or `xxxxx@` for a lone token. */
function redactUrl(raw, opts = {}) {
    const info = goUserinfo(raw, opts);
    if (!info)
        return raw;
    return (raw.slice(0, info.start) +
        redactedUserinfo(raw.slice(info.start, info.end)) +
        raw.slice(info.end));
}
const DELIMITER = /[\s/?#"'<>]/;
/** Go's redaction of a userinfo: `user:xxxxx`, or `xxxxx` for a lone token. */
function redactedUserinfo(userinfo) {
    const colon = userinfo.indexOf(":");
    return colon < 0 ? "xxxxx" : `${userinfo.slice(0, colon)}:xxxxx`;
}
/**
 * Hides the userinfo of every `scheme://userinfo@host` in free text (up to the last "@"
 * before the host ends, as Go reads it). `shown` picks the replacement (default: Go's
 * redaction). One pass: each "://" scans only to the next delimiter.
 */
function redactUrlsInText(text, shown = redactedUserinfo) {
    let out = "";
    let done = 0;
    for (let i = text.indexOf("://"); i >= 0; i = text.indexOf("://", i + 3)) {
        const start = i + 3;
        let stop = start;
        let at = -1;
        for (; stop < text.length && !DELIMITER.test(text[stop]); stop++)
            if (text[stop] === "@")
                at = stop;
        if (at >= start) {
            out += text.slice(done, start) + shown(text.slice(start, at));
            done = at;
        }
        i = Math.max(i, stop - 4); // the next "://" may start at the delimiter's ":"
    }
    return done ? out + text.slice(done) : text;
}
/**
 * A scrubber replacing every occurrence of any secret (overlaps merged) with `xxxxx`, in
 * time linear in the text plus the secrets (Aho–Corasick), however many secrets there are.
 */
function secretScrubber(secrets, opts = {}) {
    const replacement = opts.replacement ?? "xxxxx";
    const min = opts.minLength ?? MIN_SECRET_LENGTH;
    const words = unique([...secrets].filter((s) => s.length >= min));
    if (!words.length)
        return (text) => text;
    // Trie over UTF-16 code units. Most nodes have one child: it is kept in two plain arrays,
    // a map only where the trie branches (maps per node cost more than the matching).
    // `own` = length of the secret ending at a node.
    const firstUnit = [-1];
    const firstChild = [0];
    const more = [undefined];
    const step = (node, c) => firstUnit[node] === c ? firstChild[node] : more[node]?.get(c);
    const own = [0];
    for (const w of words) {
        let node = 0;
        for (let i = 0; i < w.length; i++) {
            const c = w.charCodeAt(i);
            let n = step(node, c);
            if (n === undefined) {
                n = own.length;
                own.push(0);
                firstUnit.push(-1);
                firstChild.push(0);
                more.push(undefined);
                if (firstUnit[node] === -1) {
                    firstUnit[node] = c;
                    firstChild[node] = n;
                }
                else
                    (more[node] ??= new Map()).set(c, n);
            }
            node = n;
        }
        own[node] = w.length;
    }
    const fail = new Array(own.length).fill(0);
    const out = [...own];
    const queue = [0];
    const link = (node, child, c) => {
        let f = fail[node];
        while (f && step(f, c) === undefined)
            f = fail[f];
        const to = node === 0 ? undefined : step(f, c);
        fail[child] = to ?? 0;
        out[child] = own[child] || out[fail[child]];
        queue.push(child);
    };
    for (let q = 0; q < queue.length; q++) {
        const node = queue[q];
        if (firstUnit[node] !== -1)
            link(node, firstChild[node], firstUnit[node]);
        for (const [c, child] of more[node] ?? [])
            link(node, child, c);
    }
    return (text) => {
        // Cuts are the merged spans of all matches; only the longest match ending at each
        // position matters (the shorter ones lie inside it).
        let node = 0;
        const cuts = [];
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            while (node && step(node, c) === undefined)
                node = fail[node];
            node = step(node, c) ?? 0;
            const len = out[node];
            if (!len)
                continue;
            let from = i - len + 1;
            while (cuts.length && from <= cuts.at(-1)[1])
                from = Math.min(from, cuts.pop()[0]);
            cuts.push([from, i + 1]);
        }
        if (!cuts.length)
            return text;
        let s = "";
        let at = 0;
        for (const [a, b] of cuts) {
            s += text.slice(at, a) + replacement;
            at = b;
        }
        return s + text.slice(at);
    };
}
/** Replaces every secret in a text (one-off; build a scrubber once for many texts). */
function scrubSecrets(text, secrets) {
    return secretScrubber(secrets)(text);
}
function base64(s) {
    return Buffer.from(s, "utf8").toString("base64");
}
function unique(xs) {
    return [...new Set(xs.filter((x) => x !== ""))];
}
/** Scrubs every configured secret from every string inside a plain value (a ledger, a report). */
function scrubDeep(value, secrets) {
    const list = secrets.filter((x) => x.length >= MIN_SECRET_LENGTH);
    if (list.length === 0)
        return value;
    const scrub = secretScrubber(list);
    return JSON.parse(JSON.stringify(value), (_k, v) => typeof v === "string" ? scrub(v) : v);
}
/** A list value (GOPROXY, GOSUMDB, a pattern list) with every URL's credentials hidden, separators kept. */
function redactList(value) {
    return value
        .split(/([,|\s]+)/)
        .map((part) => redactUrl(part, { schemeless: true }))
        .join("");
}
/** User names that are not secrets: Go's and our own redaction marks, and VCS users. */
const SAFE_USERS = new Set(["git", "hg", "xxxxx", "user:xxxxx", "***"]);
/**
 * Every literal secret the settings' URLs carry (GOPROXY list, HTTPS_PROXY, GOSUMDB URL), in
 * every form, longest first, for masking and scrubbing.
 */
function settingSecrets(values) {
    const out = new Set();
    for (const v of values) {
        if (!v)
            continue;
        for (const sec of valueSecretForms(v))
            if (!SAFE_USERS.has(sec))
                out.add(sec);
    }
    return [...out].sort((a, b) => b.length - a.length);
}
/**
 * Hides every secret in free text: URL userinfo (password → xxxxx; a lone username token →
 * xxxxx), Authorization header values and bearer/basic tokens, well-known token shapes,
 * and every literal secret passed in (from the settings).
 */
function redactText(text, secrets = []) {
    let s = scrubSecrets(text, secrets);
    s = redactUrlsInText(s, (userinfo) => {
        if (SAFE_USERS.has(userinfo))
            return userinfo;
        const pw = userinfo.slice(userinfo.indexOf(":") + 1);
        if (userinfo.includes(":") && (pw === "xxxxx" || pw === "***" || pw === "%5Bredacted%5D"))
            return userinfo;
        return redactedUserinfo(userinfo);
    });
    s = s.replace(/\b((?:Proxy-)?Authorization\s*[:=]\s*)("?)[^\s"]+(?:\s+[^\s"]+)?/gi, "$1$2xxxxx");
    s = s.replace(/\b(Bearer|Basic|token)\s+[A-Za-z0-9._~+/=-]{8,}/g, "$1 xxxxx");
    s = s.replace(/\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}\b/g, "xxxxx");
    s = s.replace(/\bgithub_pat_[A-Za-z0-9_]{20,}\b/g, "xxxxx");
    s = s.replace(/\bglpat-[A-Za-z0-9_-]{16,}\b/g, "xxxxx");
    s = s.replace(/\b(x-access-token|oauth2|gitlab-ci-token):[^\s@/]+@/g, "$1:xxxxx@");
    s = s.replace(/([?&](?:access_token|token|password|passwd|key)=)[^&\s"']+/gi, "$1xxxxx");
    return s;
}


/***/ }),

/***/ 285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   M0: () => (/* binding */ bar),
/* harmony export */   O$: () => (/* binding */ capRows),
/* harmony export */   ZN: () => (/* binding */ fitBytes),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports SUMMARY_BYTE_BUDGET, escapeHtml */
// GitHub-flavoured Markdown pieces for the job summary, and the 1 MiB guard GitHub imposes.
/** GitHub drops a step summary over 1 MiB whole; keep well clear of it. */
const SUMMARY_BYTE_BUDGET = 900 * 1024;
function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
/** URLs and module@version in text: GFM would turn them into links (a masked proxy URL, a mailto). */
const LINKABLE = /(?:https?|file):\/\/[^\s<>"'`]+|[\w.~-]+(?:\/[\w.~!-]+)*@v\d[\w.+-]*/g;
/**
 * Text safe inside a table cell or a list item: no pipes or newlines breaking the row, no
 * raw HTML, and no autolinks (URLs and module@version become code spans).
 */
function cell(s) {
    const text = String(s);
    let out = "";
    let at = 0;
    for (const m of text.matchAll(LINKABLE)) {
        out += plain(text.slice(at, m.index)) + code(m[0].replace(/[.,:;)]+$/, ""));
        at = m.index + m[0].replace(/[.,:;)]+$/, "").length;
    }
    return out + plain(text.slice(at));
}
function plain(s) {
    return escapeHtml(s).replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
/** A code span: shown verbatim, never autolinked; pipes escaped for tables. */
function code(s) {
    const body = s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
    const ticks = "`".repeat(Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
    const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
    return `${ticks}${pad}${body}${pad}${ticks}`;
}
function table(headers, rows, align) {
    const sep = headers.map((_, i) => ({ l: ":--", r: "--:", c: ":-:" })[align?.[i] ?? "l"]);
    const line = (cells) => `| ${cells.map(String).join(" | ")} |`;
    return [line(headers), line(sep), ...rows.map(line)].join("\n");
}
/** A visible bar for a share from 0 to 1, e.g. `████████░░ 80%`. */
function bar(share, width = 10) {
    const s = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
    const full = Math.round(s * width);
    return `${"█".repeat(full)}${"░".repeat(width - full)} ${percent(share)}`;
}
function percent(share) {
    if (!Number.isFinite(share))
        return "–";
    const p = share * 100;
    return p > 0 && p < 1 ? "<1%" : `${Math.round(p)}%`;
}
function details(summary, body, open = false) {
    return `<details${open ? " open" : ""}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** The first `max` rows, and a closing row that counts the rest when some were cut. */
function capRows(rows, max, more) {
    return rows.length <= max ? rows : [...rows.slice(0, max), more(rows.length - max)];
}
/** Cuts text at a line boundary to fit `budget` bytes, saying so, so GitHub never drops it whole. */
function fitBytes(markdown, budget = SUMMARY_BYTE_BUDGET) {
    if (Buffer.byteLength(markdown) <= budget)
        return markdown;
    const note = "\n\n> ✂️ The summary was cut to stay under GitHub's 1 MiB limit; the JSON report has everything.\n";
    const opens = (markdown.match(/<details/g) ?? []).length;
    const room = budget - Buffer.byteLength(note) - opens * "\n\n</details>".length;
    let cut = Buffer.from(markdown).subarray(0, Math.max(0, room)).toString("utf8");
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf("\n")));
    // An unclosed <details> would swallow the note; close any left open.
    const open = (cut.match(/<details/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
    return cut + "\n\n</details>".repeat(Math.max(0, open)) + note;
}


/***/ }),

/***/ 867:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ REPORT_SCHEMA)
/* harmony export */ });
/* unused harmony export STAGES */
const REPORT_SCHEMA = "setup-goproxy/report@1";
/** The stages users see in the summary and the report's `timings`. */
const STAGES = (/* unused pure expression or super */ null && ([
    "restore",
    "checks",
    "download",
    "verification",
    "unpack",
    "report",
    "save",
]));


/***/ }),

/***/ 655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderLedgerText),
/* harmony export */   O: () => (/* binding */ renderDownloadText)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(285);

function renderLedgerText(ledger) {
    const rows = [
        ["origin", "requests", "ok", "not found", "errors", "served/asked", "hit rate"],
        ...ledger.origins.map((o) => [
            o.origin,
            String(o.requests),
            String(o.ok),
            String(o.notFound),
            String(o.errors),
            `${o.filesServed}/${o.filesAsked}`,
            o.hitRate === null ? "-" : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(o.hitRate),
        ]),
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    const lines = rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));
    const s = ledger.shares;
    lines.push("", `${s.files} module files: first proxy ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(s.ratio.firstProxy)}, later proxies ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(s.ratio.laterProxies)}, ` +
        `direct ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(s.ratio.direct)}, module cache ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(s.ratio.local)}${s.failed ? `, failed ${s.failed}` : ""}`);
    if (ledger.fallbacks.length) {
        lines.push("", `${ledger.fallbacks.length} fallbacks:`);
        for (const f of ledger.fallbacks.slice(0, 50)) {
            lines.push(`  ${f.module}${f.version ? `@${f.version}` : ""} ${f.file}: ${f.from} -> ${f.to} (${f.reason})`);
        }
        if (ledger.fallbacks.length > 50)
            lines.push(`  … and ${ledger.fallbacks.length - 50} more (--format json has them all)`);
    }
    return lines.join("\n") + "\n";
}
/** The ledger, then every failure with what Go said and each origin tried. */
function renderDownloadText(d) {
    const lines = [renderLedgerText(d.ledger)];
    for (const f of d.failures) {
        lines.push(`FAILED ${f.module}${f.version ? `@${f.version}` : ""}: ${f.error}`);
        for (const t of f.tried)
            lines.push(`  tried ${t.origin}: ${t.reason ?? "served"}`);
        if (f.explanation)
            lines.push(`  ${f.explanation.cause}`, `  fix: ${f.explanation.fix}`);
    }
    for (const r of d.retries)
        lines.push(`retried ${r.modules.join(" ") || r.dir} (attempt ${r.attempt}): ${r.reason}`);
    return lines.join("\n") + "\n";
}


/***/ }),

/***/ 494:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  W: () => (/* binding */ goSettings),
  l: () => (/* binding */ goSettingsFromEnv)
});

// EXTERNAL MODULE: ./src/go/patterns.ts
var go_patterns = __nccwpck_require__(615);
// EXTERNAL MODULE: ./src/go/proxy-list.ts
var proxy_list = __nccwpck_require__(815);
// EXTERNAL MODULE: ./src/go/gourl.ts
var gourl = __nccwpck_require__(533);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./src/go/base64.ts
// Go's encoding/base64 StdEncoding, where it is stricter than Node's decoder.
const B64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/**
 * Go's `base64.StdEncoding.DecodeString`: padded standard alphabet, CR and LF ignored, non-zero
 * trailing bits allowed. Returns undefined where Go returns an error (Node's own decoder is lax).
 */
function decodeStdBase64(s) {
    const clean = s.replace(/[\r\n]/g, "");
    if (!B64.test(clean))
        return undefined;
    return Buffer.from(clean, "base64");
}

;// CONCATENATED MODULE: ./src/go/verifier-key.ts
// The verifier key GOSUMDB names, as golang.org/x/mod/sumdb/note reads it (NewVerifier's checks,
// same order, same errors), as data: `<name>+<hash>+<keydata>`, where hash is 8 hex digits, the
// first 4 bytes (big-endian) of SHA-256(name + "\n" + keydata), and keydata is padded standard
// base64 of an algorithm byte (1 = Ed25519) followed by the 32-byte public key.


const ALG_ED25519 = 1;
/** First 4 bytes, big-endian, of SHA-256(name + "\n" + key). */
function keyHash(name, key) {
    const sum = (0,external_node_crypto_.createHash)("sha256").update(name, "utf8").update("\n").update(key).digest();
    return sum.readUInt32BE(0);
}
/** note.isValidName: non-empty, well-formed UTF-8, no Unicode white space, no "+". */
function isValidName(name) {
    return (name !== "" && name.isWellFormed() && !/\p{White_Space}/u.test(name) && !name.includes("+"));
}
/** strings.Cut. */
function cut(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + sep.length)];
}
/** Checks a verifier key as note.NewVerifier does. */
function checkVerifierKey(vkey) {
    const [name, rest] = cut(vkey, "+");
    const [hash16, key64] = cut(rest, "+");
    const key = decodeStdBase64(key64);
    if (!/^[0-9a-fA-F]{8}$/.test(hash16) || !key || !isValidName(name) || key.length === 0) {
        return { ok: false, error: "malformed verifier id" };
    }
    const hash = Number.parseInt(hash16, 16);
    if (hash !== keyHash(name, key))
        return { ok: false, error: "invalid verifier hash" };
    if (key[0] !== ALG_ED25519)
        return { ok: false, error: "unknown verifier algorithm" };
    const publicKey = key.subarray(1);
    if (publicKey.length !== 32)
        return { ok: false, error: "malformed verifier id" };
    return { ok: true, name, hash, algorithm: ALG_ED25519, publicKey: Uint8Array.from(publicKey) };
}

;// CONCATENATED MODULE: ./src/go/sumdb-setting.ts
// GOSUMDB as modfetch/sumdb.go (dbDial) reads it, with the verifier-key checks of
// golang.org/x/mod/sumdb/note (NewVerifier, verifier-key.ts). Parses and validates the setting only.



const SUM_GOLANG_ORG_KEY = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";
/** modfetch/key.go: the only name Go knows a key for. */
const KNOWN_GOSUMDB = {
    "sum.golang.org": SUM_GOLANG_ORG_KEY,
};
const DEFAULT_GOSUMDB = "sum.golang.org";
/**
 * Parses GOSUMDB as Go 1.13+ does when it first needs the database. `value` is the effective
 * value (an empty or absent OS value means the default, "sum.golang.org", except when a
 * `go env -w GOSUMDB=` line masks it on 1.21+, which gives "missing GOSUMDB").
 */
function parseGosumdb(value, version) {
    const strictHost = version ? (0,gourl/* strictHostFor */.Pf)(version) : false;
    let v = value;
    let alias = false;
    if (v === "sum.golang.google.cn") {
        v = "sum.golang.org https://sum.golang.google.cn";
        alias = true;
    }
    if (v === "off")
        return { kind: "off" };
    const fields = (0,proxy_list/* goFields */.sE)(v);
    let known = alias;
    if (fields.length >= 1 && KNOWN_GOSUMDB[fields[0]]) {
        fields[0] = KNOWN_GOSUMDB[fields[0]];
        known = true;
    }
    if (fields.length === 0)
        return { kind: "error", error: "missing GOSUMDB" };
    if (fields.length > 2)
        return { kind: "error", error: "invalid GOSUMDB: too many fields" };
    const check = checkVerifierKey(fields[0]);
    if (!check.ok)
        return { kind: "error", error: `invalid GOSUMDB: ${check.error}` };
    const name = check.name;
    const direct = (0,gourl/* goUrlParse */.BP)(`https://${name}`, { strictHost });
    const clean = direct.ok &&
        !name.endsWith("/") &&
        direct.url.scheme === "https" &&
        direct.url.opaque === "" &&
        direct.url.user === undefined &&
        !direct.url.forceQuery &&
        direct.url.rawQuery === "" &&
        direct.url.fragment === "" &&
        direct.url.rawPath === "" &&
        direct.url.host !== "" &&
        (0,gourl/* goUrlString */.h4)(direct.url) !== "";
    if (!clean) {
        const out = {
            kind: "error",
            error: `invalid sumdb name (must be host[/path]): ${name}`,
        };
        // dbDial formats the parsed URL with %+v even when parsing failed: a nil dereference.
        if (!direct.ok)
            out.crashes = true;
        return out;
    }
    const out = { kind: "db", name, key: fields[0], known, alias };
    if (fields.length === 2) {
        const u = (0,gourl/* goUrlParse */.BP)(fields[1], { strictHost });
        if (!u.ok)
            return { kind: "error", error: `invalid GOSUMDB URL: ${u.error}` };
        out.url = fields[1];
    }
    return out;
}

// EXTERNAL MODULE: ./src/go/version.ts
var go_version = __nccwpck_require__(54);
;// CONCATENATED MODULE: ./src/settings/go-settings.ts




/**
 * The settings `go env` reports: Go's own effective values (defaults, the `go env -w` file and
 * $GOROOT/go.env already applied), read as `version` reads them.
 */
function goSettings(effective, version) {
    const gosumdb = effective.GOSUMDB ?? DEFAULT_GOSUMDB;
    return parsed(effective, version, effective.GOPROXY ?? "", gosumdb, parseGosumdb(gosumdb, version));
}
/**
 * The settings as Go will resolve them from an environment, before `go env` has run (the
 * checker, the CLI): an unset or empty variable gives the `go env -w` file's value, then the
 * default of `version`.
 */
function goSettingsFromEnv(env, version, userEnvFile) {
    const goproxy = (0,proxy_list/* effectiveGoproxy */.EZ)(env.GOPROXY, version, userEnvFile);
    const gosumdb = env.GOSUMDB || userEnvFile?.GOSUMDB || DEFAULT_GOSUMDB;
    // 1.21+: an empty GOSUMDB= line in the env file hides the default instead of giving it.
    const masked = !env.GOSUMDB && userEnvFile?.GOSUMDB === "" && (0,go_version/* atLeast */.jZ)(version, 21);
    const sumdb = masked
        ? { kind: "error", error: "missing GOSUMDB" }
        : parseGosumdb(gosumdb, version);
    return parsed(env, version, goproxy, gosumdb, sumdb);
}
function parsed(env, version, goproxy, gosumdb, sumdb) {
    const patterns = {
        GOPRIVATE: env.GOPRIVATE,
        GONOPROXY: env.GONOPROXY,
        GONOSUMDB: env.GONOSUMDB,
        GOINSECURE: env.GOINSECURE,
    };
    const gonoproxy = (0,go_patterns/* effectiveGonoproxy */.j7)(patterns);
    return {
        version,
        goproxy,
        proxy: (0,proxy_list/* parseProxyList */.WY)(goproxy, version, { gonoproxy }),
        patterns,
        gonoproxy,
        gonosumdb: (0,go_patterns/* effectiveGonosumdb */.sP)(patterns),
        gosumdb,
        sumdb,
        sumdbConfigured: gosumdb !== DEFAULT_GOSUMDB,
    };
}


/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__cli = __webpack_exports__.x;
/******/ export { __webpack_exports__cli as cli };
/******/ 
