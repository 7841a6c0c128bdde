// Real Go toolchain modules for the test bed: a Debian Go tree (/usr/lib/go-1.NN, symlinks
// followed) repackaged the way cmd/distpack packs `golang.org/toolchain@v0.0.1-go1.X.Y.GOOS-GOARCH`:
// every file under that prefix, nested go.mod files renamed to _go.mod (a module zip may hold
// only one go.mod; cmd/go renames them back on first use), plus the module's .mod and .info,
// written into a GOPROXY tree that `startProxy({ dir })` serves, with @v/list.
//
//   const tz = await toolchainZip({ goroot: "/usr/lib/go-1.23", variant: "small" });
//   const tree = await writeToolchainProxyTree([tz], { listExtra: ["1.23.4"] });
//   const proxy = await startProxy({ dir: tree });
//   db.addModule(TOOLCHAIN_MODULE, tz.moduleVersion, tz.zip, tz.mod);
//
// Variants:
//   "small": VERSION, go.env, bin/go, bin/gofmt, pkg/tool/<goos>_<goarch>/pack (Go finds its GOROOT
//            by pkg/tool) and src/go.mod (as _go.mod): `bin/go version` works; about 7.6 MB zipped.
//   "build": adds pkg/include, pkg/tool/<goos>_<goarch>/{compile,asm,link,cgo,buildid,pack,vet} and the
//            standard library's sources (src/ without src/cmd, testdata and _test.go files), so
//            the unpacked toolchain builds a CGO_ENABLED=0 program; about 35 MB zipped.
// Zips are built once per process (in-memory and in a temp dir).
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";

export const TOOLCHAIN_MODULE = "golang.org/toolchain";

export type ToolchainVariant = "small" | "build";

export interface ToolchainZip {
  /** "1.23.5" (from the tree's VERSION file). */
  version: string;
  /** "v0.0.1-go1.23.5.linux-amd64" */
  moduleVersion: string;
  goos: string;
  goarch: string;
  zip: Buffer;
  /** The .mod file: "module golang.org/toolchain\n". */
  mod: Buffer;
  info: Buffer;
  files: number;
  /** Uncompressed bytes. */
  size: number;
  /** Milliseconds spent building it (0 when it came from the per-process cache). */
  buildMs: number;
}

export interface ToolchainZipOptions {
  goroot: string;
  variant?: ToolchainVariant;
  goos?: string;
  goarch?: string;
  /** zlib level (default 1: these are mostly binaries). */
  level?: number;
}

/** The go1.X.Y of a Go tree, from the first line of its VERSION file. */
export function treeVersion(goroot: string): string {
  const first = readFileSync(join(goroot, "VERSION"), "utf8").split("\n")[0]!.trim();
  if (!first.startsWith("go")) throw new Error(`${goroot}/VERSION does not start with "go"`);
  return first.slice(2);
}

interface Entry {
  name: string;
  data: Buffer;
  mode: number;
}

function walk(root: string, dir: string, keep: (rel: string) => boolean, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    const st = statSync(abs); // follows symlinks (Debian links src/, api/, test/ to /usr/share)
    const rel = relative(root, abs);
    if (st.isDirectory()) {
      if (name === "testdata") continue;
      walk(root, abs, keep, out);
    } else if (st.isFile() && keep(rel)) {
      out.push(rel);
    }
  }
}

function selectFiles(goroot: string, variant: ToolchainVariant, goos: string, goarch: string) {
  const files = ["VERSION", "go.env", "bin/go", "bin/gofmt"];
  // cmd/go finds GOROOT as the parent of bin/ that has pkg/tool: one small tool is enough.
  if (variant === "small") return [...files, `pkg/tool/${goos}_${goarch}/pack`, "src/go.mod"];
  // pack joins a package's assembly objects (runtime, internal/cpu); vet runs under go test.
  const tools = ["compile", "asm", "link", "cgo", "buildid", "pack", "vet"];
  for (const t of tools) files.push(`pkg/tool/${goos}_${goarch}/${t}`);
  for (const h of readdirSync(join(goroot, "pkg/include")).sort()) files.push(`pkg/include/${h}`);
  const src: string[] = [];
  walk(
    goroot,
    join(goroot, "src"),
    (rel) => !rel.startsWith("src/cmd/") && !rel.endsWith("_test.go"),
    src,
  );
  return [...files, ...src];
}

/** Writes a zip (deflate, Unix modes, no zip64) of the given entries. */
export function writeZip(entries: readonly Entry[], level = 1): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  // 2025-01-01 00:00 in DOS format.
  const dosTime = 0;
  const dosDate = ((2025 - 1980) << 9) | (1 << 5) | 1;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const deflated = deflateRawSync(e.data, { level });
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, name, deflated);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE((3 << 8) | 20, 4); // made by Unix
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt16LE(dosTime, 12);
    cd.writeUInt16LE(dosDate, 14);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(deflated.length, 20);
    cd.writeUInt32LE(e.data.length, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(((0o100000 | e.mode) << 16) >>> 0, 38);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + deflated.length;
  }
  const cdBuf = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdBuf.length, 12);
  eocd.writeUInt32LE(offset, 16);
  if (entries.length > 0xffff || offset > 0xffffffff) throw new Error("writeZip: needs zip64");
  return Buffer.concat([...parts, cdBuf, eocd]);
}

/** The module version of a toolchain: v0.0.1-go<version>.<goos>-<goarch>. */
export function toolchainModuleVersion(version: string, goos = "linux", goarch = "amd64") {
  return `v0.0.1-go${version}.${goos}-${goarch}`;
}

const built = new Map<string, Promise<ToolchainZip>>();

/** Builds (once per process) the toolchain module zip of a Go tree. */
export function toolchainZip(opts: ToolchainZipOptions): Promise<ToolchainZip> {
  const key = JSON.stringify([opts.goroot, opts.variant, opts.goos, opts.goarch, opts.level]);
  let p = built.get(key);
  if (!p) {
    p = Promise.resolve().then(() => build(opts));
    built.set(key, p);
  }
  return p.then((z) => ({ ...z, buildMs: 0 }));
}

function build(opts: ToolchainZipOptions): ToolchainZip {
  const started = performance.now();
  const goos = opts.goos ?? "linux";
  const goarch = opts.goarch ?? "amd64";
  const variant = opts.variant ?? "small";
  const version = treeVersion(opts.goroot);
  const moduleVersion = toolchainModuleVersion(version, goos, goarch);
  const prefix = `${TOOLCHAIN_MODULE}@${moduleVersion}/`;
  const entries: Entry[] = [];
  let size = 0;
  for (const rel of selectFiles(opts.goroot, variant, goos, goarch)) {
    const abs = join(opts.goroot, rel);
    const data = readFileSync(abs);
    const mode = statSync(abs).mode & 0o777;
    // distpack: a module zip holds no nested go.mod; cmd/go copies _go.mod back to go.mod.
    const name = rel.endsWith("/go.mod") ? rel.replace(/go\.mod$/, "_go.mod") : rel;
    entries.push({ name: prefix + name, data, mode });
    size += data.length;
  }
  const zip = writeZip(entries, opts.level ?? 1);
  const mod = Buffer.from(`module ${TOOLCHAIN_MODULE}\n`);
  const info = Buffer.from(
    JSON.stringify({ Version: moduleVersion, Time: "2025-01-16T00:00:00Z" }) + "\n",
  );
  return {
    version,
    moduleVersion,
    goos,
    goarch,
    zip,
    mod,
    info,
    files: entries.length,
    size,
    buildMs: Math.round(performance.now() - started),
  };
}

export interface ProxyTreeOptions {
  /** Write into this directory (default: a fresh temp dir). */
  dir?: string;
  /** More versions for @v/list only (no files): "1.23.4", or full module versions. */
  listExtra?: string[];
}

/** Writes toolchain modules into a GOPROXY tree (`<dir>/golang.org/toolchain/@v/…`); returns dir. */
export async function writeToolchainProxyTree(
  zips: readonly ToolchainZip[],
  opts: ProxyTreeOptions = {},
): Promise<string> {
  const dir = opts.dir ?? (await mkdtemp(join(tmpdir(), "toolchain-proxy-")));
  const at = join(dir, TOOLCHAIN_MODULE, "@v");
  await mkdir(at, { recursive: true });
  const list: string[] = [];
  for (const z of zips) {
    await writeFile(join(at, `${z.moduleVersion}.zip`), z.zip);
    await writeFile(join(at, `${z.moduleVersion}.mod`), z.mod);
    await writeFile(join(at, `${z.moduleVersion}.info`), z.info);
    list.push(z.moduleVersion);
  }
  for (const v of opts.listExtra ?? [])
    list.push(v.startsWith("v0.0.1-") ? v : toolchainModuleVersion(v));
  await writeFile(join(at, "list"), list.join("\n") + "\n");
  return dir;
}

/** A different but well-formed zip for the same module version (a substituted download). */
export function substituteZip(z: ToolchainZip): Buffer {
  const prefix = `${TOOLCHAIN_MODULE}@${z.moduleVersion}/`;
  const evil = Buffer.from("#!/bin/sh\necho pwned\n");
  return writeZip([
    { name: `${prefix}VERSION`, data: Buffer.from(`go${z.version}\n`), mode: 0o644 },
    { name: `${prefix}bin/go`, data: evil, mode: 0o755 },
  ]);
}

/** sha256 of bytes, hex (for comparing what was served with what was installed). */
export function sha256(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
