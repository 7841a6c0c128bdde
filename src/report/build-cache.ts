// The build cache in the job summary and the step's outputs: plain strings from plain facts.
import type { BuildCacheState, BuildSaveFacts } from "../buildcache/state.ts";
import { humanBytes } from "../cache/toolkit.ts";
import { cell, code, table } from "./markdown.ts";

/** Main step's outputs: the key, whether it hit exactly, and how it restored. */
export function buildCacheOutputs(s: BuildCacheState): Record<string, string> {
  return {
    "build-cache-hit": String(s.hit === "exact"),
    "build-cache-result": s.hit,
    "build-cache-key": s.key,
  };
}

const sec = (s: number): string => `${s.toFixed(1)}\u00a0s`;

/** One table: what each phase restored, used, dropped and saved, and how long it took. */
export function buildCacheSummary(s: BuildCacheState, f: BuildSaveFacts): string {
  const restoredHow =
    s.hit === "exact"
      ? "exact hit"
      : s.hit === "partial"
        ? `restored ${code(s.matchedKey ?? "")}`
        : `miss${s.skipped ? ` (${cell(s.skipped)})` : ""}${s.problem ? ` (${cell(s.problem)})` : ""}`;
  const archive = (n: number | undefined) => (n === undefined ? "" : `, archive ${humanBytes(n)}`);
  const rows = [
    [
      `restore: ${restoredHow}`,
      String(s.restored.entries),
      `${humanBytes(s.restored.bytes)}${archive(s.restored.archiveBytes)}`,
      `${sec(s.restoreSeconds)} + stamp ${sec(s.stampSeconds)}`,
    ],
    ["used by this job", String(f.used.entries), humanBytes(f.used.bytes), sec(f.seconds.classify)],
    [
      "… of which new (compiled or tested here)",
      String(f.created.entries),
      humanBytes(f.created.bytes),
      "",
    ],
    [
      f.dropped ? "unused, dropped before saving" : "unused (kept: nothing saved)",
      String(f.unused.entries),
      humanBytes(f.unused.bytes),
      f.dropped ? sec(f.seconds.drop) : "",
    ],
    [
      f.saved ? "saved" : `not saved (${f.outcome})`,
      f.saved ? String(f.used.entries) : "",
      f.saved ? `${humanBytes(f.used.bytes)}${archive(f.archiveBytes)}` : "",
      f.saved || f.outcome !== "skipped" ? sec(f.seconds.save) : "",
    ],
  ];
  const phases = table(["phase", "entries", "bytes", "time"], rows, ["l", "r", "r", "r"]);
  return `\n\n**setup-goproxy build cache** ${code(s.key)}: ${cell(f.reason)}\n\n${phases}\n`;
}
