// Redaction, in one place: every form a secret can take in output, how Go itself hides
// credentials, and one linear-time scrubber; every printer (log, annotation, summary,
// report, CLI) goes through these functions.
//
// Go reads URL userinfo as net/url does: the authority ends at the first "/", "?" or "#"
// after "//", the userinfo is everything before its LAST "@" (so a password may hold raw "@"
// and ":"), user and password split at the first ":", and both are percent-decoded. A secret
// then shows up as written, decoded, re-escaped the way Go prints it, as `user:password`,
// and as the base64 of `user:password` in a Basic Authorization header.

/** Shorter values are not scrubbed from text (they would garble it); the runner masks them. */
const MIN_SECRET_LENGTH = 3;

export interface Userinfo {
  user: string;
  /** Absent when the URL has a user name only (often a token, which Go prints in clear). */
  password?: string;
  /** Offsets of the userinfo in the string given (without the "@"). */
  start: number;
  end: number;
}

const SCHEME = /^\s*[a-zA-Z][a-zA-Z0-9+.-]*:\/\//;

/**
 * The userinfo of a URL, split as Go splits it. `schemeless` also reads `user:pass@host`
 * without a scheme, as Go reads HTTPS_PROXY (it adds http://).
 */
export function goUserinfo(raw: string, opts: { schemeless?: boolean } = {}): Userinfo | undefined {
  const scheme = SCHEME.exec(raw);
  let start = scheme ? scheme[0].length : -1;
  if (start < 0) {
    if (!opts.schemeless) return undefined;
    start = raw.length - raw.trimStart().length;
  }
  let stop = raw.length;
  for (const c of ["/", "?", "#"]) {
    const i = raw.indexOf(c, start);
    if (i >= 0 && i < stop) stop = i;
  }
  let at = stop - 1;
  while (at >= start && raw[at] !== "@") at--;
  if (at < start) return undefined;
  const info = raw.slice(start, at);
  const colon = info.indexOf(":");
  return colon < 0
    ? { user: info, start, end: at }
    : { user: info.slice(0, colon), password: info.slice(colon + 1), start, end: at };
}

/** Percent-decoding as Go's url.PathUnescape would do it; the raw text when it is malformed. */
function goUnescape(s: string): string {
  if (!s.includes("%")) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Go's escape(s, encodeUserPassword): what URL.String() prints for a user name or password. */
export function goEscapeUserinfo(s: string): string {
  try {
    // encodeURIComponent keeps !*'() and escapes $&+,;=; Go does the opposite for userinfo.
    return encodeURIComponent(s)
      .replace(/[!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%(24|26|2B|2C|3B|3D)/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  } catch {
    // a lone surrogate: byte by byte, as Go would see its UTF-8 replacement
    let out = "";
    for (const byte of Buffer.from(s, "utf8")) {
      const c = String.fromCharCode(byte);
      out += /[A-Za-z0-9\-_.~$&+,;=]/.test(c)
        ? c
        : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
    return out;
  }
}

/** One secret value as written: raw, decoded, and the escaped forms Go and encoders print. */
export function valueForms(raw: string): string[] {
  const decoded = goUnescape(raw);
  let component = "";
  try {
    component = encodeURIComponent(decoded);
  } catch {
    // a lone surrogate: no such form
  }
  return unique([raw, decoded, goEscapeUserinfo(decoded), component]);
}

/** A user and its token or password: every form, `user:token` and the Basic header value. */
export function credentialForms(user: string, token: string): string[] {
  const u = goUnescape(user);
  const t = goUnescape(token);
  return unique([
    ...valueForms(token),
    `${user}:${token}`,
    `${u}:${t}`,
    base64(`${u}:${t}`),
    base64(`${user}:${token}`),
  ]);
}

/** The secrets a URL carries: the password (all forms), or a user name given alone (a token). */
export function urlSecretForms(raw: string, opts: { schemeless?: boolean } = {}): string[] {
  const info = goUserinfo(raw.trim(), opts);
  if (!info) return [];
  if (info.password === undefined) {
    if (!info.user) return [];
    // Go sends a lone user name as Basic with an empty password.
    return unique([...valueForms(info.user), base64(`${goUnescape(info.user)}:`)]);
  }
  if (!info.password) return [];
  return credentialForms(info.user, info.password);
}

/**
 * Every secret in a setting value: each URL of a list (`,` `|` `;` or white space), with or
 * without a scheme; and, for text Go may print raw when it rejects a value, each run before
 * the last "@" of a segment and each piece between its "@"s, with their parts after the first
 * and the last ":". Linear in the value.
 */
export function valueSecretForms(value: string): string[] {
  const out = new Set<string>();
  if (!value.includes("@")) return [];
  for (const piece of value.split(/[,|;\s]+/)) {
    if (!piece.includes("@")) continue;
    for (const s of urlSecretForms(piece, { schemeless: true })) out.add(s);
  }
  for (const segment of value.split(/[,|;\s/?#]+/)) {
    const at = segment.lastIndexOf("@");
    if (at <= 0) continue;
    // The whole run and each piece between two "@": a token may stand before any of them.
    const run = segment.slice(0, at);
    for (const piece of [run, ...(run.includes("@") ? run.split("@") : [])]) {
      const first = piece.indexOf(":");
      const parts = [piece, first >= 0 ? piece.slice(first + 1) : "", ...tailTokens(piece)];
      for (const p of parts) if (p) for (const f of valueForms(p)) out.add(f);
    }
  }
  return [...out];
}

/**
 * The suffixes of a run that start after one of its last few non-alphanumeric characters (a
 * trailing ":" dropped): where a token may begin when text shows what precedes it escaped or
 * altered. A fixed number per run keeps the work linear.
 */
function tailTokens(run: string): string[] {
  const body = run.endsWith(":") ? run.slice(0, -1) : run;
  const out: string[] = [];
  for (let i = body.length - 1; i >= 0 && out.length < 4; i--)
    if (!/[A-Za-z0-9]/.test(body[i]!)) out.push(body.slice(i + 1));
  return out;
}

/** Hides a URL's credentials the way Go's URL.Redacted does: `user:xxxxx@`, or `xxxxx@` for a lone token. */
export function redactUrl(raw: string, opts: { schemeless?: boolean } = {}): string {
  const info = goUserinfo(raw, opts);
  if (!info) return raw;
  return (
    raw.slice(0, info.start) +
    redactedUserinfo(raw.slice(info.start, info.end)) +
    raw.slice(info.end)
  );
}

const DELIMITER = /[\s/?#"'<>]/;

/** Go's redaction of a userinfo: `user:xxxxx`, or `xxxxx` for a lone token. */
function redactedUserinfo(userinfo: string): string {
  const colon = userinfo.indexOf(":");
  return colon < 0 ? "xxxxx" : `${userinfo.slice(0, colon)}:xxxxx`;
}

/**
 * Hides the userinfo of every `scheme://userinfo@host` in free text (up to the last "@"
 * before the host ends, as Go reads it). `shown` picks the replacement (default: Go's
 * redaction). One pass: each "://" scans only to the next delimiter.
 */
export function redactUrlsInText(
  text: string,
  shown: (userinfo: string) => string = redactedUserinfo,
): string {
  let out = "";
  let done = 0;
  for (let i = text.indexOf("://"); i >= 0; i = text.indexOf("://", i + 3)) {
    const start = i + 3;
    let stop = start;
    let at = -1;
    for (; stop < text.length && !DELIMITER.test(text[stop]!); stop++)
      if (text[stop] === "@") at = stop;
    if (at >= start) {
      out += text.slice(done, start) + shown(text.slice(start, at));
      done = at;
    }
    i = Math.max(i, stop - 4); // the next "://" may start at the delimiter's ":"
  }
  return done ? out + text.slice(done) : text;
}

export type Scrub = (text: string) => string;

/**
 * A scrubber replacing every occurrence of any secret (overlaps merged) with `xxxxx`, in
 * time linear in the text plus the secrets (Aho–Corasick), however many secrets there are.
 */
export function secretScrubber(
  secrets: Iterable<string>,
  opts: { minLength?: number; replacement?: string } = {},
): Scrub {
  const replacement = opts.replacement ?? "xxxxx";
  const min = opts.minLength ?? MIN_SECRET_LENGTH;
  const words = unique([...secrets].filter((s) => s.length >= min));
  if (!words.length) return (text) => text;
  // Trie over UTF-16 code units. Most nodes have one child: it is kept in two plain arrays,
  // a map only where the trie branches (maps per node cost more than the matching).
  // `own` = length of the secret ending at a node.
  const firstUnit = [-1];
  const firstChild = [0];
  const more: (Map<number, number> | undefined)[] = [undefined];
  const step = (node: number, c: number): number | undefined =>
    firstUnit[node] === c ? firstChild[node] : more[node]?.get(c);
  const own = [0];
  for (const w of words) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let n = step(node, c);
      if (n === undefined) {
        n = own.length;
        own.push(0);
        firstUnit.push(-1);
        firstChild.push(0);
        more.push(undefined);
        if (firstUnit[node] === -1) {
          firstUnit[node] = c;
          firstChild[node] = n;
        } else (more[node] ??= new Map()).set(c, n);
      }
      node = n;
    }
    own[node] = w.length;
  }
  const fail = new Array<number>(own.length).fill(0);
  const out = [...own];
  const queue: number[] = [0];
  const link = (node: number, child: number, c: number) => {
    let f = fail[node]!;
    while (f && step(f, c) === undefined) f = fail[f]!;
    const to = node === 0 ? undefined : step(f, c);
    fail[child] = to ?? 0;
    out[child] = own[child]! || out[fail[child]!]!;
    queue.push(child);
  };
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    if (firstUnit[node] !== -1) link(node, firstChild[node]!, firstUnit[node]!);
    for (const [c, child] of more[node] ?? []) link(node, child, c);
  }
  return (text) => {
    // Cuts are the merged spans of all matches; only the longest match ending at each
    // position matters (the shorter ones lie inside it).
    let node = 0;
    const cuts: [number, number][] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (node && step(node, c) === undefined) node = fail[node]!;
      node = step(node, c) ?? 0;
      const len = out[node]!;
      if (!len) continue;
      let from = i - len + 1;
      while (cuts.length && from <= cuts.at(-1)![1]) from = Math.min(from, cuts.pop()![0]);
      cuts.push([from, i + 1]);
    }
    if (!cuts.length) return text;
    let s = "";
    let at = 0;
    for (const [a, b] of cuts) {
      s += text.slice(at, a) + replacement;
      at = b;
    }
    return s + text.slice(at);
  };
}

/** Replaces every secret in a text (one-off; build a scrubber once for many texts). */
export function scrubSecrets(text: string, secrets: Iterable<string>): string {
  return secretScrubber(secrets)(text);
}

function base64(s: string): string {
  return Buffer.from(s, "utf8").toString("base64");
}

function unique(xs: string[]): string[] {
  return [...new Set(xs.filter((x) => x !== ""))];
}

/** Scrubs every configured secret from every string inside a plain value (a ledger, a report). */
export function scrubDeep<T>(value: T, secrets: readonly string[]): T {
  const list = secrets.filter((x) => x.length >= MIN_SECRET_LENGTH);
  if (list.length === 0) return value;
  const scrub = secretScrubber(list);
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) =>
    typeof v === "string" ? scrub(v) : v,
  ) as T;
}

/** A list value (GOPROXY, GOSUMDB, a pattern list) with every URL's credentials hidden, separators kept. */
export function redactList(value: string): string {
  return value
    .split(/([,|\s]+)/)
    .map((part) => redactUrl(part, { schemeless: true }))
    .join("");
}

/** User names that are not secrets: Go's and our own redaction marks, and VCS users. */
const SAFE_USERS = new Set(["git", "hg", "xxxxx", "user:xxxxx", "***"]);

/**
 * Every literal secret the settings' URLs carry (GOPROXY list, HTTPS_PROXY, GOSUMDB URL), in
 * every form, longest first, for masking and scrubbing.
 */
export function settingSecrets(values: Iterable<string | undefined>): string[] {
  const out = new Set<string>();
  for (const v of values) {
    if (!v) continue;
    for (const sec of valueSecretForms(v)) if (!SAFE_USERS.has(sec)) out.add(sec);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * Hides every secret in free text: URL userinfo (password → xxxxx; a lone username token →
 * xxxxx), Authorization header values and bearer/basic tokens, well-known token shapes,
 * and every literal secret passed in (from the settings).
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let s = scrubSecrets(text, secrets);
  s = redactUrlsInText(s, (userinfo) => {
    if (SAFE_USERS.has(userinfo)) return userinfo;
    const pw = userinfo.slice(userinfo.indexOf(":") + 1);
    if (userinfo.includes(":") && (pw === "xxxxx" || pw === "***" || pw === "%5Bredacted%5D"))
      return userinfo;
    return redactedUserinfo(userinfo);
  });
  s = s.replace(/\b((?:Proxy-)?Authorization\s*[:=]\s*)("?)[^\s"]+(?:\s+[^\s"]+)?/gi, "$1$2xxxxx");
  s = s.replace(/\b(Bearer|Basic|token)\s+[A-Za-z0-9._~+/=-]{8,}/g, "$1 xxxxx");
  s = s.replace(/\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}\b/g, "xxxxx");
  s = s.replace(/\bgithub_pat_[A-Za-z0-9_]{20,}\b/g, "xxxxx");
  s = s.replace(/\bglpat-[A-Za-z0-9_-]{16,}\b/g, "xxxxx");
  s = s.replace(/\b(x-access-token|oauth2|gitlab-ci-token):[^\s@/]+@/g, "$1:xxxxx@");
  s = s.replace(/([?&](?:access_token|token|password|passwd|key)=)[^&\s"']+/gi, "$1xxxxx");
  return s;
}
