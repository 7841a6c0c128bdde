// Variables the go command never reads: misspellings and names people invent.
import { GO_VARIABLES } from "../go/env.ts";
import { redactList } from "../redact/redact.ts";
import { report, type CheckContext, type CheckEnv, type Findings } from "./context.ts";

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

/** Edit distance, cut off at 3: only near misses matter. */
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

export function checkVariableNames(env: CheckEnv, ctx: CheckContext, c: Findings): void {
  const names = new Set<string>();
  for (const k of Object.keys(env)) if (!DOWNLOAD_VARS.includes(k)) names.add(k);
  for (const k of Object.keys(ctx.otherEnv ?? {})) names.add(k);
  for (const name of [...names].sort()) {
    if (DOWNLOAD_VARS.includes(name) || OTHER_GO_VARS.has(name)) continue;
    const upper = name.toUpperCase();
    let meant: string | undefined;
    if (DOWNLOAD_VARS.includes(upper)) meant = upper;
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
    report(
      c,
      "variable-never-read",
      name,
      `${name} is not a variable the go command reads; the setting does nothing. Fix: use ${meant}${upper === "GONOSUMCHECK" || upper === "GONOVERIFY" ? " — GONOSUMCHECK and GONOVERIFY do not exist in any Go release" : ""}.`,
      { value: redactList(val) },
    );
  }
}
