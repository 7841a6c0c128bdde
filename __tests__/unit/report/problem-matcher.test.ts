// The problem matcher against what real go build and go vet print.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { GO_PROBLEM_MATCHER } from "../../../src/report/problem-matcher.ts";
import { goTelemetryOff } from "../../support/fixtures.ts";
import { testedToolchains } from "../../support/toolchains.ts";

const run = promisify(execFile);
const [matcher] = GO_PROBLEM_MATCHER.problemMatcher;
const pattern = matcher!.pattern[0]!;

/** What the runner makes of one line: the matcher's groups, or undefined. */
function match(line: string) {
  const m = new RegExp(pattern.regexp).exec(line);
  return m
    ? {
        file: m[pattern.file],
        line: m[pattern.line],
        column: m[pattern.column],
        message: m[pattern.message],
      }
    : undefined;
}

async function goOutput(goBin: string, dir: string, args: string[]): Promise<string> {
  goTelemetryOff(dir);
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: dir,
    GOPATH: join(dir, "gopath"),
    GOCACHE: process.env.GOCACHE ?? join(dir, "cache"),
    GOTOOLCHAIN: "local",
    GOFLAGS: "-mod=mod",
    GOPROXY: "off",
    GOSUMDB: "off",
  };
  const r = await run(goBin, args, { cwd: dir, env, timeout: 120_000 }).catch(
    (e: { stderr: string }) => e,
  );
  return r.stderr;
}

for (const go of testedToolchains()) {
  test(`go ${go.version}: build and vet errors match with file, line, column and message`, async () => {
    const dir = await mkdtemp(join(tmpdir(), "matcher-"));
    try {
      await writeFile(join(dir, "go.mod"), "module example.com/m\n\ngo 1.19\n");
      await writeFile(
        join(dir, "main.go"),
        "package main\n\nfunc main() {\n\tx := undefinedThing\n\t_ = x\n}\n",
      );
      const build = await goOutput(go.goBin, dir, ["build", "./..."]);
      const built = build.split("\n").map(match).filter(Boolean);
      assert.equal(built.length, 1, build);
      assert.deepEqual(built[0], {
        file: "./main.go",
        line: "4",
        column: "7",
        message: "undefined: undefinedThing",
      });
      assert.equal(match("# example.com/m"), undefined);

      await writeFile(
        join(dir, "main.go"),
        'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printf("%d\\n", "s")\n}\n',
      );
      const vet = await goOutput(go.goBin, dir, ["vet", "./..."]);
      const vetted = vet.split("\n").map(match).filter(Boolean);
      assert.equal(vetted.length, 1, vet);
      assert.match(vetted[0]!.file!, /^(\.\/)?main\.go$/);
      assert.equal(vetted[0]!.line, "6");
      assert.match(vetted[0]!.column!, /^\d+$/); // the call (1.19) or the format string (1.26)
      assert.match(vetted[0]!.message!, /fmt\.Printf format %d has arg "s" of wrong type string/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

test("Windows paths and lines without a column match too", () => {
  assert.deepEqual(match(String.raw`.\cmd\main.go:12:3: undefined: y`), {
    file: String.raw`.\cmd\main.go`,
    line: "12",
    column: "3",
    message: "undefined: y",
  });
  assert.equal(match("    x_test.go:9: boom")!.column, undefined);
});
