// GOTOOLCHAIN=auto, ahead of time. When a module's go.mod/go.work (or GOTOOLCHAIN itself) makes
// the go on PATH switch to a newer toolchain, the first `go` command of the job downloads
// golang.org/toolchain@v0.0.1-go<V>.<GOOS>-<GOARCH> through GOPROXY, checks it against the
// checksum database and runs it. planToolchainPrewarm says, per directory, what Go will do
// (cmd/go/internal/toolchain.Select, read line by line like gover.GoModLookup), and explains the
// failures before Go hits them. prewarmToolchains then fetches and verifies that toolchain with
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
import { existsSync } from "node:fs";
import { constants } from "node:fs";
import { access, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { delimiter, dirname, join, resolve as resolvePath } from "node:path";
import type { Diagnostic } from "../core/diagnostic.ts";
import { effectiveGonoproxy, effectiveGonosumdb, matchPrefixPatterns } from "../go/patterns.ts";
import { effectiveGoproxy, parseProxyList } from "../go/proxy-list.ts";
import { parseGosumdb } from "../go/sumdb-setting.ts";
import { parseGotoolchain } from "../go/toolchain.ts";
import { parseGoVersion } from "../go/version.ts";
import { escapeModulePath, escapeModuleVersion } from "../sumdb/records.ts";
import { ToolchainError } from "./errors.ts";
import { makeDirsReadOnly, makeWritable, writeFiles } from "./extract.ts";
import { openChain, type Attempt, type Env, type VerifiedRecord } from "./fetch.ts";
import {
  TOOLCHAIN_MODULE,
  compareGo,
  goModLookup,
  goPlatform,
  isLang,
  toolchainModuleVersion,
  versionFromToolchain,
} from "./gover.ts";
import { fetchVerifiedToolchain } from "./verified.ts";

export interface PrewarmInput {
  /** Where go commands will run (module roots; go.work is found from them as Go finds it). */
  dirs: string[];
  /** The go on PATH: "go1.21.13" or "1.21.13" (GOVERSION). */
  localVersion: string;
  /**
   * The effective Go environment (`go env` values merged over the process env): GOTOOLCHAIN,
   * GOWORK, GOMODCACHE, GOPATH, GOFLAGS, GOPROXY, GONOPROXY, GOPRIVATE, GOSUMDB, GONOSUMDB, PATH,
   * HOME, HTTPS_PROXY, NO_PROXY, SSL_CERT_FILE, NETRC, GOAUTH. An absent GOTOOLCHAIN means "auto"
   * (the go.env default of Go 1.21+).
   */
  env: Env;
  goos?: string;
  goarch?: string;
  timeoutMs?: number;
  /** Test hook, see ChainOptions.goImportUrl. */
  goImportUrl?: string;
}

export interface ToolchainSwitch {
  dir: string;
  /** The go.mod or go.work that asked, when one did. */
  file?: string;
  line?: number;
  directive: "toolchain" | "go" | "GOTOOLCHAIN";
  /** "go1.23.5" */
  toolchain: string;
  version: string;
  /** What Go will do: run go<V> from PATH, download it, or fail. */
  action: "path" | "download" | "fail";
  /** The go<V> binary found on PATH. */
  bin?: string;
}

export interface ToolchainPlan {
  local: string;
  gotoolchain: string;
  switches: ToolchainSwitch[];
  /** Versions Go would download (unique, in order). */
  downloads: string[];
  diagnostics: Diagnostic[];
}

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

const strip = (v: string) => (v.startsWith("go") ? v.slice(2) : v).split(/[\s-]/)[0]!;

function exists(p: string): boolean {
  return existsSync(p);
}

/** modload.FindGoWork / FindGoMod from dir, as the toolchain switch uses them. */
export function findGoFiles(dir: string, env: Env): { file?: string; kind?: "go.work" | "go.mod" } {
  const gowork = env.GOWORK;
  if (gowork && gowork !== "off") {
    if (exists(gowork)) return { file: gowork, kind: "go.work" };
  } else if (gowork !== "off") {
    for (let d = resolvePath(dir), i = 0; i < 256; i++) {
      if (exists(join(d, "go.work"))) return { file: join(d, "go.work"), kind: "go.work" };
      const up = dirname(d);
      if (up === d) break;
      d = up;
    }
  }
  for (let d = resolvePath(dir), i = 0; i < 256; i++) {
    if (exists(join(d, "go.mod"))) return { file: join(d, "go.mod"), kind: "go.mod" };
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  return {};
}

async function onPath(name: string, env: Env): Promise<string | undefined> {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      await access(p, constants.X_OK);
      return p;
    } catch {
      // next
    }
  }
  return undefined;
}

/** The module cache Go uses: GOMODCACHE, else the first GOPATH entry's pkg/mod, else ~/go/pkg/mod. */
export function goModCache(env: Env): string {
  if (env.GOMODCACHE) return env.GOMODCACHE;
  const gopath = (env.GOPATH ?? "").split(delimiter).find((p) => p !== "");
  return join(gopath ?? join(env.HOME ?? "", "go"), "pkg", "mod");
}

/** Says which toolchain Go will switch to in each directory, and why it would fail. No network. */
export async function planToolchainPrewarm(input: PrewarmInput): Promise<ToolchainPlan> {
  const local = strip(input.localVersion);
  const env = input.env;
  const gotoolchain = env.GOTOOLCHAIN ?? "auto";
  const plan: ToolchainPlan = { local, gotoolchain, switches: [], downloads: [], diagnostics: [] };
  const d = (x: Diagnostic) => {
    if (!plan.diagnostics.some((y) => y.rule === x.rule && y.message === x.message)) {
      plan.diagnostics.push(x);
    }
  };
  const before121 = compareGo(local, "1.21") < 0;
  const setting = parseGotoolchain(gotoolchain);
  if (!before121 && setting.kind === "error") {
    d({
      rule: "toolchain-gotoolchain-invalid",
      severity: "error",
      variable: "GOTOOLCHAIN",
      value: gotoolchain,
      message: `go: ${setting.error}. Every go command fails with this before doing anything.`,
      goError: setting.error,
    });
    return plan;
  }

  for (const dir of input.dirs) {
    const { file } = findGoFiles(dir, env);
    let text = "";
    if (file) text = await readFile(file, "utf8").catch(() => "");
    const goLine = goModLookup(text, "go");
    const tcLine = goModLookup(text, "toolchain");
    if (before121) {
      const asks =
        (tcLine && tcLine.value !== "default") || (goLine && compareGo(goLine.value, local) > 0);
      if (asks) {
        d({
          rule: "toolchain-go-too-old",
          severity: "notice",
          variable: "GOTOOLCHAIN",
          message: `${file} asks for ${tcLine ? tcLine.value : `go ${goLine!.value}`}, but go${local} predates toolchain switching (Go 1.21): it builds with itself and ignores the toolchain line; code that needs newer Go fails to compile ("note: module requires Go …"). Install that Go (go-version input) instead.`,
          ...(file ? { file } : {}),
          ...((tcLine ?? goLine) ? { line: (tcLine ?? goLine)!.line } : {}),
        });
      }
      continue;
    }
    if (setting.kind !== "ok") continue; // GOTOOLCHAIN empty: the local toolchain, no switch.
    let minVers = setting.min === "local" ? local : setting.version!;
    let chosen = setting.min;
    let directive: ToolchainSwitch["directive"] = "GOTOOLCHAIN";
    let line: number | undefined;
    if (setting.mode !== "") {
      if (tcLine && tcLine.value !== "default") {
        const tv = versionFromToolchain(tcLine.value);
        if (tv && compareGo(tv, minVers) > 0) {
          chosen = tcLine.value;
          minVers = tv;
          directive = "toolchain";
          line = tcLine.line;
        }
      }
      if (goLine && compareGo(goLine.value, minVers) > 0) {
        chosen = `go${goLine.value}`;
        // Go 1.21+ never downloads a language version: "go 1.23" means go1.23.0.
        if (isLang(goLine.value) && compareGo(goLine.value, "1.21") >= 0) chosen += ".0";
        directive = "go";
        line = goLine.line;
        if (isLang(goLine.value)) {
          d({
            rule: "toolchain-language-version",
            severity: "notice",
            variable: "GOTOOLCHAIN",
            message: `${file}:${line}: "go ${goLine.value}" is a language version: GOTOOLCHAIN=auto switches to ${chosen}, the first release of it, not the newest go${goLine.value}.x. Add a toolchain line (or a go-version input) to pick a patch release.`,
            ...(file ? { file, line } : {}),
          });
        }
      }
    } else if (goLine && setting.min !== "local" && compareGo(goLine.value, setting.version!) > 0) {
      d({
        rule: "toolchain-local-too-old",
        severity: "error",
        variable: "GOTOOLCHAIN",
        value: gotoolchain,
        message: `go: ${file}: go.mod requires go >= ${goLine.value} (running go ${setting.version}; GOTOOLCHAIN=${gotoolchain}). A forced GOTOOLCHAIN cannot be raised by go.mod; use ${gotoolchain}+auto or a newer version.`,
        ...(file ? { file, line: goLine.line } : {}),
      });
    }
    if (chosen === "local") {
      if (setting.mode === "" && goLine && compareGo(goLine.value, local) > 0) {
        d({
          rule: "toolchain-local-too-old",
          severity: "error",
          variable: "GOTOOLCHAIN",
          value: gotoolchain,
          message: `go: ${file}: go.mod requires go >= ${goLine.value} (running go ${local}; GOTOOLCHAIN=${gotoolchain}). Set GOTOOLCHAIN=auto (the default) to let Go fetch it, or install go${goLine.value} (go-version input).`,
          ...(file ? { file, line: goLine.line } : {}),
        });
      }
      continue;
    }
    const version = versionFromToolchain(chosen);
    if (!version || version === local) continue;
    const sw: ToolchainSwitch = {
      dir,
      directive,
      toolchain: chosen,
      version,
      action: "download",
    };
    if (file && directive !== "GOTOOLCHAIN") sw.file = file;
    if (line !== undefined && directive !== "GOTOOLCHAIN") sw.line = line;
    const bin = await onPath(chosen, env);
    if (bin) {
      sw.action = "path";
      sw.bin = bin;
    } else if (setting.mode === "path") {
      sw.action = "fail";
      d({
        rule: "toolchain-path-missing",
        severity: "error",
        variable: "GOTOOLCHAIN",
        value: gotoolchain,
        message: `go: cannot find "${chosen}" in PATH. GOTOOLCHAIN=${gotoolchain} only looks in PATH; install ${chosen} there or use +auto to let Go download it.`,
        ...(sw.file ? { file: sw.file } : {}),
        ...(sw.line ? { line: sw.line } : {}),
      });
    }
    plan.switches.push(sw);
    if (sw.action === "download" && !plan.downloads.includes(version)) plan.downloads.push(version);
  }

  if (plan.downloads.length > 0) downloadDiagnostics(plan, input, d);
  return plan;
}

function downloadDiagnostics(plan: ToolchainPlan, input: PrewarmInput, d: (x: Diagnostic) => void) {
  const env = input.env;
  const v = parseGoVersion(plan.local) ?? { major: 1, minor: 21, patch: 0 };
  const { goos, goarch } = { ...goPlatform(), ...pick(input) };
  const which = plan.downloads.map((x) => `go${x}`).join(", ");
  const gosumdb = parseGosumdb(env.GOSUMDB || "sum.golang.org", v);
  if (gosumdb.kind === "off") {
    d({
      rule: "toolchain-sumdb-off",
      severity: "error",
      variable: "GOSUMDB",
      value: "off",
      message: `GOTOOLCHAIN=${plan.gotoolchain} will download ${which}, and Go verifies every toolchain with the checksum database even when GOSUMDB=off (a toolchain cannot be listed in go.sum): the switch fails with "verifying ${TOOLCHAIN_MODULE}@${toolchainModuleVersion(plan.downloads[0]!, goos, goarch)}: checksum database disabled by GOSUMDB=off". Leave GOSUMDB on (GONOSUMDB/GOPRIVATE exempt private modules), or install the Go version up front (go-version input).`,
    });
  }
  const gonosumdb = effectiveGonosumdb(env);
  if (gonosumdb && matchPrefixPatterns(gonosumdb, TOOLCHAIN_MODULE, v)) {
    d({
      rule: "toolchain-gonosumdb-ignored",
      severity: "notice",
      variable: env.GONOSUMDB ? "GONOSUMDB" : "GOPRIVATE",
      value: gonosumdb,
      message: `${env.GONOSUMDB ? "GONOSUMDB" : "GOPRIVATE"} matches ${TOOLCHAIN_MODULE}, but Go checks toolchain downloads against the checksum database anyway.`,
    });
  }
  const gonoproxy = effectiveGonoproxy(env);
  const list = parseProxyList(effectiveGoproxy(env.GOPROXY, v), v, { gonoproxy });
  const first = list.entries.find((e) => e.kind !== "noproxy");
  if (gonoproxy && matchPrefixPatterns(gonoproxy, TOOLCHAIN_MODULE, v)) {
    d({
      rule: "toolchain-direct",
      severity: "warning",
      variable: env.GONOPROXY ? "GONOPROXY" : "GOPRIVATE",
      value: gonoproxy,
      message: `${env.GONOPROXY ? "GONOPROXY" : "GOPRIVATE"} matches ${TOOLCHAIN_MODULE}, so Go downloads ${which} directly: from the go-import target of ${TOOLCHAIN_MODULE} (Go's download site), never through GOPROXY. CI must reach it; remove the pattern to use the proxy.`,
    });
  } else if (first?.kind === "off") {
    d({
      rule: "toolchain-goproxy-off",
      severity: "error",
      variable: "GOPROXY",
      value: "off",
      message: `GOTOOLCHAIN=${plan.gotoolchain} will download ${which}, but GOPROXY=off: Go then prints the misleading "download go${plan.downloads[0]} for ${goos}/${goarch}: toolchain not available". Use a proxy that mirrors ${TOOLCHAIN_MODULE}, or install the Go version up front (go-version input).`,
    });
  } else if (first?.kind === "direct") {
    d({
      rule: "toolchain-direct",
      severity: "warning",
      variable: "GOPROXY",
      value: "direct",
      message: `GOPROXY=direct: Go downloads ${which} from the go-import target of ${TOOLCHAIN_MODULE} (Go's download site, with redirects to its file host), not through a proxy. CI must reach those hosts, and the checksum database directly.`,
    });
  }
}

function pick(input: { goos?: string; goarch?: string }) {
  return {
    ...(input.goos ? { goos: input.goos } : {}),
    ...(input.goarch ? { goarch: input.goarch } : {}),
  };
}

/** The unpacked toolchain and its download-cache files, as modfetch names them. */
export function modcachePaths(gomodcache: string, moduleVersion: string) {
  const escaped = escapeModulePath(TOOLCHAIN_MODULE).split("/");
  const v = escapeModuleVersion(moduleVersion);
  const dl = join(gomodcache, "cache", "download", ...escaped, "@v");
  return {
    dir: `${join(gomodcache, ...escaped)}@${v}`,
    dl,
    lock: join(dl, `${v}.lock`),
    zip: join(dl, `${v}.zip`),
    ziphash: join(dl, `${v}.ziphash`),
    partial: join(dl, `${v}.partial`),
  };
}

/** modfetch.DownloadDir's test: unpacked, no .partial, a .ziphash. */
export function isUnpacked(gomodcache: string, moduleVersion: string): boolean {
  const p = modcachePaths(gomodcache, moduleVersion);
  return exists(p.dir) && !exists(p.partial) && exists(p.ziphash);
}

async function writeAtomic(target: string, data: Uint8Array | string, mode = 0o644) {
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, data, { mode });
  await rename(tmp, target);
}

/** Writes a verified toolchain into GOMODCACHE in modfetch.Download's layout. */
export async function writeToModcache(
  gomodcache: string,
  t: {
    moduleVersion: string;
    zip: Uint8Array;
    zipHash: string;
    files: Parameters<typeof writeFiles>[1];
    record: VerifiedRecord;
  },
  opts: { modcacheRW?: boolean } = {},
): Promise<string> {
  const p = modcachePaths(gomodcache, t.moduleVersion);
  await mkdir(p.dl, { recursive: true });
  if (!exists(p.lock)) await writeFile(p.lock, "");
  await writeAtomic(p.zip, t.zip);
  await writeAtomic(p.ziphash, t.zipHash);
  await writeFile(p.partial, "");
  if (exists(p.dir)) {
    await makeWritable(p.dir);
    await rm(p.dir, { recursive: true, force: true });
  }
  try {
    await writeFiles(p.dir, t.files, 0o444);
    if (!opts.modcacheRW) await makeDirsReadOnly(p.dir);
  } catch (err) {
    await makeWritable(p.dir).catch(() => undefined);
    await rm(p.dir, { recursive: true, force: true });
    throw err;
  }
  await rm(p.partial, { force: true });
  // The checksum database client's cache: the lookup and the tiles that proved it.
  const db = join(gomodcache, "cache", "download", "sumdb", ...t.record.database.split("/"));
  const lookup = join(
    db,
    "lookup",
    `${escapeModulePath(TOOLCHAIN_MODULE)}@${escapeModuleVersion(t.moduleVersion)}`,
  );
  const cached: [string, Uint8Array][] = [[lookup, t.record.lookupBody]];
  for (const [tile, data] of t.record.tiles) cached.push([join(db, ...tile.split("/")), data]);
  for (const [file, data] of cached) {
    if (exists(file) && (await stat(file)).size > 0) continue;
    await mkdir(dirname(file), { recursive: true });
    await writeAtomic(file, data);
  }
  return p.dir;
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
