// The `credentials` input: one entry per line, `<host[:port]> <user> <token>`.
//
//   # private proxy and private git host
//   goproxy.corp.example:8443  ci-bot  s3cr3t-token
//   git.corp.example           ci-bot  another-token
//
// - Fields are separated by any white space (as Go's .netrc reader splits them); blank lines and lines starting with `#` are ignored.
// - host[:port] is written exactly as it appears in the URL Go requests: Go compares it with the
//   request's Host, so a proxy on a non-default port needs the port (`host:8443`), and
//   `https://host:443/` needs `host:443`. No scheme, no path, no user info.
// - user and token may hold any character but white space (the .netrc format has no quoting).
// A malformed line is reported by its number only; no field of it is ever quoted, and every
// field that could be a secret is still returned for masking.
import type { Diagnostic } from "../core/diagnostic.ts";
import { GO_SPACE, goTrimSpace } from "../go/proxy-list.ts";
import { credentialForms } from "../redact/redact.ts";

export interface CredentialEntry {
  /** host[:port], as the netrc machine and the git credential host. */
  host: string;
  user: string;
  token: string;
  /** 1-based line number in the input. */
  line: number;
}

export interface ParsedCredentials {
  entries: CredentialEntry[];
  /** Every value to mask, from good and malformed lines alike. */
  secrets: string[];
  diagnostics: Diagnostic[];
}

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;

/** Go's .netrc reader splits fields at unicode.IsSpace (strings.Fields): so do we. */
const SPACE = new RegExp(`${GO_SPACE}+`);

function bad(line: number, why: string): Diagnostic {
  return {
    rule: "credentials-malformed-line",
    severity: "error",
    variable: "credentials",
    message: `credentials line ${line}: ${why}. Each line must be "<host[:port]> <user> <token>" (blank lines and # comments are ignored). The line is not shown because it may hold a secret.`,
  };
}

/** Parses the credentials input; never throws. */
export function parseCredentials(text: string): ParsedCredentials {
  const entries: CredentialEntry[] = [];
  const secrets = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const trimmed = goTrimSpace(lines[i]!);
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const fields = trimmed.split(SPACE);
    // Whatever the shape, everything after the host may be a secret.
    for (const f of fields.slice(1)) if (f.length >= 3) secrets.add(f);
    if (!HOST.test(fields[0]!) && fields[0]!.length >= 3) secrets.add(fields[0]!);
    if (fields.length !== 3) {
      diagnostics.push(
        bad(n, `expected 3 fields separated by white space, found ${fields.length}`),
      );
      // A token with a space in it would split; mask the joined tail too.
      if (fields.length > 3) secrets.add(fields.slice(2).join(" "));
      continue;
    }
    const [host, user, token] = fields as [string, string, string];
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) {
      diagnostics.push(bad(n, "the host must be written without a scheme (no https://)"));
      continue;
    }
    if (!HOST.test(host)) {
      diagnostics.push(bad(n, "the first field is not a host or host:port"));
      continue;
    }
    const port = /:(\d+)$/.exec(host)?.[1];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
      diagnostics.push(bad(n, "the port is out of range"));
      continue;
    }
    if (seen.has(host)) {
      diagnostics.push({
        rule: "credentials-duplicate-host",
        severity: "warning",
        variable: "credentials",
        value: host,
        message: `credentials line ${n}: ${host} is already given on line ${seen.get(host)}; Go uses the first entry for a machine, so this one is ignored.`,
      });
      continue;
    }
    seen.set(host, n);
    secrets.add(token);
    entries.push({ host, user, token, line: n });
  }
  return { entries, secrets: [...secrets], diagnostics };
}

/** Every form in which a credential may show up in output (see src/redact/redact.ts). */
export function credentialSecrets(entry: { user: string; token: string }): string[] {
  return credentialForms(entry.user, entry.token);
}
