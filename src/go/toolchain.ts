// GOTOOLCHAIN (Go 1.21+), as cmd/go/internal/toolchain.Select reads it, and gover's
// version syntax.
import { goQuote } from "./gourl.ts";

/** gover's parse: valid Go versions are "1", "1.21", "1.21rc1", "1.21.3". */
export function isValidGoVersion(x: string): boolean {
  const cutInt = (s: string): [string, string] | undefined => {
    const m = /^[0-9]+/.exec(s);
    if (!m) return undefined;
    if (m[0].length > 1 && m[0][0] === "0") return undefined;
    return [m[0], s.slice(m[0].length)];
  };
  let c = cutInt(x);
  if (!c) return false;
  let rest = c[1];
  if (rest === "") return true;
  if (rest[0] !== ".") return false;
  c = cutInt(rest.slice(1));
  if (!c) return false;
  rest = c[1];
  if (rest === "") return true;
  if (rest[0] === ".") {
    c = cutInt(rest.slice(1));
    return c !== undefined && c[1] === "";
  }
  const m = /^[a-z]+/.exec(rest);
  if (!m) return false;
  rest = rest.slice(m[0].length);
  if (rest === "") return true;
  c = cutInt(rest);
  return c !== undefined && c[1] === "";
}

/** gover.FromToolchain: "go1.22.0" → "1.22.0", "gccgo-go1.20.3" → "1.20.3", else "". */
export function versionFromToolchain(name: string): string {
  if (/[\\/]/.test(name)) return "";
  let v: string;
  if (name.startsWith("go")) v = name.slice(2);
  else {
    const i = name.indexOf("-go");
    if (i < 0) return "";
    v = name.slice(i + 3);
  }
  const j = v.search(/[ \t-]/);
  if (j >= 0) v = v.slice(0, j);
  return isValidGoVersion(v) ? v : "";
}

/** A language version such as "1.22" (no patch) is not a toolchain version on 1.21+. */
export function isLanguageVersionOnly(v: string): boolean {
  return /^[0-9]+\.[0-9]+$/.test(v) && Number(v.split(".")[1]) >= 21;
}

export type ToolchainSetting =
  | { kind: "unset" }
  | {
      kind: "ok";
      /** "local", or the named minimum/forced toolchain, e.g. "go1.22.0". */
      min: string;
      /** "" (forced), "auto" or "path". */
      mode: "" | "auto" | "path";
      /** The version of the named toolchain, when one is named. */
      version?: string;
    }
  | { kind: "error"; error: string };

/** Parses GOTOOLCHAIN like Select does; errors are Go's text after "go: ". */
export function parseGotoolchain(value: string): ToolchainSetting {
  if (value === "") return { kind: "unset" };
  if (value === "auto") return { kind: "ok", min: "local", mode: "auto" };
  if (value === "path") return { kind: "ok", min: "local", mode: "path" };
  const plus = value.indexOf("+");
  const min = plus < 0 ? value : value.slice(0, plus);
  const suffix = plus < 0 ? "" : value.slice(plus + 1);
  let version: string | undefined;
  if (min !== "local") {
    const v = versionFromToolchain(min);
    if (v === "") {
      if (plus >= 0) {
        return {
          kind: "error",
          error: `invalid GOTOOLCHAIN ${goQuote(value)}: invalid minimum toolchain ${goQuote(min)}`,
        };
      }
      return { kind: "error", error: `invalid GOTOOLCHAIN ${goQuote(value)}` };
    }
    version = v;
  }
  if (plus >= 0 && suffix !== "auto" && suffix !== "path") {
    return {
      kind: "error",
      error: `invalid GOTOOLCHAIN ${goQuote(value)}: only version suffixes are +auto and +path`,
    };
  }
  const out: ToolchainSetting = { kind: "ok", min, mode: suffix as "" | "auto" | "path" };
  if (version !== undefined) out.version = version;
  return out;
}
