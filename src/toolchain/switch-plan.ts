// Which toolchain GOTOOLCHAIN makes Go switch to, per directory, read as
// cmd/go/internal/toolchain.Select reads go.mod/go.work (line by line, like gover.GoModLookup),
// and the failures it explains before Go hits them. No network.
import { existsSync } from "node:fs";
import { constants } from "node:fs";
import { access, readFile } from "node:fs/promises";
import { delimiter, dirname, join, resolve as resolvePath } from "node:path";
import type { Diagnostic } from "../core/diagnostic.ts";
import { effectiveGonoproxy, effectiveGonosumdb, matchPrefixPatterns } from "../go/patterns.ts";
import { effectiveGoproxy, parseProxyList } from "../go/proxy-list.ts";
import { parseGosumdb } from "../go/sumdb-setting.ts";
import { parseGotoolchain } from "../go/toolchain.ts";
import { parseGoVersion } from "../go/version.ts";
import type { Env } from "./fetch.ts";
import {
  TOOLCHAIN_MODULE,
  compareGo,
  goModLookup,
  goPlatform,
  isLang,
  toolchainModuleVersion,
  versionFromToolchain,
} from "./gover.ts";

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
    const lines: GoLines = {
      file,
      go: goModLookup(text, "go"),
      toolchain: goModLookup(text, "toolchain"),
    };
    if (before121) {
      predatesSwitching(local, lines, d);
      continue;
    }
    if (setting.kind !== "ok") continue; // GOTOOLCHAIN empty: the local toolchain, no switch.
    const chosen = chooseToolchain({ local, gotoolchain, setting }, lines, d);
    if (!chosen) continue;
    const sw = await switchFor(dir, chosen, { gotoolchain, setting, env }, d);
    plan.switches.push(sw);
    if (sw.action === "download" && !plan.downloads.includes(sw.version)) {
      plan.downloads.push(sw.version);
    }
  }

  if (plan.downloads.length > 0) downloadDiagnostics(plan, input, d);
  return plan;
}

type Lookup = ReturnType<typeof goModLookup>;
type Setting = Extract<ReturnType<typeof parseGotoolchain>, { kind: "ok" }>;
type Report = (x: Diagnostic) => void;

/** The go.mod or go.work that governs a directory, and its go and toolchain lines. */
interface GoLines {
  file: string | undefined;
  go: Lookup;
  toolchain: Lookup;
}

/** Before Go 1.21 nothing switches: a file asking for newer Go only gets a notice. */
function predatesSwitching(local: string, lines: GoLines, d: Report): void {
  const { file, go: goLine, toolchain: tcLine } = lines;
  const asks =
    (tcLine && tcLine.value !== "default") || (goLine && compareGo(goLine.value, local) > 0);
  if (!asks) return;
  d({
    rule: "toolchain-go-too-old",
    severity: "notice",
    variable: "GOTOOLCHAIN",
    message: `${file} asks for ${tcLine ? tcLine.value : `go ${goLine!.value}`}, but go${local} predates toolchain switching (Go 1.21): it builds with itself and ignores the toolchain line; code that needs newer Go fails to compile ("note: module requires Go …"). Install that Go (go-version input) instead.`,
    ...(file ? { file } : {}),
    ...((tcLine ?? goLine) ? { line: (tcLine ?? goLine)!.line } : {}),
  });
}

interface Chosen {
  /** "go1.23.5", as Go names the toolchain it runs. */
  toolchain: string;
  version: string;
  directive: ToolchainSwitch["directive"];
  file?: string;
  line?: number;
}

/** toolchain.Select for one directory: the toolchain Go runs there, undefined for the local one. */
function chooseToolchain(
  ctx: { local: string; gotoolchain: string; setting: Setting },
  lines: GoLines,
  d: Report,
): Chosen | undefined {
  const { local, gotoolchain, setting } = ctx;
  const { file, go: goLine, toolchain: tcLine } = lines;
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
    return undefined;
  }
  const version = versionFromToolchain(chosen);
  if (!version || version === local) return undefined;
  const asked = directive !== "GOTOOLCHAIN";
  return {
    toolchain: chosen,
    version,
    directive,
    ...(file && asked ? { file } : {}),
    ...(line !== undefined && asked ? { line } : {}),
  };
}

/** Whether Go finds the chosen toolchain on PATH, downloads it, or fails (GOTOOLCHAIN=…+path). */
async function switchFor(
  dir: string,
  chosen: Chosen,
  ctx: { gotoolchain: string; setting: Setting; env: Env },
  d: Report,
): Promise<ToolchainSwitch> {
  const sw: ToolchainSwitch = {
    dir,
    directive: chosen.directive,
    toolchain: chosen.toolchain,
    version: chosen.version,
    action: "download",
    ...(chosen.file ? { file: chosen.file } : {}),
    ...(chosen.line !== undefined ? { line: chosen.line } : {}),
  };
  const bin = await onPath(chosen.toolchain, ctx.env);
  if (bin) {
    sw.action = "path";
    sw.bin = bin;
  } else if (ctx.setting.mode === "path") {
    sw.action = "fail";
    d({
      rule: "toolchain-path-missing",
      severity: "error",
      variable: "GOTOOLCHAIN",
      value: ctx.gotoolchain,
      message: `go: cannot find "${chosen.toolchain}" in PATH. GOTOOLCHAIN=${ctx.gotoolchain} only looks in PATH; install ${chosen.toolchain} there or use +auto to let Go download it.`,
      ...(sw.file ? { file: sw.file } : {}),
      ...(sw.line ? { line: sw.line } : {}),
    });
  }
  return sw;
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

export function pick(input: { goos?: string; goarch?: string }) {
  return {
    ...(input.goos ? { goos: input.goos } : {}),
    ...(input.goarch ? { goarch: input.goarch } : {}),
  };
}
