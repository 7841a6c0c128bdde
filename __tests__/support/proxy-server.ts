// A GOPROXY on 127.0.0.1 that serves a proxy tree (see fixtures.ts) over HTTP or HTTPS,
// keeps an access log, and injects faults per path: statuses, delays, resets, truncated
// or wrong bodies, redirects. Port 0; close() when done.
import {
  createServer as createHttp,
  type IncomingMessage,
  type ServerResponse,
  type Server,
} from "node:http";
import { createServer as createHttps } from "node:https";
import { readFile, stat } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { join, normalize } from "node:path";
import type { AddressInfo, Socket } from "node:net";
import type { TestCa } from "./tls.ts";

export interface Fault {
  /** A path prefix (after any base path) or a regular expression over the request path. */
  path: string | RegExp;
  status?: number;
  body?: string;
  contentType?: string;
  delayMs?: number;
  /** Destroy the connection without a response. */
  reset?: boolean;
  /** Send headers and half the body, then destroy the connection. */
  truncate?: boolean;
  /** Serve the file with its bytes altered. */
  corrupt?: boolean;
  redirectTo?: string;
  /** Send the headers and `stallAfterBytes` of the body (default 0), then nothing, ever: a
   * proxy that accepts and never finishes (Go has no timeout for it). */
  stall?: boolean;
  stallAfterBytes?: number;
  /** Serve the body at this many bytes per second, in small steady slices. */
  bytesPerSecond?: number;
  /** Affect only this many matching requests (default: all). */
  times?: number;
}

export interface AccessLogEntry {
  method: string;
  path: string;
  status: number | "reset" | "truncated";
  authorization?: string;
  /** When the request arrived (Date.now()): to order it against other processes' events. */
  at: number;
}

export interface ProxyOptions {
  /** A proxy tree; omit for a proxy that has nothing. */
  dir?: string;
  /** Module paths this proxy answers 404 for, as if it lacked them. */
  omit?: string[];
  tls?: TestCa;
  faults?: Fault[];
  /** Require HTTP Basic credentials (401 without them, 403 with wrong ones). */
  basicAuth?: { user: string; password: string };
  /** Answer /sumdb/<name>/supported and forward /sumdb/<name>/… to this database URL. */
  sumdb?: { name: string; url: string };
}

export interface ProxyServer {
  /** http(s)://127.0.0.1:PORT, no trailing slash. */
  url: string;
  log: AccessLogEntry[];
  faults: Fault[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".info": "application/json",
  ".mod": "text/plain; charset=utf-8",
  ".zip": "application/zip",
  list: "text/plain; charset=utf-8",
};

export async function startProxy(opts: ProxyOptions = {}): Promise<ProxyServer> {
  const log: AccessLogEntry[] = [];
  const faults = [...(opts.faults ?? [])];
  const used = new Map<Fault, number>();
  const sockets = new Set<Socket>();

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    void serve(req, res).catch(() => res.destroy());
  };

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const entry: AccessLogEntry = { method: req.method ?? "GET", path, status: 0, at: Date.now() };
    if (req.headers.authorization) entry.authorization = req.headers.authorization;
    log.push(entry);
    const send = (
      status: number,
      body: string | Buffer,
      type = "text/plain; charset=utf-8",
      headers = {},
    ) => {
      entry.status = status;
      res.writeHead(status, {
        "content-type": type,
        "content-length": Buffer.byteLength(body),
        ...headers,
      });
      res.end(body);
    };

    if (opts.basicAuth) {
      const want =
        "Basic " +
        Buffer.from(`${opts.basicAuth.user}:${opts.basicAuth.password}`).toString("base64");
      if (!req.headers.authorization)
        return send(401, "unauthorized\n", undefined, {
          "www-authenticate": 'Basic realm="goproxy"',
        });
      if (req.headers.authorization !== want) return send(403, "forbidden\n");
    }

    const fault = faults.find(
      (f) => matches(f.path, path) && (f.times === undefined || (used.get(f) ?? 0) < f.times),
    );
    if (fault) used.set(fault, (used.get(fault) ?? 0) + 1);
    // Unref'd: a stalled answer (240 s in the cold-path test) must not keep the test process alive.
    if (fault?.delayMs) await sleep(fault.delayMs, undefined, { ref: false });
    if (fault?.reset) {
      entry.status = "reset";
      req.socket.destroy();
      return;
    }
    if (fault?.redirectTo) return send(302, "", undefined, { location: fault.redirectTo });
    if (fault?.status)
      return send(fault.status, fault.body ?? `${fault.status} injected\n`, fault.contentType);

    if (opts.sumdb && path.startsWith(`/sumdb/${opts.sumdb.name}/`)) {
      const rest = path.slice(`/sumdb/${opts.sumdb.name}`.length);
      if (rest === "/supported") return send(200, "");
      const upstream = await fetch(opts.sumdb.url.replace(/\/$/, "") + rest);
      return send(
        upstream.status,
        Buffer.from(await upstream.arrayBuffer()),
        upstream.headers.get("content-type") ?? undefined,
      );
    }

    const body = await readTreeFile(path);
    if (!body) return send(404, `not found: ${path}\n`);
    const file = Buffer.from(body.bytes);
    if (fault?.corrupt) file[file.length >> 1] = file[file.length >> 1]! ^ 0xff;
    if (fault?.stall) {
      entry.status = 200;
      res.writeHead(200, { "content-type": body.type, "content-length": file.length });
      res.write(file.subarray(0, fault.stallAfterBytes ?? 0));
      return; // the socket stays open until the client gives up or close() destroys it
    }
    if (fault?.bytesPerSecond) {
      entry.status = 200;
      res.writeHead(200, { "content-type": body.type, "content-length": file.length });
      const slice = Math.max(1, Math.floor(fault.bytesPerSecond / 10));
      for (let off = 0; off < file.length && !res.destroyed; off += slice) {
        res.write(file.subarray(off, off + slice));
        await new Promise((r) => setTimeout(r, 100));
      }
      res.end();
      return;
    }
    if (fault?.truncate) {
      entry.status = "truncated";
      res.writeHead(200, { "content-type": body.type, "content-length": file.length });
      res.write(file.subarray(0, file.length >> 1), () => res.destroy());
      return;
    }
    send(200, file, body.type);
  }

  async function readTreeFile(path: string): Promise<{ bytes: Buffer; type: string } | undefined> {
    if (!opts.dir) return undefined;
    const at = path.indexOf("/@v/");
    const latest = path.endsWith("/@latest");
    if (at < 0 && !latest) return undefined;
    const modulePath = unescapeModulePath(path.slice(1, latest ? -"/@latest".length : at));
    if (opts.omit?.includes(modulePath)) return undefined;
    if (latest) return undefined; // @latest is optional; Go falls back to @v/list on 404.
    const file = normalize(join(opts.dir, path));
    if (!file.startsWith(opts.dir)) return undefined;
    try {
      if (!(await stat(file)).isFile()) return undefined;
      const name = path.slice(at + 4);
      const ext = name === "list" ? "list" : name.slice(name.lastIndexOf("."));
      return { bytes: await readFile(file), type: TYPES[ext] ?? "application/octet-stream" };
    } catch {
      return undefined;
    }
  }

  const server: Server = opts.tls
    ? createHttps({ cert: opts.tls.cert, key: opts.tls.key }, handler)
    : createHttp(handler);
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${opts.tls ? "https" : "http"}://127.0.0.1:${port}`,
    log,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function matches(pattern: string | RegExp, path: string): boolean {
  return typeof pattern === "string" ? path.startsWith(pattern) : pattern.test(path);
}

/** Undoes Go's case-encoding ("!a" → "A") of module paths in proxy URLs. */
function unescapeModulePath(p: string): string {
  return p.replace(/!([a-z])/g, (_m, c: string) => c.toUpperCase());
}
