// The typed library as another project uses it: build lib/ with its declarations, import
// the package by name from a fresh project, and check that importing prints nothing and
// touches no environment, and that the declarations typecheck a consumer.
import { beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT } from "../support/runner.ts";

const run = promisify(execFile);
let project: string;

beforeAll(async () => {
  await run(
    process.execPath,
    [join(REPO_ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.lib.json"],
    { cwd: REPO_ROOT },
  );
  project = await mkdtemp(join(tmpdir(), "library-user-"));
  await mkdir(join(project, "node_modules"));
  await symlink(REPO_ROOT, join(project, "node_modules", "setup-goproxy"));
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({ name: "user", type: "module", private: true }),
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
        types: [],
      },
      files: ["use.ts"],
    }),
  );
  await run(process.execPath, [join(REPO_ROOT, "node_modules/typescript/bin/tsc"), "-p", "."], {
    cwd: project,
  });
});
