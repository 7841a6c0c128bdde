// The job summary as a person sees it on the run page: the real action (dist/ under the
// runner emulator, real go, proxies on 127.0.0.1) writes it, GFM renders it, a sanitizer
// with GitHub's allow-list checks nothing would be stripped, and headless Chromium lays it
// out. Plus a 10,000-module report that must stay under GitHub's 1 MiB and count every cut.
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  chromiumAvailable,
  CHROMIUM,
  htmlDetails,
  htmlTables,
  measureLayout,
  renderGfm,
  sanitizeHtml,
  screenshotSummary,
  type HtmlTable,
} from "../support/gfm.ts";
import {
  mod,
  SECRETS,
  startScenario,
  type ScenarioBed,
  type ScenarioRun,
} from "../../scripts/screenshot-summary.ts";
import { parseTrace } from "../../src/download/trace.ts";
import { buildLedger } from "../../src/download/ledger.ts";
import { groupFallbacks, renderSummary } from "../../src/report/summary.ts";
import { percent, SUMMARY_BYTE_BUDGET } from "../../src/report/markdown.ts";
import { REPORT_SCHEMA, type Failure, type RunReport } from "../../src/report/model.ts";
import type { DownloadModule } from "../../src/download/types.ts";
import { RULES } from "../../src/check/rules.ts";
import type { Diagnostic } from "../../src/core/diagnostic.ts";

/** The first table after the heading whose text matches `heading`. */
function tableAfter(html: string, heading: RegExp): HtmlTable {
  const h = [...html.matchAll(/<h([1-6])>([\s\S]*?)<\/h\1>/g)].find((m) => heading.test(m[2]!));
  assert.ok(h, `a heading matching ${heading}`);
  const t = htmlTables(html).find((x) => x.at > h.index);
  assert.ok(t, `a table after "${h[2]}"`);
  return t;
}

const column = (t: HtmlTable, name: string): number => {
  const i = t.headers.indexOf(name);
  assert.ok(i >= 0, `column "${name}" in [${t.headers.join(", ")}]`);
  return i;
};

function assertNoSecret(where: string, text: string): void {
  for (const [what, secret] of Object.entries(SECRETS))
    assert.ok(!text.includes(secret), `${what} leaked into ${where}`);
}

let bed: ScenarioBed;
let ok: ScenarioRun;
let failed: ScenarioRun;
beforeAll(async () => {
  bed = await startScenario();
  ok = await bed.run();
  failed = await bed.run({ failing: true });
});
afterAll(async () => {
  await bed?.close();
});

describe("the summary of a real run, rendered as GitHub does", () => {
  test("the job with fallbacks passes and GitHub would strip nothing from its summary", () => {
    assert.equal(ok.result.main.exitCode, 0, ok.result.main.stdout);
    for (const run of [ok, failed]) {
      const { stripped } = renderGfm(run.summary);
      assert.deepEqual(stripped, [], "elements or attributes GitHub's sanitizer would remove");
      assert.ok(Buffer.byteLength(run.summary) < SUMMARY_BYTE_BUDGET);
    }
  });

  test("hit rates: one row per origin of the chain, each with a bar that says its share", () => {
    const { html } = renderGfm(ok.summary);
    const t = tableAfter(html, /Where modules came from/);
    const origins = ok.report.download!.ledger.origins.filter(
      (o) => o.filesAsked > 0 || o.requests > 0,
    );
    const shown = t.rows.map((r) => r[column(t, "Origin")]);
    assert.deepEqual(
      shown,
      origins.map((o) => o.origin),
    );
    assert.equal(new Set(shown).size, shown.length, "one row per origin");
    assert.deepEqual(shown.slice(1), [bed.p2.url, bed.p3.url, "direct"]);
    assert.match(shown[0]!, /^https:\/\/ci-bot:x+@127\.0\.0\.1:\d+$/, "p1, redacted");
    const rate = column(t, "Hit rate");
    for (const [i, o] of origins.entries()) {
      const cell = t.rows[i]![rate]!;
      const m = /^([█░]+) (\S+)$/.exec(cell);
      assert.ok(m, `a bar in "${cell}"`);
      assert.equal(m[2], percent(o.hitRate!), `${o.origin}'s percentage`);
      const full = [...m[1]!].filter((c) => c === "█").length;
      assert.equal(full, Math.round(o.hitRate! * [...m[1]!].length), `${o.origin}'s bar`);
    }
  });

  test("fallbacks are a collapsed <details> naming each pair, its reason and the modules", () => {
    const { html } = renderGfm(ok.summary);
    const d = htmlDetails(html).find((x) => /^Fallbacks:/.test(x.summary));
    assert.ok(d, "a <details> whose summary starts with Fallbacks:");
    assert.equal(d.open, false, "collapsed: the hit-rate table says the gist");
    const p1 = ok.report.download!.ledger.origins[0]!.origin;
    const items = [...d.body.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ""),
    );
    const expect: [string, string, RegExp, string][] = [
      [p1, bed.p2.url, /404/, mod("config")],
      [bed.p2.url, bed.p3.url, /500/, mod("metrics/v2")],
      [bed.p3.url, "direct", /404/, mod("gitonly")],
    ];
    for (const [from, to, reason, module] of expect) {
      const item = items.find((i) => i.startsWith(`${from} → ${to} `) && reason.test(i));
      assert.ok(item, `${from} → ${to} ${reason} in:\n${items.join("\n")}`);
      assert.ok(item.includes(module), `${module} named in ${item}`);
    }
  });

  test("a failed module: the step fails, and the row names the module and each origin tried", () => {
    assert.equal(failed.result.main.exitCode, 1);
    const { html } = renderGfm(failed.summary);
    const t = tableAfter(html, /module(s)? failed/);
    const row = t.rows.find((r) => r[column(t, "Module")] === `${mod("forbidden")}@v0.3.0`);
    assert.ok(row, `the failed module's row in ${JSON.stringify(t.rows)}`);
    const p1 = failed.report.download!.ledger.origins[0]!.origin;
    assert.match(
      row[column(t, "Tried")]!,
      new RegExp(`^${p1.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: 403`),
    );
    assert.match(row[column(t, "What happened")]!, /403/);
    // `,` does not get past a 403: the next proxy was never asked for it.
    assert.ok(!bed.p2.log.some((l) => l.path.startsWith(`/${mod("forbidden")}/`)));
  });

  test("no planted secret reaches the summary, raw or rendered", () => {
    for (const run of [ok, failed]) {
      assertNoSecret("the summary", run.summary);
      assertNoSecret("the rendered summary", renderGfm(run.summary).html);
      assertNoSecret("the outputs", JSON.stringify(run.result.outputs));
    }
    // They were really given to the action, and Go really used p1's password.
    assert.ok(bed.goproxy.includes(SECRETS.password) && bed.goproxy.includes(SECRETS.tokenAsUser));
    assert.ok(bed.p1.log.some((l) => l.status === 200 && l.authorization?.startsWith("Basic ")));
  });

  test("module paths and proxy URLs are shown as code, not turned into links", () => {
    for (const summary of [failed.summary, ok.summary]) {
      const { html } = renderGfm(summary);
      const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
      assert.deepEqual(links, []);
    }
  });
});

describe("the summary in headless Chromium", () => {
  // skipped when !chromiumAvailable() && !process.env.CI: `${CHROMIUM} is not installed`
  (!chromiumAvailable() && !process.env.CI ? test.skip : test)(
    "a full-page screenshot is a real PNG; tables fit and bars line up",
    async () => {
      assert.ok(
        chromiumAvailable(),
        `${CHROMIUM} is missing; CI installs it: apt-get install -y --no-install-recommends chromium`,
      );
      const dir = await mkdtemp(join(tmpdir(), "summary-shot-"));
      try {
        const png = join(dir, "summary.png");
        const shot = await screenshotSummary(failed.summary, png, { width: 1000, expand: true });
        assert.equal(shot.width, 1000);
        assert.ok(shot.height >= 800, `height ${shot.height}`);
        assert.ok(shot.bytes > 30_000, `${shot.bytes} bytes is too small for a rendered summary`);

        const layout = await measureLayout(failed.summary, { width: 1000 });
        const hit = layout.tables.find((x) => x.headers.includes("Hit rate"))!;
        assert.ok(hit, "the hit-rate table was laid out");
        assert.ok(hit.scrollWidth <= hit.clientWidth, "the hit-rate table fits without scrolling");
        assert.equal(layout.barWidths.length, hit.rows);
        assert.ok(
          Math.max(...layout.barWidths) - Math.min(...layout.barWidths) < 1,
          `bars of equal length: ${layout.barWidths.join(", ")} px`,
        );
        const fail = layout.tables.find((x) => x.headers.includes("What happened"))!;
        assert.ok(fail.scrollWidth <= fail.clientWidth, "the failure table fits without scrolling");
        assert.ok(
          layout.details.some((d) => d.summary.startsWith("Fallbacks:") && !d.open),
          "the fallbacks start collapsed",
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});

// ---------------------------------------------------------------------------------------

const P1 = "https://proxy.corp.example/go";
const P2 = "https://mirror.corp.example";
const N = 10_000;

/** A -x trace of N modules: most from P1, every 5th falls back to P2 (404 or 410), every 25th fails (403). */
function syntheticRun(): { report: RunReport; failures: number; direct: number; diags: number } {
  const lines: string[] = [];
  const modules: DownloadModule[] = [];
  const failures: Failure[] = [];
  for (let i = 0; i < N; i++) {
    const path = `github.com/org${i % 97}/module-with-a-longish-name-${i}`;
    const version = `v1.${i % 13}.${i % 7}`;
    if (i % 25 === 3) {
      const url = `${P1}/${path}/@v/${version}.info`;
      lines.push(`# get ${url}`, `# get ${url}: 403 Forbidden (0.010s)`);
      const error = `${path}@${version}: reading ${url}: 403 Forbidden`;
      modules.push({ Path: path, Version: version, Error: error });
      failures.push({
        module: path,
        version,
        error,
        tried: [{ origin: P1, status: 403, error: null, reason: "403 Forbidden" }],
      });
      continue;
    }
    for (const f of ["info", "mod", "zip"]) {
      const url = `${P1}/${path}/@v/${version}.${f}`;
      lines.push(`# get ${url}`);
      if (i % 5 === 0) {
        lines.push(`# get ${url}: ${i % 10 === 0 ? "404 Not Found" : "410 Gone"} (0.012s)`);
        const again = url.replace(P1, P2);
        lines.push(`# get ${again}`, `# get ${again}: 200 OK (0.034s)`);
      } else lines.push(`# get ${url}: 200 OK (0.021s)`);
    }
    modules.push({ Path: path, Version: version });
  }
  const ledger = buildLedger(
    parseTrace(lines.join("\n") + "\n"),
    { proxies: [P1, P2, "direct"] },
    {
      modules,
    },
  );
  const direct = Array.from({ length: 450 }, (_, i) => ({
    module: `git.corp.example/team/direct-${i}`,
    version: "v0.0.0-20260101000000-abcdef012345",
    allowed: i % 2 === 0,
  }));
  const diagnostics: Diagnostic[] = Array.from({ length: 260 }, (_, i) => {
    const r = RULES[i % RULES.length]!;
    return { rule: r.id, severity: r.severity, variable: "GOPROXY", message: `finding ${i}` };
  });
  const report: RunReport = {
    schema: REPORT_SCHEMA,
    strict: false,
    go: { version: "go1.26.0", bin: "/usr/lib/go-1.26/bin/go" },
    settings: [{ variable: "GOPROXY", value: `${P1},${P2},direct`, source: "input" }],
    diagnostics,
    download: {
      roots: Array.from({ length: 230 }, (_, i) => ({
        dir: `services/svc-${i}`,
        kind: "module" as const,
        exitCode: i % 25 === 3 ? 1 : 0,
        seconds: 1.5,
        attempts: 1,
      })),
      retries: [
        {
          dir: ".",
          attempt: 2,
          modules: modules.slice(0, 40).map((m) => `${m.Path}@${m.Version}`),
          reason: "500 Internal Server Error",
          waitSeconds: 2,
        },
      ],
      seconds: 321,
      ledger,
      failures,
      direct,
      requiredAt: {},
    },
    failedBecause: [`${failures.length} modules failed to download.`],
  };
  return { report, failures: failures.length, direct: direct.length, diags: diagnostics.length };
}

describe("a 10,000-module summary", () => {
  test("renders under 1 MiB, GitHub strips nothing, and every cut list counts what it left out", () => {
    const { report, failures, direct, diags } = syntheticRun();
    assert.equal(report.download!.ledger.modules!.length, N);
    const md = renderSummary(report);
    const bytes = Buffer.byteLength(md);
    assert.ok(bytes < 1024 * 1024 && bytes <= SUMMARY_BYTE_BUDGET, `${bytes} bytes`);
    const { html, stripped } = renderGfm(md);
    assert.deepEqual(stripped, []);

    /** A capped table shows `shown` rows and a last row "… N more" with N = total - shown. */
    const cut = (t: HtmlTable, total: number, what: string) => {
      const last = t.rows.at(-1)!;
      const m = /^… (\d+) more\b/.exec(last[0]!);
      assert.ok(m, `${what}: the last row says how many were left out (${last[0]})`);
      assert.equal(t.rows.length - 1 + Number(m[1]), total, `${what}: shown + left out = total`);
    };
    cut(tableAfter(html, /module(s)? failed/), failures, "failures");
    const tables = htmlTables(html);
    const byHeaders = (h: string) => tables.find((t) => t.headers.includes(h))!;
    cut(byHeaders("Finding"), diags, "checks");
    cut(byHeaders("Policy"), direct, "direct fetches");
    cut(byHeaders("Kind"), report.download!.roots.length, "timings");

    // Fallback groups list at most 20 modules each, then "… and N more" with the right N.
    const groups = groupFallbacks(report.download!.ledger.fallbacks);
    const fb = htmlDetails(html).find((d) => /^Fallbacks:/.test(d.summary));
    assert.ok(fb);
    const items = [...fb.body.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
    assert.ok(groups.length > 0);
    for (const g of groups.slice(0, items.length)) {
      const mods = new Set(g.events.map((e) => `${e.module}@${e.version}`)).size;
      const item = items.find((i) => i.includes(`(${g.reason})`) && i.includes(g.from));
      assert.ok(item, `group ${g.from} → ${g.to} (${g.reason})`);
      if (mods > 20) assert.match(item, new RegExp(`… and ${mods - 20} more`));
    }
    // The retried modules are cut to 10 with a count.
    assert.match(textCell(byHeaders("Because"), "Modules"), /… \+30$/);
    assert.ok(!md.includes("The summary was cut"), "caps alone keep it small");
  });

  test("a summary that would exceed the budget is cut at a line, closed, and says so", () => {
    const { report } = syntheticRun();
    // Long settings values are not capped by rows; make them blow the budget.
    report.settings = Array.from({ length: 400 }, (_, i) => ({
      variable: `GOPROXY_${i}`,
      value: "x".repeat(3000),
      source: "environment" as const,
    }));
    const md = renderSummary(report);
    assert.ok(Buffer.byteLength(md) <= SUMMARY_BYTE_BUDGET);
    assert.match(md, /cut to stay under GitHub's 1 MiB limit/);
    const { html, stripped } = renderGfm(md);
    assert.deepEqual(stripped, []);
    assert.match(
      html,
      /cut to stay under GitHub&#39;s 1 MiB limit|cut to stay under GitHub's 1 MiB limit/,
    );
  });
});

function textCell(t: HtmlTable, name: string): string {
  return t.rows[0]![column(t, name)]!;
}

describe("the sanitizer keeps what GitHub keeps and reports the rest", () => {
  test("allowed markup survives; script, style, on* and javascript: do not", () => {
    const input =
      '<details open><summary><b>x</b></summary><table><tr><td align="right"><code>a</code><br><i>i</i></td></tr></table></details>' +
      '<script>alert(1)</script><style>p{}</style><div onclick="x()" class="c" style="color:red">d</div>' +
      '<a href="javascript:alert(1)">j</a><a href="https://example.test/">ok</a><iframe src="x"></iframe><font>f</font>';
    const { html, stripped } = sanitizeHtml(input);
    assert.match(
      html,
      /^<details open><summary><b>x<\/b><\/summary><table><tr><td align="right"><code>a<\/code><br><i>i<\/i><\/td><\/tr><\/table><\/details>/,
    );
    assert.ok(!/script|alert|onclick|style|class=|iframe|<font/.test(html), html);
    assert.match(html, /<div>d<\/div>/);
    assert.match(html, /<a href="https:\/\/example\.test\/">ok<\/a>/);
    assert.deepEqual(stripped, [
      "<script>",
      "<style>",
      "div@onclick",
      "div@class",
      "div@style",
      "a@href",
      "<iframe>",
      "<font>",
    ]);
  });
});
