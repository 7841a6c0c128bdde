// Item 8: huge or adversarial GOPROXY, pattern lists and credentials are handled in linear
// time (4 KB → 16 KB here). Each shape is run at n and 4n in the same process, interleaved, best CPU time of
// several runs: linear work grows ~4x, quadratic ~16x; the test fails above 10x.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { checkSettings } from "../../../src/check/static.ts";
import { type CheckEnv } from "../../../src/check/context.ts";

const GO = { major: 1, minor: 26, patch: 0 };
const SIZE = 4 * 1024;

/** Adversarial shapes: each repeats a unit that once made some scanner restart or grow. */
const SHAPES: Record<string, (n: number) => string> = {
  "many proxy URLs with passwords": (n) =>
    Array.from({ length: Math.ceil(n / 32) }, (_, i) => `https://u${i}:pw${i}@h${i}.example`)
      .join(",")
      .slice(0, n),
  "a userinfo of colons": (n) => `https://${":".repeat(n)}@h`,
  "a userinfo of @s": (n) => `https://${"a@".repeat(n / 2)}h`,
  "percent escapes": (n) => `https://u:${"%41".repeat(n / 3)}@h`,
  "white space inside an element": (n) => `a${" \u00a0\t".repeat(n / 3)}b,direct`,
};

// checkSettings is where a 16 KB GOPROXY took 16.8 s: it gathers every secret form of every
// value (src/redact/redact.ts) and scrubs every message with them.
const WORK: Record<string, (v: string) => unknown> = {
  checkSettings: (v) =>
    checkSettings({ GOPROXY: v, GOPRIVATE: v, GONOSUMDB: v, HTTPS_PROXY: v } as CheckEnv, {
      goVersion: GO,
    }),
};

/** CPU time of this process (ms), best of `runs`: other processes on the machine do not count. */
function best(fn: () => unknown, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    min = Math.min(min, (d.user + d.system) / 1000);
  }
  return min;
}

describe("input sizes: linear time", () => {
  for (const [workName, work] of Object.entries(WORK)) {
    test(workName, () => {
      const ratios: string[] = [];
      for (const [shape, make] of Object.entries(SHAPES)) {
        const n = SIZE;
        const small = make(n);
        const large = make(4 * n);
        work(small); // warm up the JIT
        let s = Infinity;
        let l = Infinity;
        for (let round = 0; round < 3; round++) {
          s = Math.min(
            s,
            best(() => work(small), 2),
          );
          l = Math.min(
            l,
            best(() => work(large), 1),
          );
        }
        const ratio = l / Math.max(s, 0.5);
        ratios.push(`${shape}: ${s.toFixed(1)} → ${l.toFixed(1)} ms (×${ratio.toFixed(1)})`);
        assert.ok(ratio < 10, `${workName} on ${shape} grows superlinearly: ${ratios.at(-1)}`);
      }
      console.log(`${workName}\n  ${ratios.join("\n  ")}`);
    });
  }
});
