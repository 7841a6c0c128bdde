// GOPRIVATE, GONOPROXY, GONOSUMDB and GOINSECURE: module path patterns as Go matches them.
import { atLeast } from "../go/version.ts";
import { goTrimSpace } from "../go/proxy-list.ts";
import { isBadPattern, matchPrefixPatterns, pathMatch, splitPatterns } from "../go/patterns.ts";
import { printable, report, reportUnsupported, type CheckEnv, type Findings } from "./context.ts";

/** The variables that hold comma-separated module path patterns. */
const PATTERN_VARS = ["GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE"] as const;

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

export function checkPatterns(env: CheckEnv, c: Findings): void {
  const v = c.v;
  for (const name of PATTERN_VARS) {
    const value = env[name];
    if (value === undefined) continue;
    const since = name === "GOINSECURE" ? 14 : 13;
    if (value !== "" && !atLeast(v, since)) {
      reportUnsupported(
        c,
        name,
        value,
        `it exists from Go 1.${since}`,
        `require Go 1.${since}+ or remove it.`,
      );
      continue;
    }
    if (
      value === "" &&
      (name === "GONOPROXY" || name === "GONOSUMDB") &&
      (env.GOPRIVATE ?? "") !== ""
    ) {
      report(
        c,
        "gonoproxy-empty-not-off",
        name,
        `${name} is empty, which Go treats as unset, so GOPRIVATE ("${printable(env.GOPRIVATE!)}") still applies. Fix: to override GOPRIVATE set ${name}=none.`,
        { value },
      );
    }
    for (const p of splitPatterns(value)) {
      checkPatternSyntax(c, name, value, p);
      checkPatternReach(c, name, value, p);
    }
    if (name === "GOINSECURE") checkGoinsecure(c, value);
  }
}

/** Mistakes that make Go compare the text literally, so the pattern matches no module. */
function checkPatternSyntax(c: Findings, name: string, value: string, p: string): void {
  const trimmed = goTrimSpace(p);
  const where = `the ${name} pattern "${printable(p)}"`;
  const thePattern = `The ${name} pattern "${printable(p)}"`;
  if (p.includes(";")) {
    report(
      c,
      "pattern-semicolon",
      name,
      `In ${where}, ";" is not a separator: Go compares the whole text as one pattern, which matches no module. Fix: separate patterns with "," (${printable(
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
    report(
      c,
      "pattern-whitespace",
      name,
      `${thePattern} has leading or trailing white space; Go does not trim patterns, so it matches no module. Fix: remove the spaces ("${printable(trimmed)}").`,
      { value },
    );
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(trimmed) || /^https?:/.test(trimmed)) {
    report(
      c,
      "pattern-scheme",
      name,
      `${thePattern} starts with a URL scheme; module paths never do, so it matches nothing. Fix: write the module path prefix, e.g. "${printable(trimmed.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/*/, ""))}".`,
      { value },
    );
  }
  if (isBadPattern(p)) {
    report(
      c,
      "pattern-bad-glob",
      name,
      `${thePattern} is a malformed glob (path.Match: syntax error); Go ignores it silently and it matches nothing. Fix: close the character class or escape "[" and "\\".`,
      { value },
    );
  }
}

/** Patterns that match less (or more) than their author meant. */
function checkPatternReach(c: Findings, name: string, value: string, p: string): void {
  const v = c.v;
  const trimmed = goTrimSpace(p);
  const thePattern = `The ${name} pattern "${printable(p)}"`;
  if (trimmed.startsWith(".")) {
    report(
      c,
      "pattern-leading-dot",
      name,
      `${thePattern} starts with "."; Go compares it literally, so it does not match subdomains. Fix: use "*${trimmed}" (and "${trimmed.slice(1)}" for the apex).`,
      { value },
    );
  }
  if (p.endsWith("/") && !atLeast(v, 18)) {
    report(
      c,
      "pattern-trailing-slash-old-go",
      name,
      `${thePattern} ends in "/"; Go ${c.ver} (before 1.18) compares it literally, so it matches nothing. Fix: remove the trailing slash.`,
      { value },
    );
  }
  const first = trimmed.split("/")[0]!;
  if (/[A-Z]/.test(first) && !/[[\\]/.test(first)) {
    report(
      c,
      "pattern-uppercase",
      name,
      `${thePattern} has upper case in its host; matching is case-sensitive and hosts are lower case in module paths. Fix: "${printable(first.toLowerCase())}".`,
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
      report(
        c,
        "pattern-too-broad",
        name,
        `${thePattern} covers every module on a public code host: Go ${c.ver} fetches all of them directly${name === "GONOPROXY" ? "" : " and skips checksum verification for them"}. Fix: narrow it to your organisation, e.g. "github.com/your-org".`,
        { value },
      );
    }
  }
}

/** GOINSECURE turns off TLS verification for what it matches, and never for proxies. */
function checkGoinsecure(c: Findings, value: string): void {
  const v = c.v;
  const name = "GOINSECURE";
  for (const p of splitPatterns(value)) {
    const everything = UNRELATED_MODULES.every((m) => matchPrefixPatterns(p, m, v));
    const host = PUBLIC_HOSTS.find((h) => matchPrefixPatterns(p, `${h}/some/module`, v));
    if (!everything && host === undefined) continue;
    report(
      c,
      "goinsecure-too-broad",
      name,
      `The GOINSECURE pattern "${printable(p)}" covers ${everything ? "every module" : `every module on ${host}`}: Go ${c.ver} fetches ${everything ? "them" : "those"} directly without verifying TLS certificates (and over plain HTTP if offered) and skips checksum verification for them when GONOSUMDB/GOPRIVATE match too. Fix: list only the hosts with the self-signed or plain-HTTP servers, e.g. "git.corp.example.com".`,
      { value },
    );
  }
  if (value !== "") {
    report(
      c,
      "goinsecure-not-for-proxies",
      name,
      `GOINSECURE applies only to direct VCS and ?go-get=1 fetches of matching modules; Go ${c.ver} still verifies TLS for every GOPROXY URL and still checks checksums. Fix: for a proxy with a private CA, install the CA (SSL_CERT_FILE).`,
      { value },
    );
  }
}

/** A pattern already reported as an error by checkPatternSyntax. */
export function brokenPattern(p: string): boolean {
  return (
    p.includes(";") ||
    goTrimSpace(p) !== p ||
    isBadPattern(p) ||
    /^[A-Za-z][A-Za-z0-9+.-]*:/.test(p)
  );
}
