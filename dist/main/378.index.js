export const id = 378;
export const ids = [378];
export const modules = {

/***/ 6378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   settleCache: () => (/* binding */ settleCache)
/* harmony export */ });
/** The facts for the report, and the state for the post step. */
async function settleCache(restored, download, 
/** go.sum / go.work.sum as the step found them (what the cache key hashed). */
sums, warm, settings) {
    const { cacheFacts, databaseCoversAll, downloadDir, indexSums, neededFromDownload, neededFromSums, pruneDownloadCache, recordPrewarm, scanDownloadCache, serializeState, unlistedRemoved, unverifiableVersions, usesDatabase, } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(108), __webpack_require__.e(244), __webpack_require__.e(646), __webpack_require__.e(701), __webpack_require__.e(445)]).then(__webpack_require__.bind(__webpack_require__, 826));
    const verdict = !download ? "skipped" : download.failures.length ? "failed" : "ok";
    let pruned;
    if (restored.facts.hit === "partial" && verdict === "ok" && download) {
        const needed = [
            ...neededFromDownload((download.ledger.modules ?? []).map((m) => ({ Path: m.path, Version: m.version }))),
            ...sums.flatMap(neededFromSums),
        ];
        const byPruner = await pruneDownloadCache(downloadDir(restored.state.gomodcache), needed, new Set(restored.restoredVersions));
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
    const unverifiable = warm || databaseCoversAll(settings)
        ? []
        : unverifiableVersions(await scanDownloadCache(downloadDir(restored.state.gomodcache)), indexSums(sums), (path) => usesDatabase(settings, path)).filter((id) => !preexisting.has(id));
    const state = recordPrewarm(restored.state, verdict, {
        ...(pruned ? { pruned } : {}),
        warm,
        unverifiable,
    });
    return { facts: cacheFacts(state), state: serializeState(state) };
}


/***/ })

};
