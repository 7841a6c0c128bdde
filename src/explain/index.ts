// Explaining Go's download failures: the public surface of src/explain.
export { explainText, explainModuleError } from "./explain.ts";
export { renderFindingsText } from "./format.ts";
export { EXPLAIN_RULES, explainRule, type ExplainRule } from "./catalogue.ts";
export { CATEGORIES, type Category, type Finding, type ExplainSettings } from "./types.ts";
