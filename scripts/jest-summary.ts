// Reads jest's --json results file and prints the one closing line CI reads:
//   Tests: N passed, N failed, N skipped
// Exits non-zero when the results are missing, a suite failed to run, or no test ran
// (a jest run that executed nothing must not pass).
// Usage: node scripts/jest-summary.ts RESULTS.json
import { readFileSync } from "node:fs";

interface JestResults {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
  numRuntimeErrorTestSuites: number;
  success: boolean;
}

const file = process.argv[2];
if (!file) {
  console.error("usage: node scripts/jest-summary.ts RESULTS.json");
  process.exit(2);
}
let r: JestResults;
try {
  r = JSON.parse(readFileSync(file, "utf8")) as JestResults;
} catch (err) {
  console.error(`no jest results in ${file}: ${(err as Error).message}`);
  process.exit(1);
}
const skipped = r.numPendingTests + r.numTodoTests;
console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
if (r.numTotalTests === 0) {
  console.error("jest ran no test");
  process.exit(1);
}
if (r.numRuntimeErrorTestSuites > 0) {
  console.error(`${r.numRuntimeErrorTestSuites} test file(s) failed to run`);
  process.exit(1);
}
process.exit(r.success && r.numFailedTests === 0 ? 0 : 1);
