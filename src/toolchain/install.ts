// Installs one exact Go toolchain for later steps: the `go` on PATH when it already is that
// version, else the runner's tool cache (@actions/tool-cache, the same `go/<semver>/<arch>`
// entries setup-go and the hosted images use), else golang.org/toolchain through the configured
// chain, verified by the checksum database BEFORE it is unpacked (verified.ts), then cached with
// tc.cacheDir and a manifest of what was verified (manifest.ts), which a later reuse re-checks.
// A failure leaves nothing behind: no tool-cache entry, no temp files.
import { constants } from "node:fs";
import { access, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import * as tc from "@actions/tool-cache";
import { parseGoVersion } from "../go/version.ts";
import { execQuiet } from "../process/exec.ts";
import { ToolchainError } from "./errors.ts";
import { makeWritable, runnableFixups, writeFiles } from "./extract.ts";
import { openChain, type Attempt, type Env } from "./fetch.ts";
import { goPlatform } from "./gover.ts";
import { checkManifest, manifestPath, writeManifest } from "./manifest.ts";
import { goBinDir, goBinary, goExeName } from "./platform.ts";
import { fetchVerifiedToolchain } from "./verified.ts";

export interface InstallInput {
  /** An exact version, as resolveGoVersion returns it: "1.23.5". */
  version: string;
  /** The environment Go runs with (the chain, GOSUMDB, egress proxy, roots, credentials, PATH). */
  env: Env;
  /** Go's names for the target (default: this machine). */
  goos?: string;
  goarch?: string;
  /** The tool cache's arch name (default process.arch: "x64", "arm64", as setup-go and the runner images use). */
  arch?: string;
  /** Where to unpack before caching (default RUNNER_TEMP, else the OS temp dir). */
  tempDir?: string;
  /** Skip the PATH check (default false). */
  ignorePath?: boolean;
  timeoutMs?: number;
  /** Test hook, see ChainOptions.goImportUrl. */
  goImportUrl?: string;
}

export interface ToolchainFacts {
  version: string;
  source: "path" | "tool-cache" | "proxy";
  /** The proxy (or direct target) that served the zip, credentials hidden. */
  origin?: string;
  seconds: number;
  /** The checksum-database proof, for a download. */
  verified?: {
    database: string;
    treeSize: number;
    recordId: number;
    /** The record's go.sum lines. */
    record: string;
    zipHash: string;
  };
  /** The directory to put on PATH (core.addPath). */
  binDir: string;
  /** GOROOT of the installed toolchain. */
  goroot: string;
  /** Zip bytes downloaded. */
  bytes?: number;
  /** Every request of the walk that found the zip (fallbacks included). */
  attempts?: Attempt[];
  /** A tool-cache hit: re-checked against the manifest written when it was verified, or none found. */
  toolCacheCheck?: "manifest" | "none";
  /** Files of a tool-cache entry that no longer matched its manifest (it was installed afresh). */
  toolCacheTampered?: string[];
}

/** semver for the tool cache, as setup-go writes it: 1.23.5, 1.24.0-rc.1, 1.24.0-beta.1. */
export function toolCacheVersion(version: string): string {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?$/.exec(version);
  if (!m) return version;
  return `${m[1]}.${m[2]}.${m[3] ?? "0"}${m[4] ? `-${m[4]}.${m[5]}` : ""}`;
}

/** The Go versions (Go syntax: 1.23.5, 1.24rc1) the runner's tool cache holds for an arch. */
export function toolCacheGoVersions(arch: string = process.arch): string[] {
  return tc
    .findAllVersions("go", arch)
    .map((v) => v.replace(/^(\d+\.\d+)\.0-(rc|beta)\.(\d+)$/, "$1$2$3"));
}

async function isExecutable(p: string): Promise<boolean> {
  try {
    await access(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The `go` on PATH and its version (asked with GOTOOLCHAIN=local, outside any module). */
export async function goOnPath(env: Env): Promise<{ bin: string; version: string } | undefined> {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const bin = join(dir, goExeName());
    if (!(await isExecutable(bin))) continue;
    try {
      const { stdout } = await execQuiet(bin, ["version"], {
        cwd: tmpdir(),
        env: { ...(env as Record<string, string>), GOTOOLCHAIN: "local", GOFLAGS: "" },
        timeoutMs: 30_000,
      });
      const m = /go version go(\S+)/.exec(stdout);
      if (m) return { bin, version: m[1]! };
    } catch {
      // Not a working go: like a miss.
    }
    return undefined;
  }
  return undefined;
}

/**
 * Makes go<version> available: returns where it is and how it got there. Throws ToolchainError
 * (kind "security" for a download the checksum database does not prove).
 */
export async function installToolchain(input: InstallInput): Promise<ToolchainFacts> {
  const started = performance.now();
  const seconds = () => Math.round(performance.now() - started) / 1000;
  const { version } = input;
  const plat = goPlatform();
  const goos = input.goos ?? plat.goos;
  const goarch = input.goarch ?? plat.goarch;
  const arch = input.arch ?? process.arch;
  const semver = toolCacheVersion(version);

  if (!input.ignorePath) {
    const found = await goOnPath(input.env);
    if (found && found.version === version) {
      const binDir = join(found.bin, "..");
      return { version, source: "path", seconds: seconds(), binDir, goroot: join(binDir, "..") };
    }
  }
  const cached = tc.find("go", semver, arch);
  let tampered: string[] | undefined;
  if (cached && (await isExecutable(goBinary(cached)))) {
    const check = await checkManifest(cached);
    if (check.state !== "tampered") {
      return {
        version,
        source: "tool-cache",
        seconds: seconds(),
        binDir: goBinDir(cached),
        goroot: cached,
        toolCacheCheck: check.state === "ok" ? "manifest" : "none",
      };
    }
    // Altered since it was verified: never run it; install afresh over it.
    tampered = check.files;
    await removeEntry(cached);
  }

  const chain = await openChain({
    env: input.env,
    goVersion: parseGoVersion(version) ?? { major: 1, minor: 21, patch: 0 },
    ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
    ...(input.goImportUrl ? { goImportUrl: input.goImportUrl } : {}),
  });
  let verified;
  try {
    verified = await fetchVerifiedToolchain(chain, version, goos, goarch);
  } finally {
    await chain.close();
  }

  const tempRoot = input.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir();
  const work = await mkdtemp(join(tempRoot, "setup-goproxy-go-"));
  let cachedDir: string | undefined;
  try {
    await writeFiles(work, verified.files, 0o644);
    await runnableFixups(work);
    cachedDir = await tc.cacheDir(work, "go", semver, arch);
    if (!(await isExecutable(goBinary(cachedDir)))) {
      throw new ToolchainError(
        "install",
        "toolchain-bad-zip",
        `go${version}: the verified zip has no bin/${goExeName()}; nothing to put on PATH`,
      );
    }
    await writeManifest(cachedDir, {
      moduleVersion: verified.moduleVersion,
      zipHash: verified.zipHash,
      database: verified.record.database,
      files: verified.files,
    });
  } catch (err) {
    await removeEntry(cachedDir ?? join(process.env.RUNNER_TOOL_CACHE ?? work, "go", semver, arch));
    if (err instanceof ToolchainError) throw err;
    throw new ToolchainError(
      "install",
      "toolchain-install-failed",
      `installing go${version}: ${(err as Error).message}`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return {
    version,
    source: "proxy",
    origin: verified.origin,
    seconds: seconds(),
    verified: {
      database: verified.record.database,
      treeSize: verified.record.treeSize,
      recordId: verified.record.recordId,
      record: verified.record.record,
      zipHash: verified.zipHash,
    },
    binDir: goBinDir(cachedDir),
    goroot: cachedDir,
    bytes: verified.zip.length,
    attempts: verified.attempts,
    ...(tampered ? { toolCacheTampered: tampered } : {}),
  };
}

/** tc.cacheDir writes <cache>/go/<semver>/<arch> and then <arch>.complete: remove both, and the manifest. */
async function removeEntry(dest: string): Promise<void> {
  await rm(`${dest}.complete`, { force: true });
  await rm(manifestPath(dest), { force: true });
  await makeWritable(dest).catch(() => undefined);
  await rm(dest, { recursive: true, force: true });
}
