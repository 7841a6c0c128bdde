// Module paths and versions: validity (module.CheckPath, simplified to what CI settings need)
// and the proxy protocol's case encoding (module.EscapePath / EscapeVersion).

/** Characters allowed in a module path element. */
function modPathOK(c: string): boolean {
  return /^[A-Za-z0-9\-._~]$/.test(c);
}

/** Go's CheckPath error text (after `malformed module path "P": `), or undefined when valid. */
export function checkModulePath(path: string): string | undefined {
  if (path === "") return "empty string";
  if (path.startsWith("/") || path.endsWith("/") || path.includes("//")) {
    return path.startsWith("/")
      ? "leading slash"
      : path.endsWith("/")
        ? "trailing slash"
        : "double slash";
  }
  const elems = path.split("/");
  for (const e of elems) {
    if (e === "") return "empty path element";
    if (e.startsWith(".") || e.endsWith("."))
      return e.startsWith(".") ? "leading dot in path element" : "trailing dot in path element";
    for (const ch of e) if (!modPathOK(ch)) return `invalid char '${ch}'`;
  }
  const first = elems[0]!;
  if (!first.includes(".")) return "missing dot in first path element";
  if (first.startsWith("-")) return "leading dash in first path element";
  for (const ch of first) {
    if (!/^[a-z0-9\-.]$/.test(ch)) return `invalid char '${ch}' in first path element`;
  }
  return undefined;
}

/** The first path element: the host for most modules. */
export function moduleHost(path: string): string {
  const i = path.indexOf("/");
  return i < 0 ? path : path.slice(0, i);
}

/** module's escapeString: upper case → "!" + lower case; undefined for "!" or a non-ASCII character. */
export function escapeString(s: string): string | undefined {
  if (/[!\u0080-\uffff]/.test(s)) return undefined;
  return s.replace(/[A-Z]/g, (c) => "!" + c.toLowerCase());
}

/** module.EscapePath: "github.com/Azure/x" → "github.com/!azure/x"; throws on an invalid path. */
export function escapePath(path: string): string {
  const err = checkModulePath(path);
  if (err) throw new Error(`malformed module path "${path}": ${err}`);
  return escapeString(path)!;
}

/** module.EscapeVersion: upper case → "!" + lower case; "!" itself is not allowed. */
export function escapeVersion(version: string): string {
  const escaped = /^[\x21-\x7e]+$/.test(version) ? escapeString(version) : undefined;
  if (escaped === undefined) throw new Error(`invalid version ${JSON.stringify(version)}`);
  return escaped;
}

/**
 * module's unescapeString, the inverse of escapeString: undefined when the text is not a valid
 * escape (an upper-case letter, "!" not followed by a lower-case letter, a non-ASCII character).
 */
export function unescapeString(s: string): string | undefined {
  if (/[A-Z\u0080-\uffff]/.test(s) || /![^a-z]|!$/.test(s)) return undefined;
  return s.replace(/!([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/**
 * A module path or version as it appears in a URL (percent-encoded, case-escaped), read back:
 * percent-decoding, then unescapeString. Lenient: what does not decode stays as it is.
 */
export function decodeModulePath(text: string): string {
  let s = text;
  if (s.includes("%")) {
    try {
      s = decodeURIComponent(s);
    } catch {
      // leave it as it is
    }
  }
  return unescapeString(s) ?? s;
}
