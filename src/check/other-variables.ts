// GOAUTH, GOVCS and GO111MODULE: each read from some Go version on, each with its own syntax.
import { atLeast } from "../go/version.ts";
import { redactList } from "../redact/redact.ts";
import { parseGoauth } from "../go/goauth.ts";
import { parseGovcs } from "../go/govcs.ts";
import { printable, report, reportUnsupported, type CheckEnv, type Findings } from "./context.ts";

export function checkGoauth(env: CheckEnv, c: Findings): void {
  const auth = env.GOAUTH;
  if (auth === undefined || auth === "") return;
  const shown = redactList(auth);
  if (!atLeast(c.v, 24)) {
    const why = "it exists from Go 1.24; older versions use .netrc only";
    reportUnsupported(c, "GOAUTH", shown, why, "use .netrc, or require Go 1.24+.");
    return;
  }
  const { error } = parseGoauth(auth);
  if (!error) return;
  report(
    c,
    "goauth-invalid",
    "GOAUTH",
    `Go ${c.ver} rejects GOAUTH: authenticated fetches fail with "${error}". Fix: a ";"-separated list of off, netrc, "git /abs/dir" or a command, with no empty entries.`,
    { value: shown, goError: error },
  );
}

export function checkGovcs(env: CheckEnv, c: Findings): void {
  const vcs = env.GOVCS;
  if (vcs === undefined || vcs === "") return;
  if (!atLeast(c.v, 16)) {
    reportUnsupported(c, "GOVCS", vcs, "it exists from Go 1.16", "require Go 1.16+ or remove it.");
    return;
  }
  const { error } = parseGovcs(vcs);
  if (!error) return;
  report(
    c,
    "govcs-invalid",
    "GOVCS",
    `Go ${c.ver} rejects GOVCS when it first needs a VCS: "${error}". Fix: write pattern:vcs|vcs entries separated by ",".`,
    { value: vcs, goError: error },
  );
}

export function checkGo111module(env: CheckEnv, c: Findings): void {
  const g111 = env.GO111MODULE;
  if (g111 !== undefined && !["", "on", "off", "auto"].includes(g111)) {
    report(
      c,
      "go111module-invalid",
      "GO111MODULE",
      `Go ${c.ver} accepts GO111MODULE only as on, off, auto or empty (in lower case): every go command fails with "go: unknown environment setting GO111MODULE=${printable(g111)}". Fix: unset it (modules are on by default) or write "on".`,
      { value: g111, goError: `unknown environment setting GO111MODULE=${g111}` },
    );
  }
  if (env.GO111MODULE === "off") {
    report(
      c,
      "go111module-off",
      "GO111MODULE",
      `GO111MODULE=off: Go ${c.ver} ignores go.mod and works in GOPATH mode, so GOPROXY and GOSUMDB are not used. Fix: unset GO111MODULE.`,
      { value: "off" },
    );
  }
}
