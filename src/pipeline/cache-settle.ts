// After the pre-warm: prune what a partial restore brought and this run did not need, and
// record the verdict the post step saves on.
import type { CacheFacts, VerifiedRestore } from "../cache/index.ts";
import type { DownloadReport } from "../report/model.ts";

/** The facts for the report, and the state for the post step. */
export async function settleCache(
  restored: VerifiedRestore,
  download: DownloadReport | undefined,
  sums: string[],
  warm: boolean,
): Promise<{ facts: CacheFacts; state: string }> {
  const {
    cacheFacts,
    downloadDir,
    neededFromDownload,
    neededFromSums,
    pruneDownloadCache,
    recordPrewarm,
    serializeState,
    unlistedRemoved,
  } = await import("../cache/index.ts");
  const verdict = !download ? "skipped" : download.failures.length ? "failed" : "ok";
  let pruned: { versions: number; bytes: number } | undefined;
  if (restored.facts.hit === "partial" && verdict === "ok" && download) {
    const needed = [
      ...neededFromDownload(
        (download.ledger.modules ?? []).map((m) => ({ Path: m.path, Version: m.version })),
      ),
      ...sums.flatMap(neededFromSums),
    ];
    const byPruner = await pruneDownloadCache(
      downloadDir(restored.state.gomodcache),
      needed,
      new Set(restored.restoredVersions),
    );
    // The verification already removed the versions go.sum no longer lists.
    const byVerification = unlistedRemoved(restored);
    pruned = {
      versions: byPruner.versions + byVerification.versions,
      bytes: byPruner.bytes + byVerification.bytes,
    };
  }
  const state = recordPrewarm(restored.state, verdict, { ...(pruned ? { pruned } : {}), warm });
  return { facts: cacheFacts(state), state: serializeState(state) };
}
