// GOTOOLCHAIN: its syntax, and toolchain downloads that other settings make fail.
import { atLeast } from "../go/version.ts";
import type { GoSettings } from "../settings/go-settings.ts";
import { isLanguageVersionOnly, parseGotoolchain } from "../go/toolchain.ts";
import { printable, report, reportUnsupported, type CheckEnv, type Findings } from "./context.ts";

export function checkGotoolchain(env: CheckEnv, c: Findings, settings: GoSettings): void {
  const v = c.v;
  const value = env.GOTOOLCHAIN;
  // GOTOOLCHAIN=local is what Go before 1.21 does anyway: harmless where it is not read.
  if (value !== undefined && value !== "" && value !== "local" && !atLeast(v, 21)) {
    reportUnsupported(
      c,
      "GOTOOLCHAIN",
      value,
      "toolchain switching starts with Go 1.21",
      "install the Go version you need.",
    );
    return;
  }
  if (!atLeast(v, 21)) return;
  const t = parseGotoolchain(value ?? "auto");
  if (t.kind === "error") {
    report(
      c,
      "gotoolchain-invalid",
      "GOTOOLCHAIN",
      `Go ${c.ver} stops at start-up: "go: ${t.error}". Fix: use local, auto, path, go1.X.Y, go1.X.Y+auto or go1.X.Y+path.`,
      { value: value ?? "", goError: t.error },
    );
    return;
  }
  if (t.kind === "ok" && t.version !== undefined && isLanguageVersionOnly(t.version)) {
    report(
      c,
      "gotoolchain-language-version",
      "GOTOOLCHAIN",
      `GOTOOLCHAIN names go${t.version}, a language version: when Go ${c.ver} has to switch it fails with "invalid toolchain: go${t.version} is a language version but not a toolchain version (go${t.version}.x)". Fix: name a release, e.g. go${t.version}.0.`,
      { value: value ?? "" },
    );
  }
  const downloads = t.kind === "ok" && !(t.min === "local" && t.mode === "");
  if (!downloads) return;
  const real = settings.proxy.entries.filter((e) => e.kind !== "noproxy");
  const proxyOff = real.length > 0 && real[0]!.kind === "off";
  const sumOff = settings.sumdb.kind === "off";
  if (proxyOff || sumOff) {
    const why = sumOff
      ? 'GOSUMDB=off ("checksum database disabled by GOSUMDB=off": toolchains are always verified)'
      : 'GOPROXY=off (reported as "toolchain not available")';
    report(
      c,
      "gotoolchain-needs-sumdb",
      "GOTOOLCHAIN",
      `GOTOOLCHAIN=${value === undefined || value === "" ? "auto (default)" : printable(value)} lets Go ${c.ver} download a newer toolchain when go.mod asks for one, but that download fails with ${why}. Fix: set GOTOOLCHAIN=local, or allow toolchain downloads.`,
      { value: value ?? "" },
    );
  }
}
