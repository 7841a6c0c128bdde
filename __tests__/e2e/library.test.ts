// The package as another project gets it: `npm pack` of this repository, installed from
// the tarball into an empty project (offline, see support/package.ts). The tarball ships
// what a user needs and nothing else; the CLI runs through npx; importing the library prints
// nothing and touches no environment; its declarations typecheck a consumer.
import { beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { installPackage, packedFiles, packPackage } from "../support/package.ts";
import { REPO_ROOT } from "../support/runner.ts";

const run = promisify(execFile);
let tarball: string;
let project: string;

beforeAll(async () => {
  tarball = await packPackage();
  project = await installPackage(tarball);
}, 1_200_000);

test("npm pack ships lib/ with declarations, the CLI bundle, action.yml and the docs; no tests, fixtures, sources or maps", async () => {
  const files = await packedFiles(tarball);
  for (const f of [
    "package.json",
    "README.md",
    "LICENSE",
    "CHANGELOG.md",
    "SECURITY.md",
    "action.yml",
    "dist/cli/index.js",
    "lib/index.js",
    "lib/index.d.ts",
  ])
    assert.ok(files.includes(f), `${f} is in the package`);
  const unwanted = files.filter(
    (f) =>
      /^(__tests__|bench|scripts|src|examples|docs|coverage|\.github|\.ci)\//.test(f) ||
      /(^|\/)testdata\//.test(f) ||
      /\.(map|tsbuildinfo)$/.test(f) ||
      /\.test\./.test(f) ||
      /^dist\/(main|post)\//.test(f),
  );
  assert.deepEqual(unwanted, []);
  // every module of lib/ comes with its declarations
  const js = files.filter((f) => f.startsWith("lib/") && f.endsWith(".js"));
  assert.ok(js.length > 10, `${js.length} modules in lib/`);
  for (const f of js) assert.ok(files.includes(f.replace(/\.js$/, ".d.ts")), `${f} has types`);
});

test("the installed CLI runs through npx: --help, and check on good and bad settings", async () => {
  const env = { PATH: process.env.PATH!, HOME: project, npm_config_offline: "true" };
  const help = await run("npx", ["setup-goproxy", "--help"], { cwd: project, env });
  assert.match(help.stdout, /^Usage: setup-goproxy <command>/m);
  const args = ["setup-goproxy", "check", "--format", "json", "--go-version", "1.26", "--no-repo"];
  const good = await run("npx", args, {
    cwd: project,
    env: { ...env, GOPROXY: "https://proxy.example,direct", GOPRIVATE: "*.corp.example" },
  });
  const goodDiags = JSON.parse(good.stdout).diagnostics as { severity: string }[];
  assert.deepEqual(
    goodDiags.filter((d) => d.severity === "error"),
    [],
  );
  const bad = await run("npx", args, {
    cwd: project,
    env: { ...env, GOPROXY: "ftp://proxy.example,direct" },
  }).then(
    () => assert.fail("check passed an ftp:// proxy"),
    (err: { code: number; stdout: string }) => err,
  );
  assert.equal(bad.code, 1);
  const badDiags = JSON.parse(bad.stdout).diagnostics as { severity: string; variable: string }[];
  assert.ok(
    badDiags.some((d) => d.severity === "error" && d.variable === "GOPROXY"),
    bad.stdout,
  );
});

test("importing the library prints nothing and touches no env", async () => {
  await writeFile(
    join(project, "import.mjs"),
    `const before = JSON.stringify(process.env);
const lib = await import("setup-goproxy");
if (JSON.stringify(process.env) !== before) process.exitCode = 3;
globalThis.lib = lib;
`,
  );
  const { stdout, stderr } = await run(process.execPath, ["import.mjs"], {
    cwd: project,
    env: { PATH: process.env.PATH! },
  });
  assert.equal(stdout, "");
  assert.equal(stderr, "");
});

test("the API works from plain JavaScript, and its declarations typecheck a TypeScript consumer", async () => {
  await writeFile(
    join(project, "use.mjs"),
    `import { parseProxyList, parseGoVersion, matchPrefixPatterns, checkSettings, parseTrace, buildLedger, explainText, RULES } from "setup-goproxy";
const v = parseGoVersion("go1.26.1");
const chain = parseProxyList("https://a.example|https://b.example,direct", v);
const diags = checkSettings({ GOPRIVATE: ".corp.example" }, { goVersion: v });
const ledger = buildLedger(parseTrace("# get https://a.example/x.org/m/@v/v1.0.0.mod\\n# get https://a.example/x.org/m/@v/v1.0.0.mod: 200 OK (0.010s)\\n"), { proxies: ["https://a.example"] });
console.log(JSON.stringify({
  kinds: chain.entries.map((e) => e.kind + ":" + e.fallback),
  dot: matchPrefixPatterns(".corp.example", "x.corp.example/m", v),
  rules: diags.map((d) => d.rule).filter((r) => RULES.some((x) => x.id === r)).length > 0,
  served: ledger.origins[0].filesServed,
  explained: explainText("go: x.org/m@v1.0.0: reading https://a.example/x.org/m/@v/v1.0.0.info: 403 Forbidden", { GOPROXY: "https://a.example,https://b.example" })[0].category,
}));
`,
  );
  const { stdout } = await run(process.execPath, ["use.mjs"], { cwd: project });
  assert.deepEqual(JSON.parse(stdout), {
    kinds: ["proxy:any", "proxy:notfound", "direct:notfound"],
    dot: false,
    rules: true,
    served: 1,
    explained: "auth",
  });

  await writeFile(
    join(project, "use.ts"),
    `import { parseGoVersion, checkSettings, type Diagnostic, type Ledger } from "setup-goproxy";
const d: Diagnostic[] = checkSettings({ GOPROXY: "direct" }, { goVersion: parseGoVersion("1.21")! });
export const n: number = d.length;
export type L = Ledger["origins"][number]["hitRate"];
`,
  );
  await writeFile(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        module: "nodenext",
        moduleResolution: "nodenext",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        // A consumer of a Node library has Node's types: the declarations use Buffer and
        // node:tls. They come from this repository's devDependency (tests stay offline).
        types: ["node"],
        typeRoots: [join(REPO_ROOT, "node_modules/@types")],
      },
      files: ["use.ts"],
    }),
  );
  await run(process.execPath, [join(REPO_ROOT, "node_modules/typescript/bin/tsc"), "-p", "."], {
    cwd: project,
  });
});
