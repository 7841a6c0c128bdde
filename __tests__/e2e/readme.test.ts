// The README's examples are exercised: every settings example passes the checker with no
// error on the oldest and newest Go, and the GitLab example's script runs as written with
// the packed package and real go (against a loopback proxy instead of the example's hosts).
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { checkSettings } from "../../src/check/static.ts";
import { exportsFromInputs } from "../../src/settings/settings.ts";
import { parseGoVersion } from "../../src/go/version.ts";
import { FIXTURE_HOST } from "../support/fixtures.ts";
import { useExampleServers } from "../support/job-servers.ts";
import { installPackage, packPackage } from "../support/package.ts";
import { REPO_ROOT } from "../support/runner.ts";
import { exampleWorkspace, jobEnv } from "../support/example.ts";
import { testedToolchains } from "../support/toolchains.ts";

const readme = await readFile(join(REPO_ROOT, "README.md"), "utf8");
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** `key: value` lines of a block, quotes removed, `${{ … }}` expressions dropped. */
function keyValues(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/^\s+([\w-]+):\s*(.+?)\s*(?:#.*)?$/gm)) {
    const value = m[2]!.replace(/^"(.*)"$/, "$1");
    if (!value.includes("${{")) out[m[1]!] = value;
  }
  return out;
}

test("every settings example of the README passes the checker without an error", () => {
  assert.ok(yamlBlocks.length >= 8, "the recipes are there");
  let checked = 0;
  for (const block of yamlBlocks) {
    const kv = keyValues(block);
    const env = {
      ...exportsFromInputs(kv),
      ...(kv.GOPROXY ? { GOPROXY: kv.GOPROXY } : {}),
      ...(kv.GOPRIVATE ? { GOPRIVATE: kv.GOPRIVATE } : {}),
    };
    if (Object.keys(env).length === 0) continue;
    checked++;
    for (const go of ["1.19", "1.26"]) {
      const errors = checkSettings(env, { goVersion: parseGoVersion(go)! }).filter(
        (d) => d.severity === "error",
      );
      assert.deepEqual(errors, [], `README example ${JSON.stringify(env)} on Go ${go}`);
    }
  }
  assert.ok(checked >= 7, `${checked} examples checked`);
});

const servers = useExampleServers({});

function sh(command: string, cwd: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn("sh", ["-c", command], { cwd, env });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.stderr.on("data", (d: Buffer) => (out += d));
    child.on("close", (code) => resolve({ code, out }));
  });
}

/** The `- …` lines of a job's `key:` list (before_script, script) in a YAML block. */
function listItems(block: string, key: string): string[] {
  const m = new RegExp(`^(\\s+)${key}:\\n((?:\\1\\s+- .*\\n)+)`, "m").exec(block);
  return m ? [...m[2]!.matchAll(/^\s+- (.*)$/gm)].map((x) => x[1]!) : [];
}

test("the GitLab example's script runs as written against the packed package and real go", async () => {
  const gitlab = yamlBlocks.find((b) => b.includes(".gitlab-ci.yml"))!;
  // before_script installs Go and the package from the registry; here Go is a local
  // toolchain and the package is this repository's `npm pack`, installed offline.
  const before = listItems(gitlab, "before_script");
  assert.ok(before.includes("npm install --no-save setup-goproxy@1"), before.join("\n"));
  const script = listItems(gitlab, "script");
  assert.equal(script.filter((c) => c.startsWith("npx setup-goproxy ")).length, 3);
  assert.ok(script.includes("go build ./..."));
  const go = testedToolchains().at(-1)!;
  const ws = await exampleWorkspace();
  await installPackage(await packPackage(), ws);
  const env = jobEnv(go, await mkdtemp(join(tmpdir(), "readme-home-")), {
    GOPROXY: servers.proxy.url,
    GONOSUMDB: FIXTURE_HOST,
    GOPRIVATE: "*.corp.example",
    npm_config_offline: "true",
  });
  // Node 24 first, as in the job's image
  env.PATH = `${dirname(process.execPath)}:${env.PATH}`;
  for (const command of script) {
    const r = await sh(command, ws, env);
    assert.equal(r.code, 0, `${command}\n${r.out}`);
  }
  const junit = await readFile(join(ws, "goproxy-junit.xml"), "utf8");
  assert.match(junit, /<testsuite name="setup-goproxy" tests="\d+" failures="0"/);
  assert.match(junit, /name="github.com\/goproxy-fixture\/greeting@v1.2.0"/);
}, 1_200_000);
