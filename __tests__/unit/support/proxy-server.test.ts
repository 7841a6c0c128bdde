import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { buildFixtures, type Fixtures } from "../../support/fixtures.ts";
import { startProxy } from "../../support/proxy-server.ts";
import { makeTestCa } from "../../support/tls.ts";
import { Agent } from "undici";

let fx: Fixtures;
beforeAll(async () => {
  fx = await buildFixtures([
    { path: "alpha", versions: [{ version: "v1.0.0" }, { version: "v1.1.0" }] },
  ]);
});
afterAll(() => fx.cleanup());

test("fixtures become a complete proxy tree with list, info, mod and zip", async () => {
  const proxy = await startProxy({ dir: fx.proxyDir });
  try {
    const list = await (
      await fetch(`${proxy.url}/github.com/goproxy-fixture/alpha/@v/list`)
    ).text();
    assert.deepEqual(list.trim().split("\n"), ["v1.0.0", "v1.1.0"]);
    const info = (await (
      await fetch(`${proxy.url}/github.com/goproxy-fixture/alpha/@v/v1.1.0.info`)
    ).json()) as { Version: string };
    assert.equal(info.Version, "v1.1.0");
    const zip = await fetch(`${proxy.url}/github.com/goproxy-fixture/alpha/@v/v1.0.0.zip`);
    assert.equal(zip.status, 200);
    assert.equal(zip.headers.get("content-type"), "application/zip");
    assert.equal(fx.sums.length, 4);
    assert.deepEqual(
      proxy.log.map((l) => l.status),
      [200, 200, 200],
    );
  } finally {
    await proxy.close();
  }
});

test("faults: omit, status for a limited number of times, corrupt, reset", async () => {
  const proxy = await startProxy({
    dir: fx.proxyDir,
    omit: ["github.com/goproxy-fixture/alpha"],
    faults: [
      { path: "/x/", status: 503, times: 1 },
      { path: /reset$/, reset: true },
    ],
  });
  try {
    assert.equal(
      (await fetch(`${proxy.url}/github.com/goproxy-fixture/alpha/@v/list`)).status,
      404,
    );
    assert.equal((await fetch(`${proxy.url}/x/y`)).status, 503);
    assert.equal((await fetch(`${proxy.url}/x/y`)).status, 404);
    await assert.rejects(fetch(`${proxy.url}/please/reset`));
    assert.deepEqual(
      proxy.log.map((l) => l.status),
      [404, 503, 404, "reset"],
    );
  } finally {
    await proxy.close();
  }
});

test("TLS with the test CA and basic auth", async () => {
  const ca = await makeTestCa();
  const proxy = await startProxy({
    dir: fx.proxyDir,
    tls: ca,
    basicAuth: { user: "u", password: "p" },
  });
  const dispatcher = new Agent({ connect: { ca: ca.ca } });
  try {
    const { fetch: ufetch } = await import("undici");
    const path = "/github.com/goproxy-fixture/alpha/@v/list";
    assert.equal((await ufetch(`${proxy.url}${path}`, { dispatcher })).status, 401);
    const auth = { authorization: "Basic " + Buffer.from("u:p").toString("base64") };
    assert.equal((await ufetch(`${proxy.url}${path}`, { dispatcher, headers: auth })).status, 200);
    await assert.rejects(fetch(`${proxy.url}${path}`), "untrusted without the CA");
  } finally {
    await dispatcher.close();
    await proxy.close();
  }
});
