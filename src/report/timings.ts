// "Where the time went": the step's stages in one line, for users asking why CI is slow.
import type { Timings } from "./model.ts";

const LABELS: [keyof Timings, string][] = [
  ["startup", "start-up"],
  ["restore", "restore"],
  ["checks", "checks"],
  ["download", "download"],
  ["verification", "verification"],
  ["unpack", "unpack"],
  ["report", "report"],
];

const s = (n: number): string => `${n.toFixed(n < 10 ? 2 : 1)} s`;

/** The main step's line; the stages that overlap are said to. */
export function timingsLine(t: Timings): string {
  const parts = LABELS.filter(([k]) => t[k] !== undefined).map(([k, label]) => {
    const alongside =
      k === "checks" && t.download !== undefined
        ? ", alongside the download"
        : k === "unpack"
          ? ", alongside the restore"
          : "";
    return `${label} ${s(t[k]!)}${alongside}`;
  });
  const total = t.total !== undefined ? ` (main step, ${s(t.total)})` : "";
  return `**Where the time went**${total}: ${parts.join(" · ")}. The cache save is timed in the post step.`;
}

/** The post step's line. */
export function saveTimingLine(seconds: number): string {
  return `**Where the time went** (post step): save ${s(seconds)}.`;
}
