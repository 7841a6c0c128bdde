// The one error type of the toolchain code: a kind the caller can act on, and a message that
// says what Go would say, what happened, and what to change. Messages never hold a secret.

export type ToolchainErrorKind =
  /** The settings cannot work (GOSUMDB=off, a bad version, GOPROXY=off…). */
  | "config"
  /** No entry of the chain has the toolchain (every one answered 404/410, or GOPROXY=off). */
  | "not-found"
  /** A proxy or the checksum database failed (status, transport error). */
  | "network"
  /** The download does not match the checksum database, or the database cannot prove it. */
  | "security"
  /** Writing the toolchain failed (disk, permissions, a zip Go would reject). */
  | "install";

export class ToolchainError extends Error {
  readonly kind: ToolchainErrorKind;
  /** The Diagnostic rule that explains it (see TOOLCHAIN_RULES). */
  readonly rule: string;
  constructor(kind: ToolchainErrorKind, rule: string, message: string) {
    super(message);
    this.name = "ToolchainError";
    this.kind = kind;
    this.rule = rule;
  }
}
