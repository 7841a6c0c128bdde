// Private access for the go command and git, from the `credentials` input (see input.ts):
//   (a) a .netrc in a private directory (0700), mode 0600, with NETRC pointing at it. Entries of
//       the .netrc Go would otherwise read ($NETRC or ~/.netrc) are kept after ours, so ours win;
//   (b) GOAUTH is left alone: on Go 1.24+ its default, netrc, reads that file; GOAUTH=off or a
//       list without netrc means Go will not, which is reported;
//   (c) git: a credential helper script that answers `git credential fill` for exactly those
//       hosts over https, configured per host with GIT_CONFIG_COUNT/KEY/VALUE
//       (credential.https://<host>.helper). Tokens never go into URLs or git config values;
//   (d) every secret is returned for masking, and nothing here prints;
//   (e) cleanupCredentials(state) removes the directory; state is plain JSON for the post step.
// This is an edge file: it writes files. It never reads or changes process.env.
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "../core/diagnostic.ts";
import { parseGoauth } from "../go/goauth.ts";
import { atLeast, type GoVersion } from "../go/version.ts";
import { credentialSecrets, parseCredentials, type CredentialEntry } from "./input.ts";
import { formatNetrc, netrcPath, parseNetrc } from "../net/netrc.ts";

export interface CredentialsInput {
  /** The `credentials` input text. */
  credentials: string;
  /** The environment the go command will run with (NETRC, HOME, GOAUTH, GIT_CONFIG_COUNT…). */
  env: Readonly<Record<string, string | undefined>>;
  /** The Go that will run; when not known yet, call fitCredentialsToGo once it is. */
  goVersion?: GoVersion;
  /** A private temporary directory to write into (RUNNER_TEMP on Actions). */
  tempDir: string;
  /**
   * Called with the cleanup state once the private directory exists and before any secret is
   * written into it: persist it then, so a main step that dies midway is still cleaned up.
   */
  onDirCreated?: (state: CredentialsState) => void;
}

/** What the post step needs to undo the setup: plain JSON. */
export interface CredentialsState {
  dir?: string;
  files: string[];
}

export interface CredentialsSetup {
  /** Variables to export to later steps (NETRC, GIT_CONFIG_*); empty when there is nothing to do. */
  env: Record<string, string>;
  /** Files written (the .netrc and the git helper). */
  files: string[];
  /** Values to register with core.setSecret before anything is printed. */
  secrets: string[];
  diagnostics: Diagnostic[];
  /** JSON.stringify this into the action state; give it back to cleanupCredentials. */
  state: CredentialsState;
  /** What fitCredentialsToGo needs to rewrite the .netrc (absent when nothing was written). */
  netrc?: { path: string; entries: CredentialEntry[]; own?: string };
}

/** Parses only: the secrets to mask, before anything else runs or prints. */
export function credentialsSecrets(text: string): string[] {
  const parsed = parseCredentials(text);
  return unique([...parsed.secrets, ...parsed.entries.flatMap(credentialSecrets)]);
}

export async function setupCredentials(input: CredentialsInput): Promise<CredentialsSetup> {
  const parsed = parseCredentials(input.credentials);
  const secrets = unique([...parsed.secrets, ...parsed.entries.flatMap(credentialSecrets)]);
  const diagnostics = [...parsed.diagnostics];
  const out: CredentialsSetup = { env: {}, files: [], secrets, diagnostics, state: { files: [] } };
  if (parsed.entries.length === 0) return out;

  await mkdir(input.tempDir, { recursive: true });
  const dir = await mkdtemp(join(input.tempDir, "setup-goproxy-credentials-"));
  await chmod(dir, 0o700);
  out.state.dir = dir;
  input.onDirCreated?.({ dir, files: [] });

  // (a) .netrc: ours first (Go uses the first entry for a machine), then the user's own.
  const own = (await readExisting(input.env)).text;
  for (const k of own !== undefined ? parseNetrc(own) : [])
    secrets.push(...credentialSecrets({ user: k.login, token: k.password }));
  const netrc = join(dir, "netrc");
  out.netrc = { path: netrc, entries: parsed.entries, ...(own !== undefined ? { own } : {}) };
  diagnostics.push(...(await writeNetrc(out.netrc, input.goVersion)));
  out.files.push(netrc);
  out.env.NETRC = netrc;

  // (b) GOAUTH on 1.24+.
  if (input.goVersion) diagnostics.push(...goauthFindings(input.env.GOAUTH, input.goVersion));

  // (c) git credential helper for direct (GOPRIVATE/GONOPROXY) fetches over https.
  const helper = join(dir, "git-credential-setup-goproxy");
  await writeFile(helper, helperScript(parsed.entries), { mode: 0o700 });
  await chmod(helper, 0o700);
  out.files.push(helper);
  Object.assign(out.env, gitConfigEnv(input.env, parsed.entries, helper));

  out.state.files = [...out.files];
  out.secrets = unique(secrets);
  return out;
}

/**
 * Once the Go that will run is known (credentials are set up before a toolchain is
 * installed, which may need them): the .netrc entries and findings that depend on its version.
 */
export async function fitCredentialsToGo(
  setup: CredentialsSetup,
  env: Readonly<Record<string, string | undefined>>,
  goVersion: GoVersion,
): Promise<Diagnostic[]> {
  if (!setup.netrc) return [];
  return [...(await writeNetrc(setup.netrc, goVersion)), ...goauthFindings(env.GOAUTH, goVersion)];
}

/** Writes the .netrc: the input's entries (port-less ones too for Go before 1.21), then the user's own. */
async function writeNetrc(
  netrc: NonNullable<CredentialsSetup["netrc"]>,
  goVersion: GoVersion | undefined,
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const machines = netrc.entries.map((e) => ({
    machine: e.host,
    login: e.user,
    password: e.token,
  }));
  // Go before 1.21 compares the machine with the host name only: add a port-less entry after
  // the exact ones (unless the input already has one for that name).
  if (goVersion && !atLeast(goVersion, 21)) {
    const names = new Set(machines.map((m) => m.machine));
    for (const e of netrc.entries) {
      const name = e.host.startsWith("[")
        ? e.host.slice(1, e.host.indexOf("]"))
        : e.host.replace(/:\d+$/, "");
      if (name === e.host || names.has(name)) continue;
      names.add(name);
      machines.push({ machine: name, login: e.user, password: e.token });
      diagnostics.push({
        rule: "credentials-netrc-portless",
        severity: "notice",
        variable: "credentials",
        value: e.host,
        message: `credentials line ${e.line}: Go ${goVersion.major}.${goVersion.minor} matches .netrc machines by host name without the port, so an entry for ${name} was added too; it applies to every port of that host.`,
      });
    }
  }
  let text = formatNetrc(machines);
  const own = netrc.own;
  if (own !== undefined) {
    const kept = parseNetrc(own);
    text += `\n${own.endsWith("\n") || own === "" ? own : own + "\n"}`;
    diagnostics.push({
      rule: "credentials-netrc-merged",
      severity: "notice",
      variable: "NETRC",
      message: `The existing .netrc (${kept.length} complete entr${kept.length === 1 ? "y" : "ies"}) was copied after the credentials input into the new file, so both stay usable; entries from the input win for the same host.`,
    });
  }
  await writeFile(netrc.path, text, { mode: 0o600 });
  await chmod(netrc.path, 0o600);
  return diagnostics;
}

/** Why a saved credentials state cannot be read (undefined when it can, or is empty). Pure. */
export function credentialsStateProblem(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const s = JSON.parse(text) as unknown;
    return s && typeof s === "object" ? undefined : "it is not an object";
  } catch (e) {
    return `it is not JSON (${(e as Error).message})`;
  }
}

/** Removes what setupCredentials wrote. Accepts the state object or its JSON; never throws. */
export async function cleanupCredentials(
  state: CredentialsState | string | undefined,
): Promise<void> {
  let s: CredentialsState | undefined;
  try {
    s =
      typeof state === "string"
        ? state
          ? (JSON.parse(state) as CredentialsState)
          : undefined
        : state;
  } catch {
    return;
  }
  if (!s || typeof s !== "object") return;
  for (const f of Array.isArray(s.files) ? s.files : []) {
    if (typeof f === "string" && f.includes("setup-goproxy-credentials-"))
      await rm(f, { force: true });
  }
  if (typeof s.dir === "string" && s.dir.includes("setup-goproxy-credentials-")) {
    await rm(s.dir, { recursive: true, force: true });
  }
}

/**
 * Removes every credentials directory setupCredentials may have made under `tempDir`, whatever
 * the saved state says: the post step's fallback when main died before saving it or the state
 * is unreadable. Returns how many were removed; never throws.
 */
export async function sweepCredentialDirs(tempDir: string): Promise<number> {
  let removed = 0;
  for (const name of await readdir(tempDir).catch(() => [] as string[])) {
    if (!name.startsWith("setup-goproxy-credentials-")) continue;
    await rm(join(tempDir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

async function readExisting(
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ text?: string }> {
  const path = netrcPath(env);
  if (!path) return {};
  try {
    return { text: await readFile(path, "utf8") };
  } catch {
    return {};
  }
}

function goauthFindings(goauth: string | undefined, v: GoVersion): Diagnostic[] {
  if (!atLeast(v, 24)) {
    if (goauth !== undefined && goauth !== "") {
      return [
        {
          rule: "credentials-goauth-ignored",
          severity: "notice",
          variable: "GOAUTH",
          value: goauth,
          message: `GOAUTH is read from Go 1.24; this Go reads the .netrc whatever GOAUTH says.`,
        },
      ];
    }
    return [];
  }
  const parsed = parseGoauth(goauth ?? "");
  if (parsed.commands.some((c) => c.kind === "off")) {
    return [
      {
        rule: "credentials-goauth-off",
        severity: "warning",
        variable: "GOAUTH",
        value: "off",
        message:
          "GOAUTH=off: the go command sends no credentials, so the .netrc written from the credentials input is not used for proxies or the checksum database (git still uses its helper). Unset GOAUTH, or set it to netrc, to use them.",
      },
    ];
  }
  if (!parsed.error && !parsed.commands.some((c) => c.kind === "netrc")) {
    return [
      {
        rule: "credentials-goauth-without-netrc",
        severity: "warning",
        variable: "GOAUTH",
        message:
          "GOAUTH is set without netrc, so the go command does not read the .netrc written from the credentials input. Add netrc to the list (e.g. GOAUTH='netrc;<your command>').",
      },
    ];
  }
  return [];
}

/** Appends per-host credential helpers to whatever GIT_CONFIG_* entries the environment has. */
function gitConfigEnv(
  env: Readonly<Record<string, string | undefined>>,
  entries: readonly CredentialEntry[],
  helper: string,
): Record<string, string> {
  const base = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10);
  let n = Number.isFinite(base) && base > 0 ? base : 0;
  const out: Record<string, string> = {};
  for (const e of entries) {
    out[`GIT_CONFIG_KEY_${n}`] = `credential.https://${e.host}.helper`;
    out[`GIT_CONFIG_VALUE_${n}`] = `!${shellQuote(helper)}`;
    n++;
  }
  out.GIT_CONFIG_COUNT = String(n);
  return out;
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * A POSIX sh helper: for `get`, reads git's key=value lines and prints username/password when
 * protocol is https and host (with port) is one of ours. It prints nothing for `store`/`erase`.
 */
function helperScript(entries: readonly CredentialEntry[]): string {
  const cases = entries
    .map(
      (e) =>
        `  ${shellQuote(e.host)})\n    printf 'username=%s\\npassword=%s\\n' ${shellQuote(e.user)} ${shellQuote(e.token)}\n    ;;`,
    )
    .join("\n");
  return `#!/bin/sh
# Written by setup-goproxy; removed by its post step.
[ "$1" = get ] || exit 0
protocol=
host=
while IFS= read -r line && [ -n "$line" ]; do
  case "$line" in
    protocol=*) protocol=\${line#protocol=} ;;
    host=*) host=\${line#host=} ;;
  esac
done
[ "$protocol" = https ] || exit 0
case "$host" in
${cases}
esac
exit 0
`;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs.filter((x) => x !== ""))];
}
