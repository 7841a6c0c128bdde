// The npm package as a user gets it: `npm pack` of this repository (prepack builds lib/),
// then installed from the tarball into an empty project with `npm ci --offline`.
// Offline, because tests never leave the machine: the project's lockfile holds the
// tarball plus the runtime entries of this repository's lockfile (resolved URLs and
// integrity), which the repository's own `npm ci` already put in npm's cache.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, writeFile, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT } from "./runner.ts";

const run = promisify(execFile);
/** npm under a loaded 2-core machine: packing builds lib/ with tsc. */
const NPM_TIMEOUT_MS = 600_000;

interface LockEntry {
  dev?: boolean;
  link?: boolean;
  [key: string]: unknown;
}

/** `npm pack` into a fresh directory; returns the tarball's path. */
export async function packPackage(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "pack-"));
  const { stdout } = await run("npm", ["pack", "--silent", "--pack-destination", dir], {
    cwd: REPO_ROOT,
    timeout: NPM_TIMEOUT_MS,
  });
  return join(dir, stdout.trim().split("\n").at(-1)!);
}

/** The paths inside the tarball, without the leading `package/`. */
export async function packedFiles(tarball: string): Promise<string[]> {
  const { stdout } = await run("tar", ["-tzf", tarball], { timeout: 60_000 });
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((p) => p.replace(/^package\//, ""));
}

/**
 * An empty project (ESM) with the tarball installed by `npm ci --offline` as the dependency
 * `setup-goproxy`, into `dir` (a fresh temporary directory when not given).
 */
export async function installPackage(tarball: string, dir?: string): Promise<string> {
  const project = dir ?? (await mkdtemp(join(tmpdir(), "package-user-")));
  const file = basename(tarball);
  await copyFile(tarball, join(project, file));
  const pkg = JSON.parse(await readFile(join(REPO_ROOT, "package.json"), "utf8"));
  const lock = JSON.parse(await readFile(join(REPO_ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  const integrity = `sha512-${createHash("sha512")
    .update(await readFile(tarball))
    .digest("base64")}`;
  const dependencies = { "setup-goproxy": `file:${file}` };
  const packages: Record<string, unknown> = {
    "": { name: "package-user", dependencies },
    "node_modules/setup-goproxy": {
      version: pkg.version,
      resolved: `file:${file}`,
      integrity,
      license: pkg.license,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages))
    if (path.startsWith("node_modules/") && !entry.dev && !entry.link) packages[path] = entry;
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({ name: "package-user", private: true, type: "module", dependencies }),
  );
  await writeFile(
    join(project, "package-lock.json"),
    JSON.stringify({ name: "package-user", lockfileVersion: 3, requires: true, packages }),
  );
  await run("npm", ["ci", "--offline", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: project,
    timeout: NPM_TIMEOUT_MS,
  });
  return project;
}
