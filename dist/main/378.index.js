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
async function settleCache(restored, download, sums, warm) {
    const { cacheFacts, downloadDir, neededFromDownload, neededFromSums, pruneDownloadCache, recordPrewarm, serializeState, unlistedRemoved, } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(108), __webpack_require__.e(435), __webpack_require__.e(353), __webpack_require__.e(160)]).then(__webpack_require__.bind(__webpack_require__, 1160));
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
    const state = recordPrewarm(restored.state, verdict, { ...(pruned ? { pruned } : {}), warm });
    return { facts: cacheFacts(state), state: serializeState(state) };
}


/***/ })

};
