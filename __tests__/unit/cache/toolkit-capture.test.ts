import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import * as core from "@actions/core";
import { cacheServiceOffered, captureToolkit, loadToolkit } from "../../../src/cache/toolkit.ts";
import { parseWorkflowCommands } from "../../support/runner.ts";

/** What reaches stdout while `fn` runs inside captureToolkit. */
async function printed(fn: () => void): Promise<{ stdout: string; warnings: string[] }> {
  const chunks: string[] = [];
  const real = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  }) as typeof process.stdout.write;
  try {
    const { log } = await captureToolkit(async () => fn());
    return { stdout: chunks.join(""), warnings: log.warnings };
  } finally {
    process.stdout.write = real;
  }
}

describe("the cache toolkit's output", () => {
  test("its masks reach the runner; its info lines quoting the service run no command", async () => {
    const { stdout, warnings } = await printed(() => {
      core.setSecret("https://cache.invalid/archive?sig=SECRET");
      core.info("Cache restored from key: k\r::error::forged by the service");
      core.warning("Failed to restore: service said no");
    });
    const commands = parseWorkflowCommands(stdout).map((c) => [c.command, c.message]);
    assert.deepEqual(
      commands.filter(([name]) => name !== "stop-commands" && !/^[0-9a-f]{32}$/.test(name!)),
      [["add-mask", "https://cache.invalid/archive?sig=SECRET"]],
    );
    assert.match(stdout, /forged by the service/);
    assert.deepEqual(warnings, ["Failed to restore: service said no"]);
  });
});

test("the line listener hears info and debug lines; what it starts is not credited to the toolkit", async () => {
  const heard: string[] = [];
  let started: Promise<void> | undefined;
  const real = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    const { log } = await captureToolkit(
      async () => {
        core.debug("Archive Path: /tmp/a");
        core.info("Cache hit for: k");
        core.info("Cache Size: ~0 MB (10 B)");
        await started; // the toolkit's call is still running while the listener's work writes
      },
      (line) => {
        heard.push(line);
        // Work the listener starts, writing a warning later (as the live probes may).
        started ??= (async () => {
          await new Promise((r) => setImmediate(r));
          core.warning("from the listener's work");
        })();
      },
    );
    assert.deepEqual(heard, [
      "Archive Path: /tmp/a",
      "Cache hit for: k",
      "Cache Size: ~0 MB (10 B)",
    ]);
    assert.deepEqual(log.warnings, [], "the listener's warning is not the toolkit's");
  } finally {
    process.stdout.write = real;
  }
});

test("cacheServiceOffered is false only where the toolkit's isFeatureAvailable is false too", async () => {
  const cache = await loadToolkit();
  const names = [
    "ACTIONS_CACHE_URL",
    "ACTIONS_RESULTS_URL",
    "ACTIONS_CACHE_SERVICE_V2",
    "GITHUB_SERVER_URL",
  ];
  const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
  const values: Record<string, (string | undefined)[]> = {
    ACTIONS_CACHE_URL: [undefined, "http://127.0.0.1:1/"],
    ACTIONS_RESULTS_URL: [undefined, "http://127.0.0.1:2/"],
    ACTIONS_CACHE_SERVICE_V2: [undefined, "true"],
    GITHUB_SERVER_URL: [undefined, "https://github.com", "https://ghes.example.internal"],
  };
  let combos = 0;
  try {
    for (const a of values.ACTIONS_CACHE_URL!)
      for (const b of values.ACTIONS_RESULTS_URL!)
        for (const c of values.ACTIONS_CACHE_SERVICE_V2!)
          for (const d of values.GITHUB_SERVER_URL!) {
            const env = {
              ACTIONS_CACHE_URL: a,
              ACTIONS_RESULTS_URL: b,
              ACTIONS_CACHE_SERVICE_V2: c,
              GITHUB_SERVER_URL: d,
            };
            for (const [n, v] of Object.entries(env))
              if (v === undefined) delete process.env[n];
              else process.env[n] = v;
            if (cache.isFeatureAvailable())
              assert.ok(
                cacheServiceOffered(env),
                `the toolkit sees a service: ${JSON.stringify(env)}`,
              );
            combos++;
          }
  } finally {
    for (const [n, v] of Object.entries(saved))
      if (v === undefined) delete process.env[n];
      else process.env[n] = v;
  }
  assert.equal(combos, 24);
});
