// Go detection: one `go env` process per job, and the GOTOOLCHAIN it resolves without asking
// go a second time is the one `go env` itself reports, for every tested Go.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { detectGo } from "../../../src/pipeline/go.ts";
import { detectJob } from "../../../src/pipeline/detect.ts";
import { isolatedGoEnv } from "../../support/fixtures.ts";
import { testedToolchains, type Toolchain } from "../../support/toolchains.ts";

/** A `go` on PATH that logs each run, then runs the real one. */
async function countingGo(go: Toolchain): Promise<{ path: string; runs: () => Promise<number> }> {
  const dir = await mkdtemp(join(tmpdir(), "counting-go-"));
  const log = join(dir, "runs.log");
  await writeFile(log, "");
  await writeFile(join(dir, "go"), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${go.goBin}' "$@"\n`);
  await chmod(join(dir, "go"), 0o755);
  return {
    path: `${dir}:/usr/bin:/bin`,
    runs: async () => (await readFile(log, "utf8")).split("\n").filter(Boolean).length,
  };
}

/** What go itself reports, from a directory without go.mod (so no switch can start). */
function goEnvSays(go: Toolchain, env: Record<string, string>, name: string): string {
  const out = execFileSync(go.goBin, ["env", "-json", name], { cwd: tmpdir(), env });
  return (JSON.parse(out.toString()) as Record<string, string>)[name] ?? "";
}

for (const go of testedToolchains()) {
  describe(`Go ${go.version}`, () => {
    test("one go process; GOTOOLCHAIN as go env reports it, from the env, the user's file or go.env", async () => {
      const home = await mkdtemp(join(tmpdir(), "detect-home-"));
      const goenv = join(home, "goenv");
      const counting = await countingGo(go);
      const cases: { env: Record<string, string | undefined>; file?: string }[] = [
        { env: { GOTOOLCHAIN: undefined } },
        { env: { GOTOOLCHAIN: "path" } },
        { env: { GOTOOLCHAIN: undefined }, file: "GOTOOLCHAIN=local+path\n" },
        { env: { GOTOOLCHAIN: "" }, file: "# a comment\nGOTOOLCHAIN=path\n" },
      ];
      for (const c of cases) {
        await writeFile(goenv, c.file ?? "");
        const env = isolatedGoEnv(home, { ...c.env, GOENV: goenv, PATH: counting.path });
        const before = await counting.runs();
        const found = await detectGo(env, tmpdir());
        assert.ok(found);
        assert.equal(await counting.runs(), before + 1, "go env runs once");
        assert.equal(
          found.effective.GOTOOLCHAIN,
          goEnvSays(go, env, "GOTOOLCHAIN"),
          JSON.stringify(c),
        );
        assert.equal(found.effective.GOROOT, undefined, "GOROOT is not handed on");
        // The file as read for the checks too: no second read.
        if (c.file) assert.equal(found.userEnv?.GOTOOLCHAIN, /GOTOOLCHAIN=(.*)/.exec(c.file)![1]);
      }
    });
  });
}

test("the scan follows go env's GOWORK: a go.work turned off in the user's file is not used", async () => {
  const go = testedToolchains().at(-1)!;
  const home = await mkdtemp(join(tmpdir(), "detect-home-"));
  const ws = await mkdtemp(join(tmpdir(), "detect-ws-"));
  await mkdir(join(ws, "a"));
  await mkdir(join(ws, "b"));
  await writeFile(join(ws, "go.work"), "go 1.19\n\nuse ./a\n");
  await writeFile(join(ws, "a", "go.mod"), "module example.com/a\n\ngo 1.19\n");
  await writeFile(join(ws, "b", "go.mod"), "module example.com/b\n\ngo 1.19\n");
  await writeFile(join(home, "goenv"), "GOWORK=off\n");
  const env = isolatedGoEnv(home, {
    GOENV: join(home, "goenv"),
    PATH: `${join(go.goroot, "bin")}:/usr/bin:/bin`,
  });
  const found = await detectJob(env, ws, ws);
  assert.ok(found);
  assert.equal(found.go.effective.GOWORK, "off");
  assert.deepEqual(
    found.ws.roots.map((r) => [r.kind, r.dir]),
    [
      ["module", join(ws, "a")],
      ["module", join(ws, "b")],
    ],
  );
  assert.equal(found.ws.goFiles.get(join(ws, "a", "go.mod")), "module example.com/a\n\ngo 1.19\n");
});

test("no go on PATH: undefined, nothing run", async () => {
  const home = await mkdtemp(join(tmpdir(), "detect-home-"));
  assert.equal(await detectGo(isolatedGoEnv(home, { PATH: "/nonexistent" }), tmpdir()), undefined);
});
