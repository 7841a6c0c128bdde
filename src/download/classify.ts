// Request URLs under a GOPROXY chain: which origin (proxy, checksum database, `direct`)
// answered, and what was asked (a module file, a sumdb tile or lookup, a ?go-get=1 page).
import { redactUrl, urlSecretForms } from "../redact/redact.ts";
import { decodeModulePath } from "../go/module-path.ts";
import type { ChainConfig, Classification, FileKind } from "./types.ts";

const DEFAULT_SUMDB = "sum.golang.org";
/** Hosts that serve a database under another name (GOSUMDB=sum.golang.google.cn). */
const SUMDB_ALIASES: Record<string, string> = { "sum.golang.google.cn": DEFAULT_SUMDB };
/** How Go and net/http print a hidden password: not secrets themselves. */
const MASKS = new Set(["xxxxx", "***", "%5Bredacted%5D", "[redacted]"]);

interface Base {
  /** scheme://host[:port]/path, lower-cased scheme and host, no userinfo, no trailing slash. */
  key: string;
  label: string;
  index: number;
}

/** scheme://host/path without userinfo, cleaned the way Go joins paths; undefined if not a URL. */
function normalise(raw: string): string | undefined {
  let s = raw.trim();
  if (!s.includes("://")) {
    if (!/[.:/]/.test(s)) return undefined;
    s = `https://${s}`;
  }
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(?:[^/?#@]*@)?([^/?#]*)([^?#]*)/.exec(s);
  if (!m) return undefined;
  const path = m[3]!.replace(/\/{2,}/g, "/").replace(/\/+$/, "");
  return `${m[1]!.toLowerCase()}://${m[2]!.toLowerCase()}${path}`;
}

function sumdbList(chain: ChainConfig): { name: string; key?: string }[] {
  const out: { name: string; key?: string }[] = [];
  for (const s of [...(chain.sumdbs ?? []), ...(chain.sumdbNames ?? [])]) {
    if (typeof s === "string") out.push({ name: s });
    else out.push({ name: s.name, ...(s.url ? { key: normalise(s.url) } : {}) });
  }
  if (!out.some((s) => s.name === DEFAULT_SUMDB)) out.push({ name: DEFAULT_SUMDB });
  return out;
}

/** Classifies the part of a proxy URL after its base: module files and sumdb paths. */
function classifyRest(rest: string, origin: string): Classification {
  const path = rest.replace(/^\/+/, "");
  const sumdb = /^sumdb\/(.+?)\/(supported|lookup\/|tile\/)(.*)$/.exec(path);
  if (sumdb) return sumdbClass(origin, sumdb[1]!, sumdb[2]!, sumdb[3]!);
  const c = moduleFile(path);
  return c ? { origin, ...c } : { origin, kind: "other" };
}

function sumdbClass(origin: string, name: string, what: string, tail: string): Classification {
  if (what === "supported") return { origin, kind: "sumdb-supported", sumdb: name };
  if (what === "tile/") return { origin, kind: "sumdb-tile", sumdb: name };
  const at = tail.lastIndexOf("@");
  const c: Classification = { origin, kind: "sumdb-lookup", sumdb: name };
  if (at > 0) {
    c.module = decodeModulePath(tail.slice(0, at));
    c.version = decodeModulePath(tail.slice(at + 1));
  }
  return c;
}

function moduleFile(path: string): Omit<Classification, "origin"> | undefined {
  let module: string;
  let file: FileKind;
  let version: string | undefined;
  if (path.endsWith("/@latest")) {
    module = path.slice(0, -8);
    file = "latest";
  } else {
    const at = path.lastIndexOf("/@v/");
    if (at < 0) return undefined;
    module = path.slice(0, at);
    const name = path.slice(at + 4);
    if (name === "list") file = "list";
    else {
      const dot = name.lastIndexOf(".");
      const ext = name.slice(dot + 1);
      if (dot <= 0 || (ext !== "info" && ext !== "mod" && ext !== "zip")) return undefined;
      file = ext;
      version = decodeModulePath(name.slice(0, dot));
    }
  }
  if (!module) return undefined;
  const mod = decodeModulePath(module);
  const c: Omit<Classification, "origin"> = {
    kind: mod === "golang.org/toolchain" ? "toolchain" : file,
    file,
    module: mod,
  };
  if (version !== undefined) c.version = version;
  return c;
}

/** Every host a checksum database of the chain answers on. */
function sumdbHosts(chain: ChainConfig): { name: string; hosts: string[] }[] {
  return sumdbList(chain).map((db) => ({
    name: db.name,
    hosts: [
      db.key,
      `https://${db.name}`,
      ...Object.entries(SUMDB_ALIASES)
        .filter(([, n]) => n === db.name)
        .map(([h]) => `https://${h}`),
    ].filter((h): h is string => !!h),
  }));
}

/** A request to a checksum database's own host; undefined for any other URL. */
function classifySumdb(
  norm: string,
  sumdbs: { name: string; hosts: string[] }[],
): Classification | undefined {
  for (const db of sumdbs) {
    for (const h of db.hosts) {
      if (norm !== h && !norm.startsWith(`${h}/`)) continue;
      const rest = norm.slice(h.length).replace(/^\/+/, "");
      const m = /^(supported|lookup\/|tile\/)(.*)$/.exec(rest);
      if (m) return sumdbClass(`sumdb:${db.name}`, db.name, m[1]!, m[2]!);
      return { origin: `sumdb:${db.name}`, kind: "other", sumdb: db.name };
    }
  }
  return undefined;
}

/**
 * Where a proxy's base ends in a URL when no chain names it: before `/sumdb/`, or before the
 * first path element with a dot (module paths start with a domain).
 */
export function inferProxyBase(url: string): string | undefined {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*)(\/[^?#]*)?/.exec(url);
  if (!m) return undefined;
  const parts = (m[2] ?? "").split("/").filter(Boolean);
  const sumdb = parts.indexOf("sumdb");
  let cut = parts.findIndex((p) => p.includes("."));
  if (sumdb >= 0 && (cut < 0 || sumdb < cut)) cut = sumdb;
  if (cut < 0) return undefined;
  return m[1] + (cut > 0 ? `/${parts.slice(0, cut).join("/")}` : "");
}

export interface Classifier {
  classify(url: string): Classification;
  /** Position of an origin in the chain (`direct` included); unknown origins come after. */
  indexOf(origin: string): number;
  /** Origins in chain order, including ones inferred from the trace. */
  origins(): string[];
  hasDirect: boolean;
  secrets: string[];
}

/** Classifies request URLs under a GOPROXY chain. */
export function createClassifier(chain: ChainConfig): Classifier {
  const bases: Base[] = [];
  const order: string[] = [];
  const secrets: string[] = [];
  let hasDirect = false;
  for (const entry of chain.proxies) {
    const e = entry.trim();
    if (e === "direct") {
      hasDirect = true;
      order.push("direct");
      continue;
    }
    if (e === "off" || e === "") continue;
    secrets.push(
      ...urlSecretForms(e).filter((x) => !MASKS.has(x) && !MASKS.has(x.slice(x.indexOf(":") + 1))),
    );
    const key = normalise(e);
    if (!key) continue;
    const label = redactUrl(e);
    bases.push({ key, label, index: order.length });
    order.push(label);
  }
  // Longest base first, so `https://h/a/b` wins over `https://h/a`.
  bases.sort((a, b) => b.key.length - a.key.length);
  const sumdbs = sumdbHosts(chain);
  const inferred = new Map<string, string>();

  function matchBase(norm: string): Base | undefined {
    for (const b of bases) if (norm === b.key || norm.startsWith(`${b.key}/`)) return b;
    return undefined;
  }

  function classify(url: string): Classification {
    const norm = normalise(url.split("?")[0]!) ?? url;
    const query = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
    const base = matchBase(norm);
    if (base) return classifyRest(norm.slice(base.key.length), base.label);
    const db = classifySumdb(norm, sumdbs);
    if (db) return db;
    if (/(?:^|&)go-get=1(?:&|$)/.test(query)) {
      return { origin: "direct", kind: "go-get", module: norm.replace(/^[a-z]+:\/\//, "") };
    }
    // Direct mode's "mod" scheme for toolchains (https://go.dev/dl/mod/golang.org/toolchain/…).
    const tc = norm.indexOf("/golang.org/toolchain/");
    if (tc >= 0 && !bases.length) {
      const c = moduleFile(norm.slice(tc + 1));
      if (c) return { origin: "direct", ...c };
    }
    const guess = inferProxyBase(url);
    if (guess && (bases.length === 0 || /\/@v\/|\/@latest$|\/sumdb\//.test(norm))) {
      const gnorm = normalise(guess)!;
      let label = inferred.get(gnorm);
      if (!label) {
        label = redactUrl(guess);
        inferred.set(gnorm, label);
        bases.push({ key: gnorm, label, index: order.length });
        bases.sort((a, b) => b.key.length - a.key.length);
        order.push(label);
      }
      return classifyRest(norm.slice(gnorm.length), label);
    }
    return { origin: "direct", kind: "other" };
  }

  return {
    classify,
    indexOf: (origin) => {
      const i = order.indexOf(origin);
      return i < 0 ? order.length : i;
    },
    origins: () => [...order],
    get hasDirect() {
      return hasDirect || bases.length === 0;
    },
    secrets,
  };
}

/** Classifies one URL under a chain. */
export function classifyUrl(url: string, chain: ChainConfig): Classification {
  return createClassifier(chain).classify(url);
}
