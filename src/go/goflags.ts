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

/**
 * How a flag checks its value when a command defines it: a boolean (strconv.ParseBool), a
 * string that needs `=value`, an integer, a per-package flag (`[pattern=]-flags`), a boolean
 * that also takes `auto`, or one of a few words. As observed on real Go 1.19 to 1.26
 * (__tests__/unit/check/goflags-differential.test.ts).
 */
type FlagKind =
  | { t: "bool" }
  | { t: "string" }
  | { t: "int"; positive?: boolean }
  | { t: "perpackage" }
  | { t: "bool-or-auto" }
  | { t: "enum"; values: string[]; reason: string };

interface FlagSpec {
  kind: FlagKind;
  /** First and last Go minor that define it for this command. */
  since?: number;
  until?: number;
}

const BOOL: FlagSpec = { kind: { t: "bool" } };
const STRING: FlagSpec = { kind: { t: "string" } };
const PER_PACKAGE: FlagSpec = { kind: { t: "perpackage" } };

/** `go build`'s flags (shared by go test, go list, go install, go run). */
const BUILD_FLAGS: Record<string, FlagSpec> = {
  a: BOOL,
  n: BOOL,
  x: BOOL,
  v: BOOL,
  race: BOOL,
  msan: BOOL,
  asan: BOOL,
  trimpath: BOOL,
  linkshared: BOOL,
  modcacherw: BOOL,
  work: BOOL,
  i: { kind: { t: "bool" }, until: 19 },
  cover: { kind: { t: "bool" }, since: 20 },
  json: { kind: { t: "bool" }, since: 24 },
  asmflags: PER_PACKAGE,
  gcflags: PER_PACKAGE,
  ldflags: PER_PACKAGE,
  gccgoflags: PER_PACKAGE,
  buildvcs: { kind: { t: "bool-or-auto" } },
  compiler: { kind: { t: "enum", values: ["gc", "gccgo"], reason: "unknown compiler" } },
  covermode: {
    kind: {
      t: "enum",
      values: ["set", "count", "atomic"],
      reason: 'valid modes are "set", "count", or "atomic"',
    },
    since: 20,
  },
  p: { kind: { t: "int", positive: true } },
  buildmode: STRING,
  "debug-actiongraph": STRING,
  "debug-trace": STRING,
  installsuffix: STRING,
  mod: STRING,
  modfile: STRING,
  overlay: STRING,
  o: STRING,
  pkgdir: STRING,
  tags: STRING,
  toolexec: STRING,
  coverpkg: { kind: { t: "string" }, since: 20 },
  pgo: { kind: { t: "string" }, since: 20 },
};

/** `go mod download`'s own flags: GOFLAGS values for them are checked; the rest are ignored. */
const MOD_DOWNLOAD_FLAGS: Record<string, FlagSpec> = {
  x: BOOL,
  json: BOOL,
  modcacherw: BOOL,
  modfile: STRING,
  overlay: STRING,
  reuse: STRING,
};

/** Test-binary flags `go test` also accepts as -test.NAME, with the Go minor that added them. */
const TEST_PASSED: Record<string, number> = {
  bench: 0,
  benchmem: 0,
  benchtime: 0,
  blockprofile: 0,
  blockprofilerate: 0,
  count: 0,
  coverprofile: 0,
  cpu: 0,
  cpuprofile: 0,
  failfast: 0,
  fuzz: 0,
  fuzzminimizetime: 0,
  fuzztime: 0,
  list: 0,
  memprofile: 0,
  memprofilerate: 0,
  mutexprofile: 0,
  mutexprofilefraction: 0,
  outputdir: 0,
  parallel: 0,
  run: 0,
  short: 0,
  shuffle: 0,
  timeout: 0,
  trace: 0,
  v: 0,
  fullpath: 20,
  skip: 20,
  artifacts: 25,
};
/** Every other flag some go command defines (go.mod editing, list, test, env, vet…), with the Go minor that added it. */
const OTHER_FLAGS: Record<string, number> = {
  c: 0,
  cache: 0,
  compat: 0,
  compiled: 0,
  cover: 0,
  covermode: 0,
  coverpkg: 0,
  d: 0,
  deps: 0,
  dropexclude: 0,
  dropreplace: 0,
  droprequire: 0,
  dropretract: 0,
  dropuse: 0,
  e: 0,
  exclude: 0,
  exec: 0,
  export: 0,
  f: 0,
  find: 0,
  fix: 0,
  fmt: 0,
  fuzzcache: 0,
  go: 0,
  insecure: 0,
  json: 0,
  m: 0,
  modcache: 0,
  module: 0,
  print: 0,
  r: 0,
  replace: 0,
  require: 0,
  retract: 0,
  retracted: 0,
  reuse: 0,
  t: 0,
  test: 0,
  testcache: 0,
  u: 0,
  use: 0,
  vendor: 0,
  versions: 0,
  vet: 0,
  vettool: 0,
  w: 0,
  C: 20,
  pgo: 20,
  toolchain: 21,
  changed: 23,
  diff: 23,
  godebug: 23,
  dropgodebug: 23,
  tool: 24,
  droptool: 24,
  ignore: 25,
  dropignore: 25,
  "debug-runtime-trace": 25,
  fixtool: 26,
};
/** Whether some go command of this version defines the flag (else Go fails every command with "unknown flag"). */
export function isKnownGoFlag(name: string, v: GoVersion): boolean {
  if (Object.hasOwn(BUILD_FLAGS, name)) return true;
  const test = name.startsWith("test.") ? name.slice(5) : name;
  const passed = TEST_PASSED[test];
  if (passed !== undefined) return atLeast(v, passed);
  const other = Object.hasOwn(OTHER_FLAGS, name) ? OTHER_FLAGS[name] : undefined;
  return other !== undefined && atLeast(v, other);
}

export type GoflagsCommand = "mod download" | "build";

/** strconv.ParseBool's accepted spellings. */
const BOOLS = new Set([
  "1",
  "t",
  "T",
  "TRUE",
  "true",
  "True",
  "0",
  "f",
  "F",
  "FALSE",
  "false",
  "False",
]);

function defined(spec: FlagSpec | undefined, v: GoVersion): spec is FlagSpec {
  if (!spec) return false;
  if (spec.since !== undefined && !atLeast(v, spec.since)) return false;
  return spec.until === undefined || !atLeast(v, spec.until + 1);
}

/** Why Go rejects a value for a flag of this kind, as the flag package words it; undefined if valid. */
function valueError(name: string, kind: FlagKind, value: string | undefined): string | undefined {
  const from = `for flag -${name} (from $GOFLAGS)`;
  const invalid = (reason: string) => `invalid value ${JSON.stringify(value)} ${from}: ${reason}`;
  switch (kind.t) {
    case "bool":
      return value === undefined || BOOLS.has(value)
        ? undefined
        : `invalid boolean value ${JSON.stringify(value)} ${from}: parse error`;
    case "bool-or-auto":
      return value === undefined || value === "auto" || BOOLS.has(value)
        ? undefined
        : `invalid boolean value ${JSON.stringify(value)} ${from}: value is neither 'auto' nor a valid bool`;
    default:
      break;
  }
  if (value === undefined) return `flag needs an argument: -${name} (from $GOFLAGS)`;
  switch (kind.t) {
    case "int": {
      const n = parseGoInt(value);
      if (n === undefined) return invalid("parse error");
      return kind.positive && n <= 0 ? `-${name} must be a positive integer: ${n}` : undefined;
    }
    case "enum":
      return kind.values.includes(value)
        ? undefined
        : invalid(
            kind.reason === "unknown compiler"
              ? `unknown compiler ${JSON.stringify(value)}`
              : kind.reason,
          );
    case "perpackage": {
      // cmd/go/internal/load.PerPackageFlag.set
      const v = value.trim();
      if (v === "" || v.startsWith("-")) return undefined;
      const eq = v.indexOf("=");
      if (eq < 0) return invalid("missing =<value> in <pattern>=<value>");
      if (v.slice(0, eq).trim() === "") return invalid("missing <pattern> in <pattern>=<value>");
      if (v[0] === "'" || v[0] === '"')
        return invalid(`parameter may not start with quote character ${v[0]}`);
      return undefined;
    }
    default:
      return undefined;
  }
}

/** strconv.ParseInt(s, 0, 64): decimal, 0x/0o/0b prefixes, underscores between digits with a prefix. */
function parseGoInt(s: string): number | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]*|0[bB][01_]+|[1-9][0-9]*|0)$/.exec(s);
  if (!m) return undefined;
  const body = m[2]!;
  if (body.includes("_") && !/^0[xXoObB]?/.test(body)) return undefined;
  let n: number;
  const digits = body.replace(/_/g, "");
  if (/^0[xX]/.test(digits)) n = parseInt(digits.slice(2), 16);
  else if (/^0[bB]/.test(digits)) n = parseInt(digits.slice(2), 2);
  else if (/^0[oO]/.test(digits)) n = parseInt(digits.slice(2), 8);
  else if (digits.length > 1 && digits.startsWith("0")) n = parseInt(digits.slice(1), 8);
  else n = Number(digits);
  if (Number.isNaN(n)) return undefined;
  return m[1] === "-" ? -n : n;
}

/**
 * The error a go command of this version stops with before doing anything, because of
 * GOFLAGS (base.SetFromGOFLAGS and the checks that follow), or undefined when it runs.
 * A flag the command does not define is ignored; its own flags must have valid values.
 */
export function goflagsError(
  value: string,
  v: GoVersion,
  command: GoflagsCommand,
): string | undefined {
  const r = parseGoflags(value, v);
  if (r.error) return r.error;
  for (const f of r.flags) {
    if (!isKnownGoFlag(f.name, v)) return `parsing $GOFLAGS: unknown flag -${f.name}`;
  }
  const own = command === "build" ? BUILD_FLAGS : MOD_DOWNLOAD_FLAGS;
  for (const f of r.flags) {
    if (f.name === "C")
      return f.value === undefined
        ? "flag needs an argument: -C (from $GOFLAGS)"
        : `invalid value ${JSON.stringify(f.value)} for flag -C (from $GOFLAGS): -C flag must be first flag on command line`;
    const spec = Object.hasOwn(own, f.name) ? own[f.name] : undefined;
    if (!defined(spec, v)) continue;
    const err = valueError(f.name, spec.kind, f.value);
    if (err) return err;
  }
  // Later flags win; the values are then checked by the module loader and the builder.
  const last = (name: string) => r.flags.filter((f) => f.name === name).at(-1)?.value;
  const modfile = last("modfile");
  if (modfile && !modfile.endsWith(".mod"))
    return `-modfile=${modfile}: file does not have .mod extension`;
  if (command === "build") {
    const mod = last("mod");
    if (mod !== undefined && !["", "mod", "readonly", "vendor"].includes(mod))
      return `-mod=${mod} not supported (can be '', 'mod', 'readonly', or 'vendor')`;
  }
  return undefined;
}

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
    if (!w.startsWith("-") || w === "-" || w === "--" || /^(?:---|--?=)/.test(w))
      return { flags, error: `parsing $GOFLAGS: non-flag ${JSON.stringify(w)}` };
    const body = w.replace(/^--?/, "");
    const eq = body.indexOf("=");
    const f: GoFlag = { raw: w, name: eq < 0 ? body : body.slice(0, eq) };
    if (eq >= 0) f.value = body.slice(eq + 1);
    flags.push(f);
  }
  return { flags };
}
