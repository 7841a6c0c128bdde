// .netrc as the go command reads it (cmd/go/internal/auth/netrc.go, 1.13+): the file is $NETRC,
// else ~/.netrc; whitespace-separated key/value pairs; an entry counts only when machine, login
// and password are all present (golang.org/issue/40215); `default` stops the parse when it ends
// a line's key/value pairs; `macdef` skips lines up to the next empty line.
// Which part of the URL the machine is compared with depends on the version (measured with real
// go against a basic-auth proxy on 127.0.0.1:PORT):
//   - Go 1.19: the host name only, without the port (`machine 127.0.0.1` works, `127.0.0.1:PORT`
//     does not); 1.20 was not measured and is treated like 1.19;
//   - Go 1.21–1.23: host[:port] exactly, as in the URL (`machine 127.0.0.1:PORT`);
//   - Go 1.24+: stored by machine and looked up by host[:port] + path, walking up the path.
// Pure functions, except netrcPath/readNetrc.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { goFields } from "../go/proxy-list.ts";
import { credentialPrefix, lookupCredential } from "../go/goauth.ts";

export interface NetrcEntry {
  machine: string;
  login: string;
  password: string;
}

/** Parses .netrc text exactly as parseNetrc in cmd/go/internal/auth does. */
export function parseNetrc(data: string): NetrcEntry[] {
  const out: NetrcEntry[] = [];
  let cur: NetrcEntry = { machine: "", login: "", password: "" };
  let inMacro = false;
  for (const line of data.split("\n")) {
    if (inMacro) {
      if (line === "") inMacro = false;
      continue;
    }
    const f = goFields(line);
    let i = 0;
    for (; i < f.length - 1; i += 2) {
      switch (f[i]) {
        case "machine":
          cur = { machine: f[i + 1]!, login: "", password: "" };
          break;
        case "login":
          cur.login = f[i + 1]!;
          break;
        case "password":
          cur.password = f[i + 1]!;
          break;
        case "macdef":
          inMacro = true;
          break;
        default:
          break;
      }
      if (cur.machine !== "" && cur.login !== "" && cur.password !== "") {
        out.push(cur);
        cur = { machine: "", login: "", password: "" };
      }
    }
    if (i < f.length && f[i] === "default") break;
  }
  return out;
}

/** One `machine … login … password …` line per entry. Values must hold no white space. */
export function formatNetrc(entries: readonly NetrcEntry[]): string {
  return entries
    .map((e) => `machine ${e.machine} login ${e.login} password ${e.password}\n`)
    .join("");
}

/** The file Go reads: $NETRC when non-empty, else $HOME/.netrc (os.UserHomeDir on Unix). */
export function netrcPath(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.NETRC) return env.NETRC;
  const home = process.platform === "win32" ? env.USERPROFILE : env.HOME;
  if (!home) return undefined;
  return join(home, process.platform === "win32" ? "_netrc" : ".netrc");
}

export interface NetrcRead {
  path?: string;
  entries: NetrcEntry[];
  /** The raw text, when the file exists. */
  text?: string;
  /** A read error other than "does not exist" (Go 1.24+ logs it under -x; earlier versions ignore it). */
  error?: string;
}

/** Reads the .netrc Go would read; a missing file is no entries. */
export async function readNetrc(
  env: Readonly<Record<string, string | undefined>>,
): Promise<NetrcRead> {
  const path = netrcPath(env);
  if (!path) return { entries: [] };
  try {
    const text = await readFile(path, "utf8");
    return { path, text, entries: parseNetrc(text) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { path, entries: [] };
    return { path, entries: [], error: `${code ?? "error"} reading ${path}` };
  }
}

export type NetrcMatchMode = "hostname" | "host" | "prefix";

/** How a Go version compares machines: see the file comment. */
export function netrcMatchMode(minor: number): NetrcMatchMode {
  return minor >= 24 ? "prefix" : minor >= 21 ? "host" : "hostname";
}

/**
 * The entry Go uses for an https request to `host` (the URL's host with its port, as written).
 * "hostname" and "host": the first entry whose machine equals the host name / host[:port] wins.
 * "prefix" (1.24+): looked up by host + path, walking up the path; earlier entries still win.
 */
export function netrcMatch(
  entries: readonly NetrcEntry[],
  host: string,
  path: string,
  mode: NetrcMatchMode | boolean,
): NetrcEntry | undefined {
  const m: NetrcMatchMode = mode === true ? "prefix" : mode === false ? "host" : mode;
  if (m === "hostname") {
    const name = host.startsWith("[")
      ? host.slice(1, host.indexOf("]"))
      : host.replace(/:\d*$/, "");
    return entries.find((e) => e.machine === name);
  }
  if (m === "host") return entries.find((e) => e.machine === host);
  const byPrefix = new Map<string, NetrcEntry>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    byPrefix.set(credentialPrefix(e.machine), e);
  }
  return lookupCredential(byPrefix, host + path);
}
