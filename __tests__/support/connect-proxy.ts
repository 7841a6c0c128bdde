// An HTTP egress proxy on 127.0.0.1 (port 0), as HTTPS_PROXY / HTTP_PROXY name it: CONNECT
// tunnels for https and absolute-form forwarding for http, with an access log and optional
// Proxy-Authorization. It only ever connects to 127.0.0.1: names in `hosts` (or ending in
// `.test`) are mapped there, anything else gets 403, so nothing leaves the machine.
//
// Why names: Go (and our probe) never send loopback or "localhost" traffic through a proxy, so
// a test that wants the proxied path uses a name such as goproxy.test, which only this proxy
// resolves. Neither Go nor the probe resolves it themselves when a proxy is used. issueCert
// makes a certificate for such a name, signed by the test CA.
import { execFile } from "node:child_process";
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import type { TestCa } from "./tls.ts";

const run = promisify(execFile);

export interface ConnectLogEntry {
  method: string;
  /** host:port for CONNECT, the absolute URL for forwarded requests. */
  target: string;
  status: number;
  proxyAuthorization?: string;
}

export interface ConnectProxy {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  log: ConnectLogEntry[];
  close(): Promise<void>;
}

export interface ConnectProxyOptions {
  /** Required Proxy-Authorization credentials (407 without). */
  auth?: { user: string; password: string };
}

function allowed(host: string): boolean {
  return host === "127.0.0.1" || host === "localhost" || host.endsWith(".test");
}

export async function startConnectProxy(opts: ConnectProxyOptions = {}): Promise<ConnectProxy> {
  const log: ConnectLogEntry[] = [];
  const sockets = new Set<Socket>();
  const want = opts.auth
    ? "Basic " + Buffer.from(`${opts.auth.user}:${opts.auth.password}`).toString("base64")
    : undefined;
  const authOk = (req: IncomingMessage) => !want || req.headers["proxy-authorization"] === want;
  const entry = (req: IncomingMessage, target: string): ConnectLogEntry => {
    const e: ConnectLogEntry = { method: req.method ?? "", target, status: 0 };
    const pa = req.headers["proxy-authorization"];
    if (pa) e.proxyAuthorization = pa;
    log.push(e);
    return e;
  };

  const server: Server = createServer((req, res) => {
    const e = entry(req, req.url ?? "");
    let target: URL;
    try {
      target = new URL(req.url ?? "");
    } catch {
      e.status = 400;
      res.writeHead(400).end();
      return;
    }
    if (!authOk(req)) {
      e.status = 407;
      res.writeHead(407, { "proxy-authenticate": 'Basic realm="egress"' }).end();
      return;
    }
    if (target.protocol !== "http:" || !allowed(target.hostname)) {
      e.status = 403;
      res.writeHead(403).end();
      return;
    }
    const headers = { ...req.headers };
    delete headers["proxy-authorization"];
    delete headers["proxy-connection"];
    const up = httpRequest(
      {
        host: "127.0.0.1",
        port: Number(target.port || 80),
        path: target.pathname + target.search,
        method: req.method,
        headers,
      },
      (r) => {
        e.status = r.statusCode ?? 0;
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on("error", () => {
      e.status = 502;
      res.writeHead(502).end();
    });
    req.pipe(up);
  });

  server.on("connect", (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.on("error", () => undefined);
    const target = req.url ?? "";
    const e = entry(req, target);
    const m = /^(.*):(\d+)$/.exec(target);
    if (!authOk(req)) {
      e.status = 407;
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="egress"\r\n\r\n',
      );
      return;
    }
    if (!m || !allowed(m[1]!)) {
      e.status = 403;
      client.end("HTTP/1.1 403 Forbidden\r\n\r\n");
      return;
    }
    const upstream = connect(Number(m[2]), "127.0.0.1", () => {
      e.status = 200;
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on("close", () => sockets.delete(upstream));
    upstream.on("error", () => {
      if (e.status === 0) {
        e.status = 502;
        client.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
      } else client.destroy();
    });
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A server certificate for the given DNS names (and 127.0.0.1), signed by the test CA. */
export async function issueCert(
  ca: TestCa,
  names: string[],
): Promise<{ cert: string; key: string }> {
  const tag = names[0]!.replace(/[^a-z0-9]/gi, "_");
  const p = (f: string) => join(ca.dir, `${tag}.${f}`);
  const openssl = (...args: string[]) => run("openssl", args, { cwd: ca.dir });
  await openssl(
    "req",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
    "-keyout",
    p("key"),
    "-out",
    p("csr"),
    "-subj",
    `/CN=${names[0]}`,
  );
  await writeFile(
    p("ext"),
    `subjectAltName=${names.map((n) => `DNS:${n}`).join(",")},IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n`,
  );
  await openssl(
    "x509",
    "-req",
    "-in",
    p("csr"),
    "-CA",
    join(ca.dir, "ca.pem"),
    "-CAkey",
    join(ca.dir, "ca.key"),
    "-CAcreateserial",
    "-out",
    p("pem"),
    "-days",
    "2",
    "-extfile",
    p("ext"),
  );
  return { cert: await readFile(p("pem"), "utf8"), key: await readFile(p("key"), "utf8") };
}
