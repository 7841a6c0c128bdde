// The ledger: who served every module file, what failed before, per-origin counts, hit
// rates and fallback events, from a parsed -x trace (and the -json objects when there are).
//
// Rules (go-semantics.md §1, §3, §4):
// - Fallback is per request: each file's attempts form a chain that starts at the first
//   proxy again; a new chain starts when an attempt goes back to an earlier origin (or after
//   a success).
// - Module-path walk probes (`a/b/c` asked when the module is `a/b`) are not module files:
//   a path no origin served, while a path-prefix or extension of it was served for the same
//   version, is a walk probe. Its attempts count in origin stats but never as fallbacks.
// - A file no proxy served, whose module has direct-mode traffic (git commands, ?go-get=1),
//   was served by `direct` when the chain allows it. A file -json reports with no request at
//   all was served by `local` (GOMODCACHE).
// - Go 1.24+ silently repeats a 4xx over https with GOAUTH credentials; -x shows one line,
//   so this ledger counts one attempt.
import { redactUrl, scrubDeep, urlSecretForms } from "../redact/redact.ts";
import { decodeModulePath } from "../go/module-path.ts";
import type {
  Attempt,
  ChainConfig,
  Classification,
  DownloadModule,
  FallbackEvent,
  FileKind,
  Ledger,
  LedgerModule,
  LedgerRequest,
  ModuleFile,
  OriginStats,
  Shares,
  SumdbStats,
  TraceParse,
  TraceRequest,
} from "./types.ts";

const DEFAULT_SUMDB = "sum.golang.org";
/** Hosts that serve a database under another name (GOSUMDB=sum.golang.google.cn). */
const SUMDB_ALIASES: Record<string, string> = { "sum.golang.google.cn": DEFAULT_SUMDB };
/** How Go and net/http print a hidden password: not secrets themselves. */
const MASKS = new Set(["xxxxx", "***", "%5Bredacted%5D", "[redacted]"]);
const FILE_KINDS: FileKind[] = ["list", "latest", "info", "mod", "zip"];

interface Base {
  /** scheme://host[:port]/path, lower-cased scheme and host, no userinfo, no trailing slash. */
  key: string;
  label: string;
  index: number;
}

/** scheme://host/path without userinfo, cleaned the way Go joins paths; undefined if not a URL. */
function normalise(raw: string): string | undefined {
  let s = raw.trim();
  if (!s.includes("://")) {
    if (!/[.:/]/.test(s)) return undefined;
    s = `https://${s}`;
  }
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(?:[^/?#@]*@)?([^/?#]*)([^?#]*)/.exec(s);
  if (!m) return undefined;
  const path = m[3]!.replace(/\/{2,}/g, "/").replace(/\/+$/, "");
  return `${m[1]!.toLowerCase()}://${m[2]!.toLowerCase()}${path}`;
}

function sumdbList(chain: ChainConfig): { name: string; key?: string }[] {
  const out: { name: string; key?: string }[] = [];
  for (const s of [...(chain.sumdbs ?? []), ...(chain.sumdbNames ?? [])]) {
    if (typeof s === "string") out.push({ name: s });
    else out.push({ name: s.name, ...(s.url ? { key: normalise(s.url) } : {}) });
  }
  if (!out.some((s) => s.name === DEFAULT_SUMDB)) out.push({ name: DEFAULT_SUMDB });
  return out;
}

/** Classifies the part of a proxy URL after its base: module files and sumdb paths. */
function classifyRest(rest: string, origin: string): Classification {
  const path = rest.replace(/^\/+/, "");
  const sumdb = /^sumdb\/(.+?)\/(supported|lookup\/|tile\/)(.*)$/.exec(path);
  if (sumdb) return sumdbClass(origin, sumdb[1]!, sumdb[2]!, sumdb[3]!);
  const c = moduleFile(path);
  return c ? { origin, ...c } : { origin, kind: "other" };
}

function sumdbClass(origin: string, name: string, what: string, tail: string): Classification {
  if (what === "supported") return { origin, kind: "sumdb-supported", sumdb: name };
  if (what === "tile/") return { origin, kind: "sumdb-tile", sumdb: name };
  const at = tail.lastIndexOf("@");
  const c: Classification = { origin, kind: "sumdb-lookup", sumdb: name };
  if (at > 0) {
    c.module = decodeModulePath(tail.slice(0, at));
    c.version = decodeModulePath(tail.slice(at + 1));
  }
  return c;
}

function moduleFile(path: string): Omit<Classification, "origin"> | undefined {
  let module: string;
  let file: FileKind;
  let version: string | undefined;
  if (path.endsWith("/@latest")) {
    module = path.slice(0, -8);
    file = "latest";
  } else {
    const at = path.lastIndexOf("/@v/");
    if (at < 0) return undefined;
    module = path.slice(0, at);
    const name = path.slice(at + 4);
    if (name === "list") file = "list";
    else {
      const dot = name.lastIndexOf(".");
      const ext = name.slice(dot + 1);
      if (dot <= 0 || (ext !== "info" && ext !== "mod" && ext !== "zip")) return undefined;
      file = ext;
      version = decodeModulePath(name.slice(0, dot));
    }
  }
  if (!module) return undefined;
  const mod = decodeModulePath(module);
  const c: Omit<Classification, "origin"> = {
    kind: mod === "golang.org/toolchain" ? "toolchain" : file,
    file,
    module: mod,
  };
  if (version !== undefined) c.version = version;
  return c;
}

/**
 * Where a proxy's base ends in a URL when no chain names it: before `/sumdb/`, or before the
 * first path element with a dot (module paths start with a domain).
 */
export function inferProxyBase(url: string): string | undefined {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*)(\/[^?#]*)?/.exec(url);
  if (!m) return undefined;
  const parts = (m[2] ?? "").split("/").filter(Boolean);
  const sumdb = parts.indexOf("sumdb");
  let cut = parts.findIndex((p) => p.includes("."));
  if (sumdb >= 0 && (cut < 0 || sumdb < cut)) cut = sumdb;
  if (cut < 0) return undefined;
  return m[1] + (cut > 0 ? `/${parts.slice(0, cut).join("/")}` : "");
}

export interface Classifier {
  classify(url: string): Classification;
  /** Position of an origin in the chain (`direct` included); unknown origins come after. */
  indexOf(origin: string): number;
  /** Origins in chain order, including ones inferred from the trace. */
  origins(): string[];
  hasDirect: boolean;
  secrets: string[];
}

/** Classifies request URLs under a GOPROXY chain. */
export function createClassifier(chain: ChainConfig): Classifier {
  const bases: Base[] = [];
  const order: string[] = [];
  const secrets: string[] = [];
  let hasDirect = false;
  for (const entry of chain.proxies) {
    const e = entry.trim();
    if (e === "direct") {
      hasDirect = true;
      order.push("direct");
      continue;
    }
    if (e === "off" || e === "") continue;
    secrets.push(
      ...urlSecretForms(e).filter((x) => !MASKS.has(x) && !MASKS.has(x.slice(x.indexOf(":") + 1))),
    );
    const key = normalise(e);
    if (!key) continue;
    const label = redactUrl(e);
    bases.push({ key, label, index: order.length });
    order.push(label);
  }
  // Longest base first, so `https://h/a/b` wins over `https://h/a`.
  bases.sort((a, b) => b.key.length - a.key.length);
  const sumdbs = sumdbList(chain).map((db) => ({
    name: db.name,
    hosts: [
      db.key,
      `https://${db.name}`,
      ...Object.entries(SUMDB_ALIASES)
        .filter(([, n]) => n === db.name)
        .map(([h]) => `https://${h}`),
    ].filter((h): h is string => !!h),
  }));
  const inferred = new Map<string, string>();

  function matchBase(norm: string): Base | undefined {
    for (const b of bases) if (norm === b.key || norm.startsWith(`${b.key}/`)) return b;
    return undefined;
  }

  function classify(url: string): Classification {
    const norm = normalise(url.split("?")[0]!) ?? url;
    const query = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
    const base = matchBase(norm);
    if (base) return classifyRest(norm.slice(base.key.length), base.label);
    for (const db of sumdbs) {
      for (const h of db.hosts) {
        if (norm !== h && !norm.startsWith(`${h}/`)) continue;
        const rest = norm.slice(h.length).replace(/^\/+/, "");
        const m = /^(supported|lookup\/|tile\/)(.*)$/.exec(rest);
        if (m) return sumdbClass(`sumdb:${db.name}`, db.name, m[1]!, m[2]!);
        return { origin: `sumdb:${db.name}`, kind: "other", sumdb: db.name };
      }
    }
    if (/(?:^|&)go-get=1(?:&|$)/.test(query)) {
      return { origin: "direct", kind: "go-get", module: norm.replace(/^[a-z]+:\/\//, "") };
    }
    // Direct mode's "mod" scheme for toolchains (https://go.dev/dl/mod/golang.org/toolchain/…).
    const tc = norm.indexOf("/golang.org/toolchain/");
    if (tc >= 0 && !bases.length) {
      const c = moduleFile(norm.slice(tc + 1));
      if (c) return { origin: "direct", ...c };
    }
    const guess = inferProxyBase(url);
    if (guess && (bases.length === 0 || /\/@v\/|\/@latest$|\/sumdb\//.test(norm))) {
      const gnorm = normalise(guess)!;
      let label = inferred.get(gnorm);
      if (!label) {
        label = redactUrl(guess);
        inferred.set(gnorm, label);
        bases.push({ key: gnorm, label, index: order.length });
        bases.sort((a, b) => b.key.length - a.key.length);
        order.push(label);
      }
      return classifyRest(norm.slice(gnorm.length), label);
    }
    return { origin: "direct", kind: "other" };
  }

  return {
    classify,
    indexOf: (origin) => {
      const i = order.indexOf(origin);
      return i < 0 ? order.length : i;
    },
    origins: () => [...order],
    get hasDirect() {
      return hasDirect || bases.length === 0;
    },
    secrets,
  };
}

/** Classifies one URL under a chain. */
export function classifyUrl(url: string, chain: ChainConfig): Classification {
  return createClassifier(chain).classify(url);
}

function reasonOf(r: {
  status: number | null;
  error: string | null;
  statusText?: string | null;
}): string {
  if (r.status !== null) return r.statusText ?? String(r.status);
  return r.error ?? "unknown error";
}

function isNotFound(status: number | null): boolean {
  return status === 404 || status === 410;
}

function emptyStats(origin: string): OriginStats {
  return {
    origin,
    requests: 0,
    ok: 0,
    notFound: 0,
    otherStatus: 0,
    transportErrors: 0,
    errors: 0,
    seconds: 0,
    sumdbRequests: 0,
    vcsCommands: 0,
    filesAsked: 0,
    filesServed: 0,
    hitRate: null,
  };
}

/** Module path a repository URL stands for: host and path, no scheme, userinfo or `.git`. */
function repoModulePath(url: string): string {
  return url
    .replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/(?:[^/@]*@)?/, "")
    .replace(/\.git$/, "")
    .replace(/\/+$/, "");
}

export interface LedgerOptions {
  /** The -json objects of `go mod download`, for `local` and the module list. */
  modules?: DownloadModule[];
}

/** Builds the ledger of one run. */
export function buildLedger(
  trace: TraceParse,
  chain: ChainConfig,
  opts: LedgerOptions = {},
): Ledger {
  const cls = createClassifier(chain);
  const problems = [...trace.problems];

  // 1. Every request, classified.
  const requests: (LedgerRequest & { statusText: string | null })[] = trace.requests.map(
    (r: TraceRequest) => {
      const c = cls.classify(r.url);
      const out: LedgerRequest & { statusText: string | null } = {
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
    },
  );

  // 2. Group module-file requests by file; find walk probes.
  const groups = new Map<string, typeof requests>();
  for (const r of requests) {
    if (!r.file || r.module === undefined) continue;
    const key = `${r.module}\u0000${r.version ?? ""}\u0000${r.file}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const served = new Map<string, Set<string>>(); // version ("" for list/latest) → module paths served
  for (const r of requests) {
    if (!r.file || r.module === undefined || r.status !== 200) continue;
    const v = r.version ?? "";
    const set = served.get(v) ?? new Set<string>();
    set.add(r.module);
    served.set(v, set);
  }
  const jsonPaths = new Set((opts.modules ?? []).filter((m) => !m.Error).map((m) => m.Path));
  // Per version: served module paths, and every proper path-prefix of one of them.
  const servedPrefixes = new Map<string, Set<string>>();
  const jsonPrefixes = new Set<string>();
  const addPrefixes = (set: Set<string>, path: string) => {
    for (let i = path.lastIndexOf("/"); i > 0; i = path.lastIndexOf("/", i - 1))
      set.add(path.slice(0, i));
  };
  for (const [v, set] of served) {
    const pre = new Set<string>();
    for (const m of set) addPrefixes(pre, m);
    servedPrefixes.set(v, pre);
  }
  for (const m of jsonPaths) addPrefixes(jsonPrefixes, m);
  const hasPrefixIn = (module: string, set: Set<string> | undefined) => {
    if (!set || set.size === 0) return false;
    for (let i = module.lastIndexOf("/"); i > 0; i = module.lastIndexOf("/", i - 1))
      if (set.has(module.slice(0, i))) return true;
    return false;
  };
  function isWalkProbe(module: string, version: string | undefined): boolean {
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
  }

  // 3. Direct-mode evidence per module path.
  const directRoots = new Set<string>();
  for (const c of trace.vcs) if (c.repo) directRoots.add(repoModulePath(c.repo));
  for (const r of trace.repos) directRoots.add(repoModulePath(r.url));
  for (const r of requests)
    if (r.kind === "go-get" && r.module && r.status === 200) directRoots.add(r.module);
  const hasDirectEvidence = (module: string) =>
    directRoots.has(module) || hasPrefixIn(module, directRoots);
  const jsonError = new Map<string, string>();
  for (const m of opts.modules ?? []) if (m.Error) jsonError.set(`${m.Path}@${m.Version}`, m.Error);

  // 4. Chains → module files and fallbacks.
  const files: ModuleFile[] = [];
  const fallbacks: FallbackEvent[] = [];
  const asked = new Map<string, number>();
  const servedBy = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const g of groups.values()) {
    const first = g[0]!;
    const module = first.module!;
    const version = first.version ?? null;
    const file = first.file!;
    if (isWalkProbe(module, first.version)) {
      for (const r of g) r.walk = true;
      continue;
    }
    g.sort((a, b) => a.line - b.line);
    const chains: (typeof requests)[] = [];
    for (const r of g) {
      const cur = chains.at(-1);
      const last = cur?.at(-1);
      if (!cur || !last || last.status === 200 || cls.indexOf(r.origin) <= cls.indexOf(last.origin))
        chains.push([r]);
      else cur.push(r);
    }
    for (const c of chains) {
      const attempts: Attempt[] = c.map((r) => ({
        origin: r.origin,
        status: r.status,
        error: r.error,
        reason: r.status === 200 ? null : reasonOf(r),
      }));
      const last = attempts.at(-1)!;
      let origin: string | null = last.status === 200 ? last.origin : null;
      const failedJson = version !== null && jsonError.has(`${module}@${version}`);
      if (
        origin === null &&
        cls.hasDirect &&
        !failedJson &&
        last.origin !== "direct" &&
        cls.indexOf("direct") > cls.indexOf(last.origin) &&
        hasDirectEvidence(module)
      ) {
        attempts.push({ origin: "direct", status: null, error: null, reason: null });
        origin = "direct";
      }
      const failed = attempts.filter((a) => a.reason !== null);
      files.push({ module, version, file, origin, failed });
      for (let i = 0; i + 1 < attempts.length; i++) {
        const from = attempts[i]!;
        const to = attempts[i + 1]!;
        fallbacks.push({
          module,
          version,
          file,
          from: from.origin,
          to: to.origin,
          reason: from.reason ?? "unknown",
        });
      }
      for (const o of new Set(attempts.map((a) => a.origin))) bump(asked, o);
      if (origin) bump(servedBy, origin);
    }
  }

  // 5. -json modules: files never requested came from the local cache (or direct).
  let modules: LedgerModule[] | undefined;
  if (opts.modules) {
    modules = [];
    const byFile = new Map<string, ModuleFile>();
    for (const f of files)
      if (f.version !== null) byFile.set(`${f.module}@${f.version}/${f.file}`, f);
    for (const m of opts.modules) {
      const out: LedgerModule["files"] = { info: null, mod: null, zip: null };
      const kinds: ("info" | "mod" | "zip")[] = ["info", "mod", "zip"];
      const present: Record<(typeof kinds)[number], string | undefined> = {
        info: m.Info,
        mod: m.GoMod,
        zip: m.Zip,
      };
      for (const k of kinds) {
        const f = byFile.get(`${m.Path}@${m.Version}/${k}`);
        if (f) {
          out[k] = f.origin;
          continue;
        }
        if (!present[k]) continue;
        const origin = hasDirectEvidence(m.Path) && cls.hasDirect ? "direct" : "local";
        out[k] = origin;
        files.push({ module: m.Path, version: m.Version, file: k, origin, failed: [] });
        bump(servedBy, origin);
        bump(asked, origin);
      }
      const lm: LedgerModule = {
        path: m.Path,
        version: m.Version,
        origin: m.Error ? null : (out.zip ?? out.mod ?? out.info ?? "local"),
        files: out,
      };
      if (m.Error) lm.error = m.Error;
      modules.push(lm);
    }
  }

  // 6. Per-origin stats and checksum-database traffic.
  const stats = new Map<string, OriginStats>();
  const statsOf = (o: string) => {
    let s = stats.get(o);
    if (!s) stats.set(o, (s = emptyStats(o)));
    return s;
  };
  for (const o of cls.origins()) statsOf(o);
  const sumdb = new Map<string, SumdbStats>();
  for (const r of requests) {
    const s = statsOf(r.origin);
    s.requests++;
    if (r.status === 200) s.ok++;
    else if (isNotFound(r.status)) s.notFound++;
    else if (r.status !== null) s.otherStatus++;
    else s.transportErrors++;
    if (r.status !== 200 && !isNotFound(r.status)) s.errors++;
    s.seconds += r.seconds ?? 0;
    if (r.sumdb !== undefined) {
      s.sumdbRequests++;
      const key = `${r.sumdb}\u0000${r.origin}`;
      let d = sumdb.get(key);
      if (!d)
        sumdb.set(
          key,
          (d = {
            name: r.sumdb,
            origin: r.origin,
            requests: 0,
            ok: 0,
            notFound: 0,
            errors: 0,
            seconds: 0,
          }),
        );
      d.requests++;
      if (r.status === 200) d.ok++;
      else if (isNotFound(r.status)) d.notFound++;
      else d.errors++;
      d.seconds += r.seconds ?? 0;
    }
  }
  if (trace.vcs.length > 0) {
    const d = statsOf("direct");
    for (const c of trace.vcs) {
      d.vcsCommands++;
      d.seconds += c.seconds ?? 0;
    }
  }
  for (const [o, n] of asked) statsOf(o).filesAsked = n;
  for (const [o, n] of servedBy) statsOf(o).filesServed = n;
  for (const s of stats.values()) {
    s.seconds = Math.round(s.seconds * 1000) / 1000;
    s.hitRate = s.filesAsked > 0 ? s.filesServed / s.filesAsked : null;
  }

  // 7. Run-level shares.
  const firstProxy = cls.origins().find((o) => o !== "direct");
  const shares: Shares = {
    files: files.length,
    firstProxy: 0,
    laterProxies: 0,
    direct: 0,
    local: 0,
    failed: 0,
    ratio: { firstProxy: 0, laterProxies: 0, direct: 0, local: 0, failed: 0 },
  };
  for (const f of files) {
    if (f.origin === null) shares.failed++;
    else if (f.origin === "local") shares.local++;
    else if (f.origin === "direct") shares.direct++;
    else if (f.origin === firstProxy) shares.firstProxy++;
    else shares.laterProxies++;
  }
  if (files.length > 0)
    for (const k of ["firstProxy", "laterProxies", "direct", "local", "failed"] as const)
      shares.ratio[k] = shares[k] / files.length;

  const ledger: Ledger = {
    requests: requests.map(stripStatusText),
    origins: [...stats.values()].filter(
      (s) =>
        s.requests > 0 || s.filesAsked > 0 || s.vcsCommands > 0 || cls.origins().includes(s.origin),
    ),
    fallbacks,
    files: files.sort((a, b) =>
      a.module === b.module
        ? cmp(a.version ?? "", b.version ?? "") ||
          FILE_KINDS.indexOf(a.file) - FILE_KINDS.indexOf(b.file)
        : a.module < b.module
          ? -1
          : 1,
    ),
    sumdb: [...sumdb.values()],
    shares,
    problems,
  };
  if (modules) ledger.modules = modules;
  return scrubDeep(ledger, cls.secrets);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function stripStatusText(r: LedgerRequest & { statusText: string | null }): LedgerRequest {
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
