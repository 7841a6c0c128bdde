// Each failed module gets the explainer's finding: the cause in one sentence and the fix,
// judged against the settings in force.
import { explainModuleError, type ExplainSettings } from "../explain/index.ts";
import type { DownloadReport } from "../report/model.ts";
import type { GoInstall } from "./go.ts";

/** The settings the explainer judges by: Go's variables, and the egress proxy Go would use. */
export function explainSettings(
  goVars: Readonly<Record<string, string | undefined>>,
  env: Readonly<Record<string, string | undefined>>,
  goVersion: string,
): ExplainSettings {
  return {
    goVersion,
    GOPROXY: goVars.GOPROXY,
    GOSUMDB: goVars.GOSUMDB,
    GOPRIVATE: goVars.GOPRIVATE,
    GONOPROXY: goVars.GONOPROXY,
    GONOSUMDB: goVars.GONOSUMDB,
    GOINSECURE: goVars.GOINSECURE,
    GOFLAGS: goVars.GOFLAGS,
    GOTOOLCHAIN: goVars.GOTOOLCHAIN,
    HTTPS_PROXY: env.HTTPS_PROXY ?? env.https_proxy,
    HTTP_PROXY: env.HTTP_PROXY ?? env.http_proxy,
    NO_PROXY: env.NO_PROXY ?? env.no_proxy,
  };
}

export function explainFailures(
  d: DownloadReport,
  go: GoInstall,
  env: Record<string, string>,
): DownloadReport {
  const settings = explainSettings(go.effective, env, go.versionText);
  return {
    ...d,
    failures: d.failures.map((f) => {
      const finding = explainModuleError(f.error, settings);
      return {
        ...f,
        explanation: {
          category: finding.category,
          rule: finding.rule,
          cause: finding.cause,
          fix: finding.fix,
        },
      };
    }),
  };
}
