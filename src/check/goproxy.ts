// GOPROXY: the list as Go parses it per version, what happens when a proxy fails, and what
// a proxy URL exposes (credentials, plain HTTP).
import { atLeast } from "../go/version.ts";
import { redactList } from "../redact/redact.ts";
import { goUrlParse, strictHostFor } from "../go/gourl.ts";
import { DEFAULT_GOPROXY, type ProxyEntry, type ProxyListResult } from "../go/proxy-list.ts";
import type { GoSettings } from "../settings/go-settings.ts";
import type { CheckRuleId } from "./rules.ts";
import { printable, report, type CheckContext, type CheckEnv, type Findings } from "./context.ts";

export function checkGoproxy(
  env: CheckEnv,
  ctx: CheckContext,
  c: Findings,
  settings: GoSettings,
): void {
  const v = c.v;
  const raw = env.GOPROXY;
  if (raw === "" && atLeast(v, 21) && checkEmptyGoproxy(ctx, c) === "masked") return;
  const value = settings.goproxy;
  const res = settings.proxy;
  const shown = redactList(value);
  checkGoproxySyntax(c, res, value, shown);
  const explicit = raw !== undefined && raw !== "";
  if (explicit && !res.error) checkGoproxyFallbacks(c, res, shown);
  if (atLeast(v, 13)) for (const e of res.entries) checkProxyUrl(c, e, shown, explicit);
}

/** An empty GOPROXY counts as unset on Go 1.21+, unless the go env file empties it too. */
function checkEmptyGoproxy(ctx: CheckContext, c: Findings): "masked" | "unset" {
  if (ctx.userEnvFile?.GOPROXY === "") {
    report(
      c,
      "goproxy-empty-masked",
      "GOPROXY",
      `GOPROXY is empty in the environment and the go env file has an empty GOPROXY= line: Go ${c.ver} then uses the empty string and every module fetch fails with "GOPROXY list is not the empty string, but contains no entries". Fix: run \`go env -u GOPROXY\` and unset the variable, or set the proxies you want.`,
      { value: "", goError: "GOPROXY list is not the empty string, but contains no entries" },
    );
    return "masked";
  }
  report(
    c,
    "goproxy-empty-env",
    "GOPROXY",
    `GOPROXY is set to the empty string, which Go ${c.ver} treats as unset: it uses the go env file and then $GOROOT/go.env (normally ${DEFAULT_GOPROXY}). If a \`go env -w GOPROXY=\` line exists, GOPROXY stays empty and every fetch fails. Fix: unset GOPROXY, or set it to the value you mean.`,
    { value: "" },
  );
  return "unset";
}

/** The rule and the fix for the error Go gives when it rejects the list. */
function goproxyErrorRule(
  error: string,
  element: string | undefined,
): { id: CheckRuleId; fix: string } {
  let id: CheckRuleId;
  let fix: string;
  if (error.startsWith("invalid $GOPROXY setting")) {
    id = "goproxy-legacy-invalid";
    fix = "Fix: before Go 1.13 give a single http(s) or file URL, `direct` or `off`.";
  } else if (error.startsWith("invalid proxy URL missing scheme")) {
    id = "goproxy-missing-scheme";
    const el2 = element ?? "";
    fix = /^(direct|off)$/i.test(el2)
      ? `Fix: keywords are case-sensitive; write "${el2.toLowerCase()}".`
      : el2.startsWith("/")
        ? `Fix: write a directory as file://${el2}.`
        : "Fix: write a full URL such as https://proxy.example.com, or a host name with a dot.";
  } else if (error.startsWith("invalid proxy URL scheme")) {
    id = "goproxy-bad-scheme";
    fix =
      "Fix: use an https://, http:// or file:// URL (Go checks every entry before `direct`/`off`).";
  } else if (error.startsWith("invalid file://")) {
    id = "goproxy-file-non-path";
    fix = "Fix: write file:///absolute/path with nothing else.";
  } else if (error.startsWith("GOPROXY list is not the empty string")) {
    id = "goproxy-no-entries";
    fix = "Fix: unset GOPROXY for the default, or list a proxy or `direct`.";
  } else {
    id = "goproxy-unparsable-url";
    fix =
      "Fix: correct the URL (port, host characters, % escapes, brackets); Go prints this URL unredacted.";
  }
  return { id, fix };
}

/** Errors Go stops on, lists that behave as off, and separators or entries Go does not read. */
function checkGoproxySyntax(c: Findings, res: ProxyListResult, value: string, shown: string): void {
  const v = c.v;
  if (res.error) {
    const goError = res.error;
    const el =
      res.errorElement !== undefined ? ` in the entry "${redactList(res.errorElement)}"` : "";
    const what = `Go ${c.ver} rejects GOPROXY${el}: every module fetch fails with "go: <module>@<version>: ${goError}".`;
    const { id, fix } = goproxyErrorRule(goError, res.errorElement);
    report(c, id, "GOPROXY", `${what} ${fix}`, { value: shown, goError });
  } else if (res.behavesAsOff) {
    report(
      c,
      "goproxy-no-entries",
      "GOPROXY",
      `GOPROXY "${printable(shown)}" has no entries: Go ${c.ver} then behaves as GOPROXY=off and every module lookup fails with "module lookup disabled by GOPROXY=off". Fix: unset GOPROXY for the default, or list a proxy or \`direct\`.`,
      { value: shown },
    );
  }
  if (atLeast(v, 13) && !atLeast(v, 15) && value.includes("|")) {
    report(
      c,
      "goproxy-pipe-unsupported",
      "GOPROXY",
      `Go ${c.ver} splits GOPROXY on "," only: "|" stays inside the URL, so "${printable(shown)}" does not fall back on errors and is usually rejected. Fix: use "," or require Go 1.15+.`,
      { value: shown },
    );
  }
  if (res.ignored.length > 0) {
    const term = res.entries.find((e) => e.kind === "direct" || e.kind === "off")?.kind ?? "direct";
    report(
      c,
      "goproxy-entries-after-terminal",
      "GOPROXY",
      `GOPROXY lists ${res.ignored.length} entr${res.ignored.length === 1 ? "y" : "ies"} after "${term}" (${res.ignored.map((e) => `"${redactList(e)}"`).join(", ")}): Go stops at "${term}" and ignores them without checking them. Fix: put proxies before "${term}", or remove the dead entries.`,
      { value: shown },
    );
  }
}

/** What Go does when a proxy fails, and lists that leave no proxy at all. */
function checkGoproxyFallbacks(c: Findings, res: ProxyListResult, shown: string): void {
  const v = c.v;
  const real = res.entries.filter((e) => e.kind !== "noproxy");
  const commaBefore = real.filter(
    (e, i) =>
      e.kind === "proxy" &&
      e.fallback === "notfound" &&
      i < real.length - 1 &&
      real[i + 1]!.kind !== "off",
  );
  if (commaBefore.length > 0) {
    report(
      c,
      "goproxy-comma-hard-errors",
      "GOPROXY",
      `In "${printable(shown)}", Go moves past ${commaBefore.map((e) => e.display).join(", ")} only on 404 or 410; a timeout, connection or TLS error, 401, 403 or 5xx fails the build instead of falling through. Fix: ${atLeast(v, 15) ? 'use "|" after a proxy whose failures should fall through' : 'require Go 1.15+ and use "|"'}, if that is what you want.`,
      { value: shown },
    );
  }
  if (real.length === 1 && real[0]!.kind === "off") {
    report(
      c,
      "goproxy-off",
      "GOPROXY",
      `GOPROXY=off: Go ${c.ver} fails every module not already in the module cache ("module lookup disabled by GOPROXY=off"), yet still fetches GONOPROXY/GOPRIVATE modules directly and still contacts the checksum database. Fix: keep it only for fully cached or vendored builds.`,
      { value: shown },
    );
  }
  if (real.length === 1 && real[0]!.kind === "direct") {
    report(
      c,
      "goproxy-direct-only",
      "GOPROXY",
      `GOPROXY=direct: Go ${c.ver} fetches every module from its version-control host, which needs git in the image and is slower and less reliable. Fix: put a module proxy first, e.g. "https://proxy.example.com,direct".`,
      { value: shown },
    );
  }
}

/** Credentials and plain HTTP in one proxy URL. */
function checkProxyUrl(c: Findings, e: ProxyEntry, shown: string, explicit: boolean): void {
  const v = c.v;
  if (e.kind !== "proxy") return;
  const p = goUrlParse(e.url, { strictHost: strictHostFor(v) });
  if (!p.ok) return;
  const u = p.url;
  if (u.user && u.scheme === "http") {
    report(
      c,
      "goproxy-credentials-over-http",
      "GOPROXY",
      `The proxy ${e.display} carries credentials over plain HTTP: Go ${c.ver} refuses every request to it ("refusing to pass credentials to insecure URL: ${e.display}"). Fix: use https://, and move the credentials out of GOPROXY into the action's \`credentials\` input (it writes .netrc).`,
      { value: shown, goError: `refusing to pass credentials to insecure URL: ${e.display}` },
    );
  } else if (u.user && u.user.password === undefined) {
    report(
      c,
      "goproxy-username-token",
      "GOPROXY",
      `The proxy ${e.display} has a credential in the username position; Go masks only passwords, so the token is printed in clear in -x traces and error messages. Fix: move it out of GOPROXY into the action's \`credentials\` input (it writes .netrc), or at least write it as the password (https://user:TOKEN@host).`,
      { value: shown },
    );
  } else if (u.user) {
    report(
      c,
      "goproxy-password-in-url",
      "GOPROXY",
      `The proxy ${e.display} carries a password in the URL: Go masks it in most messages but not in URL parse errors, tools that print GOPROXY (go env, debug logs, cache keys) show it, and every process of the job can read it. Fix: move it into the action's \`credentials\` input (it writes .netrc${atLeast(v, 24) ? "; or use GOAUTH" : ""}) and keep GOPROXY free of secrets.`,
      { value: shown },
    );
  }
  const loopback = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/.test(e.url);
  if (u.scheme === "http" && !u.user && explicit && !loopback) {
    report(
      c,
      "goproxy-plain-http",
      "GOPROXY",
      `The proxy ${e.display} is plain HTTP: Go ${c.ver} uses it without GOINSECURE, unencrypted and unauthenticated. Fix: use https:// unless it is on the same machine.`,
      { value: shown },
    );
  }
  if (/\/\/$/.test(u.path) && u.path.length > 1) {
    report(
      c,
      "goproxy-sumdb-probe-double-slash",
      "GOPROXY",
      `The proxy ${e.display} ends in "//": module requests are cleaned, but the checksum-database probe asks for "…//sumdb/<name>/supported". Fix: end the URL with at most one slash.`,
      { value: shown },
    );
  }
}
