// The stage runner: a task started early runs alongside later stages, any of which can stop it
// (its signal aborts a real child process); the clock's per-stage wall times.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { GuardedTask, StageClock } from "../../../src/pipeline/stages.ts";

/** A real child that runs until killed (bounded at 30 s); resolves with how it ended. */
function sleeper(signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { signal });
    child.on("error", () => undefined);
    child.on("close", (code, sig) =>
      signal.aborted ? reject(new Error(`killed by ${sig}`)) : resolve(`exit ${code}`),
    );
  });
}

describe("GuardedTask", () => {
  test("the task starts at once and runs while later stages do; their order is kept", async () => {
    const events: string[] = [];
    const task = new GuardedTask<string>();
    let release!: () => void;
    task.start(async () => {
      events.push("task started");
      await new Promise<void>((r) => (release = r));
      events.push("task done");
      return "downloaded";
    });
    assert.equal(task.started, true);
    await new Promise((r) => setImmediate(r));
    events.push("checks ran");
    release();
    const settled = await task.settle();
    assert.deepEqual(events, ["task started", "checks ran", "task done"]);
    assert.deepEqual(settled, { state: "done", value: "downloaded" });
  });

  test("a blocking finding kills the running child and settles as stopped, not as the child's error", async () => {
    const task = new GuardedTask<string>();
    const started = performance.now();
    task.start((signal) => sleeper(signal));
    await new Promise((r) => setTimeout(r, 100));
    task.stop("the checksum database failed its proof");
    const settled = await task.settle();
    assert.ok(performance.now() - started < 10_000, "the child was killed, not waited for");
    assert.deepEqual(settled, {
      state: "stopped",
      reason: "the checksum database failed its proof",
    });
  });

  test("the first of several stops is the reason reported", async () => {
    const task = new GuardedTask<string>();
    task.start((signal) => sleeper(signal));
    task.stop("the checksum database failed its proof");
    task.stop("the step failed");
    assert.deepEqual(await task.settle(), {
      state: "stopped",
      reason: "the checksum database failed its proof",
    });
  });

  test("a task that finished before a stop still counts as stopped; a stopped task never starts", async () => {
    const done = new GuardedTask<string>();
    done.start(async () => "downloaded under a bad checksum database");
    await new Promise((r) => setImmediate(r));
    done.stop("the checksum database failed its proof");
    assert.equal((await done.settle()).state, "stopped");

    const never = new GuardedTask<string>();
    never.stop("a settings check failed");
    let ran = false;
    never.start(async () => {
      ran = true;
      return "x";
    });
    await never.settle();
    assert.equal(ran, false);
    assert.equal(never.started, false);
  });

  test("a task failing on its own rethrows; one never started settles idle", async () => {
    const failing = new GuardedTask<string>();
    failing.start(async () => {
      throw new Error("go: not found");
    });
    await assert.rejects(failing.settle(), /go: not found/);
    assert.deepEqual(await new GuardedTask<string>().settle(), { state: "idle" });
  });
});

describe("StageClock", () => {
  test("each stage is the union of its spans; overlapping stages each count in full", async () => {
    let now = 50; // ms since process start when the step's first line runs
    const clock = new StageClock(() => now);
    clock.record("checks", 60, 160); // go env
    clock.record("checks", 100, 300); // probes, overlapping go env
    clock.record("checks", 400, 450); // toolchain plan
    clock.record("download", 70, 1070);
    now = 1100;
    await clock.time("report", async () => {
      await Promise.resolve();
      now = 1130;
    });
    now = 1200;
    assert.deepEqual(clock.timings(), {
      startup: 0.05,
      total: 1.2,
      checks: 0.29,
      download: 1,
      report: 0.03,
    });
  });

  test("a failing stage is timed too", async () => {
    let now = 0;
    const clock = new StageClock(() => now);
    await assert.rejects(
      clock.time("restore", async () => {
        now = 250;
        throw new Error("cache service down");
      }),
    );
    assert.equal(clock.timings().restore, 0.25);
  });
});
