// The budget that keeps large off-thread inflates from all holding memory at once.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { ByteBudget } from "../../../src/sumdb/byte-budget.ts";

/** A promise a test resolves when it wants the work holding it to end. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

test("work waits while it would pass the budget, and starts as soon as room is freed", async () => {
  const budget = new ByteBudget(100);
  const seen: string[] = [];
  const gates = [gate(), gate(), gate()];
  const job = (name: string, bytes: number, g: ReturnType<typeof gate>) =>
    budget.run(bytes, async () => {
      seen.push(`${name} starts at ${budget.used}`);
      await g.opened;
      return name;
    });
  const a = job("a", 60, gates[0]!);
  const b = job("b", 60, gates[1]!); // 60 + 60 > 100: waits for a
  const c = job("c", 40, gates[2]!); // 60 + 40 fits beside a
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(seen, ["a starts at 60", "c starts at 100"]);
  gates[2]!.open();
  await c;
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(seen.slice(2), [], "b still waits: 60 + 60 > 100");
  gates[0]!.open();
  assert.equal(await a, "a");
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(seen.slice(2), ["b starts at 60"]);
  gates[1]!.open();
  await b;
  assert.equal(budget.used, 0);
});

test("work larger than the whole budget runs alone; a failure frees its bytes", async () => {
  const budget = new ByteBudget(10);
  assert.equal(await budget.run(50, async () => budget.used), 50);
  await assert.rejects(
    budget.run(5, async () => {
      throw new Error("inflate failed");
    }),
    /inflate failed/,
  );
  assert.equal(budget.used, 0);
});
