// Rules for failures caused by a setting: a value Go rejects, a toolchain it cannot get,
// offline or vendor mode, read-only go.mod. In precedence order.
import { who, whereShort, goproxyShown, hasVendorFlag } from "./advice.ts";
import { suggestPattern, withPattern } from "./settings.ts";
import { redactText, redactUrl } from "../redact/redact.ts";
import type { Matcher } from "./context.ts";
import { P } from "./patterns.ts";

export const MATCHERS_SETTINGS: Matcher[] = [
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
    cause: (c) => {
      const flag = /GOFLAGS/.test(c.head) ? undefined : P.flagUndefined.exec(c.head)?.[1];
      return flag
        ? `The go command does not define the flag ${flag}, so it stopped before doing anything.`
        : "Go could not use the flags in GOFLAGS, so every go command stops before doing anything.";
    },
    fix: (c) =>
      P.flagUndefined.test(c.head) && !/GOFLAGS/.test(c.head)
        ? "Check the flag against `go help build` for this Go version (a typo, a flag of a newer Go, or `-flag value` passed as one argument: write `-flag=value`)."
        : `GOFLAGS${c.settings.GOFLAGS !== undefined ? ` (now ${JSON.stringify(c.settings.GOFLAGS)})` : ""} must be space-separated flags starting with \`-\` that some go command knows, e.g. \`-mod=mod -modcacherw\`.`,
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
];
