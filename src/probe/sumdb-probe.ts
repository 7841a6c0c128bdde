// The checksum-database probe: how lookups will travel (a proxy that answers
// /sumdb/<name>/supported, https://<name> directly, or GOSUMDB's own URL), then the signed tree
// head at <base>/latest, verified with GOSUMDB's key.
import type { Diagnostic, Severity } from "../core/diagnostic.ts";
import type { ProxyEntry } from "../go/proxy-list.ts";
import { failureText, goGet, type GetOutcome, type HttpContext } from "../net/http.ts";
import { redactUrl, scrubSecrets } from "../redact/redact.ts";
import { UnverifiedNoteError, newVerifier, openNote } from "../sumdb/note.ts";
import { parseTree } from "../sumdb/records.ts";
import { toResult, type ProbeResult } from "./results.ts";
import { isOk, tryProxies } from "./try-proxies.ts";

/** GOSUMDB as parsed: the database's name, its verifier key, and its own URL when given. */
export interface SumdbTarget {
  name: string;
  key: string;
  url?: string;
}

export interface SumdbOutcome {
  name: string;
  /** How checksum lookups travel: through a proxy, straight to https://<name>, to GOSUMDB's URL, or nowhere. */
  access: "proxy" | "direct" | "url" | "failed";
  /** The proxy (display form) when access is "proxy". */
  origin?: string;
  /** The base URL lookups go to (redacted). */
  url?: string;
  verified: boolean;
  treeSize?: number;
  error?: string;
}

export interface SumdbProbe {
  results: ProbeResult[];
  diagnostics: Diagnostic[];
  outcome: SumdbOutcome;
}

/** web.Join: one trailing slash removed from the base, no cleaning. */
export function sumdbUrl(base: string, name: string, file: string): string {
  return `${base.endsWith("/") ? base.slice(0, -1) : base}/sumdb/${name}/${file}`;
}

/**
 * Probes the checksum database. The /supported requests start before this returns its promise,
 * together with the module probes.
 */
export async function probeSumdb(
  ctx: HttpContext,
  sumdb: SumdbTarget,
  entries: readonly ProxyEntry[],
  display: (e: ProxyEntry) => string,
): Promise<SumdbProbe> {
  const probe: SumdbProbe = {
    results: [],
    diagnostics: [],
    outcome: { name: sumdb.name, access: "failed", verified: false },
  };
  let base: string | undefined;
  if (sumdb.url) {
    probe.outcome.access = "url";
    base = sumdb.url;
  } else {
    const supportedGets = entries.map((e) =>
      e.kind === "proxy" ? goGet(ctx, sumdbUrl(e.url, sumdb.name, "supported")) : undefined,
    );
    base = await accessThroughChain(probe, sumdb.name, entries, supportedGets, display);
  }
  if (base !== undefined) await readLatest(ctx, probe, sumdb, base);
  return probe;
}

/** The walk over /supported answers: the base URL lookups go to, or undefined when they fail. */
async function accessThroughChain(
  probe: SumdbProbe,
  name: string,
  entries: readonly ProxyEntry[],
  supportedGets: (Promise<GetOutcome> | undefined)[],
  display: (e: ProxyEntry) => string,
): Promise<string | undefined> {
  const { results, diagnostics, outcome } = probe;
  const supported = await Promise.all(supportedGets);
  entries.forEach((e, i) => {
    const g = supported[i];
    if (g) results.push(toResult("sumdb-supported", display(e), g, { sumdbSupported: isOk(g) }));
  });
  const d = (rule: string, severity: Severity, message: string) =>
    diagnostics.push({ rule, severity, variable: "GOSUMDB", value: name, message });
  const walk = tryProxies(entries, (i) => supported[i], true);
  if (walk.served !== undefined) {
    const e = entries[walk.served]!;
    outcome.access = "proxy";
    outcome.origin = display(e);
    d(
      "probe-sumdb-via-proxy",
      "notice",
      `Checksum lookups for ${name} go through ${outcome.origin} (it answered /sumdb/${name}/supported with 200); Go will not fall back to the database directly if that proxy later fails.`,
    );
    return sumdbUrl(e.url, name, "").slice(0, -1);
  }
  if (walk.direct) {
    outcome.access = "direct";
    const asked = results.filter((r) => r.kind === "sumdb-supported").length;
    d(
      "probe-sumdb-direct",
      "notice",
      `Checksum lookups go straight to https://${name}${asked ? ": no proxy in GOPROXY serves /sumdb/" + name + "/supported" : ""}. That host must be reachable from CI.`,
    );
    return `https://${name}`;
  }
  outcome.error = walk.error?.text;
  d(
    "probe-sumdb-proxy-failed",
    "error",
    `Checksum-database access fails before any lookup: ${walk.error?.text ?? "no proxy answered"}. Go stops at this error (a "," follows that proxy, or no later entry was not-found). Append ",direct" or make the proxy answer /sumdb/${name}/supported with 200 or 404.`,
  );
  return undefined;
}

/** GET <base>/latest and verify the signed tree head it returns. */
async function readLatest(
  ctx: HttpContext,
  probe: SumdbProbe,
  sumdb: SumdbTarget,
  base: string,
): Promise<void> {
  const { outcome } = probe;
  outcome.url = scrubSecrets(redactUrl(base), ctx.secrets);
  const g = await goGet(ctx, `${base.replace(/\/$/, "")}/latest`);
  const origin = outcome.access === "proxy" ? outcome.origin! : `sumdb:${sumdb.name}`;
  const res = toResult("sumdb-latest", origin, g);
  probe.results.push(res);
  if (isOk(g) && g.body) {
    verifyLatest(g.body, sumdb, outcome, res, probe.diagnostics);
    return;
  }
  outcome.error = failureText(g);
  const rule =
    outcome.access === "direct"
      ? "probe-sumdb-direct-unreachable"
      : outcome.access === "proxy"
        ? "probe-sumdb-proxy-failed"
        : "probe-sumdb-unreachable";
  probe.diagnostics.push({
    rule,
    severity: "error",
    variable: "GOSUMDB",
    value: sumdb.name,
    message: `The checksum database ${sumdb.name} cannot be read at ${outcome.url}/latest: ${outcome.error}. Every module not already in go.sum will fail verification.${outcome.access === "direct" ? ` Go goes there directly because no GOPROXY entry supports /sumdb/${sumdb.name}/; use a proxy that does, set GOSUMDB's URL, or list private modules in GONOSUMDB.` : ""}`,
  });
}

function verifyLatest(
  body: Buffer,
  sumdb: SumdbTarget,
  outcome: SumdbOutcome,
  res: ProbeResult,
  diagnostics: Diagnostic[],
): void {
  const d = (rule: string, message: string, severity: Severity = "error") =>
    diagnostics.push({ rule, severity, variable: "GOSUMDB", value: sumdb.name, message });
  let verifier;
  try {
    verifier = newVerifier(sumdb.key);
  } catch (e) {
    outcome.error = `invalid GOSUMDB: ${(e as Error).message}`;
    d("probe-sumdb-key-invalid", `${outcome.error}: the key cannot verify anything.`);
    return;
  }
  try {
    const note = openNote(body, [verifier]);
    const tree = parseTree(note.text);
    outcome.verified = true;
    outcome.treeSize = tree.n;
    res.verified = true;
    res.treeSize = tree.n;
    d(
      "probe-sumdb-verified",
      `The signed tree head of ${sumdb.name} (${outcome.url}/latest) verifies with the configured key: ${tree.n} records. Name, key and URL are right.`,
      "notice",
    );
  } catch (e) {
    res.verified = false;
    if (e instanceof UnverifiedNoteError) {
      const signers = e.note.unverifiedSigs.map(
        (s) => `${s.name}+${s.keyHash.toString(16).padStart(8, "0")}`,
      );
      outcome.error = "the tree head is not signed by the configured key";
      d(
        "probe-sumdb-wrong-key",
        `${outcome.url}/latest is signed by ${signers.join(", ") || "no key"}, not by the configured ${sumdb.name}+${verifier.keyHash.toString(16).padStart(8, "0")}. GOSUMDB's key (or name, or URL) is wrong: every verification would fail with "verifying go.mod: … invalid signature" or "no verifiable signatures".`,
      );
      return;
    }
    outcome.error = (e as Error).message;
    d(
      (e as Error).message.startsWith("invalid signature")
        ? "probe-sumdb-bad-signature"
        : "probe-sumdb-malformed",
      `${outcome.url}/latest does not verify: ${(e as Error).message}. Go will reject this database.`,
    );
  }
}
