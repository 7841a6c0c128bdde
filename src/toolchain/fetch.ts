// Fetching golang.org/toolchain through the configured chain with the go command's rules, and
// proving the download with the checksum database. Network edge: every request goes through
// net/http.ts's goGet (Go's egress proxy, roots and credentials).
//
// - Module files (`@v/list`, `@v/<version>.zip`): TryProxies over GOPROXY. "," falls through only
//   on 404/410, "|" on any error; `off` ends the walk as not-found; a GONOPROXY match or a
//   `direct` entry resolves the module's go-import "mod" target (what Go does in direct mode)
//   and speaks the same proxy protocol to it.
// - Checksum database: GOSUMDB's URL when it has one; otherwise the first proxy that answers
//   `<proxy>/sumdb/<name>/supported` with 200 (same "," / "|" rules); otherwise https://<name>.
//   The lookup's signed tree note must verify with GOSUMDB's key, and the record must be proven
//   in that tree with the hash tiles (src/sumdb/verify.ts). GOSUMDB=off and GONOSUMDB do not
//   turn this off: Go checks golang.org/toolchain against the database whatever they say.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { effectiveGonoproxy, matchPrefixPatterns } from "../go/patterns.ts";
import { effectiveGoproxy, parseProxyList, type ProxyEntry } from "../go/proxy-list.ts";
import { parseGosumdb } from "../go/sumdb-setting.ts";
import type { GoVersion } from "../go/version.ts";
import { redactUrl, scrubSecrets } from "../redact/redact.ts";
import { openGoHttp } from "../net/context.ts";
import {
  closeHttpContext,
  failureText,
  goGet,
  isNotFound,
  type GetOutcome,
  type HttpContext,
} from "../net/http.ts";
import { SumdbError } from "../sumdb/errors.ts";
import { escapeModulePath, escapeModuleVersion, formatSumLine } from "../sumdb/records.ts";
import { verifyLookup, openLookup } from "../sumdb/verify.ts";
import { ToolchainError } from "./errors.ts";
import { TOOLCHAIN_MODULE } from "./gover.ts";

/** codehost.MaxZipFile: Go refuses a module zip larger than this. */
export const MAX_ZIP_FILE = 500 << 20;

export type Env = Readonly<Record<string, string | undefined>>;

export interface ChainOptions {
  /** The environment Go runs with (GOPROXY, GONOPROXY, GOPRIVATE, GOSUMDB, HTTPS_PROXY, NO_PROXY, SSL_CERT_FILE, NETRC, GOAUTH, HOME…). */
  env: Env;
  /** Whose rules apply (GOPROXY parsing, credentials). */
  goVersion: GoVersion;
  /** One bound for everything this chain does (default 10 minutes). */
  timeoutMs?: number;
  /**
   * Where `direct` asks for the module's go-import tag (default `https://golang.org/toolchain?go-get=1`,
   * as Go does). Tests point it at a loopback server.
   */
  goImportUrl?: string;
}

export interface Attempt {
  /** The proxy as configured, credentials hidden; "direct (<target>)" for direct. */
  origin: string;
  url: string;
  status?: number;
  error?: string;
  seconds: number;
  /** What the walk did next: served, fell through on not-found, fell through on error ("|"), stopped. */
  outcome: "served" | "not-found" | "fell-through" | "stopped";
}

export interface Fetched {
  body: Buffer;
  origin: string;
  url: string;
  attempts: Attempt[];
}

export interface SumdbAccess {
  name: string;
  key: string;
  /** The base URL lookups go to (credentials hidden in `display`). */
  base: string;
  display: string;
  /** "url" (GOSUMDB's own URL), "proxy" (a proxy supports it) or "direct" (https://<name>). */
  via: "url" | "proxy" | "direct";
  attempts: Attempt[];
}

export interface VerifiedRecord {
  database: string;
  /** The database's base URL as reached, credentials hidden. */
  origin: string;
  recordId: number;
  /** The go.sum lines of the record (`golang.org/toolchain v0.0.1-… h1:…`). */
  record: string;
  /** The zip's h1: hash the record holds. */
  zipHash: string;
  treeSize: number;
  /** The raw lookup response and the tiles that proved it (for Go's sumdb cache layout). */
  lookupBody: Buffer;
  tiles: Map<string, Buffer>;
}

export interface Chain {
  proxies: ProxyEntry[];
  /** GOSUMDB as parsed; kind "off" never reaches the network. */
  gosumdb: ReturnType<typeof parseGosumdb>;
  http: HttpContext;
  env: Env;
  goImportUrl: string;
  /** GONOPROXY/GOPRIVATE sends golang.org/toolchain direct. */
  bypassProxy: boolean;
  close(): Promise<void>;
}

/** Sets up Go's HTTP context and settings for one run; call close() when done. */
export async function openChain(opts: ChainOptions): Promise<Chain> {
  const { env, goVersion } = opts;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 600_000);
  const goproxy = effectiveGoproxy(env.GOPROXY, goVersion);
  const gonoproxy = effectiveGonoproxy(env);
  const parsed = parseProxyList(goproxy, goVersion, { gonoproxy });
  if (parsed.error) {
    clearTimeout(timer);
    throw new ToolchainError("config", "toolchain-goproxy-invalid", `GOPROXY: ${parsed.error}`);
  }
  const gosumdb = parseGosumdb(env.GOSUMDB || "sum.golang.org", goVersion);
  const { ctx: http } = await openGoHttp({
    env,
    goVersion,
    signal: controller.signal,
    urls: [
      ...parsed.entries.map((e) => e.url),
      ...(gosumdb.kind === "db" && gosumdb.url ? [gosumdb.url] : []),
    ],
    maxBody: MAX_ZIP_FILE + 1,
  });
  return {
    proxies: parsed.entries,
    gosumdb,
    http,
    env,
    goImportUrl: opts.goImportUrl ?? `https://${TOOLCHAIN_MODULE}?go-get=1`,
    bypassProxy: gonoproxy !== "" && matchPrefixPatterns(gonoproxy, TOOLCHAIN_MODULE, goVersion),
    close: async () => {
      clearTimeout(timer);
      await closeHttpContext(http);
    },
  };
}

function show(chain: Chain, url: string): string {
  return scrubSecrets(redactUrl(url), chain.http.secrets);
}

function joinUrl(base: string, rest: string): string {
  return `${base.replace(/\/+$/, "")}/${rest}`;
}

const isOk = (g: GetOutcome) => !g.error && g.status === 200 && g.body !== undefined;

/** GET from a proxy base (http, https or file). */
async function getFrom(chain: Chain, base: string, rest: string): Promise<GetOutcome> {
  if (base.startsWith("file:")) {
    const started = performance.now();
    const url = joinUrl(base, rest);
    const out: GetOutcome = { url, seconds: 0, via: "direct", redirects: [] };
    try {
      out.body = await readFile(fileURLToPath(url));
      out.status = 200;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") {
        out.status = 404;
        out.statusText = "404 Not Found";
      } else out.error = `open ${url}: ${(err as Error).message}`;
    }
    out.seconds = Math.round(performance.now() - started) / 1000;
    return out;
  }
  return goGet(chain.http, joinUrl(base, rest));
}

/** The go-import "mod" target of golang.org/toolchain, as direct mode finds it. */
async function directBase(chain: Chain): Promise<{ base?: string; error?: string; url: string }> {
  const g = await goGet(chain.http, chain.goImportUrl);
  if (!isOk(g)) return { error: failureText(g), url: g.url };
  const html = g.body!.toString("utf8");
  for (const m of html.matchAll(/<meta\s+([^>]*)>/gi)) {
    const attrs = m[1]!;
    if (!/name\s*=\s*["']?go-import["']?/i.test(attrs)) continue;
    const content = /content\s*=\s*(["'])(.*?)\1/i.exec(attrs)?.[2];
    const [prefix, vcs, repo] = (content ?? "").trim().split(/\s+/);
    if (!prefix || !repo || !`${TOOLCHAIN_MODULE}/`.startsWith(`${prefix}/`)) continue;
    if (vcs !== "mod") {
      return {
        error: `${TOOLCHAIN_MODULE} is served from ${vcs} (${repo}), not a module proxy; only "mod" targets can serve toolchain zips`,
        url: g.url,
      };
    }
    return { base: repo, url: g.url };
  }
  return { error: `no go-import meta tag for ${TOOLCHAIN_MODULE} at ${g.url}`, url: g.url };
}

/**
 * Fetches `@v/<file>` of golang.org/toolchain with TryProxies. Throws ToolchainError
 * ("not-found" when every entry said 404/410 or the walk hit `off`, else "network").
 */
export async function fetchModuleFile(chain: Chain, file: string): Promise<Fetched> {
  const rest = `${escapeModulePath(TOOLCHAIN_MODULE)}/@v/${file}`;
  const attempts: Attempt[] = [];
  // TryProxies' ranking: a direct error beats a proxy error beats not-found.
  let best: { text: string; notFound: boolean; rank: number } | undefined;
  const note = (text: string, notFound: boolean, rank: number) => {
    if (rank === 2) best = { text, notFound, rank };
    else if ((best?.rank ?? 0) <= 1 && !notFound) best = { text, notFound, rank: 1 };
    else if ((best?.rank ?? 0) === 0) best = { text, notFound, rank: 0 };
  };
  const viaDirect = async (): Promise<Fetched | undefined> => {
    const d = await directBase(chain);
    if (!d.base) {
      attempts.push({
        origin: "direct",
        url: d.url,
        error: d.error!,
        seconds: 0,
        outcome: "stopped",
      });
      note(d.error!, false, 2);
      return undefined;
    }
    const origin = `direct (${show(chain, d.base)})`;
    const g = await getFrom(chain, d.base, rest);
    const a: Attempt = { origin, url: g.url, seconds: g.seconds, outcome: "served" };
    if (g.status !== undefined) a.status = g.status;
    if (g.error) a.error = g.error;
    attempts.push(a);
    if (isOk(g)) return { body: g.body!, origin, url: g.url, attempts };
    a.outcome = "stopped";
    note(failureText(g), isNotFound(g), 2);
    return undefined;
  };
  if (chain.bypassProxy) {
    const r = await viaDirect();
    if (r) return r;
  } else {
    for (const e of chain.proxies) {
      if (e.kind === "noproxy") continue;
      if (e.kind === "off") {
        note("module lookup disabled by GOPROXY=off", true, 0);
        attempts.push({ origin: "off", url: "off", seconds: 0, outcome: "stopped" });
        break;
      }
      if (e.kind === "direct") {
        const r = await viaDirect();
        if (r) return r;
        break;
      }
      const origin = show(chain, e.display);
      const g = await getFrom(chain, e.url, rest);
      const a: Attempt = { origin, url: g.url, seconds: g.seconds, outcome: "served" };
      if (g.status !== undefined) a.status = g.status;
      if (g.error) a.error = g.error;
      attempts.push(a);
      if (isOk(g)) return { body: g.body!, origin, url: g.url, attempts };
      if (isNotFound(g)) {
        a.outcome = "not-found";
        note(failureText(g), true, 0);
        continue;
      }
      note(failureText(g), false, 1);
      if (e.fallback === "any") {
        a.outcome = "fell-through";
        continue;
      }
      a.outcome = "stopped";
      break;
    }
  }
  const b = best ?? { text: "GOPROXY has no entry", notFound: true, rank: 0 };
  const err = new ToolchainError(
    b.notFound ? "not-found" : "network",
    b.notFound ? "toolchain-not-available" : "toolchain-proxy-failed",
    b.text,
  );
  (err as ToolchainError & { attempts?: Attempt[] }).attempts = attempts;
  throw err;
}

/** Which base URL checksum lookups go to, by Go's rules (dbClient.initBase). */
export async function sumdbAccess(chain: Chain): Promise<SumdbAccess> {
  const s = chain.gosumdb;
  if (s.kind === "off") {
    throw new ToolchainError(
      "config",
      "toolchain-sumdb-off",
      `verifying ${TOOLCHAIN_MODULE}: checksum database disabled by GOSUMDB=off. Go checks every toolchain download against the checksum database even with GOSUMDB=off (a toolchain cannot be listed in go.sum), so the download fails there; set GOSUMDB to a database (unset means sum.golang.org), and keep GONOSUMDB/GOPRIVATE for your private modules instead.`,
    );
  }
  if (s.kind === "error") {
    throw new ToolchainError("config", "toolchain-sumdb-invalid", `GOSUMDB: ${s.error}`);
  }
  const attempts: Attempt[] = [];
  if (s.url) {
    return {
      name: s.name,
      key: s.key,
      base: s.url,
      display: show(chain, s.url),
      via: "url",
      attempts,
    };
  }
  let hardError: string | undefined;
  for (const e of chain.proxies) {
    if (e.kind === "noproxy") continue;
    if (e.kind === "direct" || e.kind === "off") break;
    const origin = show(chain, e.display);
    const g = await getFrom(chain, e.url, `sumdb/${s.name}/supported`);
    const a: Attempt = { origin, url: g.url, seconds: g.seconds, outcome: "served" };
    if (g.status !== undefined) a.status = g.status;
    if (g.error) a.error = g.error;
    attempts.push(a);
    if (!g.error && g.status === 200) {
      const base = joinUrl(e.url, `sumdb/${s.name}`);
      return { name: s.name, key: s.key, base, display: show(chain, base), via: "proxy", attempts };
    }
    if (isNotFound(g)) {
      a.outcome = "not-found";
      continue;
    }
    hardError ??= failureText(g);
    if (e.fallback === "any") {
      a.outcome = "fell-through";
      continue;
    }
    a.outcome = "stopped";
    break;
  }
  if (hardError) {
    throw new ToolchainError(
      "network",
      "toolchain-sumdb-failed",
      `checksum database ${s.name}: ${hardError} (Go stops here rather than going to https://${s.name} directly)`,
    );
  }
  const base = `https://${s.name}`;
  return { name: s.name, key: s.key, base, display: base, via: "direct", attempts };
}

/** Looks golang.org/toolchain@<moduleVersion> up and proves the record in the signed tree. */
export async function lookupVerified(
  chain: Chain,
  access: SumdbAccess,
  moduleVersion: string,
): Promise<VerifiedRecord> {
  const what = `${TOOLCHAIN_MODULE}@${moduleVersion}`;
  const lookup = `lookup/${escapeModulePath(TOOLCHAIN_MODULE)}@${escapeModuleVersion(moduleVersion)}`;
  const g = await getFrom(chain, access.base, lookup);
  if (!isOk(g)) {
    const missing = isNotFound(g);
    throw new ToolchainError(
      missing ? "security" : "network",
      missing ? "toolchain-sumdb-no-record" : "toolchain-sumdb-failed",
      `verifying ${what}: ${failureText(g)}${missing ? `\nThe checksum database ${access.name} has no record of this toolchain, so nothing can prove the download: it is not installed.` : ""}`,
    );
  }
  const body = g.body!;
  const securityError = (err: unknown) =>
    new ToolchainError(
      "security",
      "toolchain-sumdb-unverified",
      `verifying ${what}: ${(err as Error).message}\n\nSECURITY ERROR\nThe checksum database response at ${access.display} is not signed by the configured key (GOSUMDB) or does not prove its record. Nothing was installed.`,
    );
  let tilesNeeded: string[];
  try {
    tilesNeeded = openLookup(access.key, body).tiles;
  } catch (err) {
    if (err instanceof SumdbError) throw securityError(err);
    throw err;
  }
  const tiles = new Map<string, Buffer>();
  await Promise.all(
    tilesNeeded.map(async (t) => {
      let r = await getFrom(chain, access.base, t);
      const full = t.replace(/\.p\/\d+$/, "");
      if (isNotFound(r) && full !== t) {
        const f = await getFrom(chain, access.base, full);
        if (isOk(f)) {
          tiles.set(full, f.body!);
          return;
        }
        r = f;
      }
      if (!isOk(r)) {
        throw new ToolchainError(
          "network",
          "toolchain-sumdb-failed",
          `verifying ${what}: ${failureText(r)}`,
        );
      }
      tiles.set(t, r.body!);
    }),
  );
  let v;
  try {
    v = verifyLookup({
      key: access.key,
      body,
      tiles,
      path: TOOLCHAIN_MODULE,
      version: moduleVersion,
    });
  } catch (err) {
    if (err instanceof SumdbError) throw securityError(err);
    throw err;
  }
  const zipLine = v.matching.find((l) => !l.goMod);
  if (!zipLine) {
    throw securityError(new Error(`record ${v.id} has no zip hash for ${what}`));
  }
  return {
    database: access.name,
    origin: access.display,
    recordId: v.id,
    record: v.matching.map(formatSumLine).join("\n"),
    zipHash: zipLine.hash,
    treeSize: v.tree.n,
    lookupBody: body,
    tiles,
  };
}
