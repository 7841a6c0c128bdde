// Static checks of the Go download settings with Go's exact rules (src/go), version by version.
// Pure: settings and repository facts in, diagnostics out. Never prints a credential.
import type { Diagnostic } from "../core/diagnostic.ts";
import { rule, type CheckRuleId } from "./rules.ts";
import { isPublicHost } from "./gomod.ts";
import { GO_VARIABLES, type GoEnv } from "../go/env.ts";
import { atLeast, type GoVersion } from "../go/version.ts";
import { redactList, secretScrubber, valueSecretForms } from "../redact/redact.ts";
import { goUrlParse, strictHostFor } from "../go/gourl.ts";
import {
  DEFAULT_GOPROXY,
  effectiveGoproxy,
  goFields,
  goTrimSpace,
  parseProxyList,
  type ProxyListResult,
} from "../go/proxy-list.ts";
import {
  effectiveGonoproxy,
  effectiveGonosumdb,
  isBadPattern,
  matchPrefixPatterns,
  pathMatch,
  splitPatterns,
} from "../go/patterns.ts";
import { parseGosumdb } from "../go/sumdb-setting.ts";
import { isLanguageVersionOnly, parseGotoolchain } from "../go/toolchain.ts";
import { goflagsError, parseGoflags } from "../go/goflags.ts";
import { parseGoauth } from "../go/goauth.ts";
import { parseGovcs } from "../go/govcs.ts";
import { checkModulePath, moduleHost } from "../go/module-path.ts";

export interface RequirementRef {
  path: string;
  file: string;
  line: number;
}

export interface CheckContext {
  goVersion: GoVersion;
  /** Modules the repository requires (go.mod `require`, minus local replacements). */
  requirements?: RequirementRef[];
  /** The rest of the environment, to spot misspelt or never-read variables. */
  otherEnv?: Readonly<Record<string, string>>;
  /** The user's `go env -w` file ($GOENV), when known. */
  userEnvFile?: Readonly<Record<string, string>>;
}

export type CheckEnv = GoEnv & Readonly<Record<string, string | undefined>>;

/** Example module for Go's error prefix `go: <module>@<version>: `. */
const PATTERN_VARS = ["GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE"] as const;

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

const DOWNLOAD_VARS: readonly string[] = GO_VARIABLES;

/** Module paths with nothing in common: a pattern that matches all of them matches everything. */
const UNRELATED_MODULES = [
  "github.com/a/b",
  "golang.org/x/net",
  "gopkg.in/yaml.v3",
  "corp.internal/m",
  "example.com/m",
];
const PUBLIC_HOSTS = [
  "github.com",
  "gitlab.com",
  "bitbucket.org",
  "golang.org",
  "gopkg.in",
  "google.golang.org",
];

interface Ctx {
  v: GoVersion;
  ver: string;
  out: Diagnostic[];
  secrets: string[];
}

function push(
  c: Ctx,
  id: CheckRuleId,
  variable: string,
  message: string,
  extra: Partial<Diagnostic> = {},
) {
  const r = rule(id);
  c.out.push({ rule: id, severity: r.severity, variable, message, ...extra });
}

function show(s: string): string {
  const oneLine = s.replace(
    /[\x00-\x1f\x7f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}

/** Checks the settings; returns diagnostics in a stable order. Never throws on any string input. */
export function checkSettings(env: CheckEnv, ctx: CheckContext): Diagnostic[] {
  const v = ctx.goVersion;
  const secrets = new Set<string>();
  for (const val of Object.values(env)) {
    if (typeof val === "string") for (const s of valueSecretForms(val)) secrets.add(s);
  }
  for (const val of Object.values(ctx.userEnvFile ?? {}))
    for (const s of valueSecretForms(val)) secrets.add(s);
  const c: Ctx = {
    v,
    ver: `${v.major}.${v.minor}`,
    out: [],
    secrets: [...secrets],
  };
  const proxy = checkGoproxy(env, ctx, c);
  checkGosumdb(env, ctx, c);
  checkPatterns(env, ctx, c);
  checkRequirements(env, ctx, c, proxy);
  checkToolchain(env, c, proxy);
  checkGoflags(env, c);
  checkMisc(env, c);
  checkBlank(env, c);
  checkNeverRead(env, ctx, c);
  // Short ones are only ever shown redacted; scrubbing them would garble text.
  const scrub = secretScrubber(c.secrets, { minLength: 4 });
  return c.out.map((d) => {
    const clean: Diagnostic = { ...d, message: scrub(d.message) };
    if (d.value !== undefined) clean.value = scrub(show(d.value));
    if (d.goError !== undefined) clean.goError = scrub(d.goError);
    return clean;
  });
}

function checkGoproxy(env: CheckEnv, ctx: CheckContext, c: Ctx): ProxyListResult | undefined {
  const v = c.v;
  const raw = env.GOPROXY;
  const explicit = raw !== undefined && raw !== "";
  if (raw === "" && atLeast(v, 21)) {
    if (ctx.userEnvFile?.GOPROXY === "") {
      push(
        c,
        "goproxy-empty-masked",
        "GOPROXY",
        `GOPROXY is empty in the environment and the go env file has an empty GOPROXY= line: Go ${c.ver} then uses the empty string and every module fetch fails with "GOPROXY list is not the empty string, but contains no entries". Fix: run \`go env -u GOPROXY\` and unset the variable, or set the proxies you want.`,
        { value: "", goError: "GOPROXY list is not the empty string, but contains no entries" },
      );
      return parseProxyList("", v);
    }
    push(
      c,
      "goproxy-empty-env",
      "GOPROXY",
      `GOPROXY is set to the empty string, which Go ${c.ver} treats as unset: it uses the go env file and then $GOROOT/go.env (normally ${DEFAULT_GOPROXY}). If a \`go env -w GOPROXY=\` line exists, GOPROXY stays empty and every fetch fails. Fix: unset GOPROXY, or set it to the value you mean.`,
      { value: "" },
    );
  }
  const gonoproxy = atLeast(v, 13) ? effectiveGonoproxy(env) : "";
  const value = effectiveGoproxy(raw, v, ctx.userEnvFile);
  const res = parseProxyList(value, v, { gonoproxy });
  const shown = redactList(value);
  if (res.error) {
    const goError = res.error;
    const el =
      res.errorElement !== undefined ? ` in the entry "${redactList(res.errorElement)}"` : "";
    const what = `Go ${c.ver} rejects GOPROXY${el}: every module fetch fails with "go: <module>@<version>: ${goError}".`;
    let id: CheckRuleId;
    let fix: string;
    if (res.error.startsWith("invalid $GOPROXY setting")) {
      id = "goproxy-legacy-invalid";
      fix = "Fix: before Go 1.13 give a single http(s) or file URL, `direct` or `off`.";
    } else if (res.error.startsWith("invalid proxy URL missing scheme")) {
      id = "goproxy-missing-scheme";
      const el2 = res.errorElement ?? "";
      fix = /^(direct|off)$/i.test(el2)
        ? `Fix: keywords are case-sensitive; write "${el2.toLowerCase()}".`
        : el2.startsWith("/")
          ? `Fix: write a directory as file://${el2}.`
          : "Fix: write a full URL such as https://proxy.example.com, or a host name with a dot.";
    } else if (res.error.startsWith("invalid proxy URL scheme")) {
      id = "goproxy-bad-scheme";
      fix =
        "Fix: use an https://, http:// or file:// URL (Go checks every entry before `direct`/`off`).";
    } else if (res.error.startsWith("invalid file://")) {
      id = "goproxy-file-non-path";
      fix = "Fix: write file:///absolute/path with nothing else.";
    } else if (res.error.startsWith("GOPROXY list is not the empty string")) {
      id = "goproxy-no-entries";
      fix = "Fix: unset GOPROXY for the default, or list a proxy or `direct`.";
    } else {
      id = "goproxy-unparsable-url";
      fix =
        "Fix: correct the URL (port, host characters, % escapes, brackets); Go prints this URL unredacted.";
    }
    push(c, id, "GOPROXY", `${what} ${fix}`, { value: shown, goError });
  } else if (res.behavesAsOff) {
    push(
      c,
      "goproxy-no-entries",
      "GOPROXY",
      `GOPROXY "${show(shown)}" has no entries: Go ${c.ver} then behaves as GOPROXY=off and every module lookup fails with "module lookup disabled by GOPROXY=off". Fix: unset GOPROXY for the default, or list a proxy or \`direct\`.`,
      { value: shown },
    );
  }
  if (atLeast(v, 13) && !atLeast(v, 15) && value.includes("|")) {
    push(
      c,
      "goproxy-pipe-unsupported",
      "GOPROXY",
      `Go ${c.ver} splits GOPROXY on "," only: "|" stays inside the URL, so "${show(shown)}" does not fall back on errors and is usually rejected. Fix: use "," or require Go 1.15+.`,
      { value: shown },
    );
  }
  if (res.ignored.length > 0) {
    const term = res.entries.find((e) => e.kind === "direct" || e.kind === "off")?.kind ?? "direct";
    push(
      c,
      "goproxy-entries-after-terminal",
      "GOPROXY",
      `GOPROXY lists ${res.ignored.length} entr${res.ignored.length === 1 ? "y" : "ies"} after "${term}" (${res.ignored.map((e) => `"${redactList(e)}"`).join(", ")}): Go stops at "${term}" and ignores them without checking them. Fix: put proxies before "${term}", or remove the dead entries.`,
      { value: shown },
    );
  }
  if (explicit && !res.error) {
    const real = res.entries.filter((e) => e.kind !== "noproxy");
    const commaBefore = real.filter(
      (e, i) =>
        e.kind === "proxy" &&
        e.fallback === "notfound" &&
        i < real.length - 1 &&
        real[i + 1]!.kind !== "off",
    );
    if (commaBefore.length > 0) {
      push(
        c,
        "goproxy-comma-hard-errors",
        "GOPROXY",
        `In "${show(shown)}", Go moves past ${commaBefore.map((e) => e.display).join(", ")} only on 404 or 410; a timeout, connection or TLS error, 401, 403 or 5xx fails the build instead of falling through. Fix: ${atLeast(v, 15) ? 'use "|" after a proxy whose failures should fall through' : 'require Go 1.15+ and use "|"'}, if that is what you want.`,
        { value: shown },
      );
    }
    if (real.length === 1 && real[0]!.kind === "off") {
      push(
        c,
        "goproxy-off",
        "GOPROXY",
        `GOPROXY=off: Go ${c.ver} fails every module not already in the module cache ("module lookup disabled by GOPROXY=off"), yet still fetches GONOPROXY/GOPRIVATE modules directly and still contacts the checksum database. Fix: keep it only for fully cached or vendored builds.`,
        { value: shown },
      );
    }
    if (real.length === 1 && real[0]!.kind === "direct") {
      push(
        c,
        "goproxy-direct-only",
        "GOPROXY",
        `GOPROXY=direct: Go ${c.ver} fetches every module from its version-control host, which needs git in the image and is slower and less reliable. Fix: put a module proxy first, e.g. "https://proxy.example.com,direct".`,
        { value: shown },
      );
    }
  }
  if (atLeast(v, 13)) {
    for (const e of res.entries) {
      if (e.kind !== "proxy") continue;
      const p = goUrlParse(e.url, { strictHost: strictHostFor(v) });
      if (!p.ok) continue;
      const u = p.url;
      if (u.user && u.scheme === "http") {
        push(
          c,
          "goproxy-credentials-over-http",
          "GOPROXY",
          `The proxy ${e.display} carries credentials over plain HTTP: Go ${c.ver} refuses every request to it ("refusing to pass credentials to insecure URL: ${e.display}"). Fix: use https://, and move the credentials out of GOPROXY into the action's \`credentials\` input (it writes .netrc).`,
          { value: shown, goError: `refusing to pass credentials to insecure URL: ${e.display}` },
        );
      } else if (u.user && u.user.password === undefined) {
        push(
          c,
          "goproxy-username-token",
          "GOPROXY",
          `The proxy ${e.display} has a credential in the username position; Go masks only passwords, so the token is printed in clear in -x traces and error messages. Fix: move it out of GOPROXY into the action's \`credentials\` input (it writes .netrc), or at least write it as the password (https://user:TOKEN@host).`,
          { value: shown },
        );
      } else if (u.user) {
        push(
          c,
          "goproxy-password-in-url",
          "GOPROXY",
          `The proxy ${e.display} carries a password in the URL: Go masks it in most messages but not in URL parse errors, tools that print GOPROXY (go env, debug logs, cache keys) show it, and every process of the job can read it. Fix: move it into the action's \`credentials\` input (it writes .netrc${atLeast(v, 24) ? "; or use GOAUTH" : ""}) and keep GOPROXY free of secrets.`,
          { value: shown },
        );
      }
      const loopback = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/.test(e.url);
      if (u.scheme === "http" && !u.user && explicit && !loopback) {
        push(
          c,
          "goproxy-plain-http",
          "GOPROXY",
          `The proxy ${e.display} is plain HTTP: Go ${c.ver} uses it without GOINSECURE, unencrypted and unauthenticated. Fix: use https:// unless it is on the same machine.`,
          { value: shown },
        );
      }
      if (/\/\/$/.test(u.path) && u.path.length > 1) {
        push(
          c,
          "goproxy-sumdb-probe-double-slash",
          "GOPROXY",
          `The proxy ${e.display} ends in "//": module requests are cleaned, but the checksum-database probe asks for "…//sumdb/<name>/supported". Fix: end the URL with at most one slash.`,
          { value: shown },
        );
      }
    }
  }
  return res;
}

function checkGosumdb(env: CheckEnv, ctx: CheckContext, c: Ctx): void {
  const v = c.v;
  if (!atLeast(v, 13)) return;
  const raw = env.GOSUMDB;
  let value: string;
  if (raw === undefined || raw === "") {
    if (raw === "" && atLeast(v, 21) && ctx.userEnvFile?.GOSUMDB === "") {
      push(
        c,
        "gosumdb-missing",
        "GOSUMDB",
        `GOSUMDB is empty and the go env file has an empty GOSUMDB= line: Go ${c.ver} fails every checksum lookup with "missing GOSUMDB". Fix: run \`go env -u GOSUMDB\`.`,
        { value: "", goError: "missing GOSUMDB" },
      );
      return;
    }
    value = ctx.userEnvFile?.GOSUMDB || "sum.golang.org";
  } else value = raw;
  const s = parseGosumdb(value, v);
  const shown = redactList(value);
  if (s.kind === "error") {
    const fields = goFields(value);
    const bare =
      s.error === "invalid GOSUMDB: malformed verifier id" &&
      fields.length >= 1 &&
      !fields[0]!.includes("+");
    if (s.error === "missing GOSUMDB") {
      push(
        c,
        "gosumdb-missing",
        "GOSUMDB",
        `GOSUMDB "${show(shown)}" has no fields: Go ${c.ver} fails every checksum lookup with "missing GOSUMDB". Fix: unset it for sum.golang.org, or set "off".`,
        { value: shown, goError: s.error },
      );
    } else if (bare) {
      push(
        c,
        "gosumdb-bare-name",
        "GOSUMDB",
        `GOSUMDB names "${redactList(fields[0]!)}", but Go ${c.ver} has a key only for sum.golang.org, so the first lookup fails with "verifying <module>: ${s.error}". Fix: give the full key "<name>+<hash>+<base64 key>" (optionally followed by the URL), or use sum.golang.org.`,
        { value: shown, goError: s.error },
      );
    } else {
      push(
        c,
        "gosumdb-invalid",
        "GOSUMDB",
        `Go ${c.ver} rejects GOSUMDB "${show(shown)}": the first checksum lookup fails with "verifying <module>: ${s.error}" (only when go.sum lacks a hash). Fix: use sum.golang.org, off, or "<name>+<hash>+<key> [url]".`,
        { value: shown, goError: s.error },
      );
    }
    return;
  }
  if (s.kind === "off") {
    push(
      c,
      "gosumdb-off",
      "GOSUMDB",
      `GOSUMDB=off: Go ${c.ver} trusts any module missing from go.sum on first download${atLeast(v, 21) ? ', and toolchain downloads fail ("checksum database disabled by GOSUMDB=off")' : ""}. Fix: keep verification on and list private modules in GOPRIVATE or GONOSUMDB.`,
      { value: shown },
    );
    return;
  }
  if (s.url !== undefined && !s.alias) {
    push(
      c,
      "gosumdb-explicit-url",
      "GOSUMDB",
      `GOSUMDB gives the URL ${redactList(s.url)} for ${s.name}: Go ${c.ver} sends every checksum lookup there directly and never through GOPROXY. Fix: make sure CI can reach it, or drop the URL to go through proxies that serve /sumdb/${s.name}/.`,
      { value: shown },
    );
  }
}

function checkPatterns(env: CheckEnv, _ctx: CheckContext, c: Ctx): void {
  const v = c.v;
  for (const name of PATTERN_VARS) {
    const value = env[name];
    if (value === undefined) continue;
    const since = name === "GOINSECURE" ? 14 : 13;
    if (value !== "" && !atLeast(v, since)) {
      push(
        c,
        "variable-unsupported",
        name,
        `${name} is set, but Go ${c.ver} does not read it (it exists from Go 1.${since}): the setting does nothing. Fix: require Go 1.${since}+ or remove it.`,
        { value },
      );
      continue;
    }
    if (
      value === "" &&
      (name === "GONOPROXY" || name === "GONOSUMDB") &&
      (env.GOPRIVATE ?? "") !== ""
    ) {
      push(
        c,
        "gonoproxy-empty-not-off",
        name,
        `${name} is empty, which Go treats as unset, so GOPRIVATE ("${show(env.GOPRIVATE!)}") still applies. Fix: to override GOPRIVATE set ${name}=none.`,
        { value },
      );
    }
    for (const p of splitPatterns(value)) {
      const trimmed = goTrimSpace(p);
      const where = `the ${name} pattern "${show(p)}"`;
      if (p.includes(";")) {
        push(
          c,
          "pattern-semicolon",
          name,
          `In ${where}, ";" is not a separator: Go compares the whole text as one pattern, which matches no module. Fix: separate patterns with "," (${show(
            p
              .split(";")
              .map((x) => x.trim())
              .filter(Boolean)
              .join(","),
          )}).`,
          { value },
        );
      }
      if (trimmed !== p) {
        push(
          c,
          "pattern-whitespace",
          name,
          `${where[0]!.toUpperCase()}${where.slice(1)} has leading or trailing white space; Go does not trim patterns, so it matches no module. Fix: remove the spaces ("${show(trimmed)}").`,
          { value },
        );
      }
      if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(trimmed) || /^https?:/.test(trimmed)) {
        push(
          c,
          "pattern-scheme",
          name,
          `${where[0]!.toUpperCase()}${where.slice(1)} starts with a URL scheme; module paths never do, so it matches nothing. Fix: write the module path prefix, e.g. "${show(trimmed.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/*/, ""))}".`,
          { value },
        );
      }
      if (isBadPattern(p)) {
        push(
          c,
          "pattern-bad-glob",
          name,
          `${where[0]!.toUpperCase()}${where.slice(1)} is a malformed glob (path.Match: syntax error); Go ignores it silently and it matches nothing. Fix: close the character class or escape "[" and "\\".`,
          { value },
        );
      }
      if (trimmed.startsWith(".")) {
        push(
          c,
          "pattern-leading-dot",
          name,
          `${where[0]!.toUpperCase()}${where.slice(1)} starts with "."; Go compares it literally, so it does not match subdomains. Fix: use "*${trimmed}" (and "${trimmed.slice(1)}" for the apex).`,
          { value },
        );
      }
      if (p.endsWith("/") && !atLeast(v, 18)) {
        push(
          c,
          "pattern-trailing-slash-old-go",
          name,
          `${where[0]!.toUpperCase()}${where.slice(1)} ends in "/"; Go ${c.ver} (before 1.18) compares it literally, so it matches nothing. Fix: remove the trailing slash.`,
          { value },
        );
      }
      const first = trimmed.split("/")[0]!;
      if (/[A-Z]/.test(first) && !/[[\\]/.test(first)) {
        push(
          c,
          "pattern-uppercase",
          name,
          `${where[0]!.toUpperCase()}${where.slice(1)} has upper case in its host; matching is case-sensitive and hosts are lower case in module paths. Fix: "${show(first.toLowerCase())}".`,
          { value },
        );
      }
      if (name !== "GOINSECURE" && !p.includes(";")) {
        const eff = p.endsWith("/") && atLeast(v, 18) ? p.slice(0, -1) : p;
        if (
          !eff.includes("/") &&
          ["github.com", "gitlab.com", "bitbucket.org", "golang.org"].some(
            (h) => pathMatch(eff, h) === true,
          )
        ) {
          push(
            c,
            "pattern-too-broad",
            name,
            `${where[0]!.toUpperCase()}${where.slice(1)} covers every module on a public code host: Go ${c.ver} fetches all of them directly${name === "GONOPROXY" ? "" : " and skips checksum verification for them"}. Fix: narrow it to your organisation, e.g. "github.com/your-org".`,
            { value },
          );
        }
      }
    }
    if (name === "GOINSECURE") {
      for (const p of splitPatterns(value)) {
        const everything = UNRELATED_MODULES.every((m) => matchPrefixPatterns(p, m, v));
        const host = PUBLIC_HOSTS.find((h) => matchPrefixPatterns(p, `${h}/some/module`, v));
        if (!everything && host === undefined) continue;
        push(
          c,
          "goinsecure-too-broad",
          name,
          `The GOINSECURE pattern "${show(p)}" covers ${everything ? "every module" : `every module on ${host}`}: Go ${c.ver} fetches ${everything ? "them" : "those"} directly without verifying TLS certificates (and over plain HTTP if offered) and skips checksum verification for them when GONOSUMDB/GOPRIVATE match too. Fix: list only the hosts with the self-signed or plain-HTTP servers, e.g. "git.corp.example.com".`,
          { value },
        );
      }
    }
    if (name === "GOINSECURE" && value !== "") {
      push(
        c,
        "goinsecure-not-for-proxies",
        name,
        `GOINSECURE applies only to direct VCS and ?go-get=1 fetches of matching modules; Go ${c.ver} still verifies TLS for every GOPROXY URL and still checks checksums. Fix: for a proxy with a private CA, install the CA (SSL_CERT_FILE).`,
        { value },
      );
    }
  }
}

function checkRequirements(
  env: CheckEnv,
  ctx: CheckContext,
  c: Ctx,
  proxy: ProxyListResult | undefined,
): void {
  const reqs = ctx.requirements;
  if (!reqs || reqs.length === 0) return;
  const v = c.v;
  const badPaths = new Set<string>();
  for (const r of reqs) {
    const err = checkModulePath(r.path);
    if (err && !badPaths.has(r.path)) {
      badPaths.add(r.path);
      push(
        c,
        "module-path-invalid",
        "go.mod",
        `${r.file}:${r.line} requires "${show(r.path)}": Go ${c.ver} cannot download it ("malformed module path \\"${show(r.path)}\\": ${err}"). Fix: use a path whose first element is a host name with a dot, or a replace directive to a local directory.`,
        { value: r.path, file: r.file, line: r.line },
      );
    }
  }
  if (!atLeast(v, 13)) return;
  const gonosumdb = effectiveGonosumdb(env);
  const gonoproxy = effectiveGonoproxy(env);
  const sumdbOff = (env.GOSUMDB ?? "") === "off";
  const sumdbName = sumdbOff
    ? ""
    : (env.GOSUMDB || "sum.golang.org").split(/\s+/)[0]!.split("+")[0]!;
  const publicProxies = publicProxiesAskedFirst(proxy);
  // The proxies the user chose (Athens, Artifactory) are meant to see private paths; only a
  // public proxy Go asks unconditionally and the checksum database are outsiders.
  const byHost = new Map<
    string,
    { reqs: RequirementRef[]; sumLeak: boolean; proxyLeak: boolean }
  >();
  for (const r of reqs) {
    if (badPaths.has(r.path)) continue;
    const host = moduleHost(r.path);
    if (isPublicHost(host)) continue;
    const sumLeak = !sumdbOff && !matchPrefixPatterns(gonosumdb, r.path, v);
    const proxyLeak = publicProxies.length > 0 && !matchPrefixPatterns(gonoproxy, r.path, v);
    if (!sumLeak && !proxyLeak) continue;
    const seen = byHost.get(host) ?? { reqs: [], sumLeak: false, proxyLeak: false };
    seen.reqs.push(r);
    seen.sumLeak ||= sumLeak;
    seen.proxyLeak ||= proxyLeak;
    byHost.set(host, seen);
  }
  for (const [host, { reqs: list, sumLeak, proxyLeak }] of byHost) {
    const first = list[0]!;
    const names =
      list
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
    push(
      c,
      "module-not-private",
      "GOPRIVATE",
      `${names} (${first.file}:${first.line}) ${list.length === 1 ? "is" : "are"} on ${host}, which is not a public code host: Go ${c.ver} will send the path to ${seenBy.join(", and to ")}. Fix: ${fix}.`,
      { value: env.GOPRIVATE ?? "", file: first.file, line: first.line },
    );
  }
  for (const name of ["GOPRIVATE", "GONOPROXY", "GONOSUMDB"] as const) {
    const value = env[name];
    if (!value) continue;
    for (const p of splitPatterns(value)) {
      if (reqs.some((r) => matchPrefixPatterns(p, r.path, v))) continue;
      if (brokenPattern(p)) continue; // already reported as an error
      push(
        c,
        "pattern-unused",
        name,
        `The ${name} pattern "${show(p)}" matches none of the ${reqs.length} required modules. Fix: remove it if it is stale, or correct it.`,
        { value },
      );
    }
  }
}

/** Public proxies Go asks for every module before reaching one the user runs (or `direct`). */
const PUBLIC_PROXY_HOSTS: ReadonlySet<string> = new Set([
  "proxy.golang.org",
  "goproxy.io",
  "goproxy.cn",
  "mirrors.aliyun.com",
]);

function publicProxiesAskedFirst(proxy: ProxyListResult | undefined): string[] {
  const out: string[] = [];
  for (const e of proxy?.entries ?? []) {
    if (e.kind !== "proxy") break;
    const host = URL.canParse(e.url) ? new URL(e.url).hostname : "";
    if (!PUBLIC_PROXY_HOSTS.has(host)) break;
    out.push(e.display);
  }
  return out;
}

function brokenPattern(p: string): boolean {
  return (
    p.includes(";") ||
    goTrimSpace(p) !== p ||
    isBadPattern(p) ||
    /^[A-Za-z][A-Za-z0-9+.-]*:/.test(p)
  );
}

function checkToolchain(env: CheckEnv, c: Ctx, proxy: ProxyListResult | undefined): void {
  const v = c.v;
  const value = env.GOTOOLCHAIN;
  // GOTOOLCHAIN=local is what Go before 1.21 does anyway: harmless where it is not read.
  if (value !== undefined && value !== "" && value !== "local" && !atLeast(v, 21)) {
    push(
      c,
      "variable-unsupported",
      "GOTOOLCHAIN",
      `GOTOOLCHAIN is set, but Go ${c.ver} does not read it (toolchain switching starts with Go 1.21). Fix: install the Go version you need.`,
      { value },
    );
    return;
  }
  if (!atLeast(v, 21)) return;
  const t = parseGotoolchain(value ?? "auto");
  if (t.kind === "error") {
    push(
      c,
      "gotoolchain-invalid",
      "GOTOOLCHAIN",
      `Go ${c.ver} stops at start-up: "go: ${t.error}". Fix: use local, auto, path, go1.X.Y, go1.X.Y+auto or go1.X.Y+path.`,
      { value: value ?? "", goError: t.error },
    );
    return;
  }
  if (t.kind === "ok" && t.version !== undefined && isLanguageVersionOnly(t.version)) {
    push(
      c,
      "gotoolchain-language-version",
      "GOTOOLCHAIN",
      `GOTOOLCHAIN names go${t.version}, a language version: when Go ${c.ver} has to switch it fails with "invalid toolchain: go${t.version} is a language version but not a toolchain version (go${t.version}.x)". Fix: name a release, e.g. go${t.version}.0.`,
      { value: value ?? "" },
    );
  }
  const downloads = t.kind === "ok" && !(t.min === "local" && t.mode === "");
  if (!downloads) return;
  const real = (proxy?.entries ?? []).filter((e) => e.kind !== "noproxy");
  const proxyOff = real.length > 0 && real[0]!.kind === "off";
  const sumOff = env.GOSUMDB === "off";
  if (proxyOff || sumOff) {
    const why = sumOff
      ? 'GOSUMDB=off ("checksum database disabled by GOSUMDB=off": toolchains are always verified)'
      : 'GOPROXY=off (reported as "toolchain not available")';
    push(
      c,
      "gotoolchain-needs-sumdb",
      "GOTOOLCHAIN",
      `GOTOOLCHAIN=${value === undefined || value === "" ? "auto (default)" : show(value)} lets Go ${c.ver} download a newer toolchain when go.mod asks for one, but that download fails with ${why}. Fix: set GOTOOLCHAIN=local, or allow toolchain downloads.`,
      { value: value ?? "" },
    );
  }
}

function checkGoflags(env: CheckEnv, c: Ctx): void {
  const value = env.GOFLAGS;
  if (value === undefined || value === "") return;
  const r = parseGoflags(value, c.v);
  const shown = redactList(value);
  const failure = goflagsError(value, c.v, "mod download");
  if (failure !== undefined) {
    const id = r.error
      ? "goflags-invalid"
      : failure.startsWith("parsing $GOFLAGS: unknown flag")
        ? "goflags-unknown-flag"
        : "goflags-bad-value";
    const fix =
      id === "goflags-invalid"
        ? `write each flag as -name or -name=value${atLeast(c.v, 21) ? ", quoting values with spaces" : " (Go before 1.21 cannot quote: values cannot contain spaces)"}`
        : id === "goflags-unknown-flag"
          ? "correct the spelling or remove it (it may exist only in a newer Go)"
          : "give the flag a valid value, or remove it (-C cannot be set in GOFLAGS)";
    push(
      c,
      id,
      "GOFLAGS",
      `Go ${c.ver} rejects GOFLAGS: \`go mod download\` and every command that defines the flag fail with "go: ${failure}". Fix: ${fix}.`,
      { value: shown, goError: failure },
    );
    return;
  }
  const buildFailure = goflagsError(value, c.v, "build");
  if (buildFailure !== undefined) {
    push(
      c,
      "goflags-breaks-builds",
      "GOFLAGS",
      `GOFLAGS has a value \`go mod download\` ignores but \`go build\`, \`go test\` and \`go list\` of Go ${c.ver} reject ("go: ${buildFailure}"): the download step passes and the build fails. Fix: correct or remove that flag.`,
      { value: shown, goError: buildFailure },
    );
  }
  for (const f of r.flags) {
    if (f.name === "insecure") {
      push(
        c,
        "goflags-insecure",
        "GOFLAGS",
        `GOFLAGS has -insecure: \`go mod download\` ignores it${atLeast(c.v, 17) ? ' and `go get` fails ("-insecure flag is no longer supported; use GOINSECURE instead")' : ", and `go get` warns it is deprecated"}. Fix: remove it and list hosts in GOINSECURE.`,
        { value: shown },
      );
    } else if (f.name === "mod" && f.value === "vendor") {
      push(
        c,
        "goflags-mod-vendor",
        "GOFLAGS",
        `GOFLAGS has -mod=vendor: builds read the vendor directory and never download modules. Fix: nothing, if that is intended.`,
        { value: shown },
      );
    }
  }
}

function checkMisc(env: CheckEnv, c: Ctx): void {
  const v = c.v;
  const auth = env.GOAUTH;
  if (auth !== undefined && auth !== "") {
    if (!atLeast(v, 24)) {
      push(
        c,
        "variable-unsupported",
        "GOAUTH",
        `GOAUTH is set, but Go ${c.ver} does not read it (it exists from Go 1.24; older versions use .netrc only). Fix: use .netrc, or require Go 1.24+.`,
        { value: redactList(auth) },
      );
    } else {
      const r = parseGoauth(auth);
      if (r.error) {
        push(
          c,
          "goauth-invalid",
          "GOAUTH",
          `Go ${c.ver} rejects GOAUTH: authenticated fetches fail with "${r.error}". Fix: a ";"-separated list of off, netrc, "git /abs/dir" or a command, with no empty entries.`,
          { value: redactList(auth), goError: r.error },
        );
      }
    }
  }
  const vcs = env.GOVCS;
  if (vcs !== undefined && vcs !== "") {
    if (!atLeast(v, 16)) {
      push(
        c,
        "variable-unsupported",
        "GOVCS",
        `GOVCS is set, but Go ${c.ver} does not read it (it exists from Go 1.16). Fix: require Go 1.16+ or remove it.`,
        { value: vcs },
      );
    } else {
      const r = parseGovcs(vcs);
      if (r.error) {
        push(
          c,
          "govcs-invalid",
          "GOVCS",
          `Go ${c.ver} rejects GOVCS when it first needs a VCS: "${r.error}". Fix: write pattern:vcs|vcs entries separated by ",".`,
          { value: vcs, goError: r.error },
        );
      }
    }
  }
  const g111 = env.GO111MODULE;
  if (g111 !== undefined && !["", "on", "off", "auto"].includes(g111)) {
    push(
      c,
      "go111module-invalid",
      "GO111MODULE",
      `Go ${c.ver} accepts GO111MODULE only as on, off, auto or empty (in lower case): every go command fails with "go: unknown environment setting GO111MODULE=${show(g111)}". Fix: unset it (modules are on by default) or write "on".`,
      { value: g111, goError: `unknown environment setting GO111MODULE=${g111}` },
    );
  }
  if (env.GO111MODULE === "off") {
    push(
      c,
      "go111module-off",
      "GO111MODULE",
      `GO111MODULE=off: Go ${c.ver} ignores go.mod and works in GOPATH mode, so GOPROXY and GOSUMDB are not used. Fix: unset GO111MODULE.`,
      { value: "off" },
    );
  }
}

/** What Go does with a variable that holds only blanks, where that is not already an error. */
const BLANK_EFFECT: Record<string, string> = {
  GOPRIVATE: "a pattern of blanks, which matches no module",
  GONOPROXY:
    "a pattern of blanks, which matches no module; being non-empty, it also overrides GOPRIVATE, so private modules go to the proxy",
  GONOSUMDB:
    "a pattern of blanks, which matches no module; being non-empty, it also overrides GOPRIVATE, so private modules are looked up in the checksum database",
  GOINSECURE: "a pattern of blanks, which matches no module",
  GOFLAGS: "no flags",
  GOSUMDB: 'a database with no name: checksum lookups fail with "missing GOSUMDB"',
};

/**
 * A variable set to white space or control characters only: usually an empty secret or a
 * templating slip. Go does not treat it as unset.
 */
function checkBlank(env: CheckEnv, c: Ctx): void {
  for (const name of DOWNLOAD_VARS) {
    const value = env[name];
    if (value === undefined || value === "" || !/^[\s\x00-\x1f\x7f]+$/.test(value)) continue;
    const effect = BLANK_EFFECT[name] ?? "a value it then rejects or misreads";
    push(
      c,
      "value-blank",
      name,
      `${name} is "${show(value)}", only white space or control characters: Go ${c.ver} does not treat it as unset but as ${effect}. Fix: unset ${name}, or check the secret or expression that should have filled it.`,
      { value },
    );
  }
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i]![j] = Math.min(
        dp[i - 1]![j]! + 1,
        dp[i]![j - 1]! + 1,
        dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return dp[a.length]![b.length]!;
}

function checkNeverRead(env: CheckEnv, ctx: CheckContext, c: Ctx): void {
  const names = new Set<string>();
  for (const k of Object.keys(env))
    if (!(DOWNLOAD_VARS as readonly string[]).includes(k)) names.add(k);
  for (const k of Object.keys(ctx.otherEnv ?? {})) names.add(k);
  for (const name of [...names].sort()) {
    if ((DOWNLOAD_VARS as readonly string[]).includes(name) || OTHER_GO_VARS.has(name)) continue;
    const upper = name.toUpperCase();
    let meant: string | undefined;
    if ((DOWNLOAD_VARS as readonly string[]).includes(upper)) meant = upper;
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
    } else if (/^GO/.test(upper) && upper.length >= 6) {
      const close = DOWNLOAD_VARS.filter(
        (k) => k.length >= 6 && distance(upper, k) <= (k.length >= 8 ? 2 : 1),
      );
      if (close.length === 1) meant = close[0];
    }
    if (!meant) continue;
    const val = env[name] ?? ctx.otherEnv?.[name] ?? "";
    push(
      c,
      "variable-never-read",
      name,
      `${name} is not a variable the go command reads; the setting does nothing. Fix: use ${meant}${upper === "GONOSUMCHECK" || upper === "GONOVERIFY" ? " — GONOSUMCHECK and GONOVERIFY do not exist in any Go release" : ""}.`,
      { value: redactList(val) },
    );
  }
}
