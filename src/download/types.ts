// Plain data shared by the -x trace parser, the -json decoder and the ledger.

/** A module file as the GOPROXY protocol names it (go-semantics.md §9). */
export type FileKind = "list" | "latest" | "info" | "mod" | "zip";

/** What one HTTP request was for. */
export type RequestKind =
  FileKind | "sumdb-supported" | "sumdb-lookup" | "sumdb-tile" | "go-get" | "toolchain" | "other";

/** One `# get URL` attempt from a -x trace, paired with its result line. */
export interface TraceRequest {
  /** The URL as Go printed it, with every credential redacted. */
  url: string;
  /** The HTTP status number, or null for a transport error, a keyword or a missing result. */
  status: number | null;
  /** net/http's status text, e.g. "404 Not Found"; null without a status. */
  statusText: string | null;
  /** Transport error, `insecure`, `unsupported`, `insecure credentials`, or `no result in trace`; redacted. */
  error: string | null;
  /** Go's own timing of the request (`(0.012s)`), when it printed one. */
  seconds: number | null;
  /** 1-based line of the `# get URL` line (of the result line when the start was not seen). */
  line: number;
  /** False when the trace ended before the result line. */
  complete: boolean;
}

/** One VCS command of a direct fetch (`cd DIR; git …` and its `N.NNNs # cd DIR; git …`). */
export interface VcsCommand {
  /** `git`, `hg`, `svn`, `bzr`, `fossil`. */
  tool: string;
  dir: string;
  /** The command line after the tool name, redacted. */
  args: string;
  /** The repository URL (redacted) named by a `mkdir -p DIR # git3 URL` line or in the arguments. */
  repo: string | null;
  seconds: number | null;
  line: number;
  /** False when no timing line followed (still running, or the vcs package's untimed form). */
  complete: boolean;
  /** True for the vcs package's `# cd DIR; git …` failure report. */
  failed: boolean;
}

export interface TraceParse {
  requests: TraceRequest[];
  vcs: VcsCommand[];
  /** Work directories of direct fetches and the repository each one holds (redacted). */
  repos: { dir: string; url: string }[];
  /** Lines read. */
  lines: number;
  /** Lines that carried a trace but could not be fully understood, and unpaired results. */
  problems: string[];
}

/** One object of `go mod download -json` (go-semantics.md §5); every field may be absent. */
export interface DownloadModule {
  Path: string;
  Version: string;
  Query?: string;
  Error?: string;
  Info?: string;
  GoMod?: string;
  Zip?: string;
  Dir?: string;
  Sum?: string;
  GoModSum?: string;
  Origin?: Record<string, unknown>;
  Reuse?: boolean;
  /** Go 1.13 only. */
  Latest?: boolean;
}

export interface DecodeProblem {
  /** Byte offset (in characters) in the stream where the bad text starts. */
  offset: number;
  kind: "garbage" | "invalid" | "truncated" | "not-a-module";
  message: string;
  /** Up to 200 characters of the offending text. */
  excerpt: string;
}

/** The GOPROXY chain the trace was made with, as plain data. */
export interface ChainConfig {
  /** GOPROXY entries in order, as configured: base URLs, and `direct`/`off` if present. */
  proxies: string[];
  /** Checksum databases: names (`sum.golang.org`) or a name with the URL GOSUMDB gives. */
  sumdbs?: (string | { name: string; url?: string })[];
  /** Shorthand for `sumdbs` given as names. */
  sumdbNames?: string[];
}

/** What a request URL was, under a chain. */
export interface Classification {
  /** The proxy base URL as configured (redacted), `direct`, or `sumdb:<name>`. */
  origin: string;
  kind: RequestKind;
  /** For list/latest/info/mod/zip, also when kind is `toolchain`. */
  file?: FileKind;
  module?: string;
  version?: string;
  /** Checksum database name, for sumdb kinds. */
  sumdb?: string;
}

export interface LedgerRequest {
  url: string;
  origin: string;
  status: number | null;
  error: string | null;
  seconds: number | null;
  kind: RequestKind;
  file?: FileKind;
  module?: string;
  version?: string;
  sumdb?: string;
  /** A probe of the module-path walk (a path that is not a module): never a fallback. */
  walk?: boolean;
  line: number;
}

export interface Attempt {
  origin: string;
  status: number | null;
  error: string | null;
  /** `404 Not Found`, an error text, or null when it served the file. */
  reason: string | null;
}

/** A module file and how it was finally obtained. */
export interface ModuleFile {
  module: string;
  /** Null for list and latest. */
  version: string | null;
  file: FileKind;
  /** The origin that served it (`local` = GOMODCACHE), or null when nothing did. */
  origin: string | null;
  /** The failed attempts before it, in order. */
  failed: Attempt[];
}

export interface FallbackEvent {
  module: string;
  version: string | null;
  file: FileKind;
  from: string;
  to: string;
  /** The status or error of `from`. */
  reason: string;
}

export interface OriginStats {
  origin: string;
  /** HTTP requests to this origin (checksum-database ones included, see sumdbRequests). */
  requests: number;
  ok: number;
  notFound: number;
  /** Responses other than 200, 404 and 410 (401, 403, 5xx, …). */
  otherStatus: number;
  /** No response: transport errors and Go's keywords (insecure, unsupported). */
  transportErrors: number;
  /** Every failed request that was not "not found": otherStatus + transportErrors. */
  errors: number;
  seconds: number;
  sumdbRequests: number;
  /** Direct only: VCS commands run. */
  vcsCommands: number;
  /** Module files asked of this origin, and served by it. */
  filesAsked: number;
  filesServed: number;
  /** filesServed / filesAsked, or null when nothing was asked. */
  hitRate: number | null;
}

export interface SumdbStats {
  name: string;
  /** The proxy it went through, or `sumdb:<name>` when direct. */
  origin: string;
  requests: number;
  ok: number;
  notFound: number;
  errors: number;
  seconds: number;
}

export interface Shares {
  /** Module files counted (walk probes excluded). */
  files: number;
  firstProxy: number;
  laterProxies: number;
  direct: number;
  local: number;
  failed: number;
  /** The same as fractions of `files` (0 when there are none). */
  ratio: {
    firstProxy: number;
    laterProxies: number;
    direct: number;
    local: number;
    failed: number;
  };
}

export interface LedgerModule {
  path: string;
  version: string;
  /** Who served the zip (else the .mod, else the .info); `local` for GOMODCACHE; null on error. */
  origin: string | null;
  error?: string;
  files: { info: string | null; mod: string | null; zip: string | null };
}

export interface Ledger {
  requests: LedgerRequest[];
  origins: OriginStats[];
  fallbacks: FallbackEvent[];
  files: ModuleFile[];
  sumdb: SumdbStats[];
  shares: Shares;
  /** Present when -json objects were given. */
  modules?: LedgerModule[];
  problems: string[];
}
