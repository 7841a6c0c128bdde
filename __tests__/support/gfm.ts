// The job summary as GitHub shows it: GFM rendered by marked, passed through an allow-list
// sanitizer modelled on GitHub's (so a test sees what GitHub would strip), wrapped in a page
// styled like the light-theme job summary, and photographed by headless Chromium's CLI.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { Marked } from "marked";

const run = promisify(execFile);

/** Debian's chromium package (scripts/bootstrap.sh installs it in CI). */
export const CHROMIUM = "/usr/bin/chromium";

// ---------------------------------------------------------------------------------------
// Sanitizer: the elements and attributes GitHub keeps in rendered Markdown (its
// html-pipeline SanitizationFilter). Everything else is removed and reported.

const ALLOWED_ELEMENTS = new Set([
  ...["h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "p", "br", "hr", "div", "span"],
  ...["b", "i", "strong", "em", "s", "strike", "del", "ins", "sup", "sub", "small", "mark"],
  ...["a", "img", "picture", "source", "pre", "code", "tt", "kbd", "samp", "var", "q"],
  ...["blockquote", "ol", "ul", "li", "dl", "dt", "dd", "details", "summary"],
  ...["table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"],
  ...["figure", "figcaption", "abbr", "bdo", "cite", "dfn", "time", "wbr", "ruby", "rt", "rp"],
  "input", // only task-list checkboxes survive on GitHub; marked emits them for `- [ ]`
]);

/** Attributes allowed on any element (GitHub's list, minus ones we never emit). */
const ALLOWED_ANY = new Set(
  (
    "abbr accept align alt aria-describedby aria-hidden aria-label aria-labelledby axis " +
    "border cellpadding cellspacing char charoff charset checked clear colspan color cols " +
    "compact coords datetime dir disabled for frame headers height hreflang hspace ismap " +
    "label lang maxlength media multiple name nohref noshade nowrap open progress prompt " +
    "readonly rel rev role rows rowspan rules scope selected shape size span start summary " +
    "tabindex target title type usemap valign value vspace width itemprop"
  ).split(" "),
);
const ALLOWED_BY_ELEMENT: Record<string, Set<string>> = {
  a: new Set(["href"]),
  img: new Set(["src", "longdesc"]),
  source: new Set(["srcset"]),
  blockquote: new Set(["cite"]),
  del: new Set(["cite"]),
  ins: new Set(["cite"]),
  q: new Set(["cite"]),
};
const URL_ATTRIBUTES = new Set(["href", "src", "longdesc", "cite", "srcset"]);
/** Elements removed with everything inside them. */
const DROP_WITH_CONTENT = new Set(["script", "style", "iframe", "object", "embed", "template"]);
const VOID = new Set(["br", "hr", "img", "input", "source", "wbr"]);

export interface Sanitized {
  html: string;
  /** What GitHub would have removed: `<tag>` or `tag@attribute`, in order. */
  stripped: string[];
}

const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|<!--[\s\S]*?-->/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const escapeAttr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function safeUrl(value: string): boolean {
  const v = value.replace(/&#x?[0-9a-f]+;?/gi, "").replace(/[\s\u0000-\u001f]/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v)?.[1]?.toLowerCase();
  return scheme === undefined || ["http", "https", "mailto"].includes(scheme);
}

/** Keeps GitHub's allowed elements and attributes; lists what was removed. */
export function sanitizeHtml(input: string): Sanitized {
  const stripped: string[] = [];
  let out = "";
  let last = 0;
  let dropping: string | undefined;
  for (const m of input.matchAll(TAG)) {
    const text = input.slice(last, m.index);
    last = m.index + m[0].length;
    if (!dropping) out += text.replace(/</g, "&lt;");
    if (m[2] === undefined) {
      stripped.push("<!--comment-->");
      continue;
    }
    const closing = m[1] === "/";
    const name = m[2].toLowerCase();
    if (dropping) {
      if (closing && name === dropping) dropping = undefined;
      continue;
    }
    if (DROP_WITH_CONTENT.has(name)) {
      stripped.push(`<${name}>`);
      if (!closing && m[4] !== "/") dropping = name;
      continue;
    }
    if (!ALLOWED_ELEMENTS.has(name)) {
      if (!closing) stripped.push(`<${name}>`);
      continue;
    }
    if (closing) {
      if (!VOID.has(name)) out += `</${name}>`;
      continue;
    }
    const attrs: string[] = [];
    for (const a of (m[3] ?? "").matchAll(ATTR)) {
      const attr = a[1]!.toLowerCase();
      const value = a[2] ?? a[3] ?? a[4];
      const allowed =
        (ALLOWED_ANY.has(attr) || ALLOWED_BY_ELEMENT[name]?.has(attr) === true) &&
        !(URL_ATTRIBUTES.has(attr) && value !== undefined && !safeUrl(value)) &&
        !(name === "input" && attr === "type" && value?.toLowerCase() !== "checkbox");
      if (!allowed) {
        stripped.push(`${name}@${attr}`);
        continue;
      }
      // The value is HTML source already (entities encoded): only its quoting may change.
      attrs.push(value === undefined ? attr : `${attr}="${value.replace(/"/g, "&quot;")}"`);
    }
    out += `<${name}${attrs.map((a) => ` ${a}`).join("")}>`;
  }
  if (!dropping) out += input.slice(last).replace(/</g, "&lt;");
  return { html: out, stripped };
}

// ---------------------------------------------------------------------------------------
// Rendering.

/** GFM as GitHub renders it in a job summary: tables, strikethrough, autolinks, raw HTML. */
export function renderGfm(markdown: string): Sanitized {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  return sanitizeHtml(marked.parse(markdown) as string);
}

/** Approximates GitHub's light markdown-body inside the job summary box. */
export const SUMMARY_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{background:#f6f8fa}
body{margin:0;padding:16px;font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji";color:#1f2328}
.box{background:#fff;border:1px solid #d1d9e0;border-radius:6px}
.box>.head{padding:12px 16px;border-bottom:1px solid #d1d9e0;font-weight:600}
.markdown-body{padding:16px 24px;overflow-wrap:break-word}
.markdown-body>*:first-child{margin-top:0!important}
.markdown-body>*:last-child{margin-bottom:0!important}
h1,h2,h3,h4{margin:24px 0 16px;font-weight:600;line-height:1.25}
h1{font-size:2em;padding-bottom:.3em;border-bottom:1px solid #d1d9e0b3}
h2{font-size:1.5em;padding-bottom:.3em;border-bottom:1px solid #d1d9e0b3}
h3{font-size:1.25em}
h4{font-size:1em}
p,blockquote,ul,ol,dl,table,pre,details{margin:0 0 16px}
a{color:#0969da;text-decoration:underline;text-underline-offset:.2rem}
ul,ol{padding-left:2em}
li+li{margin-top:.25em}
blockquote{margin-left:0;padding:0 1em;color:#59636e;border-left:.25em solid #d1d9e0}
blockquote>:last-child{margin-bottom:0}
code,tt,kbd,pre,samp{font-family:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono","DejaVu Sans Mono",monospace;font-size:12px}
code,tt{padding:.2em .4em;margin:0;font-size:85%;white-space:break-spaces;background:#818b981f;border-radius:6px}
pre{padding:16px;overflow:auto;line-height:1.45;background:#f6f8fa;border-radius:6px}
pre code{padding:0;background:transparent;white-space:pre}
table{border-spacing:0;border-collapse:collapse;display:block;width:max-content;max-width:100%;overflow:auto;font-variant:tabular-nums}
table th{font-weight:600}
table th,table td{padding:6px 13px;border:1px solid #d1d9e0}
table td>:last-child{margin-bottom:0}
table tr{background:#fff;border-top:1px solid #d1d9e0b3}
table tr:nth-child(2n){background:#f6f8fa}
details summary{cursor:pointer;display:list-item}
details:not([open])>*:not(summary){display:none!important}
hr{height:.25em;padding:0;margin:24px 0;background:#d1d9e0;border:0}
`;

export interface PageOptions {
  /** The step name shown above the summary, like the run page's box header. */
  title?: string;
  /** Open every <details>, to photograph what is inside. */
  expand?: boolean;
  /** A script run after load (the measuring hook of measureLayout). */
  script?: string;
}

/** A standalone HTML page showing the summary as the run page does. */
export function summaryPage(
  markdown: string,
  opts: PageOptions = {},
): { html: string; stripped: string[] } {
  const { html: body, stripped } = renderGfm(markdown);
  const shown = opts.expand ? body.replace(/<details(?![^>]*\bopen\b)/g, "<details open") : body;
  const page =
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<title>${escapeAttr(opts.title ?? "Job summary")}</title><style>${SUMMARY_CSS}</style></head>\n` +
    `<body><div class="box"><div class="head">${escapeAttr(opts.title ?? "setup-goproxy summary")}</div>` +
    `<div class="markdown-body">\n${shown}\n</div></div>` +
    (opts.script ? `<script>${opts.script}</script>` : "") +
    `</body></html>\n`;
  return { html: page, stripped };
}

// ---------------------------------------------------------------------------------------
// Headless Chromium, through its command line only.

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** Flags that keep Chromium off the network and free of profile state. */
function chromiumArgs(profile: string, width: number, height: number): string[] {
  return [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--hide-scrollbars",
    "--disable-lcd-text",
    "--force-device-scale-factor=1",
    `--user-data-dir=${profile}`,
    `--window-size=${width},${height}`,
  ];
}

async function withChromium<T>(
  html: string,
  fn: (page: string, profile: string, dir: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "summary-chromium-"));
  try {
    const page = join(dir, "summary.html");
    await writeFile(page, html);
    return await fn(pathToFileURL(page).href, join(dir, "profile"), dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function chromium(args: string[]): Promise<string> {
  const { stdout } = await run(CHROMIUM, args, {
    timeout: 90_000,
    killSignal: "SIGKILL",
    maxBuffer: 64 << 20,
    env: { ...process.env, HOME: args.find((a) => a.startsWith("--user-data-dir="))!.slice(16) },
  });
  return stdout;
}

export interface Layout {
  /** document height in CSS pixels, every <details> as the page left it. */
  height: number;
  /** The content box width the tables have to fit in. */
  contentWidth: number;
  tables: {
    headers: string[];
    /** Full width of the table and the width it is shown in (less when it scrolls). */
    scrollWidth: number;
    clientWidth: number;
    rows: number;
    /** Per column, the widest cell's rendered text width: a bar column must fit its bars. */
    columnWidths: number[];
    /** Cells whose content wraps onto more than one line, as "row:col". */
    wrapped: string[];
  }[];
  /** Rendered widths (px) of every hit-rate bar's glyph run, to check they line up. */
  barWidths: number[];
  details: { summary: string; open: boolean }[];
}

const MEASURE = `
(() => {
  const md = document.querySelector('.markdown-body');
  const range = document.createRange();
  const textWidth = (el) => { range.selectNodeContents(el); return range.getBoundingClientRect().width; };
  // Lines of text in an element: distinct baselines of its text nodes (4 px tolerance).
  const lines = (el) => {
    const bottoms = [];
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (!n.textContent.trim()) continue;
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (r.width > 0 && !bottoms.some((b) => Math.abs(b - r.bottom) < 4)) bottoms.push(r.bottom);
    }
    return bottoms.length;
  };
  const tables = [...md.querySelectorAll('table')].map((t) => {
    const cols = [];
    const wrapped = [];
    [...t.rows].forEach((r, ri) => [...r.cells].forEach((c, ci) => {
      cols[ci] = Math.max(cols[ci] ?? 0, Math.round(textWidth(c)));
      if (lines(c) > 1 && !c.querySelector('br')) wrapped.push(ri + ':' + ci);
    }));
    return { headers: [...t.rows[0].cells].map((c) => c.textContent.trim()), scrollWidth: t.scrollWidth,
      clientWidth: t.clientWidth, rows: t.rows.length - 1, columnWidths: cols, wrapped };
  });
  const barWidths = [];
  for (const td of md.querySelectorAll('td')) {
    const m = /^[█░]+/.exec(td.textContent.trim());
    if (!m) continue;
    const node = [...td.childNodes].find((n) => n.nodeType === 3 && n.textContent.includes(m[0]));
    if (!node) continue;
    const start = node.textContent.indexOf(m[0]);
    range.setStart(node, start); range.setEnd(node, start + m[0].length);
    barWidths.push(Math.round(range.getBoundingClientRect().width * 10) / 10);
  }
  const details = [...md.querySelectorAll('details')].map((d) => ({ summary: d.querySelector('summary')?.textContent ?? '', open: d.open }));
  const out = document.createElement('pre');
  out.id = 'layout';
  out.textContent = JSON.stringify({ height: Math.ceil(document.documentElement.scrollHeight),
    contentWidth: md.clientWidth, tables, barWidths, details });
  document.body.appendChild(out);
})();`;

/** Lays the summary out in Chromium (window `width` wide) and measures what a reader sees. */
export async function measureLayout(
  markdown: string,
  opts: PageOptions & { width?: number } = {},
): Promise<Layout> {
  const { html } = summaryPage(markdown, { ...opts, script: MEASURE });
  return withChromium(html, async (url, profile) => {
    const dom = await chromium([
      ...chromiumArgs(profile, opts.width ?? 1000, 800),
      "--virtual-time-budget=5000",
      "--dump-dom",
      url,
    ]);
    const json = /<pre id="layout">([\s\S]*?)<\/pre>/.exec(dom)?.[1];
    if (!json) throw new Error(`no layout in Chromium's DOM dump:\n${dom.slice(0, 2000)}`);
    return JSON.parse(
      json
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&"),
    ) as Layout;
  });
}

/**
 * Photographs the rendered summary into `png`: `width` wide and as tall as the page (measured
 * first), capped at `maxHeight`. Returns the PNG's dimensions and size.
 */
export async function screenshotSummary(
  markdown: string,
  png: string,
  opts: PageOptions & { width?: number; maxHeight?: number } = {},
): Promise<{ width: number; height: number; bytes: number }> {
  const width = opts.width ?? 1000;
  const layout = await measureLayout(markdown, opts);
  const height = Math.min(opts.maxHeight ?? 16_000, Math.max(200, layout.height));
  const { html } = summaryPage(markdown, opts);
  await withChromium(html, async (url, profile) => {
    await chromium([...chromiumArgs(profile, width, height), `--screenshot=${png}`, url]);
  });
  const buf = await readFile(png);
  return { ...pngSize(buf), bytes: buf.length };
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(buf: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(signature)) throw new Error("not a PNG file");
  if (buf.subarray(12, 16).toString("latin1") !== "IHDR") throw new Error("PNG without IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

// ---------------------------------------------------------------------------------------
// Reading the rendered HTML back, as a reader would see it.

/** The text a reader sees in an HTML fragment: tags removed, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
}

export interface HtmlTable {
  /** Character offset of the table in the HTML it was found in. */
  at: number;
  headers: string[];
  /** Cell text, row by row (body rows only). */
  rows: string[][];
  /** Cell HTML, row by row. */
  cells: string[][];
}

/** Every <table> of rendered Markdown, in order (tables are never nested there). */
export function htmlTables(html: string): HtmlTable[] {
  const out: HtmlTable[] = [];
  for (const t of html.matchAll(/<table>([\s\S]*?)<\/table>/g)) {
    const rowsHtml = [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...r[1]!.matchAll(/<t([hd])(?:\s[^>]*)?>([\s\S]*?)<\/t\1>/g)].map((c) => c[2]!),
    );
    const [head = [], ...body] = rowsHtml;
    out.push({
      at: t.index,
      headers: head.map(textOf),
      rows: body.map((r) => r.map(textOf)),
      cells: body,
    });
  }
  return out;
}

export interface HtmlDetails {
  at: number;
  open: boolean;
  summary: string;
  body: string;
}

/** Every <details> block (not nested in the summary) with its <summary> text and body HTML. */
export function htmlDetails(html: string): HtmlDetails[] {
  return [
    ...html.matchAll(/<details(\s+open)?>\s*<summary>([\s\S]*?)<\/summary>([\s\S]*?)<\/details>/g),
  ].map((m) => ({ at: m.index, open: Boolean(m[1]), summary: textOf(m[2]!), body: m[3]! }));
}
