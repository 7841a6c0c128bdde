// setup-goproxy as a library: Go's download rules, the checker, the -x trace parser and
// ledger, the failure explainer, live probes and the report renderers. Pure functions over
// plain data (probeChain does network I/O when called); importing prints nothing, reads no
// environment and needs no @actions package.

// Go's rules, version by version.
export {
  parseProxyList,
  effectiveGoproxy,
  defaultGoproxy,
  DEFAULT_GOPROXY,
} from "./go/proxy-list.ts";
export type { ProxyEntry, ProxyListResult } from "./go/proxy-list.ts";
export {
  matchPrefixPatterns,
  routeModule,
  effectiveGonoproxy,
  effectiveGonosumdb,
} from "./go/patterns.ts";
export type { ModuleRouting, PatternSettings } from "./go/patterns.ts";
export { parseGosumdb } from "./go/sumdb-setting.ts";
export type { SumdbSetting } from "./go/sumdb-setting.ts";
export { parseGotoolchain } from "./go/toolchain.ts";
export { parseGoVersion, compareGoVersions, atLeast } from "./go/version.ts";
export type { GoVersion } from "./go/version.ts";
export { goEnvFrom, GO_VARIABLES } from "./go/env.ts";
export type { GoEnv, GoVariable } from "./go/env.ts";
export { redactUrl, urlSecretForms } from "./redact/redact.ts";

// The settings checker and its rule catalogue (docs/rules.md).
export { checkSettings } from "./check/static.ts";
export type { CheckContext, CheckEnv } from "./check/static.ts";
export { RULES } from "./check/rules.ts";
export type { Rule } from "./core/rule.ts";
export { parseGoMod, parseGoWork } from "./check/gomod.ts";
export type { Diagnostic, Severity } from "./core/diagnostic.ts";

// `go mod download -x -json` output → the ledger.
export { parseTrace, createTraceParser } from "./download/trace.ts";
export { stripCiPrefix } from "./download/ci-prefix.ts";
export { decodeDownloadJson, createDownloadJsonDecoder } from "./download/json-stream.ts";
export { buildLedger } from "./download/ledger.ts";
export { classifyUrl } from "./download/classify.ts";
export type * from "./download/types.ts";

// Failures → cause and fix.
export { explainText, explainModuleError, renderFindingsText } from "./explain/index.ts";
export type { Finding, Category, ExplainSettings } from "./explain/index.ts";

// Live checks of a chain (network I/O, the way Go reaches it).
export { probeChain } from "./probe/chain.ts";
export type { ProbeInput, ProbeReport } from "./probe/chain.ts";
export type { ProbeResult } from "./probe/results.ts";

// Reports.
export { renderSummary } from "./report/summary.ts";
export { renderJunit } from "./report/junit.ts";
export { renderLedgerText, renderDownloadText } from "./report/text.ts";
export { REPORT_SCHEMA } from "./report/model.ts";
export type { RunReport, DownloadReport, Failure } from "./report/model.ts";
