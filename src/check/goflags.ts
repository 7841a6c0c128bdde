// GOFLAGS: what `go mod download` and `go build` reject, and flags that change downloads.
import { atLeast } from "../go/version.ts";
import { redactList } from "../redact/redact.ts";
import { goflagsError, parseGoflags } from "../go/goflags.ts";
import { report, type CheckEnv, type Findings } from "./context.ts";

export function checkGoflags(env: CheckEnv, c: Findings): void {
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
    report(
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
    report(
      c,
      "goflags-breaks-builds",
      "GOFLAGS",
      `GOFLAGS has a value \`go mod download\` ignores but \`go build\`, \`go test\` and \`go list\` of Go ${c.ver} reject ("go: ${buildFailure}"): the download step passes and the build fails. Fix: correct or remove that flag.`,
      { value: shown, goError: buildFailure },
    );
  }
  for (const f of r.flags) {
    if (f.name === "insecure") {
      report(
        c,
        "goflags-insecure",
        "GOFLAGS",
        `GOFLAGS has -insecure: \`go mod download\` ignores it${atLeast(c.v, 17) ? ' and `go get` fails ("-insecure flag is no longer supported; use GOINSECURE instead")' : ", and `go get` warns it is deprecated"}. Fix: remove it and list hosts in GOINSECURE.`,
        { value: shown },
      );
    } else if (f.name === "mod" && f.value === "vendor") {
      report(
        c,
        "goflags-mod-vendor",
        "GOFLAGS",
        `GOFLAGS has -mod=vendor: builds read the vendor directory and never download modules. Fix: nothing, if that is intended.`,
        { value: shown },
      );
    }
  }
}
