// Every request the action makes itself (toolchain downloads, checksum-database lookups,
// probes) gives up on a server that accepts and then sends nothing: no headers, or a body
// that stops. Real undici against a loopback server.
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { closeHttpContext, goGet, newHttpContext } from "../../../src/net/http.ts";
import { goCredentials } from "../../../src/net/auth.ts";
import { egressFromEnv } from "../../../src/net/env-proxy.ts";
import { goRoots } from "../../../src/net/trust.ts";

let server: Server;
let base: string;
const sockets = new Set<Socket>();
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/silent") return; // accepts, never answers
    res.writeHead(200, { "content-type": "application/zip", "content-length": "1000" });
    res.write(Buffer.alloc(100)); // then nothing more
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => server.close(r));
});

async function context(idleTimeoutMs: number) {
  const env = { PATH: process.env.PATH ?? "", HOME: "/nonexistent" };
  const goVersion = { major: 1, minor: 26, patch: 0 };
  const signal = AbortSignal.timeout(60_000);
  return newHttpContext({
    egress: egressFromEnv(env),
    roots: await goRoots(env),
    creds: await goCredentials(env, goVersion, signal),
    goVersion,
    signal,
    secrets: [],
    idleTimeoutMs,
  });
}

describe("idle bound on the action's own requests", () => {
  for (const [path, want] of [
    ["/silent", /timeout awaiting response headers from 127\.0\.0\.1:\d+/],
    ["/stalls", /the response body stalled \(nothing arrived for 0\.5 s\)/],
  ] as const) {
    test(`${path}: given up after the idle limit, with the address and the limit`, async () => {
      const ctx = await context(500);
      try {
        const started = performance.now();
        const got = await goGet(ctx, base + path);
        const ms = performance.now() - started;
        assert.match(got.error ?? "", want);
        assert.equal(got.body, undefined);
        assert.ok(ms >= 450 && ms < 5000, `${ms} ms`);
      } finally {
        await closeHttpContext(ctx);
      }
    });
  }
});
