// GOFLAGS as cmd/go/internal/base/goflags.go splits and checks it, and the flags that
// matter for module downloads.
import { atLeast, type GoVersion } from "./version.ts";
import { goFields } from "./proxy-list.ts";

export interface GoFlag {
  /** The word as written. */
  raw: string;
  /** Name without dashes, e.g. "mod". */
  name: string;
  value?: string;
}

export interface GoFlagsResult {
  flags: GoFlag[];
  /** Go's error after "go: ", e.g. `parsing $GOFLAGS: non-flag "x"`. */
  error?: string;
}

/** quoted.Split (1.21+): fields with '…' or "…" quoting, no escapes. */
export function quotedSplit(s: string): { words: string[]; error?: string } {
  const words: string[] = [];
  let i = 0;
  const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\r";
  while (i < s.length) {
    while (i < s.length && isSpace(s[i])) i++;
    if (i >= s.length) break;
    const q = s[i];
    if (q === "'" || q === '"') {
      const j = s.indexOf(q, i + 1);
      if (j < 0) return { words, error: "unterminated " + q + " string" };
      words.push(s.slice(i + 1, j));
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < s.length && !isSpace(s[j])) j++;
    words.push(s.slice(i, j));
    i = j;
  }
  return { words };
}

/** Flags of `go mod download` (the others are ignored by it, if some go command knows them). */
export const MOD_DOWNLOAD_FLAGS = new Set([
  "x",
  "json",
  "modcacherw",
  "modfile",
  "overlay",
  "reuse",
  "C",
]);

/** Build and module flags the go command knows somewhere; used to spot unknown flags. */
export const KNOWN_GO_FLAGS = new Set([
  ...MOD_DOWNLOAD_FLAGS,
  "mod",
  "insecure",
  "a",
  "n",
  "p",
  "race",
  "msan",
  "asan",
  "v",
  "work",
  "asmflags",
  "buildmode",
  "buildvcs",
  "compiler",
  "gccgoflags",
  "gcflags",
  "installsuffix",
  "ldflags",
  "linkshared",
  "pkgdir",
  "tags",
  "trimpath",
  "toolexec",
  "cover",
  "covermode",
  "coverpkg",
  "pgo",
  "o",
  "count",
  "timeout",
  "cpu",
  "parallel",
  "short",
  "failfast",
  "shuffle",
  "vet",
  "exec",
  "t",
  "u",
  "d",
  "f",
  "m",
  "e",
  "fix",
  "test",
  "find",
  "deps",
  "export",
  "compiled",
  "retracted",
  "versions",
  "fullpath",
  "benchtime",
  "bench",
  "run",
  "skip",
  "list",
  "fuzz",
  "fuzztime",
  "fuzzminimizetime",
  "benchmem",
  "blockprofile",
  "coverprofile",
  "cpuprofile",
  "memprofile",
  "mutexprofile",
  "outputdir",
  "trace",
  "debug-actiongraph",
  "debug-deprunorder",
  "debug-trace",
  "toolchain",
  "go",
  "godebug",
  "json",
  "ldflags",
  "tags",
  "x",
]);

/** Splits and checks GOFLAGS like the given Go version. */
export function parseGoflags(value: string, v: GoVersion): GoFlagsResult {
  let words: string[];
  if (atLeast(v, 21)) {
    const q = quotedSplit(value);
    if (q.error) return { flags: [], error: `parsing $GOFLAGS: ${q.error}` };
    words = q.words;
  } else {
    words = goFields(value);
  }
  const flags: GoFlag[] = [];
  for (const w of words) {
    if (!w.startsWith("-"))
      return { flags, error: `parsing $GOFLAGS: non-flag ${JSON.stringify(w)}` };
    const body = w.replace(/^--?/, "");
    const eq = body.indexOf("=");
    const f: GoFlag = { raw: w, name: eq < 0 ? body : body.slice(0, eq) };
    if (eq >= 0) f.value = body.slice(eq + 1);
    flags.push(f);
  }
  return { flags };
}
