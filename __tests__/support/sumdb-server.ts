// A real Go checksum database on 127.0.0.1 (port 0), built on src/sumdb plus an Ed25519 signer.
// `go` accepts it through GOSUMDB="<key> <url>" (or through a proxy that mounts it under
// <proxy>/sumdb/<name>/, see proxy-server.ts's `sumdb` option).
//
//   const db = await startSumdb();                      // name "sum.test.local", fresh key
//   db.addModule(path, "v1.0.0", zipBytes, goModBytes); // hashes computed with dirhash
//   db.addModule(path, "v1.0.1", "h1:…", "h1:…");       // or given as h1 strings
//   await db.addFromProxyDir(fx.proxyDir, path, "v1.0.0");
//   env.GOSUMDB = db.gosumdb;                           // "<name>+<hash>+<key> http://127.0.0.1:PORT"
//   …
//   await db.close();
//
// Endpoints (paths relative to db.url, exactly as x/mod's sumdb.Server serves them):
//   /latest                              the signed tree head
//   /lookup/<escaped path>@<escaped ver> "<id>\n<record>\n" + signed tree head (404 when unknown)
//   /tile/<H>/<L>/<NNN>[.p/<W>]          hash tiles (404 when beyond the tree)
//   /tile/<H>/data/<NNN>[.p/<W>]         record data tiles
//
// Faults:
//   db.setFault({ path: "/lookup/github.com/x/y@", status: 410 })  per request path (prefix or RegExp),
//       optionally `times`, `body`, `delayMs`;
//   db.tamper(path, version, { zip: "h1:…" })  sign and log the truth, but serve a lookup whose record
//       says otherwise (go: "cannot authenticate record data in server response");
//   addModule with a wrong hash logs a lie consistently (go: "checksum mismatch … SECURITY ERROR");
//   foreignKey(db.name) is a well-formed key of the same name that did not sign anything.
//
// Mounting: db.respond(subPath) answers any endpoint without HTTP (subPath like "/lookup/…"),
// and db.handle(req, res, subPath) writes that answer to a Node response.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { join } from "node:path";
import type { AddressInfo, Socket } from "node:net";
import { generateKey, newSigner, signNote, type Signer } from "../../src/sumdb/note.ts";
import {
  escapeModulePath,
  escapeModuleVersion,
  formatRecord,
  formatTree,
  moduleRecordText,
  parseSumLines,
  unescapeModulePath,
  unescapeModuleVersion,
} from "../../src/sumdb/records.ts";
import { storedHashes, treeHash, type Hash, type HashReader } from "../../src/sumdb/tlog.ts";
import { parseTilePath, readTileData } from "../../src/sumdb/tiles.ts";
import { hashGoMod, hashZip } from "../../src/sumdb/dirhash.ts";

export interface SumdbFault {
  /** A request-path prefix (e.g. "/lookup/github.com/x/y@") or a regular expression over it. */
  path: string | RegExp;
  /** Answer with this status (and body) instead of the real response. */
  status?: number;
  body?: string;
  delayMs?: number;
  /** Apply to this many matching requests only (default: all). */
  times?: number;
}

export interface SumdbLogEntry {
  method: string;
  /** The request path relative to the database (after any mount prefix), e.g. "/lookup/…". */
  path: string;
  status: number;
  /** When the answer was ready (Date.now()), delays included. */
  answeredAt?: number;
}

export interface SumdbOptions {
  /** The database name, host[/path] (default "sum.test.local"). */
  name?: string;
  /** A 32-byte Ed25519 seed, for a fixed key (default: random). */
  seed?: Uint8Array;
  faults?: SumdbFault[];
}

export interface SumdbResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

export interface SumdbServer {
  name: string;
  /** The verifier key, `<name>+<hash8>+<base64 key>`. */
  key: string;
  /** The signer key, `PRIVATE+KEY+<name>+<hash8>+<base64 seed>`. */
  skey: string;
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  /** The GOSUMDB value that points go at this database: "<key> <url>". */
  gosumdb: string;
  log: SumdbLogEntry[];
  faults: SumdbFault[];
  /** Logs a module version (zip and go.mod as bytes, or their h1: hashes); returns its record id. */
  addModule(
    path: string,
    version: string,
    zip: Uint8Array | string,
    goMod: Uint8Array | string,
  ): number;
  /** Logs the module version found in a GOPROXY tree (`<dir>/<escaped path>/@v/<version>.zip|.mod`). */
  addFromProxyDir(dir: string, path: string, version: string): Promise<number>;
  /** Logs `count` filler records (not served by lookup), to grow the tree past tile boundaries. */
  addFillers(count: number): void;
  /** Logs module versions from go.sum lines (both lines of each version are needed). */
  addSums(lines: readonly string[]): number[];
  /** The record logged for a module version, or undefined. */
  record(path: string, version: string): { id: number; text: string } | undefined;
  /** Serve, for this module version, a lookup record that differs from the logged one. */
  tamper(path: string, version: string, hashes: { zip?: string; goMod?: string }): void;
  setFault(fault: SumdbFault): void;
  clearFaults(): void;
  /** Number of records in the tree. */
  size(): number;
  /** The current signed tree note. */
  signedTree(): string;
  /** Answers one request path (relative to the database) without HTTP. */
  respond(path: string, method?: string): Promise<SumdbResponse>;
  /** Writes the answer for `subPath` (default: the request's own path) to res. */
  handle(req: IncomingMessage, res: ServerResponse, subPath?: string): Promise<void>;
  close(): Promise<void>;
}

/** A well-formed verifier key for `name` whose private half signs nothing: a "wrong key". */
export function foreignKey(name: string): string {
  return generateKey(name).vkey;
}

const MOD_VER = /^[^@]+@v[0-9]+\.[0-9]+\.[0-9]+(-[^@]*)?(\+incompatible)?$/;
const TEXT = "text/plain; charset=UTF-8";

function hashOf(x: Uint8Array | string, compute: (b: Uint8Array) => string): string {
  if (typeof x === "string") return x.startsWith("h1:") ? x : compute(Buffer.from(x, "utf8"));
  return compute(x);
}

export async function startSumdb(opts: SumdbOptions = {}): Promise<SumdbServer> {
  const name = opts.name ?? "sum.test.local";
  const { skey, vkey } = generateKey(name, opts.seed);
  const signer: Signer = newSigner(skey);
  const records: string[] = [];
  // Stored hashes, 32 bytes each, in one growable buffer (large trees stay small in memory).
  let hashes = Buffer.alloc(32 * 1024);
  let hashCount = 0;
  const byModule = new Map<string, number>();
  const tampered = new Map<string, string>();
  const faults: SumdbFault[] = [...(opts.faults ?? [])];
  const used = new Map<SumdbFault, number>();
  const log: SumdbLogEntry[] = [];
  const signedCache = new Map<number, string>();

  const read: HashReader = (indexes) =>
    indexes.map((i) => {
      if (i >= hashCount) throw new Error(`sumdb-server: no stored hash ${i}`);
      return hashes.subarray(i * 32, i * 32 + 32);
    });

  function addRecord(text: string): number {
    const id = records.length;
    formatRecord(id, text); // validates the text
    const add: Hash[] = storedHashes(id, text, read);
    if ((hashCount + add.length) * 32 > hashes.length) {
      const bigger = Buffer.alloc(hashes.length * 2);
      hashes.copy(bigger);
      hashes = bigger;
    }
    for (const h of add) hashes.set(h, 32 * hashCount++);
    records.push(text);
    return id;
  }

  function addModule(
    path: string,
    version: string,
    zip: Uint8Array | string,
    goMod: Uint8Array | string,
  ): number {
    const key = `${path}@${version}`;
    if (byModule.has(key)) throw new Error(`sumdb-server: ${key} is already logged`);
    const id = addRecord(
      moduleRecordText(path, version, hashOf(zip, hashZip), hashOf(goMod, hashGoMod)),
    );
    byModule.set(key, id);
    return id;
  }

  function signedTree(): string {
    const n = records.length;
    let s = signedCache.get(n);
    if (!s) {
      s = signNote(formatTree({ n, hash: treeHash(n, read) }), [signer]);
      signedCache.set(n, s);
    }
    return s;
  }

  const text = (status: number, body: string): SumdbResponse => ({
    status,
    contentType: "text/plain; charset=utf-8",
    body: Buffer.from(body),
  });

  function serveLookup(mod: string): SumdbResponse {
    if (!MOD_VER.test(mod)) return text(400, "invalid module@version syntax\n");
    const at = mod.indexOf("@");
    let path: string;
    let version: string;
    try {
      path = unescapeModulePath(mod.slice(0, at));
      version = unescapeModuleVersion(mod.slice(at + 1));
    } catch (err) {
      return text(500, `${(err as Error).message}\n`);
    }
    const id = byModule.get(`${path}@${version}`);
    if (id === undefined) return text(404, `not found: ${path}@${version}\n`);
    const record = tampered.get(`${path}@${version}`) ?? records[id]!;
    return {
      status: 200,
      contentType: TEXT,
      body: Buffer.from(formatRecord(id, record) + signedTree()),
    };
  }

  function serveTile(path: string): SumdbResponse {
    let t;
    try {
      t = parseTilePath(path.slice(1));
    } catch {
      return text(400, "invalid tile syntax\n");
    }
    const first = t.n * 2 ** t.h;
    if (t.l === -1) {
      if (first + t.w > records.length) return text(404, `not found: ${path}\n`);
      const data = records.slice(first, first + t.w).join("\n") + "\n";
      return { status: 200, contentType: TEXT, body: Buffer.from(data) };
    }
    const width = Math.floor(records.length / 2 ** (t.h * t.l));
    if (first + t.w > width) return text(404, `not found: ${path}\n`);
    return {
      status: 200,
      contentType: "application/octet-stream",
      body: Buffer.from(readTileData(t, read)),
    };
  }

  async function respond(path: string, method = "GET"): Promise<SumdbResponse> {
    if (!path.startsWith("/")) path = `/${path}`;
    const entry: SumdbLogEntry = { method, path, status: 0 };
    log.push(entry);
    const out = await answer(path);
    entry.status = out.status;
    entry.answeredAt = Date.now();
    return out;
  }

  async function answer(path: string): Promise<SumdbResponse> {
    const fault = faults.find(
      (f) =>
        (typeof f.path === "string" ? path.startsWith(f.path) : f.path.test(path)) &&
        (f.times === undefined || (used.get(f) ?? 0) < f.times),
    );
    if (fault) {
      used.set(fault, (used.get(fault) ?? 0) + 1);
      // Unref'd: a stalled answer must not keep the test process alive.
      if (fault.delayMs) await sleep(fault.delayMs, undefined, { ref: false });
      if (fault.status) return text(fault.status, fault.body ?? `${fault.status} injected\n`);
    }
    if (path === "/latest")
      return { status: 200, contentType: TEXT, body: Buffer.from(signedTree()) };
    if (path.startsWith("/lookup/")) return serveLookup(path.slice("/lookup/".length));
    if (path.startsWith("/tile/")) return serveTile(path);
    return text(404, "404 page not found\n");
  }

  async function handle(req: IncomingMessage, res: ServerResponse, subPath?: string) {
    let path = subPath;
    if (path === undefined) {
      try {
        path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      } catch {
        path = "/";
      }
    }
    const out = await respond(path, req.method ?? "GET");
    res.writeHead(out.status, {
      "content-type": out.contentType,
      "content-length": out.body.length,
    });
    res.end(req.method === "HEAD" ? undefined : out.body);
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    name,
    key: vkey,
    skey,
    url,
    gosumdb: `${vkey} ${url}`,
    log,
    faults,
    addModule,
    async addFromProxyDir(dir, path, version) {
      const base = join(
        dir,
        ...escapeModulePath(path).split("/"),
        "@v",
        escapeModuleVersion(version),
      );
      const [zip, mod] = await Promise.all([readFile(`${base}.zip`), readFile(`${base}.mod`)]);
      return addModule(path, version, zip, mod);
    },
    addFillers(count) {
      const h = `h1:${Buffer.alloc(32).toString("base64")}`;
      for (let i = 0; i < count; i++) {
        const n = records.length;
        addRecord(moduleRecordText(`example.com/filler/m${n}`, "v1.0.0", h, h));
      }
    },
    addSums(lines) {
      const parsed = parseSumLines(lines.join("\n"));
      const ids: number[] = [];
      for (const l of parsed.filter((x) => !x.goMod)) {
        const mod = parsed.find((x) => x.goMod && x.path === l.path && x.version === l.version);
        if (!mod) throw new Error(`sumdb-server: no go.mod line for ${l.path}@${l.version}`);
        ids.push(addModule(l.path, l.version, l.hash, mod.hash));
      }
      return ids;
    },
    record(path, version) {
      const id = byModule.get(`${path}@${version}`);
      return id === undefined ? undefined : { id, text: records[id]! };
    },
    tamper(path, version, h) {
      const id = byModule.get(`${path}@${version}`);
      if (id === undefined) throw new Error(`sumdb-server: ${path}@${version} is not logged`);
      const lines = parseSumLines(records[id]!);
      const zip = h.zip ?? lines.find((l) => !l.goMod)!.hash;
      const goMod = h.goMod ?? lines.find((l) => l.goMod)!.hash;
      tampered.set(`${path}@${version}`, moduleRecordText(path, version, zip, goMod));
    },
    setFault: (f) => void faults.push(f),
    clearFaults: () => void faults.splice(0, faults.length),
    size: () => records.length,
    signedTree,
    respond,
    handle,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
