// Which Go the `go-version` / `go-version-file` inputs ask for. An exact version ("1.23.5",
// "go1.23.5", "1.24rc1") is used as is; a language version ("1.23", "1.23.x") or "stable" means
// the newest matching release the chain lists at <proxy>/golang.org/toolchain/@v/list for this
// GOOS/GOARCH (Go's own list of toolchains). A go.mod or go.work gives its `toolchain` line,
// else its `go` line, read the way cmd/go reads them for a toolchain switch.
import { readFile } from "node:fs/promises";
import { basename, resolve as resolvePath } from "node:path";
import { parseGoVersion } from "../go/version.ts";
import { ToolchainError } from "./errors.ts";
import { openChain, fetchModuleFile, type Env } from "./fetch.ts";
import {
  compareGo,
  goModLookup,
  goPlatform,
  isRelease,
  isValidGoVersion,
  langOf,
  versionFromModuleVersion,
  versionFromToolchain,
} from "./gover.ts";

export interface ResolveInput {
  /** The `go-version` input. */
  goVersion?: string;
  /** The `go-version-file` input (go.mod, go.work, .go-version, .tool-versions), relative to cwd. */
  goVersionFile?: string;
  cwd: string;
  /** The environment Go runs with: the chain to list versions through. */
  env: Env;
  goos?: string;
  goarch?: string;
  timeoutMs?: number;
  /** Test hook, see ChainOptions.goImportUrl. */
  goImportUrl?: string;
}

export interface ResolvedGoVersion {
  /** An exact toolchain version: "1.23.5". */
  version: string;
  /** What was asked: "1.23", "go1.23.5", "stable". */
  spec: string;
  from: "input" | "file";
  file?: string;
  line?: number;
  directive?: "toolchain" | "go" | "version";
  /** The proxy whose @v/list picked the version, when one was needed (credentials hidden). */
  listedBy?: string;
  /** Notes for the log (both inputs given, a `toolchain default` line…). */
  warnings: string[];
}

/** A version spec as written in an input: exact, language ("1.23"), or "stable". */
export function parseVersionSpec(
  raw: string,
): { kind: "exact" | "lang" | "stable"; version: string } | undefined {
  let s = raw.trim();
  if (s === "stable" || s === "latest") return { kind: "stable", version: "" };
  if (s.startsWith("go")) s = s.slice(2);
  else if (s.startsWith("v")) s = s.slice(1);
  s = s.replace(/\.x$/, "");
  if (!isValidGoVersion(s)) return undefined;
  if (/^\d+\.\d+$/.test(s)) return { kind: "lang", version: s };
  if (/^\d+$/.test(s)) return undefined;
  return { kind: "exact", version: s };
}

/** Reads the wanted version from a go.mod, go.work, .go-version or .tool-versions file. */
export function versionFromFile(
  text: string,
  file: string,
):
  | { spec: string; line: number; directive: "toolchain" | "go" | "version"; warnings: string[] }
  | undefined {
  const warnings: string[] = [];
  const name = basename(file);
  if (name.endsWith(".mod") || name.endsWith(".work")) {
    const tc = goModLookup(text, "toolchain");
    if (tc) {
      const v = versionFromToolchain(tc.value);
      if (v) return { spec: v, line: tc.line, directive: "toolchain", warnings };
      warnings.push(
        `${file}:${tc.line}: toolchain ${tc.value} names no Go version; using the go line`,
      );
    }
    const go = goModLookup(text, "go");
    if (go) return { spec: go.value, line: go.line, directive: "go", warnings };
    return undefined;
  }
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.replace(/#.*/, "").trim();
    if (t === "") continue;
    if (name === ".tool-versions") {
      const [tool, v] = t.split(/\s+/);
      if ((tool === "golang" || tool === "go") && v) {
        return { spec: v, line: i + 1, directive: "version", warnings };
      }
      continue;
    }
    return { spec: t, line: i + 1, directive: "version", warnings };
  }
  return undefined;
}

/** Picks the newest release of a language version (or of all, for "stable") from @v/list text. */
export function pickFromList(
  list: string,
  lang: string | undefined,
  goos: string,
  goarch: string,
): string | undefined {
  let best: string | undefined;
  for (const line of list.split("\n")) {
    const field = line.trim().split(/\s+/)[0];
    if (!field) continue;
    const v = versionFromModuleVersion(field, goos, goarch);
    if (!v || !isRelease(v)) continue;
    if (lang !== undefined && langOf(v) !== lang) continue;
    if (best === undefined || compareGo(v, best) > 0) best = v;
  }
  return best;
}

/** Resolves the inputs to one exact Go version; undefined when neither input is given. */
export async function resolveGoVersion(
  input: ResolveInput,
): Promise<ResolvedGoVersion | undefined> {
  const warnings: string[] = [];
  let spec: string;
  let out: Omit<ResolvedGoVersion, "version" | "spec" | "warnings">;
  if (input.goVersion?.trim()) {
    spec = input.goVersion.trim();
    out = { from: "input" };
    if (input.goVersionFile?.trim()) {
      warnings.push("Both go-version and go-version-file are given; go-version wins.");
    }
  } else if (input.goVersionFile?.trim()) {
    const file = resolvePath(input.cwd, input.goVersionFile.trim());
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (err) {
      throw new ToolchainError(
        "config",
        "toolchain-version-invalid",
        `go-version-file ${input.goVersionFile}: ${(err as Error).message}`,
      );
    }
    const found = versionFromFile(text, file);
    if (!found) {
      throw new ToolchainError(
        "config",
        "toolchain-version-invalid",
        `go-version-file ${input.goVersionFile} has no toolchain or go line (or version)`,
      );
    }
    warnings.push(...found.warnings);
    spec = found.spec;
    out = { from: "file", file, line: found.line, directive: found.directive };
  } else {
    return undefined;
  }
  const parsed = parseVersionSpec(spec);
  if (!parsed) {
    throw new ToolchainError(
      "config",
      "toolchain-version-invalid",
      `${out.file ? `${out.file}:${out.line}: ` : ""}"${spec}" is not a Go version: use 1.23.5, go1.23.5, 1.24rc1, 1.23 (the newest 1.23.x) or stable`,
    );
  }
  if (parsed.kind === "exact") return { ...out, version: parsed.version, spec, warnings };

  const { goos, goarch } = {
    ...goPlatform(),
    ...(input.goos ? { goos: input.goos } : {}),
    ...(input.goarch ? { goarch: input.goarch } : {}),
  };
  const chain = await openChain({
    env: input.env,
    goVersion: parseGoVersion(parsed.version || "1.21") ?? { major: 1, minor: 21, patch: 0 },
    timeoutMs: input.timeoutMs ?? 60_000,
    ...(input.goImportUrl ? { goImportUrl: input.goImportUrl } : {}),
  });
  try {
    const fetched = await fetchModuleFile(chain, "list").catch((err: unknown) => {
      if (err instanceof ToolchainError) {
        throw new ToolchainError(
          err.kind,
          err.kind === "not-found" ? "toolchain-not-mirrored" : err.rule,
          `cannot list Go toolchains to resolve "${spec}": ${err.message}`,
        );
      }
      throw err;
    });
    const lang = parsed.kind === "lang" ? parsed.version : undefined;
    const version = pickFromList(fetched.body.toString("utf8"), lang, goos, goarch);
    if (!version) {
      throw new ToolchainError(
        "not-found",
        "toolchain-not-available",
        `${fetched.origin} lists no ${lang ? `go${lang}.x` : "stable Go"} toolchain for ${goos}/${goarch} (asked for "${spec}")`,
      );
    }
    return { ...out, version, spec, listedBy: fetched.origin, warnings };
  } finally {
    await chain.close();
  }
}
