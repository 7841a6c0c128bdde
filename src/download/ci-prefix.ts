// CI decorations in front of trace lines, removed before a line is read.

// One at a time from the left: ISO timestamps (GitHub, Azure), bracketed timestamps (Jenkins
// timestamper), BuildKit's `#12 3.456 `, Jenkins `[Pipeline] `, GitLab's `section_start:…`
// markers (whose `\r\e[0K` is handled before), docker compose's `service-1  | `.
const PREFIX =
  /^(?:[A-Za-z][\w.-]*\s+\| |\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)? ?|\[\d{4}-\d\d-\d\d[T ][^\]]{0,40}\] ?|\[\d\d:\d\d:\d\d(?:\.\d+)?\] ?|#\d+ \d+\.\d+ |\[Pipeline\] |section_(?:start|end):\d+:[^\s\r\x1b[]+(?:\[[^\]]*\])?(?:\x1b\[0K)?)/;
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** Removes CI decorations (timestamps, step ids, section markers, colours) from one log line. */
export function stripCiPrefix(line: string): string {
  let s = line;
  if (s.endsWith("\r")) s = s.slice(0, -1);
  const cr = s.lastIndexOf("\r");
  if (cr >= 0) s = s.slice(cr + 1);
  if (s.includes("\x1b")) s = s.replace(ANSI, "");
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(0);
    // Fast path: trace lines start with '#', 'c', 'm' or a digit; only some need a look.
    if (c === 35 /* # */ && s.charCodeAt(1) === 32) return s;
    const m = PREFIX.exec(s);
    if (!m || m[0].length === 0) return s;
    s = s.slice(m[0].length);
  }
  return s;
}
