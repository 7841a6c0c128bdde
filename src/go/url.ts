// Credentials in URLs: how Go shows them, and what we must mask.

/** The secrets a URL carries: the password, and a username given alone (a token Go prints in clear). */
export function urlSecrets(raw: string): string[] {
  const m = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/([^/?#@]*)@/.exec(raw.trim());
  if (!m || !m[1]) return [];
  const userinfo = m[1];
  const colon = userinfo.indexOf(":");
  const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
  const password = colon < 0 ? "" : userinfo.slice(colon + 1);
  const secrets = password ? [password, userinfo] : [user];
  const decoded = secrets.map(safeDecode);
  return [...new Set([...secrets, ...decoded].filter((s) => s.length > 0))];
}

/** Hides every credential in a URL: `user:xxxxx@host` for a password, `xxxxx@host` for a lone token. */
export function redactUrl(raw: string): string {
  return raw.replace(
    /^(\s*[a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^/?#@]*)@/,
    (_all, scheme: string, userinfo: string) => {
      const colon = userinfo.indexOf(":");
      return colon < 0 ? `${scheme}xxxxx@` : `${scheme}${userinfo.slice(0, colon)}:xxxxx@`;
    },
  );
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
