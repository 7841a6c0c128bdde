// GitHub-flavoured Markdown pieces for the job summary, and the 1 MiB guard GitHub imposes.

/** GitHub drops a step summary over 1 MiB whole; keep well clear of it. */
export const SUMMARY_BYTE_BUDGET = 900 * 1024;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** URLs and module@version in text: GFM would turn them into links (a masked proxy URL, a mailto). */
const LINKABLE = /(?:https?|file):\/\/[^\s<>"'`]+|[\w.~-]+(?:\/[\w.~!-]+)*@v\d[\w.+-]*/g;

/**
 * Text safe inside a table cell or a list item: no pipes or newlines breaking the row, no
 * raw HTML, and no autolinks (URLs and module@version become code spans).
 */
export function cell(s: string | number): string {
  const text = String(s);
  let out = "";
  let at = 0;
  for (const m of text.matchAll(LINKABLE)) {
    out += plain(text.slice(at, m.index)) + code(m[0].replace(/[.,:;)]+$/, ""));
    at = m.index + m[0].replace(/[.,:;)]+$/, "").length;
  }
  return out + plain(text.slice(at));
}

function plain(s: string): string {
  return escapeHtml(s).replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

/** A code span: shown verbatim, never autolinked; pipes escaped for tables. */
export function code(s: string): string {
  const body = s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
  const ticks = "`".repeat(Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
  return `${ticks}${pad}${body}${pad}${ticks}`;
}

export function table(
  headers: string[],
  rows: (string | number)[][],
  align?: ("l" | "r" | "c")[],
): string {
  const sep = headers.map((_, i) => ({ l: ":--", r: "--:", c: ":-:" })[align?.[i] ?? "l"]);
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
  return [line(headers), line(sep), ...rows.map(line)].join("\n");
}

/** A visible bar for a share from 0 to 1, e.g. `████████░░ 80%`. */
export function bar(share: number, width = 10): string {
  const s = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  const full = Math.round(s * width);
  return `${"█".repeat(full)}${"░".repeat(width - full)} ${percent(share)}`;
}

export function percent(share: number): string {
  if (!Number.isFinite(share)) return "–";
  const p = share * 100;
  return p > 0 && p < 1 ? "<1%" : `${Math.round(p)}%`;
}

export function details(summary: string, body: string, open = false): string {
  return `<details${open ? " open" : ""}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** The first `max` rows, and a closing row that counts the rest when some were cut. */
export function capRows<T>(rows: T[], max: number, more: (count: number) => T): T[] {
  return rows.length <= max ? rows : [...rows.slice(0, max), more(rows.length - max)];
}

/** Cuts text at a line boundary to fit `budget` bytes, saying so, so GitHub never drops it whole. */
export function fitBytes(markdown: string, budget = SUMMARY_BYTE_BUDGET): string {
  if (Buffer.byteLength(markdown) <= budget) return markdown;
  const note =
    "\n\n> ✂️ The summary was cut to stay under GitHub's 1 MiB limit; the JSON report has everything.\n";
  const opens = (markdown.match(/<details/g) ?? []).length;
  const room = budget - Buffer.byteLength(note) - opens * "\n\n</details>".length;
  let cut = Buffer.from(markdown).subarray(0, Math.max(0, room)).toString("utf8");
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf("\n")));
  // An unclosed <details> would swallow the note; close any left open.
  const open = (cut.match(/<details/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  return cut + "\n\n</details>".repeat(Math.max(0, open)) + note;
}
