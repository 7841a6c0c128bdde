// GOSUMDB: its syntax per Go version, and settings that weaken or reroute verification.
import { atLeast } from "../go/version.ts";
import { redactList } from "../redact/redact.ts";
import { goFields } from "../go/proxy-list.ts";
import type { GoSettings } from "../settings/go-settings.ts";
import { printable, report, type CheckContext, type CheckEnv, type Findings } from "./context.ts";

export function checkGosumdb(
  env: CheckEnv,
  ctx: CheckContext,
  c: Findings,
  settings: GoSettings,
): void {
  const v = c.v;
  if (!atLeast(v, 13)) return;
  if (!env.GOSUMDB && atLeast(v, 21) && ctx.userEnvFile?.GOSUMDB === "") {
    report(
      c,
      "gosumdb-missing",
      "GOSUMDB",
      `GOSUMDB is ${env.GOSUMDB === undefined ? "unset" : "empty"} and the go env file has an empty GOSUMDB= line: Go ${c.ver} fails every checksum lookup with "missing GOSUMDB". Fix: run \`go env -u GOSUMDB\`.`,
      { value: "", goError: "missing GOSUMDB" },
    );
    return;
  }
  const value = settings.gosumdb;
  const s = settings.sumdb;
  const shown = redactList(value);
  if (s.kind === "error") {
    const fields = goFields(value);
    const bare =
      s.error === "invalid GOSUMDB: malformed verifier id" &&
      fields.length >= 1 &&
      !fields[0]!.includes("+");
    if (s.error === "missing GOSUMDB") {
      report(
        c,
        "gosumdb-missing",
        "GOSUMDB",
        `GOSUMDB "${printable(shown)}" has no fields: Go ${c.ver} fails every checksum lookup with "missing GOSUMDB". Fix: unset it for sum.golang.org, or set "off".`,
        { value: shown, goError: s.error },
      );
    } else if (bare) {
      report(
        c,
        "gosumdb-bare-name",
        "GOSUMDB",
        `GOSUMDB names "${redactList(fields[0]!)}", but Go ${c.ver} has a key only for sum.golang.org, so the first lookup fails with "verifying <module>: ${s.error}". Fix: give the full key "<name>+<hash>+<base64 key>" (optionally followed by the URL), or use sum.golang.org.`,
        { value: shown, goError: s.error },
      );
    } else {
      report(
        c,
        "gosumdb-invalid",
        "GOSUMDB",
        `Go ${c.ver} rejects GOSUMDB "${printable(shown)}": the first checksum lookup fails with "verifying <module>: ${s.error}" (only when go.sum lacks a hash). Fix: use sum.golang.org, off, or "<name>+<hash>+<key> [url]".`,
        { value: shown, goError: s.error },
      );
    }
    return;
  }
  if (s.kind === "off") {
    report(
      c,
      "gosumdb-off",
      "GOSUMDB",
      `GOSUMDB=off: Go ${c.ver} trusts any module missing from go.sum on first download${atLeast(v, 21) ? ', and toolchain downloads fail ("checksum database disabled by GOSUMDB=off")' : ""}. Fix: keep verification on and list private modules in GOPRIVATE or GONOSUMDB.`,
      { value: shown },
    );
    return;
  }
  if (s.url !== undefined && !s.alias) {
    report(
      c,
      "gosumdb-explicit-url",
      "GOSUMDB",
      `GOSUMDB gives the URL ${redactList(s.url)} for ${s.name}: Go ${c.ver} sends every checksum lookup there directly and never through GOPROXY. Fix: make sure CI can reach it, or drop the URL to go through proxies that serve /sumdb/${s.name}/.`,
      { value: shown },
    );
  }
}
