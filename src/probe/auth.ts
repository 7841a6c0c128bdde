// The credentials the go command attaches to an https request (cmd/go/internal/auth):
// - Go 1.13–1.23: the first complete .netrc entry whose machine equals the request's host name
//   (before 1.21: the port is not compared) or host[:port] (1.21–1.23); GOAUTH is not read.
// - Go 1.24+: GOAUTH (default netrc), a ;-separated list run in reverse so earlier commands win:
//   `off` sends nothing; `netrc` as above (looked up by host + path prefix); a custom command runs
//   once with no arguments before the first request and again with the URL (the response status
//   line and headers on stdin) after a 4xx; `git <dir>` runs `git credential fill` only after a
//   4xx. After any 4xx the request is sent once more with whatever the commands then gave.
// - Never for http URLs. URL userinfo becomes Basic auth only when nothing set Authorization.
// An edge file: reads the .netrc, runs the GOAUTH commands.
import type { Diagnostic } from "../core/diagnostic.ts";
import {
  credentialPrefix,
  lookupCredential,
  parseGoauth,
  type GoauthCommand,
} from "../go/goauth.ts";
import { atLeast, type GoVersion } from "../go/version.ts";
import { netrcMatch, netrcMatchMode, readNetrc, type NetrcEntry } from "../credentials/netrc.ts";
import { runBounded } from "../process/bounded.ts";

export type AuthSource = "netrc" | "goauth-command" | "goauth-git" | "userinfo";

export interface RequestAuth {
  headers: Record<string, string>;
  source?: AuthSource;
}

export interface GoCredentials {
  /**
   * Headers Go adds to a request for this URL before sending it. `host` is the URL's host as
   * written (Go keeps case and a default port; WHATWG URL does not).
   */
  forRequest(url: URL, host?: string): RequestAuth;
  /** Go 1.24+: after a 4xx, re-runs the GOAUTH commands with the URL; true when Go retries. */
  afterFailure(
    url: URL,
    status: string,
    headers: Record<string, string>,
    signal: AbortSignal,
  ): Promise<boolean>;
  /** The .netrc Go reads, when there is one. */
  netrcPath?: string;
  /** Values learnt here that must never be printed. */
  secrets: string[];
  diagnostics: Diagnostic[];
  /** Go will not run at all with this GOAUTH (its error text). */
  fatal?: string;
  mode: "netrc" | "goauth" | "off";
}

function basic(user: string, password: string): string {
  return "Basic " + Buffer.from(`${user}:${password}`).toString("base64");
}

/** cmd/internal/quoted.Split: white-space separated words, '…' or "…" group, no escapes. */
export function quotedSplit(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (i >= s.length) break;
    const q = s[i];
    if (q === "'" || q === '"') {
      const end = s.indexOf(q, i + 1);
      if (end < 0) throw new Error("unterminated " + q + " string");
      out.push(s.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < s.length && !/\s/.test(s[j]!)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/** parseUserAuth: URL lines, a blank line, header lines, a blank line; repeated. */
export function parseUserAuth(data: string): Map<string, Record<string, string>> {
  const creds = new Map<string, Record<string, string>>();
  let rest = data;
  let guard = 0;
  while (rest !== "" && guard++ < 10000) {
    const urls: string[] = [];
    for (;;) {
      const nl = rest.indexOf("\n");
      if (nl < 0) throw new Error("invalid format: missing empty line after URLs");
      const line = rest.slice(0, nl);
      rest = rest.slice(nl + 1);
      if (line === "") break;
      urls.push(line);
    }
    const header: Record<string, string> = {};
    for (;;) {
      const nl = rest.indexOf("\n");
      if (nl < 0) throw new Error("invalid format: missing empty line after headers");
      const line = rest.slice(0, nl);
      rest = rest.slice(nl + 1);
      if (line === "") break;
      const c = line.indexOf(": ");
      if (c <= 0 || !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(line.slice(0, c))) {
        throw new Error("invalid format: invalid header line");
      }
      header[line.slice(0, c)] = line.slice(c + 2).trim();
    }
    for (const u of urls) creds.set(u.replace(/^https:\/\//, "").replace(/\/$/, ""), { ...header });
  }
  return creds;
}

/** A credential helper gets this long per run (Go gives it no limit; a job must not hang on it). */
export const CREDENTIAL_HELPER_TIMEOUT_MS = 30_000;

async function run(
  file: string,
  args: string[],
  opts: {
    cwd?: string;
    input?: string;
    env: Record<string, string | undefined>;
    signal: AbortSignal;
  },
): Promise<string> {
  const r = await runBounded(file, args, {
    ...(opts.cwd ? { cwd: opts.cwd } : {}),
    env: opts.env,
    input: opts.input ?? "",
    signal: opts.signal,
    timeoutMs: CREDENTIAL_HELPER_TIMEOUT_MS,
    maxBufferBytes: 1 << 20,
  });
  if (r.stopped) {
    const e = new Error(`stopped (${r.stopped.kind}) after ${r.seconds.toFixed(0)} s`);
    e.name = r.stopped.kind === "aborted" ? "AbortError" : "TimeoutError";
    throw e;
  }
  if (r.exitCode !== 0) throw new Error(`exit status ${r.exitCode}`);
  return r.stdout;
}

/** Sets up Go's credential lookup for one go version and environment. */
export async function goCredentials(
  env: Readonly<Record<string, string | undefined>>,
  v: GoVersion,
  signal: AbortSignal,
): Promise<GoCredentials> {
  const diagnostics: Diagnostic[] = [];
  const secrets: string[] = [];
  const newAuth = atLeast(v, 24);
  let commands: GoauthCommand[] = [{ kind: "netrc" }];
  let fatal: string | undefined;
  if (newAuth) {
    const parsed = parseGoauth(env.GOAUTH ?? "");
    if (parsed.error) {
      fatal = parsed.error;
      commands = [];
      diagnostics.push({
        rule: "probe-goauth-invalid",
        severity: "error",
        variable: "GOAUTH",
        message: `The go command stops at its first https request with "go: ${parsed.error}". Fix GOAUTH (a ;-separated list of off, netrc, git <dir> or a command).`,
      });
    } else commands = parsed.commands;
  }
  const off = commands.length === 1 && commands[0]!.kind === "off";
  const needNetrc = commands.some((c) => c.kind === "netrc");
  let netrc: NetrcEntry[] = [];
  let netrcPath: string | undefined;
  if (needNetrc) {
    const r = await readNetrc(env);
    netrc = r.entries;
    netrcPath = r.path;
    for (const e of netrc) secrets.push(e.password, basic(e.login, e.password).slice(6));
    if (r.error && newAuth) {
      diagnostics.push({
        rule: "probe-netrc-unreadable",
        severity: "warning",
        variable: "NETRC",
        message: `The .netrc Go reads cannot be read (${r.error}); no credentials come from it.`,
      });
    }
  }

  // Go 1.24+: the credential cache, prefix (host[/path]) → headers.
  const cache = new Map<string, { headers: Record<string, string>; source: AuthSource }>();
  const commandEnv = { ...env } as Record<string, string | undefined>;
  const runCommands = async (
    url: string | undefined,
    status?: string,
    resHeaders?: Record<string, string>,
  ) => {
    const list = [...commands].reverse();
    for (const c of list) {
      if (c.kind === "netrc") {
        for (let i = netrc.length - 1; i >= 0; i--) {
          const e = netrc[i]!;
          cache.set(credentialPrefix(e.machine), {
            headers: { authorization: basic(e.login, e.password) },
            source: "netrc",
          });
        }
      } else if (c.kind === "custom") {
        try {
          const words = quotedSplit(c.command);
          if (words.length === 0) continue;
          let input = "";
          if (status) {
            input = `HTTP/1.1 ${status}\n`;
            for (const [k, val] of Object.entries(resHeaders ?? {})) input += `${k}: ${val}\n`;
            input += "\n";
          }
          const out = await run(words[0]!, [...words.slice(1), ...(url ? [url] : [])], {
            input,
            env: commandEnv,
            signal,
          });
          for (const [prefix, headers] of parseUserAuth(out)) {
            const lower: Record<string, string> = {};
            for (const [k, val] of Object.entries(headers)) {
              lower[k.toLowerCase()] = val;
              secrets.push(val);
              const m = /^(?:Basic|Bearer)\s+(.+)$/i.exec(val);
              if (m) secrets.push(m[1]!);
            }
            cache.set(prefix, { headers: lower, source: "goauth-command" });
          }
        } catch (e) {
          diagnostics.push({
            rule: "probe-goauth-command-failed",
            severity: "warning",
            variable: "GOAUTH",
            message: `A GOAUTH command failed${url ? "" : " on its first run"} (${(e as Error).name}); the go command carries on without its credentials.`,
          });
        }
      } else if (c.kind === "git" && url) {
        try {
          const out = await run("git", ["credential", "fill"], {
            cwd: c.dir,
            input: `url=${url}\n\n`,
            env: { ...commandEnv, GIT_TERMINAL_PROMPT: "0" },
            signal,
          });
          const kv = Object.fromEntries(
            out
              .split("\n")
              .filter((l) => l.includes("="))
              .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
          );
          if (kv.username !== undefined && kv.password !== undefined) {
            secrets.push(kv.password);
            const u = new URL(url);
            cache.set(u.host, {
              headers: { authorization: basic(kv.username, kv.password) },
              source: "goauth-git",
            });
          }
        } catch {
          diagnostics.push({
            rule: "probe-goauth-git-failed",
            severity: "warning",
            variable: "GOAUTH",
            message:
              "GOAUTH=git: `git credential fill` failed; the go command carries on without credentials.",
          });
        }
      }
    }
  };

  if (newAuth && !off && !fatal) await runCommands(undefined);

  return {
    netrcPath,
    secrets,
    diagnostics,
    mode: !newAuth ? "netrc" : off ? "off" : "goauth",
    ...(fatal ? { fatal } : {}),
    forRequest(url: URL, host = url.host): RequestAuth {
      if (url.protocol !== "https:") return { headers: {} };
      if (!newAuth) {
        const e = netrcMatch(netrc, host, url.pathname, netrcMatchMode(v.minor));
        return e
          ? { headers: { authorization: basic(e.login, e.password) }, source: "netrc" }
          : { headers: {} };
      }
      if (off || fatal) return { headers: {} };
      const hit = lookupCredential(cache, host + url.pathname);
      return hit ? { headers: { ...hit.headers }, source: hit.source } : { headers: {} };
    },
    async afterFailure(url, status, headers, sig) {
      if (!newAuth || url.protocol !== "https:") return false;
      // Go retries after every 4xx on https, even with GOAUTH=off; the commands run again first.
      if (!off && !fatal && commands.some((c) => c.kind !== "netrc")) {
        void sig;
        await runCommands(url.href, status, headers);
      }
      return true;
    },
  };
}
