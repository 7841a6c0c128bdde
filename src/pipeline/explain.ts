// Each failed module gets the explainer's finding: the cause in one sentence and the fix,
// judged against the settings in force.
import { explainModuleError } from "../explain/index.ts";
import type { DownloadReport } from "../report/model.ts";
import type { GoInstall } from "./go.ts";

export function explainFailures(
  d: DownloadReport,
  go: GoInstall,
  env: Record<string, string>,
): DownloadReport {
  const e = go.effective;
  const settings = {
    goVersion: go.versionText,
    GOPROXY: e.GOPROXY,
    GOSUMDB: e.GOSUMDB,
    GOPRIVATE: e.GOPRIVATE,
    GONOPROXY: e.GONOPROXY,
    GONOSUMDB: e.GONOSUMDB,
    GOINSECURE: e.GOINSECURE,
    GOFLAGS: e.GOFLAGS,
    GOTOOLCHAIN: e.GOTOOLCHAIN,
    HTTPS_PROXY: env.HTTPS_PROXY ?? env.https_proxy,
    HTTP_PROXY: env.HTTP_PROXY ?? env.http_proxy,
    NO_PROXY: env.NO_PROXY ?? env.no_proxy,
  };
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
