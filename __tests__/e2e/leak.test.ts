// Secrets never leave: with a password in a proxy URL, a token as a URL username, and a
// token in the credentials input, none of them may appear in annotations, the summary,
// outputs, the JSON report, the state, GITHUB_ENV values other than where the user asked,
// or the saved cache; and every one that reaches the log is masked before it does.
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { buildFixtures, FIXTURE_HOST, type Fixtures } from "../support/fixtures.ts";
import { startProxy, type ProxyServer } from "../support/proxy-server.ts";
import { makeTestCa, type TestCa } from "../support/tls.ts";
import { startCacheServer, type CacheServer } from "../support/cache-server.ts";
import { runAction } from "../support/runner.ts";
import {
  EXAMPLE_MODULES,
  exampleWorkspace,
  jobEnv,
  MISSING_FROM_FIRST,
} from "../support/example.ts";
import { testedToolchains } from "../support/toolchains.ts";

const exec = promisify(execFile);
const PASSWORD = "Pw-9c1e7f2b-in-the-url";
const TOKEN_AS_USER = "ghp_TokenAsUsername7d3a91";
const NETRC_TOKEN = "netrc-Token-5be0c4d8";
const SECRETS = [PASSWORD, TOKEN_AS_USER, NETRC_TOKEN];

let fx: Fixtures;
let ca: TestCa;
let p1: ProxyServer;
let p2: ProxyServer;
let cache: CacheServer;
beforeAll(async () => {
  fx = await buildFixtures(EXAMPLE_MODULES);
  ca = await makeTestCa();
  p1 = await startProxy({
    dir: fx.proxyDir,
    tls: ca,
    basicAuth: { user: "ci-bot", password: PASSWORD },
    omit: [MISSING_FROM_FIRST],
  });
  p2 = await startProxy({
    dir: fx.proxyDir,
    tls: ca,
    basicAuth: { user: "netrc-user", password: NETRC_TOKEN },
  });
  cache = await startCacheServer({ protocol: "v1" });
});
afterAll(async () => {
  await p1.close();
  await p2.close();
  await cache.close();
  await fx.cleanup();
});

test("no secret leaves through any channel the job has", async () => {
  const go = testedToolchains().at(-1)!;
  const host1 = p1.url.replace("https://", "");
  const host2 = p2.url.replace("https://", "");
  const goproxy = `https://ci-bot:${PASSWORD}@${host1},https://${host2},direct,https://${TOKEN_AS_USER}@127.0.0.1:9/never`;
  const result = await runAction({
    workspace: await exampleWorkspace(),
    env: jobEnv(go, await mkdtemp(join(tmpdir(), "leak-home-")), {
      ...cache.env,
      SSL_CERT_FILE: ca.caFile,
    }),
    inputs: {
      proxy: goproxy,
      credentials: `${host2} netrc-user ${NETRC_TOKEN}`,
      "no-sumdb": FIXTURE_HOST,
    },
  });
  assert.equal(result.main.exitCode, 0, result.main.stdout);
  // The secrets were really used: p1 got its password, p2 the .netrc token.
  assert.ok(p1.log.some((l) => l.status === 200 && l.authorization));
  assert.ok(
    p2.log.some(
      (l) =>
        l.status === 200 &&
        l.authorization === "Basic " + Buffer.from(`netrc-user:${NETRC_TOKEN}`).toString("base64"),
    ),
  );

  const none = (what: string, text: string) => {
    for (const s of SECRETS) assert.ok(!text.includes(s), `${what} holds a secret`);
  };
  none("annotations", JSON.stringify(result.annotations));
  none("the summary", result.summary);
  none("the outputs", JSON.stringify(result.outputs));
  none("the JSON report", await readFile(result.outputs.report!, "utf8"));
  none("the state", JSON.stringify(result.state));
  none("stderr", result.main.stderr + (result.post?.stderr ?? ""));
  const { GOPROXY, ...otherEnv } = result.env;
  assert.equal(GOPROXY, goproxy, "GOPROXY is exported exactly as asked");
  none("GITHUB_ENV values other than GOPROXY", JSON.stringify(otherEnv));

  // The log: a secret may appear only after the runner was told to mask it.
  for (const step of [result.main, result.post!]) {
    const lines = step.stdout.split("\n");
    const masked = new Set<string>();
    for (const line of lines) {
      const mask = /^::add-mask::(.*)$/.exec(line);
      if (mask) masked.add(mask[1]!);
      else
        for (const s of SECRETS)
          if (line.includes(s))
            assert.ok(masked.has(s), `${s.slice(0, 6)}… printed before it was masked`);
    }
  }
  for (const s of SECRETS)
    assert.ok(result.masks.includes(s), `${s.slice(0, 6)}… is registered as a secret`);

  // The saved cache: decompress every archive and search it.
  assert.equal(result.outputs["cache-saved"], "true");
  for (const entry of cache.entries()) {
    const dir = await mkdtemp(join(tmpdir(), "leak-archive-"));
    const file = join(dir, "cache.tzst");
    await import("node:fs/promises").then((fs) => fs.writeFile(file, cache.data(entry.id)!));
    const { stdout } = await exec("sh", ["-c", `zstd -dc '${file}' | strings`], {
      maxBuffer: 256 << 20,
    });
    assert.ok(stdout.length > 0);
    none("the saved cache", stdout);
  }
  // Post removed the .netrc the credentials input wrote.
  const netrc = result.env.NETRC;
  assert.ok(netrc);
  await assert.rejects(readFile(netrc!), "the .netrc is gone after the post step");
});
