// After the pre-warm: prune what a partial restore brought and this run did not need, note
// what a later restore could not verify, and record the verdict the post step saves on.
import type { CacheFacts, VerifiedRestore } from "../cache/index.ts";
import type { DownloadReport } from "../report/model.ts";
import type { GoSettings } from "../settings/go-settings.ts";

/** The facts for the report, and the state for the post step. */
export async function settleCache(
  restored: VerifiedRestore,
  download: DownloadReport | undefined,
  /** go.sum / go.work.sum as the step found them (what the cache key hashed). */
  sums: string[],
  warm: boolean,
  settings: Pick<GoSettings, "version" | "sumdb" | "gonosumdb">,
): Promise<{ facts: CacheFacts; state: string }> {
  const {
    cacheFacts,
    databaseCoversAll,
    downloadDir,
    indexSums,
    neededFromDownload,
    neededFromSums,
    pruneDownloadCache,
    recordPrewarm,
    scanDownloadCache,
    serializeState,
    unlistedRemoved,
    unverifiableVersions,
    usesDatabase,
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
  // What this job added without a go.sum line (go.sum not tidy): the next exact hit would drop
  // it as unverifiable and warn, so the save leaves it out. A runner's own cache stays as it was.
  // With every module checked against a database (the default) nothing can be, nor when go
  // fetched nothing (warm: the verification dropped what go.sum and the database do not vouch
  // for): no scan.
  const preexisting = new Set(restored.preexisting);
  const unverifiable =
    warm || databaseCoversAll(settings)
      ? []
      : unverifiableVersions(
          await scanDownloadCache(downloadDir(restored.state.gomodcache)),
          indexSums(sums),
          (path) => usesDatabase(settings, path),
        ).filter((id) => !preexisting.has(id));
  const state = recordPrewarm(restored.state, verdict, {
    ...(pruned ? { pruned } : {}),
    warm,
    unverifiable,
  });
  return { facts: cacheFacts(state), state: serializeState(state) };
}
