// Pre-warm outcomes → the report's download section: one ledger over every attempt of every
// root, the failures with each origin tried, direct fetches against `allow-direct`, retries.
import type { ChainConfig, DownloadModule, Ledger } from "../download/types.ts";
import type { PrewarmRun, RootOutcome } from "../download/prewarm.ts";
import { buildLedger } from "../download/ledger.ts";
import { parseTrace } from "../download/trace.ts";
import { redactUrlsInText } from "../redact/redact.ts";
import { displayDir } from "../download/module-roots.ts";
import { matchPrefixPatterns } from "../go/patterns.ts";
import type { GoSettings } from "../settings/go-settings.ts";
import type { GoVersion } from "../go/version.ts";
import type { DownloadReport, Failure } from "../report/model.ts";

/** The chain as the ledger needs it, from the settings. */
export function chainConfig(s: GoSettings): ChainConfig {
  const sumdb = s.sumdb;
  return {
    proxies: s.proxy.entries
      .filter((e) => e.kind !== "noproxy")
      .map((e) => (e.kind === "proxy" ? e.url : e.kind)),
    sumdbs:
      sumdb.kind === "db" ? [sumdb.url ? { name: sumdb.name, url: sumdb.url } : sumdb.name] : [],
  };
}

export interface DownloadContext {
  workspace: string;
  chain: ChainConfig;
  goVersion: GoVersion;
  /** Patterns (GOPRIVATE syntax) of modules that may come from direct, even in strict mode. */
  allowDirect: string;
  requiredAt: Record<string, { file: string; line: number }>;
}

export function downloadReport(run: PrewarmRun, ctx: DownloadContext): DownloadReport {
  const outcomes = run.roots;
  const modules = new Map<string, DownloadModule>();
  for (const o of outcomes) for (const m of o.modules) modules.set(`${m.Path}@${m.Version}`, m);
  const ledger = buildLedger(run.trace, ctx.chain, { modules: [...modules.values()] });
  return {
    roots: outcomes.map((o) => ({
      dir: displayDir(ctx.workspace, o.root.dir),
      kind: o.root.kind,
      exitCode: o.attempts.at(-1)!.exitCode,
      seconds: o.attempts.reduce((s, a) => s + a.seconds + a.waited, 0),
      attempts: o.attempts.length,
    })),
    retries: outcomes.flatMap((o) =>
      o.attempts
        .map((a, i) => ({ a, i }))
        .filter(({ a }) => a.retryReason !== undefined)
        .map(({ a, i }) => ({
          dir: displayDir(ctx.workspace, o.root.dir),
          attempt: i + 1,
          modules: a.args.filter((x) => x.includes("@")),
          reason: redactUrlsInText(a.retryReason!),
          waitSeconds: a.waited,
        })),
    ),
    seconds: outcomes.reduce(
      (s, o) => s + o.attempts.reduce((t, a) => t + a.seconds + a.waited, 0),
      0,
    ),
    ledger,
    failures: failures(outcomes, ledger, ctx),
    direct: (ledger.modules ?? [])
      .filter((m) => m.origin === "direct")
      .map((m) => ({
        module: m.path,
        version: m.version,
        allowed: matchPrefixPatterns(ctx.allowDirect, m.path, ctx.goVersion),
        ...(ctx.requiredAt[m.path] ?? {}),
      })),
    requiredAt: ctx.requiredAt,
  };
}

/**
 * The download section when the restored cache already held every file go.sum names: go
 * was not run (it would only extract zips the build may not need), every module is local.
 */
export function cachedDownloadReport(
  roots: { dir: string; kind: "module" | "workspace" }[],
  modules: { path: string; version: string }[],
  seconds: number,
  ctx: DownloadContext,
): DownloadReport {
  const ledger = buildLedger(parseTrace(""), ctx.chain, {
    modules: modules.map((m) => ({ Path: m.path, Version: m.version })),
  });
  return {
    roots: roots.map((r) => ({
      dir: displayDir(ctx.workspace, r.dir),
      kind: r.kind,
      exitCode: 0,
      seconds: 0,
      attempts: 0,
    })),
    retries: [],
    seconds,
    ledger,
    failures: [],
    direct: [],
    requiredAt: ctx.requiredAt,
    fromCache: true,
  };
}

function failures(outcomes: RootOutcome[], ledger: Ledger, ctx: DownloadContext): Failure[] {
  const out: Failure[] = [];
  const seen = new Set<string>();
  for (const o of outcomes) {
    for (const m of o.modules) {
      const id = `${m.Path}@${m.Version}`;
      if (!m.Error || seen.has(id)) continue;
      seen.add(id);
      const files = ledger.files.filter(
        (f) => f.module === m.Path && (f.version === m.Version || f.version === null),
      );
      const tried = files.flatMap((f) => (f.origin === null ? f.failed : []));
      out.push({
        module: m.Path,
        version: m.Version,
        error: redactUrlsInText(m.Error),
        tried: dedupe(tried.length ? tried : files.flatMap((f) => f.failed)),
        ...(ctx.requiredAt[m.Path] ?? {}),
      });
    }
    // A root that failed before naming any module (go.mod unreadable, graph loading): Go's own words.
    const last = o.attempts.at(-1)!;
    if (last.stop) {
      const [module, version] = (last.stop.module ?? "").split("@");
      out.push({
        module: module || displayDir(ctx.workspace, o.root.dir),
        version: version ?? "",
        error: redactUrlsInText(last.stop.message),
        tried: last.stop.proxy
          ? [
              {
                origin: last.stop.proxy,
                status: null,
                error: last.stop.reason,
                reason: last.stop.reason,
              },
            ]
          : [],
        ...((module && ctx.requiredAt[module]) || {}),
      });
    } else if (last.exitCode !== 0 && !o.modules.some((m) => m.Error)) {
      const said = last.stderr.split("\n").filter((l) => /^go(: | mod download: )/.test(l));
      out.push({
        module: displayDir(ctx.workspace, o.root.dir),
        version: "",
        error: redactUrlsInText(said.join("\n") || `go mod download exited with ${last.exitCode}`),
        tried: [],
      });
    }
  }
  return out;
}

function dedupe<T extends { origin: string; reason: string | null }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = `${x.origin}\u0000${x.reason}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
