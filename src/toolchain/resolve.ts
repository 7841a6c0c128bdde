// Which Go the `go-version` / `go-version-file` inputs ask for, with setup-go's semantics
// (version-spec.ts). An exact version ("1.23.5", "go1.23.5", "1.24rc1") is used as is. A range
// ("1.23", "^1.22", ">=1.21 <1.24") takes the newest matching Go already in the runner's tool
// cache, else (and always with check-latest) the newest the chain lists at
// <proxy>/golang.org/toolchain/@v/list for this GOOS/GOARCH (Go's own list of toolchains);
// "stable" and "oldstable" always ask the list. A go.mod or go.work gives its `toolchain` line,
// else its `go` line, read the way cmd/go reads them for a toolchain switch.
import { readFile } from "node:fs/promises";
import { basename, resolve as resolvePath } from "node:path";
import { ToolchainError } from "./errors.ts";
import { openChain, fetchModuleFile, type Env } from "./fetch.ts";
import {
  goModLookup,
  goPlatform,
  versionFromModuleVersion,
  versionFromToolchain,
} from "./gover.ts";
import { describeSpec, parseVersionSpec, pickVersion } from "./version-spec.ts";

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
  /** The check-latest input: resolve a range against the chain's list even when the tool cache has a match. */
  checkLatest?: boolean;
  /** Go versions (Go syntax) already in the runner's tool cache for the target architecture. */
  cachedVersions?: readonly string[];
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
  /** True when a range was answered by a Go already in the tool cache (no request made). */
  fromToolCache?: boolean;
  /** Notes for the log (both inputs given, a `toolchain default` line…). */
  warnings: string[];
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

/** The Go versions a golang.org/toolchain @v/list names for one GOOS/GOARCH. */
export function listedVersions(list: string, goos: string, goarch: string): string[] {
  const out: string[] = [];
  for (const line of list.split("\n")) {
    const field = line.trim().split(/\s+/)[0];
    const v = field ? versionFromModuleVersion(field, goos, goarch) : undefined;
    if (v) out.push(v);
  }
  return out;
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
      `${out.file ? `${out.file}:${out.line}: ` : ""}"${spec}" is not a Go version: use 1.23.5, go1.23.5, 1.24rc1, a range (1.23, 1.23.x, ^1.22, ~1.22.3, ">=1.21 <1.24"), stable or oldstable`,
    );
  }
  if (parsed.kind === "exact") return { ...out, version: parsed.version, spec, warnings };
  if (parsed.kind === "range" && !input.checkLatest) {
    const cached = pickVersion(parsed, input.cachedVersions ?? []);
    if (cached) return { ...out, version: cached, spec, fromToolCache: true, warnings };
  }

  const { goos, goarch } = {
    ...goPlatform(),
    ...(input.goos ? { goos: input.goos } : {}),
    ...(input.goarch ? { goarch: input.goarch } : {}),
  };
  const chain = await openChain({
    env: input.env,
    goVersion: { major: 1, minor: 21, patch: 0 },
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
    const listed = listedVersions(fetched.body.toString("utf8"), goos, goarch);
    const version = pickVersion(parsed, listed);
    if (!version) {
      throw new ToolchainError(
        "not-found",
        "toolchain-not-available",
        `${fetched.origin} lists no Go toolchain for ${goos}/${goarch} matching ${describeSpec(parsed)} (asked for "${spec}"; it lists ${listed.length} version${listed.length === 1 ? "" : "s"} for that platform)`,
      );
    }
    return { ...out, version, spec, listedBy: fetched.origin, warnings };
  } finally {
    await chain.close();
  }
}
