import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import * as core from "@actions/core";
import { captureToolkit } from "../../../src/cache/toolkit.ts";
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
