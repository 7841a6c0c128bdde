// A finding about the settings: the shape every check, the CLI's JSON and the report share.

export type Severity = "error" | "warning" | "notice";

export interface Diagnostic {
  /** Stable id from the rule catalogue, e.g. "goproxy-comma-hard-errors". */
  rule: string;
  severity: Severity;
  /** The variable or input the finding is about, e.g. "GOPROXY". */
  variable: string;
  /** The offending value with every secret redacted; absent when the value is not the point. */
  value?: string;
  /** One paragraph: what is wrong, what Go does with it, and the fix. Never holds a secret. */
  message: string;
  /** Where the finding points in the repository, when it does (go.mod requirements). */
  file?: string;
  line?: number;
  /** Go's own error text for this value (redacted), when Go rejects it and we mirror its message. */
  goError?: string;
}
