// Go's net/url parsing and printing, as far as GOPROXY and GOSUMDB need it: the same
// accept/reject decisions and the same error text as url.Parse, and URL.String/Redacted.
// Works on UTF-8 bytes, as Go does.

export interface GoUrl {
  scheme: string;
  opaque: string;
  /** undefined when the URL has no userinfo */
  user?: { username: string; password?: string };
  host: string;
  path: string;
  rawPath: string;
  omitHost: boolean;
  forceQuery: boolean;
  rawQuery: string;
  fragment: string;
  rawFragment: string;
}

export type GoUrlResult = { ok: true; url: GoUrl } | { ok: false; error: string };

type Mode =
  "path" | "pathSegment" | "host" | "zone" | "userPassword" | "queryComponent" | "fragment";

const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { fatal: false });

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

function shouldEscape(c: number, mode: Mode): boolean {
  if (isAlnum(c)) return false;
  const ch = String.fromCharCode(c);
  if (mode === "host" || mode === "zone") {
    if ("!$&'()*+,;=:[]<>\"".includes(ch)) return false;
  }
  if ("-_.~".includes(ch)) return false;
  if ("$&+,/:;=?@".includes(ch)) {
    switch (mode) {
      case "pathSegment":
        return ch === "/" || ch === ";" || ch === "," || ch === "?";
      case "userPassword":
        return ch === "@" || ch === "/" || ch === "?" || ch === ":";
      case "queryComponent":
        return true;
      case "fragment":
        return false;
      case "path":
        return ch === "?";
      default:
        break;
    }
  }
  if (mode === "fragment" && "!()*".includes(ch)) return false;
  return true;
}

/** strconv.Quote for the characters that can occur here. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (cp === 7) out += "\\a";
    else if (cp === 8) out += "\\b";
    else if (cp === 12) out += "\\f";
    else if (cp === 10) out += "\\n";
    else if (cp === 13) out += "\\r";
    else if (cp === 9) out += "\\t";
    else if (cp === 11) out += "\\v";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp === 0xfffd) out += "\\ufffd";
    else if (cp >= 0x80 && !/[\p{L}\p{M}\p{N}\p{P}\p{S}\u0020]/u.test(ch)) {
      out +=
        cp > 0xffff
          ? "\\U" + cp.toString(16).padStart(8, "0")
          : "\\u" + cp.toString(16).padStart(4, "0");
    } else out += ch;
  }
  return out + '"';
}

function bytesToString(b: Uint8Array): string {
  return dec.decode(b);
}

function ishex(c: number | undefined): boolean {
  return (
    c !== undefined &&
    ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46))
  );
}

function unhex(c: number): number {
  if (c <= 0x39) return c - 0x30;
  if (c <= 0x46) return c - 0x41 + 10;
  return c - 0x61 + 10;
}

class UrlError extends Error {}

function isIPv4(s: string): boolean {
  return /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(s);
}

function isIPv6(s: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(s)) return false;
  let body = s;
  const lastColon = s.lastIndexOf(":");
  if (s.slice(lastColon + 1).includes(".")) {
    if (!isIPv4(s.slice(lastColon + 1))) return false;
    body = s.slice(0, lastColon + 1) + "0:0";
  }
  const dbl = body.split("::");
  if (dbl.length > 2) return false;
  const part = (x: string) => (x === "" ? [] : x.split(":"));
  const head = part(dbl[0]!);
  const tail = dbl.length === 2 ? part(dbl[1]!) : [];
  const all = [...head, ...tail];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return dbl.length === 2 ? all.length < 8 : all.length === 8;
}

function unescape(s: string, mode: Mode): string {
  const b = enc.encode(s);
  let n = 0;
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    if (c === 0x25) {
      n++;
      if (i + 2 >= b.length || !ishex(b[i + 1]) || !ishex(b[i + 2])) {
        const rest = b.subarray(i, Math.min(b.length, i + 3));
        throw new UrlError(`invalid URL escape ${goQuote(bytesToString(rest))}`);
      }
      if (
        mode === "host" &&
        unhex(b[i + 1]!) < 8 &&
        bytesToString(b.subarray(i, i + 3)) !== "%25"
      ) {
        throw new UrlError(`invalid URL escape ${goQuote(bytesToString(b.subarray(i, i + 3)))}`);
      }
      if (mode === "zone") {
        const v = unhex(b[i + 1]!) * 16 + unhex(b[i + 2]!);
        if (
          bytesToString(b.subarray(i, i + 3)) !== "%25" &&
          v !== 0x20 &&
          shouldEscape(v, "host")
        ) {
          throw new UrlError(`invalid URL escape ${goQuote(bytesToString(b.subarray(i, i + 3)))}`);
        }
      }
      i += 3;
    } else {
      if ((mode === "host" || mode === "zone") && c < 0x80 && shouldEscape(c, mode)) {
        throw new UrlError(`invalid character ${goQuote(String.fromCharCode(c))} in host name`);
      }
      i++;
    }
  }
  if (n === 0) return s;
  const out: number[] = [];
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    if (c === 0x25) {
      out.push(unhex(b[i + 1]!) * 16 + unhex(b[i + 2]!));
      i += 3;
    } else {
      out.push(c);
      i++;
    }
  }
  return bytesToString(Uint8Array.from(out));
}

function escape(s: string, mode: Mode): string {
  const b = enc.encode(s);
  let out = "";
  for (const c of b) {
    if (shouldEscape(c, mode)) out += "%" + c.toString(16).toUpperCase().padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out;
}

function validEncoded(s: string, mode: Mode): boolean {
  for (const c of enc.encode(s)) {
    if ("!$&'()*+,;=:@[]".includes(String.fromCharCode(c)) || c === 0x25) continue;
    if (shouldEscape(c, mode)) return false;
  }
  return true;
}

function getScheme(raw: string): [string, string] {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) continue;
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      if (i === 0) return ["", raw];
      continue;
    }
    if (c === 0x3a) {
      if (i === 0) throw new UrlError("missing protocol scheme");
      return [raw.slice(0, i), raw.slice(i + 1)];
    }
    return ["", raw];
  }
  return ["", raw];
}

function validOptionalPort(port: string): boolean {
  if (port === "") return true;
  if (port[0] !== ":") return false;
  return /^[0-9]*$/.test(port.slice(1));
}

function parseHost(host: string, strict: boolean): string {
  if (host.startsWith("[")) {
    const i = host.lastIndexOf("]");
    if (i < 0) throw new UrlError("missing ']' in host");
    const colonPort = host.slice(i + 1);
    if (!validOptionalPort(colonPort))
      throw new UrlError(`invalid port ${goQuote(colonPort)} after host`);
    if (strict) {
      const inner = unescape(host.slice(1, i), "zone");
      const pct = inner.indexOf("%");
      const addr = pct < 0 ? inner : inner.slice(0, pct);
      if (isIPv4(addr) && pct < 0) throw new UrlError("invalid IP-literal");
      if (!isIPv6(addr) || (pct >= 0 && pct === inner.length - 1)) {
        // netip.ParseAddr's reason is not reproduced; the prefix is Go's.
        throw new UrlError(`invalid host: ParseAddr(${goQuote(inner)})`);
      }
    }
    const zone = host.slice(0, i).indexOf("%25");
    if (zone >= 0) {
      const host1 = unescape(host.slice(0, zone), "host");
      const host2 = unescape(host.slice(zone, i), "zone");
      const host3 = unescape(host.slice(i), "host");
      return host1 + host2 + host3;
    }
  } else {
    const i = strict ? host.indexOf(":") : host.lastIndexOf(":");
    if (i >= 0) {
      const colonPort = host.slice(i);
      if (!validOptionalPort(colonPort))
        throw new UrlError(`invalid port ${goQuote(colonPort)} after host`);
    }
  }
  if (strict && !host.startsWith("[") && host.includes("["))
    throw new UrlError("invalid IP-literal");
  return unescape(host, "host");
}

function validUserinfo(s: string): boolean {
  return /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(s);
}

function parseAuthority(
  authority: string,
  strict: boolean,
): { user?: GoUrl["user"]; host: string } {
  const i = authority.lastIndexOf("@");
  const host = parseHost(i < 0 ? authority : authority.slice(i + 1), strict);
  if (i < 0) return { host };
  const userinfo = authority.slice(0, i);
  if (!validUserinfo(userinfo)) throw new UrlError("net/url: invalid userinfo");
  const colon = userinfo.indexOf(":");
  if (colon < 0) return { user: { username: unescape(userinfo, "userPassword") }, host };
  return {
    user: {
      username: unescape(userinfo.slice(0, colon), "userPassword"),
      password: unescape(userinfo.slice(colon + 1), "userPassword"),
    },
    host,
  };
}

function hasCtl(s: string): boolean {
  return /[\x00-\x1f\x7f]/.test(s);
}

function parseNoFrag(raw: string, strict: boolean): GoUrl {
  if (hasCtl(raw)) throw new UrlError("net/url: invalid control character in URL");
  const u: GoUrl = {
    scheme: "",
    opaque: "",
    host: "",
    path: "",
    rawPath: "",
    omitHost: false,
    forceQuery: false,
    rawQuery: "",
    fragment: "",
    rawFragment: "",
  };
  if (raw === "*") {
    u.path = "*";
    return u;
  }
  const [scheme, rest0] = getScheme(raw);
  let rest = rest0;
  u.scheme = scheme.toLowerCase();
  if (rest.endsWith("?") && rest.split("?").length === 2) {
    u.forceQuery = true;
    rest = rest.slice(0, -1);
  } else {
    const q = rest.indexOf("?");
    if (q >= 0) {
      u.rawQuery = rest.slice(q + 1);
      rest = rest.slice(0, q);
    }
  }
  if (!rest.startsWith("/")) {
    if (u.scheme !== "") {
      u.opaque = rest;
      return u;
    }
    const slash = rest.indexOf("/");
    const segment = slash < 0 ? rest : rest.slice(0, slash);
    if (segment.includes(":")) throw new UrlError("first path segment in URL cannot contain colon");
  }
  if ((u.scheme !== "" || !rest.startsWith("///")) && rest.startsWith("//")) {
    let authority = rest.slice(2);
    rest = "";
    const i = authority.indexOf("/");
    if (i >= 0) {
      rest = authority.slice(i);
      authority = authority.slice(0, i);
    }
    const a = parseAuthority(authority, strict);
    if (a.user) u.user = a.user;
    u.host = a.host;
  } else if (u.scheme !== "" && rest.startsWith("/")) {
    u.omitHost = true;
  }
  const p = unescape(rest, "path");
  u.path = p;
  u.rawPath = escape(p, "path") === rest ? "" : rest;
  return u;
}

export interface GoUrlOptions {
  /**
   * The stricter host parsing of newer releases (seen in go1.26.10, absent in go1.24.4):
   * the port starts at the first colon, a bracketed host must be an IPv6 address, and a
   * bare "[" is an "invalid IP-literal".
   */
  strictHost?: boolean;
}

/** Whether a Go release parses hosts strictly (see GoUrlOptions). */
export function strictHostFor(v: { major: number; minor: number; patch: number }): boolean {
  // Observed: go1.24.4 lenient, go1.26.10 strict. The bracketed-IPv6 validation shipped as a
  // security fix in go1.24.8 and go1.25.2; the same cut-off is assumed for the port rule.
  if (v.major > 1 || v.minor >= 26) return true;
  if (v.minor === 25) return v.patch >= 2;
  if (v.minor === 24) return v.patch >= 8;
  return false;
}

/** url.Parse: the URL, or the error text Go prints (`parse "RAW": reason`). */
export function goUrlParse(raw: string, opts: GoUrlOptions = {}): GoUrlResult {
  const hash = raw.indexOf("#");
  const u = hash < 0 ? raw : raw.slice(0, hash);
  let url: GoUrl;
  try {
    url = parseNoFrag(u, opts.strictHost ?? false);
  } catch (e) {
    if (e instanceof UrlError) return { ok: false, error: `parse ${goQuote(u)}: ${e.message}` };
    throw e;
  }
  if (hash >= 0) {
    const frag = raw.slice(hash + 1);
    try {
      const f = unescape(frag, "fragment");
      url.fragment = f;
      url.rawFragment = escape(f, "fragment") === frag ? "" : frag;
    } catch (e) {
      if (e instanceof UrlError) return { ok: false, error: `parse ${goQuote(raw)}: ${e.message}` };
      throw e;
    }
  }
  return { ok: true, url };
}

function escapedPath(u: GoUrl): string {
  if (u.rawPath !== "" && validEncoded(u.rawPath, "path")) {
    try {
      if (unescape(u.rawPath, "path") === u.path) return u.rawPath;
    } catch {
      // fall through
    }
  }
  if (u.path === "*") return "*";
  return escape(u.path, "path");
}

function escapedFragment(u: GoUrl): string {
  if (u.rawFragment !== "" && validEncoded(u.rawFragment, "fragment")) {
    try {
      if (unescape(u.rawFragment, "fragment") === u.fragment) return u.rawFragment;
    } catch {
      // fall through
    }
  }
  return escape(u.fragment, "fragment");
}

/** URL.String(). */
export function goUrlString(u: GoUrl): string {
  let buf = "";
  if (u.scheme !== "") buf += u.scheme + ":";
  if (u.opaque !== "") buf += u.opaque;
  else {
    if (u.scheme !== "" || u.host !== "" || u.user) {
      if (u.omitHost && u.host === "" && !u.user) {
        // omit empty host
      } else {
        if (u.host !== "" || u.path !== "" || u.user) buf += "//";
        if (u.user) {
          buf += escape(u.user.username, "userPassword");
          if (u.user.password !== undefined) buf += ":" + escape(u.user.password, "userPassword");
          buf += "@";
        }
        if (u.host !== "") buf += escape(u.host, "host");
      }
    }
    const path = escapedPath(u);
    if (path !== "" && path[0] !== "/" && u.host !== "") buf += "/";
    if (buf === "") {
      const slash = path.indexOf("/");
      const segment = slash < 0 ? path : path.slice(0, slash);
      if (segment.includes(":")) buf += "./";
    }
    buf += path;
  }
  if (u.forceQuery || u.rawQuery !== "") buf += "?" + u.rawQuery;
  if (u.fragment !== "") buf += "#" + escapedFragment(u);
  return buf;
}

/** URL.Redacted() (Go 1.15+): the password, when there is one, becomes "xxxxx". */
export function goUrlRedacted(u: GoUrl): string {
  if (u.user?.password === undefined) return goUrlString(u);
  return goUrlString({ ...u, user: { username: u.user.username, password: "xxxxx" } });
}
