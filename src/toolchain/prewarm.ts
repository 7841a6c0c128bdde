// GOTOOLCHAIN=auto, ahead of time. When a module's go.mod/go.work (or GOTOOLCHAIN itself) makes
// the go on PATH switch to a newer toolchain, the first `go` command of the job downloads
// golang.org/toolchain@v0.0.1-go<V>.<GOOS>-<GOARCH> through GOPROXY, checks it against the
// checksum database and runs it. planToolchainPrewarm (switch-plan.ts) says, per directory, what Go
// will do and explains the failures before Go hits them. prewarmToolchains then fetches and verifies that toolchain with
// the same code as installToolchain and writes it exactly where modfetch.Download puts it:
//
//   $GOMODCACHE/cache/download/golang.org/toolchain/@v/<v>.lock, <v>.zip, <v>.ziphash
//   $GOMODCACHE/golang.org/toolchain@<v>/…              (files 0444, directories 0555)
//   $GOMODCACHE/cache/download/sumdb/<db>/lookup/golang.org/toolchain@<v>   (the signed lookup)
//   $GOMODCACHE/cache/download/sumdb/<db>/tile/…        (the tiles that proved it)
//
// so the later switch needs no network: Go finds the unpacked tree (no .partial, a .ziphash),
// and re-checks that .ziphash against the cached lookup, whose signature and tiles it verifies
// itself with GOSUMDB's key. ($GOPATH/pkg/sumdb/<db>/latest is left to Go: writing it without a
// consistency proof against an older one would weaken Go's fork detection.)
import type { Diagnostic } from "../core/diagnostic.ts";
import { parseGoVersion } from "../go/version.ts";
import { ToolchainError } from "./errors.ts";
import { openChain, type Attempt } from "./fetch.ts";
import { TOOLCHAIN_MODULE, goPlatform, toolchainModuleVersion } from "./gover.ts";
import { goModCache, isUnpacked, modcachePaths, writeToModcache } from "./modcache.ts";
import {
  pick,
  planToolchainPrewarm,
  type PrewarmInput,
  type ToolchainPlan,
} from "./switch-plan.ts";
import { fetchVerifiedToolchain } from "./verified.ts";

export interface PrewarmFacts {
  version: string;
  moduleVersion: string;
  /** "modcache": already unpacked there; "proxy": fetched, verified and written now. */
  source: "modcache" | "proxy";
  origin?: string;
  seconds: number;
  verified?: { database: string; treeSize: number; recordId: number; record: string };
  /** The unpacked toolchain (GOROOT after the switch). */
  dir: string;
  attempts?: Attempt[];
}

export interface PrewarmResult {
  plan: ToolchainPlan;
  prewarmed: PrewarmFacts[];
  /** The plan's diagnostics plus the fetch's. */
  diagnostics: Diagnostic[];
}

function diagnosticFor(err: ToolchainError, version: string): Diagnostic {
  const variable = /sumdb|checksum/.test(err.rule) ? "GOSUMDB" : "GOPROXY";
  return {
    rule: err.rule,
    severity: "error",
    variable,
    message: `Pre-warming go${version} (GOTOOLCHAIN will switch to it) failed: ${err.message}. The first go command of the job will fail the same way.`,
  };
}

/**
 * Plans (see planToolchainPrewarm) and fetches every toolchain Go would download, verified,
 * into GOMODCACHE. Never throws for download problems: they come back as diagnostics.
 */
export async function prewarmToolchains(
  input: PrewarmInput & { plan?: ToolchainPlan },
): Promise<PrewarmResult> {
  const plan = input.plan ?? (await planToolchainPrewarm(input));
  const diagnostics = [...plan.diagnostics];
  const prewarmed: PrewarmFacts[] = [];
  const blocked = diagnostics.some(
    (x) =>
      x.severity === "error" &&
      (x.rule === "toolchain-sumdb-off" || x.rule === "toolchain-goproxy-off"),
  );
  if (plan.downloads.length === 0 || blocked) return { plan, prewarmed, diagnostics };
  const { goos, goarch } = { ...goPlatform(), ...pick(input) };
  const gomodcache = goModCache(input.env);
  const modcacheRW = /(^|\s)-modcacherw(=true)?(\s|$)/.test(input.env.GOFLAGS ?? "");
  const chain = await openChain({
    env: input.env,
    goVersion: parseGoVersion(plan.local) ?? { major: 1, minor: 21, patch: 0 },
    timeoutMs: input.timeoutMs ?? 600_000,
    ...(input.goImportUrl ? { goImportUrl: input.goImportUrl } : {}),
  });
  try {
    for (const version of plan.downloads) {
      const started = performance.now();
      const moduleVersion = toolchainModuleVersion(version, goos, goarch);
      if (isUnpacked(gomodcache, moduleVersion)) {
        prewarmed.push({
          version,
          moduleVersion,
          source: "modcache",
          seconds: 0,
          dir: modcachePaths(gomodcache, moduleVersion).dir,
        });
        continue;
      }
      try {
        const t = await fetchVerifiedToolchain(chain, version, goos, goarch);
        for (const a of t.attempts.filter((x) => x.outcome === "not-found")) {
          diagnostics.push({
            rule: "toolchain-not-mirrored",
            severity: "warning",
            variable: "GOPROXY",
            value: a.origin,
            message: `${a.origin} does not mirror ${TOOLCHAIN_MODULE} (${a.status} for ${moduleVersion}.zip); Go falls through to the next GOPROXY entry for every toolchain download.`,
          });
        }
        const dir = await writeToModcache(gomodcache, t, { modcacheRW });
        const facts: PrewarmFacts = {
          version,
          moduleVersion,
          source: "proxy",
          origin: t.origin,
          seconds: Math.round(performance.now() - started) / 1000,
          verified: {
            database: t.record.database,
            treeSize: t.record.treeSize,
            recordId: t.record.recordId,
            record: t.record.record,
          },
          dir,
          attempts: t.attempts,
        };
        prewarmed.push(facts);
        diagnostics.push({
          rule: "toolchain-prewarmed",
          severity: "notice",
          variable: "GOTOOLCHAIN",
          message: `go${version} (${moduleVersion}, ${t.zip.length} bytes from ${t.origin}) is verified against ${t.record.database} (record ${t.record.recordId} of ${t.record.treeSize}) and unpacked in GOMODCACHE: the GOTOOLCHAIN switch will not download it again.`,
        });
      } catch (err) {
        if (!(err instanceof ToolchainError)) throw err;
        const attempts = (err as { attempts?: Attempt[] }).attempts ?? [];
        if (err.kind === "not-found" && attempts.some((a) => a.outcome === "not-found")) {
          diagnostics.push({
            rule: "toolchain-not-mirrored",
            severity: "error",
            variable: "GOPROXY",
            message: `No GOPROXY entry has ${TOOLCHAIN_MODULE}@${moduleVersion} (${attempts.map((a) => `${a.origin}: ${a.status ?? a.error ?? a.outcome}`).join(", ")}); the switch will fail with "download go${version} for ${goos}/${goarch}: toolchain not available". Add a proxy that mirrors ${TOOLCHAIN_MODULE}, or install the version up front (go-version input).`,
          });
        } else diagnostics.push(diagnosticFor(err, version));
      }
    }
  } finally {
    await chain.close();
  }
  return { plan, prewarmed, diagnostics };
}
