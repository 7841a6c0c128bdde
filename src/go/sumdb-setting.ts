// GOSUMDB as modfetch/sumdb.go (dbDial) reads it, with the verifier-key checks of
// golang.org/x/mod/sumdb/note (NewVerifier, verifier-key.ts). Parses and validates the setting only.
import { goFields } from "./proxy-list.ts";
import { goUrlParse, goUrlString, strictHostFor } from "./gourl.ts";
import { checkVerifierKey } from "./verifier-key.ts";
import type { GoVersion } from "./version.ts";

export const SUM_GOLANG_ORG_KEY =
  "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";

/** modfetch/key.go: the only name Go knows a key for. */
export const KNOWN_GOSUMDB: Readonly<Record<string, string>> = {
  "sum.golang.org": SUM_GOLANG_ORG_KEY,
};

export const DEFAULT_GOSUMDB = "sum.golang.org";

export type SumdbSetting =
  | { kind: "off" }
  | {
      kind: "db";
      /** The database name (the key's name), e.g. sum.golang.org. */
      name: string;
      /** The full verifier key. */
      key: string;
      /** The explicit URL (second field), if any; proxies are then bypassed. */
      url?: string;
      /** True when the value named a known database or the sum.golang.google.cn alias. */
      known: boolean;
      /** The sum.golang.google.cn alias was used. */
      alias: boolean;
    }
  | {
      kind: "error";
      error: string;
      /** The name is not even a URL: go1.19 and go1.26 crash (nil pointer) instead of printing `error`. */
      crashes?: boolean;
    };

/**
 * Parses GOSUMDB as Go 1.13+ does when it first needs the database. `value` is the effective
 * value (an empty or absent OS value means the default, "sum.golang.org", except when a
 * `go env -w GOSUMDB=` line masks it on 1.21+, which gives "missing GOSUMDB").
 */
export function parseGosumdb(value: string, version?: GoVersion): SumdbSetting {
  const strictHost = version ? strictHostFor(version) : false;
  let v = value;
  let alias = false;
  if (v === "sum.golang.google.cn") {
    v = "sum.golang.org https://sum.golang.google.cn";
    alias = true;
  }
  if (v === "off") return { kind: "off" };
  const fields = goFields(v);
  let known = alias;
  if (fields.length >= 1 && KNOWN_GOSUMDB[fields[0]!]) {
    fields[0] = KNOWN_GOSUMDB[fields[0]!]!;
    known = true;
  }
  if (fields.length === 0) return { kind: "error", error: "missing GOSUMDB" };
  if (fields.length > 2) return { kind: "error", error: "invalid GOSUMDB: too many fields" };
  const check = checkVerifierKey(fields[0]!);
  if (!check.ok) return { kind: "error", error: `invalid GOSUMDB: ${check.error}` };
  const name = check.name;
  const direct = goUrlParse(`https://${name}`, { strictHost });
  const clean =
    direct.ok &&
    !name.endsWith("/") &&
    direct.url.scheme === "https" &&
    direct.url.opaque === "" &&
    direct.url.user === undefined &&
    !direct.url.forceQuery &&
    direct.url.rawQuery === "" &&
    direct.url.fragment === "" &&
    direct.url.rawPath === "" &&
    direct.url.host !== "" &&
    goUrlString(direct.url) !== "";
  if (!clean) {
    const out: SumdbSetting = {
      kind: "error",
      error: `invalid sumdb name (must be host[/path]): ${name}`,
    };
    // dbDial formats the parsed URL with %+v even when parsing failed: a nil dereference.
    if (!direct.ok) out.crashes = true;
    return out;
  }
  const out: SumdbSetting = { kind: "db", name, key: fields[0]!, known, alias };
  if (fields.length === 2) {
    const u = goUrlParse(fields[1]!, { strictHost });
    if (!u.ok) return { kind: "error", error: `invalid GOSUMDB URL: ${u.error}` };
    out.url = fields[1]!;
  }
  return out;
}
