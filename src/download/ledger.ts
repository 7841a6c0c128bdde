// The ledger: who served every module file, what failed before, per-origin counts, hit
// rates and fallback events, from a parsed -x trace (and the -json objects when there are).
//
// Rules (go-semantics.md §1, §3, §4): fallback chains, walk probes and `direct` are read in
// file-chains.ts; counts in origin-stats.ts. Here:
// - A file -json reports with no request at all was served by `local` (GOMODCACHE), or by
//   `direct` when its module has direct-mode traffic.
// - Go 1.24+ silently repeats a 4xx over https with GOAUTH credentials; -x shows one line,
//   so this ledger counts one attempt.
import { scrubDeep } from "../redact/redact.ts";
import { createClassifier, type Classifier } from "./classify.ts";
import {
  bump,
  directEvidence,
  resolveFiles,
  walkProbeTest,
  type ClassifiedRequest,
  type FileTally,
} from "./file-chains.ts";
import { originStats, runShares } from "./origin-stats.ts";
import type {
  ChainConfig,
  DownloadModule,
  FileKind,
  Ledger,
  LedgerModule,
  LedgerRequest,
  ModuleFile,
  TraceParse,
} from "./types.ts";

const FILE_KINDS: FileKind[] = ["list", "latest", "info", "mod", "zip"];

export interface LedgerOptions {
  /** The -json objects of `go mod download`, for `local` and the module list. */
  modules?: DownloadModule[];
}

function classifyRequests(trace: TraceParse, cls: Classifier): ClassifiedRequest[] {
  return trace.requests.map((r) => {
    const c = cls.classify(r.url);
    const out: ClassifiedRequest = {
      url: r.url,
      origin: c.origin,
      status: r.status,
      error: r.error,
      seconds: r.seconds,
      kind: c.kind,
      line: r.line,
      statusText: r.statusText,
    };
    if (c.file) out.file = c.file;
    if (c.module !== undefined) out.module = c.module;
    if (c.version !== undefined) out.version = c.version;
    if (c.sumdb !== undefined) out.sumdb = c.sumdb;
    return out;
  });
}

/** The -json modules, each file from its request or, never requested, from local or direct. */
function accountJsonModules(
  modules: DownloadModule[],
  files: ModuleFile[],
  local: (path: string) => "direct" | "local",
  tally: FileTally,
): LedgerModule[] {
  const out: LedgerModule[] = [];
  const byFile = new Map<string, ModuleFile>();
  for (const f of files)
    if (f.version !== null) byFile.set(`${f.module}@${f.version}/${f.file}`, f);
  for (const m of modules) {
    const origins: LedgerModule["files"] = { info: null, mod: null, zip: null };
    const present = { info: m.Info, mod: m.GoMod, zip: m.Zip };
    for (const k of ["info", "mod", "zip"] as const) {
      const f = byFile.get(`${m.Path}@${m.Version}/${k}`);
      if (f) {
        origins[k] = f.origin;
        continue;
      }
      if (!present[k]) continue;
      const origin = local(m.Path);
      origins[k] = origin;
      files.push({ module: m.Path, version: m.Version, file: k, origin, failed: [] });
      bump(tally.servedBy, origin);
      bump(tally.asked, origin);
    }
    const lm: LedgerModule = {
      path: m.Path,
      version: m.Version,
      origin: m.Error ? null : (origins.zip ?? origins.mod ?? origins.info ?? "local"),
      files: origins,
    };
    if (m.Error) lm.error = m.Error;
    out.push(lm);
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byModuleVersionFile(a: ModuleFile, b: ModuleFile): number {
  if (a.module !== b.module) return a.module < b.module ? -1 : 1;
  return (
    cmp(a.version ?? "", b.version ?? "") || FILE_KINDS.indexOf(a.file) - FILE_KINDS.indexOf(b.file)
  );
}

function stripStatusText(r: ClassifiedRequest): LedgerRequest {
  const out: LedgerRequest = {
    url: r.url,
    origin: r.origin,
    status: r.status,
    error: r.error,
    seconds: r.seconds,
    kind: r.kind,
    line: r.line,
  };
  if (r.file !== undefined) out.file = r.file;
  if (r.module !== undefined) out.module = r.module;
  if (r.version !== undefined) out.version = r.version;
  if (r.sumdb !== undefined) out.sumdb = r.sumdb;
  if (r.walk) out.walk = true;
  return out;
}

/** Builds the ledger of one run. */
export function buildLedger(
  trace: TraceParse,
  chain: ChainConfig,
  opts: LedgerOptions = {},
): Ledger {
  const cls = createClassifier(chain);
  const requests = classifyRequests(trace, cls);
  const hasDirectEvidence = directEvidence(trace, requests);
  const jsonError = new Map<string, string>();
  for (const m of opts.modules ?? []) if (m.Error) jsonError.set(`${m.Path}@${m.Version}`, m.Error);
  const tally: FileTally = { asked: new Map(), servedBy: new Map() };
  const { files, fallbacks } = resolveFiles(
    requests,
    {
      cls,
      isWalkProbe: walkProbeTest(requests, opts.modules),
      hasDirectEvidence,
      jsonError,
    },
    tally,
  );
  const modules = opts.modules
    ? accountJsonModules(
        opts.modules,
        files,
        (path) => (hasDirectEvidence(path) && cls.hasDirect ? "direct" : "local"),
        tally,
      )
    : undefined;
  const { origins, sumdb } = originStats(requests, trace.vcs, cls, tally);
  const ledger: Ledger = {
    requests: requests.map(stripStatusText),
    origins,
    fallbacks,
    files: files.sort(byModuleVersionFile),
    sumdb,
    shares: runShares(files, cls),
    problems: [...trace.problems],
  };
  if (modules) ledger.modules = modules;
  return scrubDeep(ledger, cls.secrets);
}
