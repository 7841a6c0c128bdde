// Download variables set to white space only: Go reads them as values, never as unset.
import { GO_VARIABLES } from "../go/env.ts";
import { printable, report, type CheckEnv, type Findings } from "./context.ts";

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
export function checkBlankValues(env: CheckEnv, c: Findings): void {
  for (const name of GO_VARIABLES) {
    const value = env[name];
    if (value === undefined || value === "" || !/^[\s\x00-\x1f\x7f]+$/.test(value)) continue;
    const effect = BLANK_EFFECT[name] ?? "a value it then rejects or misreads";
    report(
      c,
      "value-blank",
      name,
      `${name} is "${printable(value)}", only white space or control characters: Go ${c.ver} does not treat it as unset but as ${effect}. Fix: unset ${name}, or check the secret or expression that should have filled it.`,
      { value },
    );
  }
}
