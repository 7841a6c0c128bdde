// Running GOAUTH's credential commands as cmd/go/internal/auth does (Go 1.24+): a custom command
// prints `URL lines, a blank line, header lines, a blank line` blocks; `git <dir>` answers
// `git credential fill`. Every run is bounded: Go gives a helper no limit, a job must not hang.
import { quotedSplit } from "../go/goflags.ts";
import { runBounded } from "../process/bounded.ts";

/** A credential helper gets this long per run. */
export const CREDENTIAL_HELPER_TIMEOUT_MS = 30_000;

export type CommandEnv = Record<string, string | undefined>;

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

async function run(
  file: string,
  args: string[],
  opts: { cwd?: string; input: string; env: CommandEnv; signal: AbortSignal },
): Promise<string> {
  const r = await runBounded(file, args, {
    ...(opts.cwd ? { cwd: opts.cwd } : {}),
    env: opts.env,
    input: opts.input,
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

/**
 * Runs a custom GOAUTH command: with no argument before the first request, with the URL (and the
 * failed response's status line and headers on stdin) after a 4xx. Returns its headers by
 * prefix (host[/path]); throws when it fails or prints something Go cannot parse.
 */
export async function runCustomCommand(
  command: string,
  url: string | undefined,
  response: { status: string; headers: Record<string, string> } | undefined,
  env: CommandEnv,
  signal: AbortSignal,
): Promise<Map<string, Record<string, string>>> {
  const split = quotedSplit(command);
  if (split.error) throw new Error(split.error);
  const words = split.words;
  if (words.length === 0) return new Map();
  let input = "";
  if (response) {
    input = `HTTP/1.1 ${response.status}\n`;
    for (const [k, val] of Object.entries(response.headers)) input += `${k}: ${val}\n`;
    input += "\n";
  }
  const out = await run(words[0]!, [...words.slice(1), ...(url ? [url] : [])], {
    input,
    env,
    signal,
  });
  return parseUserAuth(out);
}

/** `git credential fill` in `dir` for a URL: the user and password it gives, if both. */
export async function gitCredentialFill(
  dir: string,
  url: string,
  env: CommandEnv,
  signal: AbortSignal,
): Promise<{ username: string; password: string } | undefined> {
  const out = await run("git", ["credential", "fill"], {
    cwd: dir,
    input: `url=${url}\n\n`,
    env: { ...env, GIT_TERMINAL_PROMPT: "0" },
    signal,
  });
  const kv = Object.fromEntries(
    out
      .split("\n")
      .filter((l) => l.includes("="))
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
  if (kv.username === undefined || kv.password === undefined) return undefined;
  return { username: kv.username, password: kv.password };
}
