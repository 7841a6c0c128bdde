// GOAUTH (Go 1.24+), as cmd/go/internal/auth reads it: a ;-separated list of commands.
import { goTrimSpace } from "./proxy-list.ts";

export type GoauthCommand =
  | { kind: "off" }
  | { kind: "netrc" }
  | { kind: "git"; dir: string }
  | { kind: "custom"; command: string };

export interface GoauthResult {
  commands: GoauthCommand[];
  /** Go's error text, when the value is rejected. */
  error?: string;
}

/** Parses GOAUTH; an empty value means the default, `netrc`. */
export function parseGoauth(value: string): GoauthResult {
  if (value === "") return { commands: [{ kind: "netrc" }] };
  const parts = value.split(";").map(goTrimSpace);
  const commands: GoauthCommand[] = [];
  for (const p of parts) {
    if (p === "") return { commands, error: "GOAUTH encountered an empty command" };
    const words = p.split(/\s+/);
    if (words[0] === "off") {
      if (parts.length > 1) {
        return {
          commands,
          error: "GOAUTH=off cannot be combined with other authentication commands",
        };
      }
      commands.push({ kind: "off" });
    } else if (words[0] === "netrc") {
      commands.push({ kind: "netrc" });
    } else if (words[0] === "git") {
      const dir = words.slice(1).join(" ");
      if (words.length !== 2) {
        return {
          commands,
          error: "GOAUTH=git dir method requires an absolute path to the git working directory",
        };
      }
      if (!dir.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(dir)) {
        return {
          commands,
          error: `GOAUTH=git dir method requires an absolute path to the git working directory, dir is not absolute`,
        };
      }
      commands.push({ kind: "git", dir });
    } else {
      commands.push({ kind: "custom", command: p });
    }
  }
  return { commands };
}

/** The key cmd/go/internal/auth stores credentials under: a machine or URL prefix without "https://" and a trailing "/". */
export function credentialPrefix(machine: string): string {
  return machine.replace(/^https:\/\//, "").replace(/\/$/, "");
}

/** cmd/go/internal/auth's lookup: the credentials stored for host + path, walking up the path. */
export function lookupCredential<T>(
  store: ReadonlyMap<string, T>,
  hostPath: string,
): T | undefined {
  let prefix = hostPath.replace(/\/$/, "");
  for (let guard = 0; guard < 1000; guard++) {
    const hit = store.get(prefix);
    if (hit) return hit;
    const slash = prefix.lastIndexOf("/");
    if (slash < 0) return undefined;
    prefix = prefix.slice(0, slash);
  }
  return undefined;
}
