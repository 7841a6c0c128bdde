// Runs the real action (dist/ under the runner emulator, a real go, proxies on 127.0.0.1)
// on a job that exercises every part of the job summary, renders the summary the way
// GitHub does (GFM, sanitized, light theme) and photographs it with headless Chromium.
//
//   npx node scripts/screenshot-summary.ts [out.png] [--expand] [--width=1000]
//
// Default output: docs/images/summary.png, the page as a reader first sees it (<details>
// open only where the summary opens them; --expand opens all). The Markdown goes to
// $TMPDIR/setup-goproxy-summary.md. With ImageMagick installed the PNG is reduced to 256 colours.
//
// The job: a chain `p1,p2|p3,direct,<never reached>` where p1 (HTTPS, Basic credentials in
// the URL) lacks some modules (404 → p2), p2 answers 500 for one (`|` → p3), one module
// lives only in git (→ direct), and p1 answers 403 for one module, which `,` does not get
// past, so that module fails. Secrets are planted in the URLs the action is given.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { existsSync, readFileSync, statSync } from "node:fs";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildFixtures,
  FIXTURE_HOST,
  writeMainModule,
  type Fixtures,
} from "../__tests__/support/fixtures.ts";
import { startProxy, type ProxyServer } from "../__tests__/support/proxy-server.ts";
import { makeTestCa, type TestCa } from "../__tests__/support/tls.ts";
import { startSumdb, type SumdbServer } from "../__tests__/support/sumdb-server.ts";
import { REPO_ROOT, runAction, type JobResult } from "../__tests__/support/runner.ts";
import { jobEnv } from "../__tests__/support/example.ts";
import { testedToolchains, type Toolchain } from "../__tests__/support/toolchains.ts";
import { chromiumAvailable, measureLayout, screenshotSummary } from "../__tests__/support/gfm.ts";
import type { RunReport } from "../src/report/model.ts";
import { renderSummary } from "../src/report/summary.ts";
import { checkSettings } from "../src/check/static.ts";
import { goEnvFrom } from "../src/go/env.ts";
import { parseGoVersion } from "../src/go/version.ts";

const execFileP = promisify(execFile);

export const mod = (name: string): string => `${FIXTURE_HOST}/${name}`;

/** Credentials planted in what the action receives; none may reach the summary. */
export const SECRETS = {
  /** p1's Basic password, in the GOPROXY URL the action is given (Go prints it as xxxxx). */
  password: "s3cretPassw0rd",
  /** A token given as the URL's user name, which Go prints unredacted. */
  tokenAsUser: "ghp_TokenAsUser0123456789abcdef",
  /** A token in the `credentials` input, for a host the job never contacts. */
  credentialToken: "glpat-CredentialInput987654321",
} as const;

export interface ScenarioRun {
  result: JobResult;
  report: RunReport;
  /** GITHUB_STEP_SUMMARY as the action wrote it. */
  summary: string;
  /** The job's environment as later steps see it (for the static checks). */
  env: Record<string, string>;
}

export interface ScenarioBed {
  p1: ProxyServer;
  p2: ProxyServer;
  p3: ProxyServer;
  /** GOPROXY as given to the action (with the planted secrets). */
  goproxy: string;
  /** The checksum database, reached through p1 (`/sumdb/<name>/…`). */
  sumdb: SumdbServer;
  /** `failing`: also require the module p1 answers 403 for. */
  run(opts?: {
    failing?: boolean;
    go?: Toolchain;
    inputs?: Record<string, string>;
  }): Promise<ScenarioRun>;
  close(): Promise<void>;
}

export async function startScenario(): Promise<ScenarioBed> {
  const fx: Fixtures = await buildFixtures([
    { path: "text", versions: [{ version: "v0.4.0" }] },
    { path: "greeting", versions: [{ version: "v1.2.0", requires: ["text@v0.4.0"] }] },
    { path: "config", versions: [{ version: "v1.0.0" }] },
    { path: "metrics/v2", versions: [{ version: "v2.1.0" }] },
    { path: "gitonly", versions: [{ version: "v0.1.0" }] },
    { path: "forbidden", versions: [{ version: "v0.3.0" }] },
  ]);
  const ca: TestCa = await makeTestCa();
  const sumdb = await startSumdb({ name: "sum.fixture.test" });
  sumdb.addSums(fx.sums);
  const p1 = await startProxy({
    dir: fx.proxyDir,
    tls: ca,
    sumdb: { name: sumdb.name, url: sumdb.url },
    basicAuth: { user: "ci-bot", password: SECRETS.password },
    omit: [mod("config"), mod("metrics/v2"), mod("gitonly")],
    faults: [{ path: `/${mod("forbidden")}/`, status: 403, body: "403 blocked by policy\n" }],
  });
  const p2 = await startProxy({
    dir: fx.proxyDir,
    omit: [mod("gitonly")],
    faults: [{ path: `/${mod("metrics/v2")}/`, status: 500, body: "upstream exploded\n" }],
  });
  const p3 = await startProxy({ dir: fx.proxyDir, omit: [mod("gitonly")] });
  const authed = p1.url.replace("https://", `https://ci-bot:${SECRETS.password}@`);
  // After `direct`: only reached if direct says "not found", which it never does here.
  const never = `https://${SECRETS.tokenAsUser}@127.0.0.1:9/never`;
  const goproxy = `${authed},${p2.url}|${p3.url},direct,${never}`;

  return {
    p1,
    p2,
    p3,
    goproxy,
    sumdb,
    async run(opts = {}) {
      const go = opts.go ?? testedToolchains().at(-1)!;
      const home = await mkdtemp(join(tmpdir(), "job-home-"));
      const workspace = await mkdtemp(join(tmpdir(), "workspace-"));
      try {
        await writeMainModule(workspace, {
          path: "example.com/shop",
          go: "1.16",
          requires: [
            "greeting@v1.2.0",
            "config@v1.0.0",
            "metrics/v2@v2.1.0",
            "gitonly@v0.1.0",
            ...(opts.failing ? ["forbidden@v0.3.0"] : []),
          ],
          fixtures: fx,
          // No go.sum: every module is looked up in the checksum database (through p1).
          withSum: false,
        });
        const env = jobEnv(go, home, { ...fx.gitEnv, SSL_CERT_FILE: ca.caFile });
        const result = await runAction({
          workspace,
          env,
          inputs: {
            proxy: goproxy,
            sumdb: sumdb.key,
            credentials: `127.0.0.1:9 robot ${SECRETS.credentialToken}`,
            retries: "0",
            ...opts.inputs,
          },
        });
        const reportFile = result.outputs.report;
        if (!reportFile)
          throw new Error(
            `the action wrote no report:\n${result.main.stdout}${result.main.stderr}`,
          );
        const report = JSON.parse(readFileSync(reportFile, "utf8")) as RunReport;
        return { result, report, summary: result.summary, env: { ...env, ...result.env } };
      } finally {
        await rm(home, { recursive: true, force: true });
        await rm(workspace, { recursive: true, force: true });
      }
    },
    async close() {
      for (const p of [p1, p2, p3]) await p.close();
      await fx.cleanup();
      await sumdb.close();
      await rm(ca.dir, { recursive: true, force: true });
    },
  };
}

/**
 * The summary to photograph: the action's own, or — while the action's report carries no
 * diagnostics — the same report with the static checks' findings on the job's settings
 * added and rendered by src/report/summary.ts, so the picture shows the checks section.
 */
export function withChecks(run: ScenarioRun): { summary: string; addedChecks: number } {
  if (run.report.diagnostics.length > 0) return { summary: run.summary, addedChecks: 0 };
  const goVersion = parseGoVersion(run.report.go?.version ?? "");
  if (!goVersion) return { summary: run.summary, addedChecks: 0 };
  const diagnostics = checkSettings(goEnvFrom(run.env), { goVersion, otherEnv: run.env });
  if (diagnostics.length === 0) return { summary: run.summary, addedChecks: 0 };
  return {
    summary: renderSummary({ ...run.report, diagnostics }),
    addedChecks: diagnostics.length,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = resolve(
    args.find((a) => !a.startsWith("--")) ?? join(REPO_ROOT, "docs", "images", "summary.png"),
  );
  const width = Number(
    /^--width=(\d+)$/.exec(args.find((a) => a.startsWith("--width=")) ?? "")?.[1] ?? 1000,
  );
  const expand = args.includes("--expand");
  if (!chromiumAvailable())
    throw new Error(
      "chromium is not installed: apt-get install -y --no-install-recommends chromium",
    );

  const bed = await startScenario();
  let run: ScenarioRun;
  try {
    run = await bed.run({ failing: true });
  } finally {
    await bed.close();
  }
  const { summary, addedChecks } = withChecks(run);
  if (addedChecks)
    console.log(
      `the action's report has no diagnostics: added ${addedChecks} from the static checks`,
    );
  for (const secret of Object.values(SECRETS))
    if (summary.includes(secret))
      throw new Error(`a planted secret reached the summary: ${secret}`);

  await mkdir(dirname(out), { recursive: true });
  const mdFile = join(tmpdir(), "setup-goproxy-summary.md");
  await writeFile(mdFile, summary);
  console.log(`the Markdown: ${mdFile}`);
  const layout = await measureLayout(summary, { width, expand });
  const shot = await screenshotSummary(summary, out, {
    width,
    expand,
    title: "setup-goproxy · job summary",
  });
  // A 256-colour palette keeps the committed picture small; ImageMagick (Debian's) is optional.
  if (existsSync("/usr/bin/convert")) {
    await execFileP("/usr/bin/convert", [out, "-colors", "256", `PNG8:${out}`]);
    shot.bytes = statSync(out).size;
  }
  console.log(
    `exit ${run.result.main.exitCode}; summary ${Buffer.byteLength(summary)} bytes; ` +
      `${out}: ${shot.width}×${shot.height}, ${shot.bytes} bytes`,
  );
  for (const t of layout.tables)
    console.log(
      `table [${t.headers.join(" | ")}]: ${t.rows} rows, ${t.scrollWidth}/${t.clientWidth} px` +
        (t.scrollWidth > t.clientWidth ? " (SCROLLS)" : "") +
        (t.wrapped.length ? `, wrapped cells ${t.wrapped.join(" ")}` : ""),
    );
  console.log(`bar widths: ${layout.barWidths.join(", ")} px`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
