// A GitHub Actions cache service on 127.0.0.1, for driving the real `@actions/cache`
// (6.3.0: real tar, real zstd) in tests and benchmarks.
//
// Two protocols, chosen per server:
//
// - "v1" — the artifact cache API that GitHub Enterprise Server still serves. The
//   toolkit picks it when ACTIONS_CACHE_SERVICE_V2 is unset, or always when
//   GITHUB_SERVER_URL is not github.com / *.ghe.com / *.localhost (isGhes()).
//     GET   {ACTIONS_CACHE_URL}_apis/artifactcache/cache?keys=k1,k2&version=V → 200 entry | 204
//     GET   {ACTIONS_CACHE_URL}_apis/artifactcache/caches?key=K               → list (debug only)
//     POST  {ACTIONS_CACHE_URL}_apis/artifactcache/caches {key,version,cacheSize} → 201 {cacheId} | 409
//     PATCH {ACTIONS_CACHE_URL}_apis/artifactcache/caches/:id  Content-Range: bytes s-e/*  → 204
//     POST  {ACTIONS_CACHE_URL}_apis/artifactcache/caches/:id {size}          → 204 | 400 size mismatch
//   then `archiveLocation` (a blob URL on this server) is fetched with one plain GET.
// - "v2" — Twirp JSON at {ACTIONS_RESULTS_URL}twirp/github.actions.results.api.v1.CacheService/
//   CreateCacheEntry, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL, plus signed blob URLs
//   speaking enough of the Azure Blob REST API for @azure/storage-blob: Put Blob, Put Block
//   (?comp=block&blockid=), Put Block List (?comp=blocklist), Get Blob with Range or x-ms-range,
//   Get Blob Properties (HEAD). Blob URLs are path-style (/account/container/blob), as the SDK
//   expects for an IP host.
//
// What the toolkit really does against loopback (read from its lib/, worth knowing):
// - Uploads: v1 PATCHes chunks (CACHE_UPLOAD_CHUNK_SIZE MiB, default 32; CACHE_UPLOAD_CONCURRENCY,
//   default 4); v2 always calls BlockBlobClient.uploadFile with maxSingleShotSize 128 MiB, so any
//   archive below that is ONE Put Blob; Put Block/Put Block List only above 128 MiB.
// - Downloads: the SDK / ranged-concurrent paths are used only for hosts ending in
//   .blob.core.windows.net; for 127.0.0.1 both protocols do one plain GET (no Range), with a 5 s
//   idle-socket timeout. Range, x-ms-range and HEAD are still served, for other clients.
// - Retries: v1 lookup/reserve/commit retry only 502/503/504 (2 attempts, 5 s apart); a PATCH that
//   loses its connection is retried once after 5 s. v2 Twirp calls retry 500/502/503/504 and
//   network errors up to 5 times (3 s, ×1.5 backoff). The blob SDK retries dropped connections and
//   500/503 up to 4 tries (0 s, 4 s, 12 s delays).
//
// API
//   startCacheServer(opts?: CacheServerOptions): Promise<CacheServer>
//     opts.protocol        "v1" (default) | "v2"
//     opts.bytesPerSecond  number | { upload?: number; download?: number } — a shared link model:
//                          all uploads share one paced pipe, all downloads another.
//     opts.faults          CacheFaults (below); replace later with server.setFaults().
//     opts.scope           the scope new entries are written to (default "refs/heads/main")
//     opts.readScopes      scopes lookups search, in order (default [scope])
//     opts.cacheMode       when set, env carries ACTIONS_CACHE_MODE (none|read|write|write-only)
//     opts.maxEntryBytes   v1 reserve answers 400 above this (toolkit: "over the data cap")
//   server.env            exactly the variables a runner gives a job step for this protocol
//                          (ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL + ACTIONS_CACHE_SERVICE_V2,
//                          ACTIONS_RUNTIME_TOKEN, GITHUB_SERVER_URL[, ACTIONS_CACHE_MODE]).
//                          Merge it over an env that has no other ACTIONS_* variables.
//   server.entries()       committed entries, oldest first: {id,key,version,scope,size,createdAt}
//   server.data(id)        the stored archive bytes of an entry
//   server.replaceData(id, bytes)  swap them (a poisoned entry)
//   server.log             every request: {method,path,query,op,status,bytesIn,bytesOut,at,ms,dropped}
//   server.setFaults(f)    replace the faults (and reset the upload counter dropUpload counts)
//   server.setBandwidth(b) replace the link model (undefined: unthrottled)
//   server.setScope(s, r?) act as a run on another ref (write scope s, read scopes r ?? [s])
//   server.close()         stop, drop open connections
//   runCacheClient(env, request, opts?) runs cache-client-child.ts (the real saveCache/restoreCache)
//                          in a child process with a clean environment; see its doc below.
import { spawn } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export type CacheProtocol = "v1" | "v2";

/** What a request does, for faults, delays and the log. */
export type CacheOp =
  | "lookup"
  | "list"
  | "reserve"
  | "upload"
  | "blocklist"
  | "commit"
  | "download"
  | "properties"
  | "unknown";

export interface CacheFaults {
  /** Answer reserve as the service does for a read-only token (fork PR): v1 403 with a
   * `cache write denied:` message, v2 CreateCacheEntry {ok:false, message:"cache write denied: …"}.
   * The toolkit raises CacheWriteDeniedError internally, logs it as a warning, returns -1. */
  denyWrites?: boolean;
  /** Answer lookups with `cache read denied:` (v1 403, v2 Twirp permission_denied). The toolkit
   * raises CacheReadDeniedError internally, warns, and reports a miss. */
  denyReads?: boolean;
  /** Every reserve finds the key already held by another job (v1 409, v2 Twirp already_exists).
   * Real collisions (same key+version+scope committed or reserved) answer the same way. */
  reserveCollision?: boolean;
  /** Drop the connection part-way through the body of the `at`-th upload request (1-based,
   * counting v1 PATCH chunks and v2 Put Blob / Put Block since the last setFaults), and of the
   * following `times - 1` ones (default: every one from `at` on, so retries fail too).
   * `afterBytes` (default: half the request's Content-Length) is read before the drop. */
  dropUpload?: { at: number; times?: number; afterBytes?: number };
  /** Fail the commit. v1: HTTP `status` (default 500, which the toolkit does not retry).
   * v2: without `status`, FinalizeCacheEntryUpload {ok:false, message} (FinalizeCacheError);
   * with `status`, a Twirp error of that status (500 is retried 5 times by the toolkit). */
  failCommit?: boolean | { status?: number; message?: string };
  /** Fail lookups with a server error (default 500). v1 500 is not retried (fast miss);
   * v2 500/502/503/504 are retried 5 times with backoff (~25 s). */
  failLookup?: boolean | { status?: number };
  /** Accept and then never finish: a `download` sends its headers and `afterBytes` of the
   * archive (default half) and stops; an `upload` (v1 PATCH, v2 Put Blob/Block) reads the body
   * and never answers. The socket stays open until the client gives up or close(). */
  stall?: { op: "download" | "upload"; afterBytes?: number };
  /** Delay before handling: one number for every request, or per operation. */
  delayMs?: number | Partial<Record<CacheOp, number>>;
}

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  scope: string;
  size: number;
  createdAt: Date;
}

export interface CacheRequest {
  method: string;
  path: string;
  query: string;
  op: CacheOp;
  /** 0 when the connection was dropped before a response. */
  status: number;
  bytesIn: number;
  bytesOut: number;
  /** When the request came in (Date.now()) and how long until its response closed. */
  at: number;
  ms: number;
  dropped: boolean;
}

export type Bandwidth = number | { upload?: number; download?: number };

export interface CacheServerOptions {
  protocol?: CacheProtocol;
  bytesPerSecond?: Bandwidth;
  faults?: CacheFaults;
  scope?: string;
  readScopes?: string[];
  cacheMode?: "none" | "read" | "write" | "write-only";
  maxEntryBytes?: number;
}

export interface CacheServer {
  protocol: CacheProtocol;
  /** http://127.0.0.1:PORT */
  origin: string;
  env: Record<string, string>;
  entries(): CacheEntry[];
  data(id: number): Buffer | undefined;
  /** Swap an entry's stored archive (as an attacker with write access to the cache would). */
  replaceData(id: number, data: Buffer): void;
  log: CacheRequest[];
  setFaults(faults?: CacheFaults): void;
  setBandwidth(bytesPerSecond?: Bandwidth): void;
  /** Act as a run on another ref: new entries go to `scope`; lookups search `readScopes`
   * (default [scope]) in order — e.g. a PR run: ["refs/pull/1/merge", "refs/heads/main"]. */
  setScope(scope: string, readScopes?: string[]): void;
  close(): Promise<void>;
}

const ACCOUNT = "cacheaccount";
const CONTAINER = "actions-cache";
const TWIRP_PREFIX = "/twirp/github.actions.results.api.v1.CacheService/";
const MAX_BODY = 512 * 1024 * 1024;
const JSON_LIMIT = 1024 * 1024;
const SLICE = 64 * 1024;

/** One direction of a link: transfers share it first come, first served. */
class Link {
  private next = 0;
  private readonly bytesPerSecond: number;
  constructor(bytesPerSecond: number) {
    this.bytesPerSecond = bytesPerSecond;
  }
  /** Milliseconds until `bytes` more have gone through the link. */
  reserve(bytes: number): number {
    const now = performance.now();
    const start = Math.max(now, this.next);
    this.next = start + (bytes * 1000) / this.bytesPerSecond;
    return this.next - now;
  }
}

interface Stored {
  entry: CacheEntry;
  data: Buffer;
}

interface Pending {
  id: number;
  key: string;
  version: string;
  scope: string;
  createdAt: Date;
  /** v1 chunks by start offset. */
  chunks: Map<number, Buffer>;
  /** v2 blob name this reservation uploads to. */
  blob?: string;
}

interface Blob {
  data?: Buffer;
  blocks: Map<string, Buffer>;
}

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  rec: CacheRequest;
  url: URL;
}

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms).unref());

export async function startCacheServer(opts: CacheServerOptions = {}): Promise<CacheServer> {
  const protocol = opts.protocol ?? "v1";
  const token = `cache-test-token-${randomBytes(12).toString("hex")}`;
  const secret = randomBytes(32);
  let writeScope = opts.scope ?? "refs/heads/main";
  let readScopes = opts.readScopes ?? [writeScope];
  const v1Prefix = `/_services/artifactcache/${randomBytes(6).toString("hex")}/`;

  let faults: CacheFaults = opts.faults ?? {};
  let uploadCount = 0;
  let upLink: Link | undefined;
  let downLink: Link | undefined;
  const setBandwidth = (b?: Bandwidth): void => {
    const up = typeof b === "number" ? b : b?.upload;
    const down = typeof b === "number" ? b : b?.download;
    upLink = up && up > 0 ? new Link(up) : undefined;
    downLink = down && down > 0 ? new Link(down) : undefined;
  };
  setBandwidth(opts.bytesPerSecond);

  const stored: Stored[] = [];
  const pending = new Map<number, Pending>();
  const blobs = new Map<string, Blob>();
  const log: CacheRequest[] = [];
  let nextId = 1;
  let origin = "";

  const sign = (blob: string, perm: string): string =>
    createHmac("sha256", secret).update(`${blob}\n${perm}`).digest("base64url");
  const blobUrl = (blob: string, perm: "r" | "cw"): string =>
    `${origin}/${ACCOUNT}/${CONTAINER}/${blob}?sv=2025-01-05&sr=b&sp=${perm}&sig=${sign(blob, perm)}`;

  // ---- matching (shared by both protocols) ----
  // GitHub's documented order: for each scope the run may read, an exact hit on the primary key,
  // then prefix hits on it, then each restore key as a prefix; newest entry wins among prefixes.
  function find(keys: string[], version: string): Stored | undefined {
    for (const scope of readScopes) {
      const candidates = stored.filter(
        (s) => s.entry.scope === scope && s.entry.version === version,
      );
      for (const [i, key] of keys.entries()) {
        if (i === 0) {
          const exact = candidates.find((s) => s.entry.key === key);
          if (exact) return exact;
        }
        let best: Stored | undefined;
        for (const s of candidates) {
          if (!s.entry.key.startsWith(key)) continue;
          if (
            !best ||
            s.entry.createdAt > best.entry.createdAt ||
            (+s.entry.createdAt === +best.entry.createdAt && s.entry.id > best.entry.id)
          )
            best = s;
        }
        if (best) return best;
      }
    }
    return undefined;
  }

  const taken = (key: string, version: string): boolean =>
    stored.some(
      (s) => s.entry.key === key && s.entry.version === version && s.entry.scope === writeScope,
    ) ||
    [...pending.values()].some(
      (p) => p.key === key && p.version === version && p.scope === writeScope,
    );

  function commit(p: Pending, data: Buffer): Stored {
    pending.delete(p.id);
    const s: Stored = {
      entry: {
        id: p.id,
        key: p.key,
        version: p.version,
        scope: p.scope,
        size: data.length,
        createdAt: new Date(),
      },
      data,
    };
    stored.push(s);
    blobs.set(`entry-${p.id}`, { data, blocks: new Map() });
    return s;
  }

  // ---- I/O helpers ----
  function sendJson(
    ctx: Ctx,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ): void {
    const text = body === undefined ? "" : JSON.stringify(body);
    const buf = Buffer.from(text);
    ctx.res.writeHead(status, {
      ...(body === undefined ? {} : { "Content-Type": "application/json; charset=utf-8" }),
      "Content-Length": String(buf.length),
      ...headers,
    });
    ctx.res.end(buf);
    ctx.rec.bytesOut += buf.length;
  }

  function sendAzureError(ctx: Ctx, status: number, code: string, message: string): void {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
    const buf = Buffer.from(xml);
    ctx.res.writeHead(status, {
      "Content-Type": "application/xml",
      "Content-Length": String(buf.length),
      "x-ms-error-code": code,
      "x-ms-version": "2025-01-05",
    });
    ctx.res.end(buf);
    ctx.rec.bytesOut += buf.length;
  }

  /** Read a request body, paced by the upload link; null when a drop fault cut it. */
  function readBody(ctx: Ctx, limit: number, dropAfter?: number): Promise<Buffer | null> {
    const { req } = ctx;
    const declared = Number(req.headers["content-length"] ?? NaN);
    if (declared > limit) return Promise.reject(new HttpError(413, "request body too large"));
    return new Promise((resolve, reject) => {
      const parts: Buffer[] = [];
      let size = 0;
      let done = false;
      const finish = (v: Buffer | null, err?: Error): void => {
        if (done) return;
        done = true;
        if (err) reject(err);
        else resolve(v);
      };
      req.on("data", (chunk: Buffer) => {
        if (done) return;
        size += chunk.length;
        ctx.rec.bytesIn = size;
        if (size > limit) {
          finish(null, new HttpError(413, "request body too large"));
          req.socket.destroy();
          return;
        }
        parts.push(chunk);
        if (dropAfter !== undefined && size >= dropAfter) {
          ctx.rec.dropped = true;
          req.socket.destroy();
          finish(null);
          return;
        }
        const wait = upLink?.reserve(chunk.length) ?? 0;
        if (wait > 1) {
          req.pause();
          setTimeout(() => req.resume(), wait).unref();
        }
      });
      req.on("end", () => finish(Buffer.concat(parts)));
      req.on("error", (e) => finish(null, e));
      req.on("close", () => finish(null, new Error("connection closed")));
    });
  }

  async function readJson(ctx: Ctx): Promise<Record<string, unknown>> {
    const body = await readBody(ctx, JSON_LIMIT);
    try {
      const v: unknown = JSON.parse(body?.toString("utf8") || "{}");
      if (v && typeof v === "object" && !Array.isArray(v)) return v as Record<string, unknown>;
    } catch {
      // fall through
    }
    throw new HttpError(400, "request body is not a JSON object");
  }

  /** The drop point for this upload request, or undefined. Counts every upload request. */
  function uploadDropPoint(ctx: Ctx): number | undefined {
    uploadCount++;
    const d = faults.dropUpload;
    if (!d) return undefined;
    const times = d.times ?? Infinity;
    if (uploadCount < d.at || uploadCount >= d.at + times) return undefined;
    if (d.afterBytes !== undefined) return d.afterBytes;
    // Half the body: from Content-Length, or (v1 streams chunked) from Content-Range.
    let length = Number(ctx.req.headers["content-length"] ?? NaN);
    const range = /^bytes (\d+)-(\d+)\//.exec(String(ctx.req.headers["content-range"] ?? ""));
    if (!Number.isFinite(length) && range) length = Number(range[2]) - Number(range[1]) + 1;
    return Number.isFinite(length) && length > 1 ? Math.floor(length / 2) : 1;
  }

  /** Send `data` (or a slice), paced by the download link; bounded by the data length. */
  async function sendData(
    ctx: Ctx,
    data: Buffer,
    status: number,
    headers: Record<string, string>,
  ): Promise<void> {
    const { res } = ctx;
    res.writeHead(status, { ...headers, "Content-Length": String(data.length) });
    if (ctx.req.method === "HEAD") {
      res.end();
      return;
    }
    let closed = false;
    res.on("close", () => (closed = true));
    const stallAt =
      faults.stall?.op === "download" && ctx.rec.op === "download"
        ? (faults.stall.afterBytes ?? data.length >> 1)
        : undefined;
    if (stallAt !== undefined) {
      res.write(data.subarray(0, stallAt));
      ctx.rec.bytesOut += stallAt;
      return;
    }
    for (let off = 0; off < data.length && !closed; off += SLICE) {
      const slice = data.subarray(off, Math.min(off + SLICE, data.length));
      const wait = downLink?.reserve(slice.length) ?? 0;
      if (wait > 1) await sleep(wait);
      if (closed) break;
      ctx.rec.bytesOut += slice.length;
      if (!res.write(slice)) {
        await new Promise<void>((resolve) => {
          const done = (): void => {
            res.off("drain", done);
            res.off("close", done);
            resolve();
          };
          res.on("drain", done);
          res.on("close", done);
        });
      }
    }
    if (!closed) res.end();
  }

  function authorized(ctx: Ctx): boolean {
    return ctx.req.headers.authorization === `Bearer ${token}`;
  }

  // ---- v1 ----
  const v1Entry = (s: Stored): Record<string, unknown> => ({
    cacheKey: s.entry.key,
    scope: s.entry.scope,
    cacheVersion: s.entry.version,
    creationTime: s.entry.createdAt.toISOString(),
  });

  async function handleV1(ctx: Ctx, resource: string): Promise<void> {
    const { req, url } = ctx;
    if (!authorized(ctx)) return sendJson(ctx, 401, { message: "Bad credentials" });
    if (req.method === "GET" && resource === "cache") {
      const keys = (url.searchParams.get("keys") ?? "").split(",").filter((k) => k !== "");
      const version = url.searchParams.get("version") ?? "";
      if (faults.denyReads)
        return sendJson(ctx, 403, {
          message: "cache read denied: the token for this run has no readable cache scopes",
          typeKey: "CacheReadDeniedException",
        });
      if (faults.failLookup) {
        const status = (typeof faults.failLookup === "object" && faults.failLookup.status) || 500;
        return sendJson(ctx, status, { message: "injected lookup failure" });
      }
      if (keys.length === 0 || !version)
        return sendJson(ctx, 400, { message: "keys and version are required" });
      const hit = find(keys, version);
      if (!hit) return sendJson(ctx, 204);
      return sendJson(ctx, 200, {
        ...v1Entry(hit),
        archiveLocation: blobUrl(`entry-${hit.entry.id}`, "r"),
      });
    }
    if (req.method === "GET" && resource === "caches") {
      const key = url.searchParams.get("key") ?? "";
      const list = stored.filter(
        (s) => readScopes.includes(s.entry.scope) && s.entry.key.startsWith(key),
      );
      return sendJson(ctx, 200, { totalCount: list.length, artifactCaches: list.map(v1Entry) });
    }
    if (req.method === "POST" && resource === "caches") {
      const body = await readJson(ctx);
      const key = typeof body.key === "string" ? body.key : "";
      const version = typeof body.version === "string" ? body.version : "";
      const size = typeof body.cacheSize === "number" ? body.cacheSize : undefined;
      if (!key || !version) return sendJson(ctx, 400, { message: "key and version are required" });
      if (faults.denyWrites)
        return sendJson(ctx, 403, {
          message: "cache write denied: the token for this run is read-only",
          typeKey: "CacheWriteDeniedException",
        });
      if (faults.reserveCollision || taken(key, version))
        return sendJson(ctx, 409, {
          message: `Cache already exists. Scope: ${writeScope}, Key: ${key}, Version: ${version}`,
          typeKey: "ArtifactCacheEntryAlreadyExistsException",
        });
      if (opts.maxEntryBytes !== undefined && size !== undefined && size > opts.maxEntryBytes)
        return sendJson(ctx, 400, {
          message: `Cache size of ${size} B is over the ${opts.maxEntryBytes} B limit, not saving cache.`,
        });
      const id = nextId++;
      pending.set(id, {
        id,
        key,
        version,
        scope: writeScope,
        createdAt: new Date(),
        chunks: new Map(),
      });
      return sendJson(ctx, 201, { cacheId: id });
    }
    const m = /^caches\/(\d+)$/.exec(resource);
    if (m && req.method === "PATCH") {
      const drop = uploadDropPoint(ctx);
      const p = pending.get(Number(m[1]));
      const range = /^bytes (\d+)-(\d+)\/(\*|\d+)$/.exec(
        String(req.headers["content-range"] ?? ""),
      );
      const body = await readBody(ctx, MAX_BODY, drop);
      if (body === null) return;
      if (!p) return sendJson(ctx, 404, { message: `No reserved cache with id ${m[1]}` });
      if (!range) return sendJson(ctx, 400, { message: "Content-Range is required" });
      const start = Number(range[1]);
      const end = Number(range[2]);
      if (end < start || body.length !== end - start + 1)
        return sendJson(ctx, 400, {
          message: `Content-Range ${start}-${end} does not match ${body.length} bytes`,
        });
      p.chunks.set(start, body);
      return sendJson(ctx, 204);
    }
    if (m && req.method === "POST") {
      const body = await readJson(ctx);
      const p = pending.get(Number(m[1]));
      if (!p) return sendJson(ctx, 404, { message: `No reserved cache with id ${m[1]}` });
      if (faults.failCommit) {
        const f = typeof faults.failCommit === "object" ? faults.failCommit : {};
        return sendJson(ctx, f.status ?? 500, { message: f.message ?? "injected commit failure" });
      }
      const size = typeof body.size === "number" ? body.size : -1;
      const parts: Buffer[] = [];
      let covered = 0;
      for (const start of [...p.chunks.keys()].sort((a, b) => a - b)) {
        if (start !== covered) break;
        const chunk = p.chunks.get(start) as Buffer;
        parts.push(chunk);
        covered += chunk.length;
      }
      if (covered !== size)
        return sendJson(ctx, 400, {
          message: `The cache size ${size} does not match the ${covered} contiguous bytes uploaded`,
        });
      commit(p, Buffer.concat(parts));
      return sendJson(ctx, 204);
    }
    return sendJson(ctx, 404, { message: `no such resource: ${req.method} ${resource}` });
  }

  // ---- v2 (Twirp) ----
  const twirpStatus: Record<string, number> = {
    invalid_argument: 400,
    unauthenticated: 401,
    permission_denied: 403,
    not_found: 404,
    already_exists: 409,
    resource_exhausted: 429,
    internal: 500,
    unavailable: 503,
  };
  const twirpCode = (status: number): string =>
    Object.entries(twirpStatus).find(([, s]) => s === status)?.[0] ??
    (status >= 500 ? "internal" : "unknown");
  const twirpError = (
    ctx: Ctx,
    code: string,
    msg: string,
    status = twirpStatus[code] ?? 500,
  ): void => sendJson(ctx, status, { code, msg });
  const str = (v: unknown): string => (typeof v === "string" ? v : "");

  async function handleTwirp(ctx: Ctx, method: string): Promise<void> {
    if (ctx.req.method !== "POST") return twirpError(ctx, "bad_route", "Twirp uses POST", 404);
    if (!authorized(ctx)) return twirpError(ctx, "unauthenticated", "invalid token");
    const body = await readJson(ctx);
    const key = str(body.key);
    const version = str(body.version);
    if (method === "GetCacheEntryDownloadURL") {
      if (faults.denyReads)
        return twirpError(
          ctx,
          "permission_denied",
          "cache read denied: the token for this run has no readable cache scopes",
        );
      if (faults.failLookup) {
        const status = (typeof faults.failLookup === "object" && faults.failLookup.status) || 500;
        return twirpError(ctx, twirpCode(status), "injected lookup failure", status);
      }
      const restoreKeys = (
        Array.isArray(body.restore_keys)
          ? body.restore_keys
          : Array.isArray(body.restoreKeys)
            ? body.restoreKeys
            : []
      ).map(str);
      if (!key || !version)
        return twirpError(ctx, "invalid_argument", "key and version are required");
      const hit = find([key, ...restoreKeys], version);
      if (!hit) return sendJson(ctx, 200, { ok: false, signedDownloadUrl: "", matchedKey: "" });
      return sendJson(ctx, 200, {
        ok: true,
        signedDownloadUrl: blobUrl(`entry-${hit.entry.id}`, "r"),
        matchedKey: hit.entry.key,
      });
    }
    if (method === "CreateCacheEntry") {
      if (!key || !version)
        return twirpError(ctx, "invalid_argument", "key and version are required");
      if (faults.denyWrites)
        return sendJson(ctx, 200, {
          ok: false,
          signedUploadUrl: "",
          message: "cache write denied: the token for this run is read-only",
        });
      if (faults.reserveCollision || taken(key, version))
        return twirpError(
          ctx,
          "already_exists",
          "cache entry with the same key, version, and scope already exists",
        );
      const id = nextId++;
      const blob = `upload-${id}`;
      pending.set(id, {
        id,
        key,
        version,
        scope: writeScope,
        createdAt: new Date(),
        chunks: new Map(),
        blob,
      });
      blobs.set(blob, { blocks: new Map() });
      return sendJson(ctx, 200, { ok: true, signedUploadUrl: blobUrl(blob, "cw") });
    }
    if (method === "FinalizeCacheEntryUpload") {
      const size = Number(
        str(body.size_bytes) || str(body.sizeBytes) || body.size_bytes || body.sizeBytes || -1,
      );
      const p = [...pending.values()].find(
        (q) => q.key === key && q.version === version && q.scope === writeScope,
      );
      if (faults.failCommit) {
        const f = typeof faults.failCommit === "object" ? faults.failCommit : {};
        if (f.status)
          return twirpError(
            ctx,
            twirpCode(f.status),
            f.message ?? "injected finalize failure",
            f.status,
          );
        return sendJson(ctx, 200, {
          ok: false,
          entryId: "0",
          message: f.message ?? "injected finalize failure",
        });
      }
      if (!p) return twirpError(ctx, "not_found", `no cache entry reserved for key ${key}`);
      const data = blobs.get(p.blob as string)?.data;
      if (!data)
        return sendJson(ctx, 200, {
          ok: false,
          entryId: "0",
          message: "cache archive was not uploaded",
        });
      if (data.length !== size)
        return sendJson(ctx, 200, {
          ok: false,
          entryId: "0",
          message: `size ${size} does not match the ${data.length} bytes uploaded`,
        });
      blobs.delete(p.blob as string);
      const s = commit(p, data);
      return sendJson(ctx, 200, { ok: true, entryId: String(s.entry.id) });
    }
    return twirpError(ctx, "bad_route", `no such method ${method}`, 404);
  }

  // ---- blobs (v1 archiveLocation; v2 signed URLs, Azure Blob REST) ----
  async function handleBlob(ctx: Ctx, name: string): Promise<void> {
    const { req, url } = ctx;
    const q = url.searchParams;
    const perm = q.get("sp") ?? "";
    if (q.get("sig") !== sign(name, perm))
      return sendAzureError(ctx, 403, "AuthenticationFailed", "Signature did not match.");
    const common = {
      "x-ms-version": "2025-01-05",
      "x-ms-request-id": randomBytes(8).toString("hex"),
    };
    if (req.method === "GET" || req.method === "HEAD") {
      if (perm !== "r")
        return sendAzureError(ctx, 403, "AuthorizationPermissionMismatch", "read not permitted");
      const data = blobs.get(name)?.data;
      if (!data)
        return sendAzureError(ctx, 404, "BlobNotFound", "The specified blob does not exist.");
      const headers: Record<string, string> = {
        ...common,
        "Content-Type": "application/octet-stream",
        "Accept-Ranges": "bytes",
        ETag: `"0x${name}"`,
        "Last-Modified": new Date().toUTCString(),
        "x-ms-blob-type": "BlockBlob",
      };
      const rangeHeader = String(req.headers["x-ms-range"] ?? req.headers.range ?? "");
      if (!rangeHeader) return sendData(ctx, data, 200, headers);
      const r = /^bytes=(\d*)-(\d*)$/.exec(rangeHeader.trim());
      let start = r && r[1] !== "" ? Number(r[1]) : NaN;
      let end = r && r[2] !== "" ? Number(r[2]) : data.length - 1;
      if (r && r[1] === "" && r[2] !== "") {
        start = Math.max(0, data.length - Number(r[2]));
        end = data.length - 1;
      }
      end = Math.min(end, data.length - 1);
      if (!Number.isFinite(start) || start > end || start >= data.length) {
        ctx.res.writeHead(416, { ...common, "Content-Range": `bytes */${data.length}` });
        ctx.res.end();
        return;
      }
      return sendData(ctx, data.subarray(start, end + 1), 206, {
        ...headers,
        "Content-Range": `bytes ${start}-${end}/${data.length}`,
      });
    }
    if (req.method === "PUT") {
      if (perm !== "cw")
        return sendAzureError(ctx, 403, "AuthorizationPermissionMismatch", "write not permitted");
      const blob = blobs.get(name);
      const comp = q.get("comp");
      if (comp === "blocklist") {
        const xml = (await readBody(ctx, JSON_LIMIT))?.toString("utf8") ?? "";
        if (!blob)
          return sendAzureError(ctx, 404, "BlobNotFound", "The specified blob does not exist.");
        const ids = [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map(
          (m) => m[2] as string,
        );
        const parts: Buffer[] = [];
        for (const id of ids) {
          const block = blob.blocks.get(id);
          if (!block)
            return sendAzureError(ctx, 400, "InvalidBlockList", `block ${id} was not staged`);
          parts.push(block);
        }
        blob.data = Buffer.concat(parts);
        blob.blocks.clear();
        return sendJson(ctx, 201, undefined, {
          ...common,
          ETag: `"0x${name}"`,
          "Last-Modified": new Date().toUTCString(),
        });
      }
      const drop = uploadDropPoint(ctx);
      const body = await readBody(ctx, MAX_BODY, drop);
      if (body === null) return;
      if (!blob)
        return sendAzureError(ctx, 404, "ContainerNotFound", "no upload reserved for this blob");
      if (comp === "block") {
        const id = q.get("blockid");
        if (!id)
          return sendAzureError(ctx, 400, "InvalidQueryParameterValue", "blockid is required");
        blob.blocks.set(id, body);
        return sendJson(ctx, 201, undefined, common);
      }
      if (comp)
        return sendAzureError(
          ctx,
          400,
          "InvalidQueryParameterValue",
          `comp=${comp} is not supported`,
        );
      if (String(req.headers["x-ms-blob-type"] ?? "") !== "BlockBlob")
        return sendAzureError(
          ctx,
          400,
          "MissingRequiredHeader",
          "x-ms-blob-type: BlockBlob is required",
        );
      blob.data = body;
      return sendJson(ctx, 201, undefined, {
        ...common,
        ETag: `"0x${name}"`,
        "Last-Modified": new Date().toUTCString(),
      });
    }
    return sendAzureError(ctx, 405, "UnsupportedHttpVerb", `${req.method} is not supported`);
  }

  // ---- routing ----
  function classify(method: string, path: string, q: URLSearchParams): CacheOp {
    if (path.startsWith(v1Prefix + "_apis/artifactcache/")) {
      const r = path.slice(v1Prefix.length + "_apis/artifactcache/".length);
      if (r === "cache") return "lookup";
      if (r === "caches") return method === "POST" ? "reserve" : "list";
      if (/^caches\/\d+$/.test(r)) return method === "PATCH" ? "upload" : "commit";
    }
    if (path.startsWith(TWIRP_PREFIX)) {
      const m = path.slice(TWIRP_PREFIX.length);
      if (m === "GetCacheEntryDownloadURL") return "lookup";
      if (m === "CreateCacheEntry") return "reserve";
      if (m === "FinalizeCacheEntryUpload") return "commit";
    }
    if (path.startsWith(`/${ACCOUNT}/${CONTAINER}/`)) {
      if (method === "HEAD") return "properties";
      if (method === "GET") return "download";
      if (method === "PUT") return q.get("comp") === "blocklist" ? "blocklist" : "upload";
    }
    return "unknown";
  }

  async function route(ctx: Ctx): Promise<void> {
    const path = ctx.url.pathname;
    const delay =
      typeof faults.delayMs === "number" ? faults.delayMs : (faults.delayMs?.[ctx.rec.op] ?? 0);
    if (delay > 0) await sleep(delay);
    if (faults.stall?.op === "upload" && ctx.rec.op === "upload") {
      ctx.req.resume();
      return;
    }
    if (protocol === "v1" && path.startsWith(v1Prefix + "_apis/artifactcache/"))
      return handleV1(ctx, path.slice(v1Prefix.length + "_apis/artifactcache/".length));
    if (protocol === "v2" && path.startsWith(TWIRP_PREFIX))
      return handleTwirp(ctx, path.slice(TWIRP_PREFIX.length));
    if (path.startsWith(`/${ACCOUNT}/${CONTAINER}/`))
      return handleBlob(ctx, decodeURIComponent(path.slice(ACCOUNT.length + CONTAINER.length + 3)));
    return sendJson(ctx, 404, { message: `no route for ${ctx.req.method} ${path}` });
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const rec: CacheRequest = {
      method: req.method ?? "",
      path: url.pathname,
      query: url.search,
      op: classify(req.method ?? "", url.pathname, url.searchParams),
      status: 0,
      bytesIn: 0,
      bytesOut: 0,
      at: Date.now(),
      ms: 0,
      dropped: false,
    };
    const ctx: Ctx = { req, res, rec, url };
    res.on("close", () => {
      rec.status = res.headersSent && !rec.dropped ? res.statusCode : 0;
      rec.ms = Math.round(performance.now() - started);
      log.push(rec);
    });
    route(ctx).catch((e: unknown) => {
      if (res.headersSent || res.destroyed) return;
      const status = e instanceof HttpError ? e.status : 500;
      sendJson(ctx, status, { message: e instanceof Error ? e.message : String(e) });
    });
  });
  server.keepAliveTimeout = 1000;
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const env: Record<string, string> =
    protocol === "v1"
      ? {
          ACTIONS_CACHE_URL: origin + v1Prefix,
          ACTIONS_RUNTIME_TOKEN: token,
          // As on GitHub Enterprise Server: the server URL is not github.com, so isGhes() is true.
          GITHUB_SERVER_URL: origin,
        }
      : {
          ACTIONS_RESULTS_URL: origin + "/",
          ACTIONS_CACHE_SERVICE_V2: "True",
          ACTIONS_RUNTIME_TOKEN: token,
          GITHUB_SERVER_URL: "https://github.com",
        };
  if (opts.cacheMode) env.ACTIONS_CACHE_MODE = opts.cacheMode;

  return {
    protocol,
    origin,
    env,
    log,
    entries: () => stored.map((s) => ({ ...s.entry, createdAt: new Date(s.entry.createdAt) })),
    data: (id) => stored.find((s) => s.entry.id === id)?.data,
    replaceData(id, data) {
      const s = stored.find((e) => e.entry.id === id);
      if (!s) throw new Error(`no cache entry ${id}`);
      s.data = data;
      s.entry.size = data.length;
      blobs.set(`entry-${id}`, { data, blocks: new Map() });
    },
    setFaults(f) {
      faults = f ?? {};
      uploadCount = 0;
    },
    setBandwidth,
    setScope(scope, reads) {
      writeScope = scope;
      readScopes = reads ?? [scope];
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
      });
    },
  };
}

// ---- running the real toolkit in a child process ----

export interface CacheClientRequest {
  /** "none": no cache call (a post step that decides not to save). */
  op: "save" | "restore" | "none";
  /** Paths exactly as a workflow gives them: they are part of the entry's version. */
  paths: string[];
  key: string;
  restoreKeys?: string[];
  /** Working directory (and GITHUB_WORKSPACE) of the child. */
  cwd: string;
  lookupOnly?: boolean;
  /** Commands run first, group after group, a group's commands at once (a modelled step's own work). */
  prelude?: string[][][];
}

export interface CacheClientResult {
  /** saveCache's number, restoreCache's key or undefined (JSON null). */
  value: number | string | null;
  /** A thrown error's name and message, when saveCache/restoreCache threw. */
  error?: { name: string; message: string };
  /** Milliseconds spent inside saveCache/restoreCache. */
  ms: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Messages of ::warning:: / ::error:: workflow commands, and plain info lines. */
  warnings: string[];
  errors: string[];
  infos: string[];
}

const CHILD = join(dirname(fileURLToPath(import.meta.url)), "cache-client-child.ts");
export const RESULT_MARKER = "__CACHE_CLIENT_RESULT__ ";

/** Run the real @actions/cache in a child with a clean env: PATH, HOME, a private RUNNER_TEMP,
 * GITHUB_WORKSPACE=cwd, then `env` (the server's), then `extraEnv`. Killed after `timeoutMs`. */
export async function runCacheClient(
  env: Record<string, string>,
  request: CacheClientRequest,
  options: {
    extraEnv?: Record<string, string>;
    timeoutMs?: number;
    /** The child to run instead of cache-client-child.ts: its bundle (bench/harness.ts). */
    script?: string;
  } = {},
): Promise<CacheClientResult> {
  const runnerTemp = await mkdtemp(join(tmpdir(), "cache-client-"));
  try {
    const childEnv: Record<string, string> = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: process.env.HOME ?? runnerTemp,
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: request.cwd,
      ...env,
      ...options.extraEnv,
    };
    const child = spawn(process.execPath, [options.script ?? CHILD, JSON.stringify(request)], {
      cwd: request.cwd,
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
    const exitCode = await new Promise<number | null>((resolve) =>
      child.on("close", (code) => resolve(code)),
    );
    clearTimeout(timer);
    const lines = stdout.split("\n");
    const marker = lines.find((l) => l.startsWith(RESULT_MARKER));
    const parsed = marker
      ? (JSON.parse(marker.slice(RESULT_MARKER.length)) as Pick<
          CacheClientResult,
          "value" | "error" | "ms"
        >)
      : {
          value: null,
          error: { name: "NoResult", message: `child exited ${exitCode}: ${stderr.slice(-2000)}` },
          ms: 0,
        };
    const command = (name: string): string[] =>
      lines.filter((l) => l.startsWith(`::${name}`)).map((l) => l.slice(l.indexOf("::", 2) + 2));
    return {
      ...parsed,
      exitCode,
      stdout,
      stderr,
      warnings: command("warning"),
      errors: command("error"),
      infos: lines.filter((l) => l !== "" && !l.startsWith("::") && !l.startsWith(RESULT_MARKER)),
    };
  } finally {
    await rm(runnerTemp, { recursive: true, force: true });
  }
}
