// Module files and their fallback chains, from a run's classified requests
// (go-semantics.md §1, §3):
// - Fallback is per request: each file's attempts form a chain that starts at the first
//   proxy again; a new chain starts when an attempt goes back to an earlier origin (or after
//   a success).
// - Module-path walk probes (`a/b/c` asked when the module is `a/b`) are not module files:
//   a path no origin served, while a path-prefix or extension of it was served for the same
//   version, is a walk probe. Its attempts count in origin stats but never as fallbacks.
// - A file no proxy served, whose module has direct-mode traffic (git commands, ?go-get=1),
//   was served by `direct` when the chain allows it.
import type { Classifier } from "./classify.ts";
import type {
  Attempt,
  DownloadModule,
  FallbackEvent,
  LedgerRequest,
  ModuleFile,
  TraceParse,
} from "./types.ts";

/** A ledger request that still carries net/http's status text for failure reasons. */
export type ClassifiedRequest = LedgerRequest & { statusText: string | null };

/** Files each origin was asked for and served, counted per chain. */
export interface FileTally {
  asked: Map<string, number>;
  servedBy: Map<string, number>;
}

export function bump(m: Map<string, number>, k: string) {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** True when a proper path-prefix of `module` is in the set. */
function hasPrefixIn(module: string, set: Set<string> | undefined): boolean {
  if (!set || set.size === 0) return false;
  for (let i = module.lastIndexOf("/"); i > 0; i = module.lastIndexOf("/", i - 1))
    if (set.has(module.slice(0, i))) return true;
  return false;
}

function addPrefixes(set: Set<string>, path: string) {
  for (let i = path.lastIndexOf("/"); i > 0; i = path.lastIndexOf("/", i - 1))
    set.add(path.slice(0, i));
}

/** Module path a repository URL stands for: host and path, no scheme, userinfo or `.git`. */
function repoModulePath(url: string): string {
  return url
    .replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/(?:[^/@]*@)?/, "")
    .replace(/\.git$/, "")
    .replace(/\/+$/, "");
}

function reasonOf(r: { status: number | null; error: string | null; statusText?: string | null }) {
  if (r.status !== null) return r.statusText ?? String(r.status);
  return r.error ?? "unknown error";
}

/** Tells whether a module path (at a version) was only a step of the module-path walk. */
export function walkProbeTest(
  requests: ClassifiedRequest[],
  modules: DownloadModule[] | undefined,
): (module: string, version: string | undefined) => boolean {
  const served = new Map<string, Set<string>>(); // version ("" for list/latest) → module paths
  for (const r of requests) {
    if (!r.file || r.module === undefined || r.status !== 200) continue;
    const v = r.version ?? "";
    const set = served.get(v) ?? new Set<string>();
    set.add(r.module);
    served.set(v, set);
  }
  const jsonPaths = new Set((modules ?? []).filter((m) => !m.Error).map((m) => m.Path));
  // Per version: every proper path-prefix of a served module.
  const servedPrefixes = new Map<string, Set<string>>();
  const jsonPrefixes = new Set<string>();
  for (const [v, set] of served) {
    const pre = new Set<string>();
    for (const m of set) addPrefixes(pre, m);
    servedPrefixes.set(v, pre);
  }
  for (const m of jsonPaths) addPrefixes(jsonPrefixes, m);
  return (module, version) => {
    const v = version ?? "";
    const set = served.get(v);
    if (set?.has(module) || jsonPaths.has(module)) return false;
    // A served module is a prefix of this path, or this path is a prefix of a served module.
    return (
      hasPrefixIn(module, set) ||
      hasPrefixIn(module, jsonPaths) ||
      (servedPrefixes.get(v)?.has(module) ?? false) ||
      jsonPrefixes.has(module)
    );
  };
}

/** Tells whether a module path saw direct-mode traffic (VCS commands, ?go-get=1 pages). */
export function directEvidence(
  trace: TraceParse,
  requests: ClassifiedRequest[],
): (module: string) => boolean {
  const roots = new Set<string>();
  for (const c of trace.vcs) if (c.repo) roots.add(repoModulePath(c.repo));
  for (const r of trace.repos) roots.add(repoModulePath(r.url));
  for (const r of requests)
    if (r.kind === "go-get" && r.module && r.status === 200) roots.add(r.module);
  return (module) => roots.has(module) || hasPrefixIn(module, roots);
}

function groupByFile(requests: ClassifiedRequest[]): ClassifiedRequest[][] {
  const groups = new Map<string, ClassifiedRequest[]>();
  for (const r of requests) {
    if (!r.file || r.module === undefined) continue;
    const key = `${r.module}\u0000${r.version ?? ""}\u0000${r.file}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()];
}

/** Splits one file's attempts, in line order, into fallback chains. */
function chainsOf(g: ClassifiedRequest[], cls: Classifier): ClassifiedRequest[][] {
  g.sort((a, b) => a.line - b.line);
  const chains: ClassifiedRequest[][] = [];
  for (const r of g) {
    const cur = chains.at(-1);
    const last = cur?.at(-1);
    if (!cur || !last || last.status === 200 || cls.indexOf(r.origin) <= cls.indexOf(last.origin))
      chains.push([r]);
    else cur.push(r);
  }
  return chains;
}

export interface FileContext {
  cls: Classifier;
  isWalkProbe: (module: string, version: string | undefined) => boolean;
  hasDirectEvidence: (module: string) => boolean;
  /** `-json` errors by `path@version`. */
  jsonError: Map<string, string>;
}

/** One chain of attempts for a file → who served it, and the fallbacks on the way. */
function resolveChain(
  c: ClassifiedRequest[],
  ctx: FileContext,
): { file: ModuleFile; fallbacks: FallbackEvent[]; attempts: Attempt[] } {
  const first = c[0]!;
  const module = first.module!;
  const version = first.version ?? null;
  const fileKind = first.file!;
  const attempts: Attempt[] = c.map((r) => ({
    origin: r.origin,
    status: r.status,
    error: r.error,
    reason: r.status === 200 ? null : reasonOf(r),
  }));
  const last = attempts.at(-1)!;
  let origin: string | null = last.status === 200 ? last.origin : null;
  const failedJson = version !== null && ctx.jsonError.has(`${module}@${version}`);
  if (
    origin === null &&
    ctx.cls.hasDirect &&
    !failedJson &&
    last.origin !== "direct" &&
    ctx.cls.indexOf("direct") > ctx.cls.indexOf(last.origin) &&
    ctx.hasDirectEvidence(module)
  ) {
    attempts.push({ origin: "direct", status: null, error: null, reason: null });
    origin = "direct";
  }
  const failed = attempts.filter((a) => a.reason !== null);
  const fallbacks: FallbackEvent[] = [];
  for (let i = 0; i + 1 < attempts.length; i++) {
    const from = attempts[i]!;
    const to = attempts[i + 1]!;
    fallbacks.push({
      module,
      version,
      file: fileKind,
      from: from.origin,
      to: to.origin,
      reason: from.reason ?? "unknown",
    });
  }
  return { file: { module, version, file: fileKind, origin, failed }, fallbacks, attempts };
}

/** Every module file asked for, who served it, and the fallback events of the run. */
export function resolveFiles(
  requests: ClassifiedRequest[],
  ctx: FileContext,
  tally: FileTally,
): { files: ModuleFile[]; fallbacks: FallbackEvent[] } {
  const files: ModuleFile[] = [];
  const fallbacks: FallbackEvent[] = [];
  for (const g of groupByFile(requests)) {
    if (ctx.isWalkProbe(g[0]!.module!, g[0]!.version)) {
      for (const r of g) r.walk = true;
      continue;
    }
    for (const c of chainsOf(g, ctx.cls)) {
      const resolved = resolveChain(c, ctx);
      files.push(resolved.file);
      fallbacks.push(...resolved.fallbacks);
      for (const o of new Set(resolved.attempts.map((a) => a.origin))) bump(tally.asked, o);
      if (resolved.file.origin) bump(tally.servedBy, resolved.file.origin);
    }
  }
  return { files, fallbacks };
}
