// Fixture modules as real git repositories, fetched by a real `go` in direct mode and
// turned into a GOPROXY tree (the cache/download layout with @v/list and .info files).
// Module paths live under github.com/goproxy-fixture/; git's insteadOf maps them to the
// local repositories, so direct mode works with no network.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { testedToolchains } from "./toolchains.ts";

const run = promisify(execFile);

export const FIXTURE_HOST = "github.com/goproxy-fixture";

export interface VersionSpec {
  version: string;
  /** "path@version" requirements of this version's go.mod. */
  requires?: string[];
  /** Extra files, path → content; a package file is written when none is given. */
  files?: Record<string, string>;
  /** The go.mod `go` line (default 1.16). */
  go?: string;
}

export interface ModuleSpec {
  /** Full module path, or a name under FIXTURE_HOST. */
  path: string;
  versions: VersionSpec[];
}

export interface ModuleVersion {
  path: string;
  version: string;
}

export interface Fixtures {
  root: string;
  /** Bare repositories, one per module, as git's insteadOf target. */
  reposDir: string;
  /** GIT_CONFIG_* variables mapping https://github.com/goproxy-fixture/ to reposDir. */
  gitEnv: Record<string, string>;
  /** A complete GOPROXY tree: serve it over HTTP or use it as file://. */
  proxyDir: string;
  /** go.sum lines for every module version. */
  sums: string[];
  modules: ModuleVersion[];
  cleanup(): Promise<void>;
}

/** A full module path: one whose first element has a dot stays; a short name goes under FIXTURE_HOST. */
export function fullPath(path: string): string {
  return path.split("/")[0]!.includes(".") ? path : `${FIXTURE_HOST}/${path}`;
}

/**
 * Go 1.23+ keeps telemetry under HOME and leaves a detached child writing there after it exits
 * (a test's `rm -r` of HOME then fails with ENOTEMPTY): a home for go gets telemetry mode "off".
 */
export function goTelemetryOff(home: string): void {
  const telemetry = join(home, ".config", "go", "telemetry");
  mkdirSync(telemetry, { recursive: true });
  writeFileSync(join(telemetry, "mode"), "off\n");
}

/** Environment for running a fixture `go` with nothing reaching past this machine. */
export function isolatedGoEnv(
  home: string,
  extra: Record<string, string | undefined> = {},
): Record<string, string> {
  goTelemetryOff(home);
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: home,
    GOPATH: join(home, "gopath"),
    GOMODCACHE: join(home, "gomodcache"),
    GOCACHE: join(home, "gocache"),
    GOTOOLCHAIN: "local",
    GOSUMDB: "off",
    GOFLAGS: "-mod=mod",
    GO111MODULE: "on",
    GIT_TERMINAL_PROMPT: "0",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    ...extra,
  };
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined),
  );
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run("git", args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "fixture",
      GIT_AUTHOR_EMAIL: "fixture@invalid",
      GIT_COMMITTER_NAME: "fixture",
      GIT_COMMITTER_EMAIL: "fixture@invalid",
      GIT_AUTHOR_DATE: "2024-01-01T00:00:00Z",
      GIT_COMMITTER_DATE: "2024-01-01T00:00:00Z",
      GIT_CONFIG_GLOBAL: "/dev/null",
    },
  });
  return stdout;
}

function goMod(path: string, v: VersionSpec): string {
  const reqs = (v.requires ?? []).map((r) => {
    const [p, ver] = r.split("@");
    return `\t${fullPath(p!)} ${ver}`;
  });
  return (
    `module ${path}\n\ngo ${v.go ?? "1.16"}\n` +
    (reqs.length ? `\nrequire (\n${reqs.join("\n")}\n)\n` : "")
  );
}

function packageName(path: string): string {
  // A major-version suffix is not the package's name: .../metrics/v2 is package metrics.
  const elems = path.split("/").filter((e, i, all) => !(i === all.length - 1 && /^v\d+$/.test(e)));
  const name = elems.at(-1)!.replace(/[^a-zA-Z0-9_]/g, "_");
  return /^[a-zA-Z_]/.test(name) ? name : `p${name}`;
}

/** A package that imports each requirement, so the module graph is really needed. */
function packageSource(path: string, v: VersionSpec): string {
  const imports = (v.requires ?? [])
    .map((r) => `import _ "${fullPath(r.split("@")[0]!)}"\n`)
    .join("");
  return `package ${packageName(path)}\n\n${imports}\n// Version is the fixture's version.\nconst Version = "${v.version}"\n`;
}

/** Builds repositories, fetches every version with a real go in direct mode, and assembles the proxy tree. */
export async function buildFixtures(
  specs: ModuleSpec[],
  opts: { goBin?: string } = {},
): Promise<Fixtures> {
  const root = await mkdtemp(join(tmpdir(), "goproxy-fixtures-"));
  const reposDir = join(root, "repos");
  const home = join(root, "home");
  await mkdir(home, { recursive: true });
  const gitEnv = {
    GIT_CONFIG_COUNT: "1",
    GIT_CONFIG_KEY_0: `url.${reposDir}/.insteadOf`,
    GIT_CONFIG_VALUE_0: `https://${FIXTURE_HOST}/`,
  };
  const modules: ModuleVersion[] = [];
  for (const spec of specs) {
    const path = fullPath(spec.path);
    if (!path.startsWith(`${FIXTURE_HOST}/`))
      throw new Error(`fixture ${path} must live under ${FIXTURE_HOST}`);
    const rel = path.slice(FIXTURE_HOST.length + 1);
    const [repoName, ...sub] = rel.split("/");
    if (/^v\d+$/.test(sub.at(-1) ?? "")) sub.pop(); // a major-version suffix lives at the repo root
    const repo = join(reposDir, repoName!);
    const prefix = sub.join("/");
    if (!existsSync(join(repo, ".git"))) {
      await mkdir(repo, { recursive: true });
      await git(repo, "init", "-q", "-b", "main");
    }
    for (const v of spec.versions) {
      const dir = prefix ? join(repo, prefix) : repo;
      await mkdir(dir, { recursive: true });
      const files: Record<string, string> = v.files ?? {
        [`${packageName(path)}.go`]: packageSource(path, v),
      };
      await writeFile(join(dir, "go.mod"), goMod(path, v));
      for (const [name, content] of Object.entries(files)) {
        await mkdir(dirname(join(dir, name)), { recursive: true });
        await writeFile(join(dir, name), content);
      }
      await git(repo, "add", "-A");
      await git(repo, "commit", "-q", "--allow-empty", "-m", `${path} ${v.version}`);
      await git(repo, "tag", prefix ? `${prefix}/${v.version}` : v.version);
      modules.push({ path, version: v.version });
    }
  }

  const goBin = opts.goBin ?? testedToolchains().at(-1)!.goBin;
  const env = isolatedGoEnv(home, { ...gitEnv, GOPROXY: "direct" });
  const args = ["mod", "download", "-json", ...modules.map((m) => `${m.path}@${m.version}`)];
  const workDir = join(root, "work");
  await mkdir(workDir, { recursive: true });
  let stdout: string;
  try {
    ({ stdout } = await run(goBin, args, { cwd: workDir, env, maxBuffer: 64 << 20 }));
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    const said = [...(e.stdout ?? "").matchAll(/"Error": (".*")/g)].map(
      (m) => JSON.parse(m[1]!) as string,
    );
    throw new Error(`fixture download failed:\n${e.stderr ?? ""}${said.join("\n")}`, {
      cause: err,
    });
  }
  const sums: string[] = [];
  for (const m of parseJsonStream(stdout)) {
    sums.push(`${m.Path} ${m.Version} ${m.Sum}`, `${m.Path} ${m.Version}/go.mod ${m.GoModSum}`);
  }

  const proxyDir = join(root, "proxy");
  await cp(join(env.GOMODCACHE!, "cache", "download"), proxyDir, { recursive: true });
  await normaliseProxyTree(proxyDir);
  await run("chmod", ["-R", "u+w", env.GOMODCACHE!]);
  return {
    root,
    reposDir,
    gitEnv,
    proxyDir,
    sums: sums.sort(),
    modules,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** Drops Go's lock and ziphash files and rewrites each @v/list from the versions present. */
async function normaliseProxyTree(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  for (const e of entries) {
    if (!e.isDirectory() || e.name !== "@v") continue;
    const at = join(e.parentPath, e.name);
    const files = await readdir(at);
    for (const f of files)
      if (f.endsWith(".lock") || f.endsWith(".ziphash") || f.endsWith(".partial"))
        await rm(join(at, f));
    const versions = files.filter((f) => f.endsWith(".mod")).map((f) => f.slice(0, -4));
    await writeFile(
      join(at, "list"),
      versions
        .sort()
        .map((v) => `${v}\n`)
        .join(""),
    );
  }
}

interface DownloadJson {
  Path: string;
  Version: string;
  Sum?: string;
  GoModSum?: string;
  Error?: string;
}

function parseJsonStream(text: string): DownloadJson[] {
  // Test-bed only: go prints one tab-indented object per module, each closing with "}\n" at column 0.
  return text
    .split(/^}\n?/m)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => JSON.parse(`${chunk}}`) as DownloadJson);
}

/** Writes a main module (go.mod, go.sum when asked, main.go importing each requirement). */
export async function writeMainModule(
  dir: string,
  opts: { path: string; go?: string; requires: string[]; fixtures?: Fixtures; withSum?: boolean },
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const reqs = opts.requires.map((r) => {
    const [p, v] = r.split("@");
    return { path: fullPath(p!), version: v! };
  });
  const goMod =
    `module ${opts.path}\n\ngo ${opts.go ?? "1.16"}\n` +
    (reqs.length
      ? `\nrequire (\n${reqs.map((r) => `\t${r.path} ${r.version}`).join("\n")}\n)\n`
      : "");
  await writeFile(join(dir, "go.mod"), goMod);
  if (opts.withSum !== false && opts.fixtures) {
    await writeFile(join(dir, "go.sum"), opts.fixtures.sums.map((l) => `${l}\n`).join(""));
  }
  const imports = reqs.map((r) => `\t_ "${r.path}"`).join("\n");
  await writeFile(
    join(dir, "main.go"),
    `package main\n\nimport (\n${imports}\n)\n\nfunc main() {}\n`,
  );
}

/** The module files (info, mod, zip) a proxy tree holds for one module version. */
export async function proxyFile(proxyDir: string, path: string, file: string): Promise<Buffer> {
  return readFile(join(proxyDir, ...path.split("/"), "@v", file));
}
