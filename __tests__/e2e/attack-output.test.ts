// Attack matrix, output rows (issue 19 items 2 and 5), end to end against dist/ under the
// runner emulator (which reads commands as actions/runner does) with real go and a proxy on
// 127.0.0.1: a proxy's 404/410 bodies and a replace path carry forged workflow commands in
// every form the runner honours; go echoes them; none may take effect.
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFixtures, FIXTURE_HOST, type Fixtures } from "../support/fixtures.ts";
import { startProxy, type ProxyServer } from "../support/proxy-server.ts";
import { runAction, type JobResult } from "../support/runner.ts";
import { EXAMPLE_MODULES, exampleWorkspace, jobEnv } from "../support/example.ts";
import { toolchain } from "../support/toolchains.ts";

/** Every way the runner reads a command out of a line of output. */
const FORGED_BODY = [
  "::error::FORGED-error-404",
  "  ::add-mask::FORGED-mask",
  "note ##[warning]FORGED-legacy-warning",
  "x\r::set-output name=forged::FORGED-output",
  "::stop-commands::FORGED\n::FORGED::",
  "::notice title=t::FORGED-notice",
].join("\n");

const GONE_BODY = "gone\n::error file=go.mod,line=1::FORGED-error-410\n::save-state name=x::FORGED";

/** The oldest and newest Go the action supports; toolchain() fails loudly when one is missing. */
const versions = ["1.19", "1.26"];

let fx: Fixtures;
let proxy: ProxyServer;
beforeAll(async () => {
  fx = await buildFixtures(EXAMPLE_MODULES);
  proxy = await startProxy({
    dir: fx.proxyDir,
    faults: [
      { path: /\/greeting\/@v\//, status: 404, body: FORGED_BODY, contentType: "text/plain" },
      { path: /\/config\/@v\//, status: 410, body: GONE_BODY, contentType: "text/plain" },
    ],
  });
});
afterAll(async () => {
  await proxy?.close();
  await fx?.cleanup();
});

function assertNothingForged(result: JobResult): void {
  // The action's own annotations may quote go's text (escaped, as data); a forged one would
  // start with the forged text, or carry the forged title or file without a title of ours.
  for (const a of result.annotations) {
    const forged =
      a.message.startsWith("FORGED") ||
      a.properties.title === "t" ||
      (a.properties.file === "go.mod" && a.properties.line === "1" && !a.properties.title);
    assert.ok(!forged, `a forged annotation took effect: ${JSON.stringify(a)}`);
  }
  assert.ok(!result.masks.some((m) => m.includes("FORGED")), "a forged mask took effect");
  assert.ok(!("forged" in result.outputs), "a forged output took effect");
  assert.ok(!JSON.stringify(result.state).includes("FORGED"), "a forged state took effect");
  for (const step of [result.main, result.post].filter((s) => s !== undefined))
    for (const c of step.commands)
      assert.ok(
        !c.message.startsWith("FORGED") &&
          !(
            ["add-mask", "set-output", "save-state"].includes(c.command) &&
            c.message.includes("FORGED")
          ),
        `forged command parsed: ${JSON.stringify(c)}`,
      );
}

(!versions.length ? describe.skip : describe)(
  "forged workflow commands from a proxy and from go.mod",
  () => {
    for (const v of versions) {
      test(`go ${v}: 404/410 bodies and a replace path`, async () => {
        const go = toolchain(v);
        const ws = await exampleWorkspace();
        // A replace to a directory whose name carries commands: go prints the path when it is missing.
        const gomod = join(ws, "go.mod");
        await writeFile(
          gomod,
          (await readFile(gomod, "utf8")) +
            "\nreplace github.com/goproxy-fixture/text => ./vendor-##[add-mask]FORGED-replace ::warning::FORGED-replace\n",
        );
        const result = await runAction({
          workspace: ws,
          env: jobEnv(go, await mkdtemp(join(tmpdir(), "attack-home-"))),
          inputs: { proxy: proxy.url, "no-sumdb": FIXTURE_HOST, cache: "false", retries: "0" },
          post: true,
          timeoutMs: 240_000,
        });
        // The attack reached the log: go echoed the bodies (so the test can fail) …
        assert.ok(
          result.main.stdout.includes("FORGED"),
          "go's output with the forged text is shown",
        );
        // … and none of it was read as a command.
        assertNothingForged(result);
        // The verdict and the action's own clear message: the failing modules are named.
        assert.equal(result.main.exitCode, 1, result.main.stdout.slice(-2000));
        const own = JSON.stringify(result.annotations);
        assert.ok(
          own.includes("goproxy-fixture/greeting") ||
            own.includes("goproxy-fixture/config") ||
            own.includes("goproxy-fixture/text"),
          own,
        );
        // The report quotes go's text: it holds the forged text as data, not as commands.
        const report = await readFile(result.outputs.report!, "utf8");
        assert.ok(JSON.parse(report).failedBecause.length > 0);
      });
    }
  },
);
