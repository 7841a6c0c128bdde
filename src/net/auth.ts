// The credentials the go command attaches to an https request (cmd/go/internal/auth):
// - Go 1.13–1.23: the first complete .netrc entry whose machine equals the request's host name
//   (before 1.21: the port is not compared) or host[:port] (1.21–1.23); GOAUTH is not read.
// - Go 1.24+: GOAUTH (default netrc), a ;-separated list run in reverse so earlier commands win:
//   `off` sends nothing; `netrc` as above (looked up by host + path prefix); a custom command runs
//   once with no arguments before the first request and again with the URL (the response status
//   line and headers on stdin) after a 4xx; `git <dir>` runs `git credential fill` only after a
//   4xx. After any 4xx the request is sent once more with whatever the commands then gave.
// - Never for http URLs. URL userinfo becomes Basic auth only when nothing set Authorization.
// An edge file: reads the .netrc, runs the GOAUTH commands (goauth-commands.ts).
import type { Diagnostic } from "../core/diagnostic.ts";
import {
  credentialPrefix,
  lookupCredential,
  parseGoauth,
  type GoauthCommand,
} from "../go/goauth.ts";
import { atLeast, type GoVersion } from "../go/version.ts";
import { gitCredentialFill, runCustomCommand, type CommandEnv } from "./goauth-commands.ts";
import { netrcMatch, netrcMatchMode, readNetrc, type NetrcEntry } from "./netrc.ts";

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

/** The Authorization value for a user and password. */
export function basicAuth(user: string, password: string): string {
  return "Basic " + Buffer.from(`${user}:${password}`).toString("base64");
}

type Env = Readonly<Record<string, string | undefined>>;

/** The commands Go 1.24+ runs for GOAUTH (before 1.24: the .netrc alone). */
function goauthCommands(
  env: Env,
  newAuth: boolean,
  diagnostics: Diagnostic[],
): { commands: GoauthCommand[]; fatal?: string } {
  if (!newAuth) return { commands: [{ kind: "netrc" }] };
  const parsed = parseGoauth(env.GOAUTH ?? "");
  if (!parsed.error) return { commands: parsed.commands };
  diagnostics.push({
    rule: "probe-goauth-invalid",
    severity: "error",
    variable: "GOAUTH",
    message: `The go command stops at its first https request with "go: ${parsed.error}". Fix GOAUTH (a ;-separated list of off, netrc, git <dir> or a command).`,
  });
  return { commands: [], fatal: parsed.error };
}

/** The .netrc entries Go reads; their passwords (and Basic forms) become secrets. */
async function netrcEntries(
  env: Env,
  newAuth: boolean,
  secrets: string[],
  diagnostics: Diagnostic[],
): Promise<{ entries: NetrcEntry[]; path?: string }> {
  const r = await readNetrc(env);
  for (const e of r.entries) secrets.push(e.password, basicAuth(e.login, e.password).slice(6));
  if (r.error && newAuth) {
    diagnostics.push({
      rule: "probe-netrc-unreadable",
      severity: "warning",
      variable: "NETRC",
      message: `The .netrc Go reads cannot be read (${r.error}); no credentials come from it.`,
    });
  }
  return r.path === undefined ? { entries: r.entries } : { entries: r.entries, path: r.path };
}

/** Go 1.24+'s credential cache, prefix (host[/path]) → headers, filled by the GOAUTH commands. */
class GoauthCache {
  readonly byPrefix = new Map<string, { headers: Record<string, string>; source: AuthSource }>();
  private readonly commands: readonly GoauthCommand[];
  private readonly netrc: readonly NetrcEntry[];
  private readonly env: CommandEnv;
  private readonly signal: AbortSignal;
  private readonly secrets: string[];
  private readonly diagnostics: Diagnostic[];

  constructor(
    commands: readonly GoauthCommand[],
    netrc: readonly NetrcEntry[],
    env: Env,
    signal: AbortSignal,
    secrets: string[],
    diagnostics: Diagnostic[],
  ) {
    this.commands = commands;
    this.netrc = netrc;
    this.env = { ...env };
    this.signal = signal;
    this.secrets = secrets;
    this.diagnostics = diagnostics;
  }

  /** Runs the commands in reverse, so that earlier ones overwrite later ones' entries. */
  async run(url?: string, response?: { status: string; headers: Record<string, string> }) {
    for (const c of [...this.commands].reverse()) {
      if (c.kind === "netrc") this.addNetrc();
      else if (c.kind === "custom") await this.addCustom(c.command, url, response);
      else if (c.kind === "git" && url) await this.addGit(c.dir, url);
    }
  }

  private addNetrc() {
    for (let i = this.netrc.length - 1; i >= 0; i--) {
      const e = this.netrc[i]!;
      this.byPrefix.set(credentialPrefix(e.machine), {
        headers: { authorization: basicAuth(e.login, e.password) },
        source: "netrc",
      });
    }
  }

  private async addCustom(
    command: string,
    url: string | undefined,
    response: { status: string; headers: Record<string, string> } | undefined,
  ) {
    try {
      const found = await runCustomCommand(command, url, response, this.env, this.signal);
      for (const [prefix, headers] of found) {
        const lower: Record<string, string> = {};
        for (const [k, val] of Object.entries(headers)) {
          lower[k.toLowerCase()] = val;
          this.secrets.push(val);
          const m = /^(?:Basic|Bearer)\s+(.+)$/i.exec(val);
          if (m) this.secrets.push(m[1]!);
        }
        this.byPrefix.set(prefix, { headers: lower, source: "goauth-command" });
      }
    } catch (e) {
      this.diagnostics.push({
        rule: "probe-goauth-command-failed",
        severity: "warning",
        variable: "GOAUTH",
        message: `A GOAUTH command failed${url ? "" : " on its first run"} (${(e as Error).name}); the go command carries on without its credentials.`,
      });
    }
  }

  private async addGit(dir: string, url: string) {
    try {
      const filled = await gitCredentialFill(dir, url, this.env, this.signal);
      if (!filled) return;
      this.secrets.push(filled.password);
      this.byPrefix.set(new URL(url).host, {
        headers: { authorization: basicAuth(filled.username, filled.password) },
        source: "goauth-git",
      });
    } catch {
      this.diagnostics.push({
        rule: "probe-goauth-git-failed",
        severity: "warning",
        variable: "GOAUTH",
        message:
          "GOAUTH=git: `git credential fill` failed; the go command carries on without credentials.",
      });
    }
  }
}

/** Sets up Go's credential lookup for one go version and environment. */
export async function goCredentials(
  env: Env,
  v: GoVersion,
  signal: AbortSignal,
): Promise<GoCredentials> {
  const diagnostics: Diagnostic[] = [];
  const secrets: string[] = [];
  const newAuth = atLeast(v, 24);
  const { commands, fatal } = goauthCommands(env, newAuth, diagnostics);
  const off = commands.length === 1 && commands[0]!.kind === "off";
  const netrc = commands.some((c) => c.kind === "netrc")
    ? await netrcEntries(env, newAuth, secrets, diagnostics)
    : { entries: [] };
  const cache = new GoauthCache(commands, netrc.entries, env, signal, secrets, diagnostics);
  if (newAuth && !off && !fatal) await cache.run();

  return {
    netrcPath: netrc.path,
    secrets,
    diagnostics,
    mode: !newAuth ? "netrc" : off ? "off" : "goauth",
    ...(fatal ? { fatal } : {}),
    forRequest(url: URL, host = url.host): RequestAuth {
      if (url.protocol !== "https:") return { headers: {} };
      if (!newAuth) {
        const e = netrcMatch(netrc.entries, host, url.pathname, netrcMatchMode(v.minor));
        return e
          ? { headers: { authorization: basicAuth(e.login, e.password) }, source: "netrc" }
          : { headers: {} };
      }
      if (off || fatal) return { headers: {} };
      const hit = lookupCredential(cache.byPrefix, host + url.pathname);
      return hit ? { headers: { ...hit.headers }, source: hit.source } : { headers: {} };
    },
    async afterFailure(url, status, headers) {
      if (!newAuth || url.protocol !== "https:") return false;
      // Go retries after every 4xx on https, even with GOAUTH=off; the commands run again first.
      if (!off && !fatal && commands.some((c) => c.kind !== "netrc")) {
        await cache.run(url.href, { status, headers });
      }
      return true;
    },
  };
}
