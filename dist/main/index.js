var __webpack_exports__ = {};
console.log("main", import.meta.url);


