// "Where the time went": the main step's stages in one line, the post step's save in another.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { saveTimingLine, timingsLine } from "../../../src/report/timings.ts";

test("the stages that ran, in pipeline order, with the overlap of checks and download said", () => {
  assert.equal(
    timingsLine({ total: 2.314, download: 1.8, checks: 0.31, startup: 0.062, report: 0.04 }),
    "**Where the time went** (main step, 2.31 s): start-up 0.06 s · checks 0.31 s, alongside the download · download 1.80 s · report 0.04 s. The cache save is timed in the post step.",
  );
});

test("a warm hit: restore and verification, no download, so no overlap to mention", () => {
  assert.equal(
    timingsLine({
      startup: 0.05,
      restore: 12.4,
      checks: 0.2,
      verification: 0.01,
      report: 0.02,
      total: 12.9,
    }),
    "**Where the time went** (main step, 12.9 s): start-up 0.05 s · restore 12.4 s · checks 0.20 s · verification 0.01 s · report 0.02 s. The cache save is timed in the post step.",
  );
});

test("the post step's line", () => {
  assert.equal(saveTimingLine(0.4213), "**Where the time went** (post step): save 0.42 s.");
});
