// Finds the Go toolchains installed by scripts/install-go.sh (Debian's /usr/lib/go-1.NN).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export interface Toolchain {
  /** "1.26" */
  version: string;
  minor: number;
  goroot: string;
  goBin: string;
}

const LIB = "/usr/lib";

export function installedToolchains(): Toolchain[] {
  if (!existsSync(LIB)) return [];
  return readdirSync(LIB)
    .map((name) => /^go-1\.(\d+)$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      version: `1.${m[1]}`,
      minor: Number(m[1]),
      goroot: join(LIB, m[0]),
      goBin: join(LIB, m[0], "bin", "go"),
    }))
    .filter((t) => existsSync(t.goBin))
    .sort((a, b) => a.minor - b.minor);
}

export function toolchain(version: string): Toolchain {
  const found = installedToolchains().find((t) => t.version === version);
  if (!found)
    throw new Error(`Go ${version} is not installed: run scripts/install-go.sh ${version}`);
  return found;
}

/**
 * The toolchains a test should run on: SETUP_GOPROXY_GO_VERSIONS ("1.19 1.26") when set,
 * otherwise the oldest and newest installed. Fails loudly when none is installed, so a
 * machine without Go cannot pass the suite by skipping it.
 */
export function testedToolchains(): Toolchain[] {
  const wanted = process.env.SETUP_GOPROXY_GO_VERSIONS?.split(/[\s,]+/).filter(Boolean);
  if (wanted && wanted.length > 0) return wanted.map(toolchain);
  const all = installedToolchains();
  if (all.length === 0) throw new Error("no Go toolchain installed: run scripts/install-go.sh");
  const oldest = all[0]!;
  const newest = all[all.length - 1]!;
  return oldest === newest ? [oldest] : [oldest, newest];
}
