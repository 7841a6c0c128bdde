// GOFLAGS against real go: every flag the installed Go's own help lists (`go help build`,
// `go help testflag`, `go help mod download`, every other command's help), bare, with a bad
// value, with an empty value and with a good one, plus quoting forms and the GOFLAGS values of
// the settings corpus. For each, `go mod download` and `go build -n` run in a module with no
// dependencies and GOPROXY=off (nothing leaves the machine), and the model (goflagsError) and
// the checker must agree with what Go did: the same error text when Go stops because of
// GOFLAGS, none when it runs.
//
// Default: the oldest and newest installed Go; SETUP_GOPROXY_GO_VERSIONS="1.19 1.21 1.22 1.23
// 1.24 1.26" runs all six.
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isolatedGoEnv } from "../../support/fixtures.ts";
import { testedToolchains, type Toolchain } from "../../support/toolchains.ts";
import { pool } from "../../support/go-runs.ts";
import { goflagsError, type GoflagsCommand } from "../../../src/go/goflags.ts";
import { checkSettings } from "../../../src/check/static.ts";
import { parseGoVersion } from "../../../src/go/version.ts";

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "goflags-diff-"));
  await writeFile(join(work, "go.mod"), "module example.com/m\n\ngo 1.16\n");
  await writeFile(join(work, "main.go"), "package main\n\nfunc main() {}\n");
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function run(tc: Toolchain, args: string[], goflags?: string): Promise<string> {
  const env = isolatedGoEnv(join(work, "home"), {
    GOCACHE: join(work, "gocache"),
    GOPROXY: "off",
    GOFLAGS: goflags,
  });
  return new Promise((resolve) => {
    execFile(
      tc.goBin,
      args,
      { cwd: work, env, timeout: 30_000, maxBuffer: 8 << 20 },
      (_e, stdout, stderr) => resolve(`${stdout}\n${stderr}`),
    );
  });
}

/** Flag names in the help texts of this Go: `-name` at a word start. */
async function helpFlags(tc: Toolchain): Promise<string[]> {
  const top = await run(tc, ["help"]);
  const cmds = [...top.matchAll(/^\t([a-z]+)\s/gm)].map((m) => m[1]!);
  const topics = [
    ...cmds.map((c) => [c]),
    ["testflag"],
    ...["download", "edit", "tidy", "vendor", "graph", "why", "verify", "init"].map((s) => [
      "mod",
      s,
    ]),
    ...["edit", "sync", "use", "init"].map((s) => ["work", s]),
  ];
  const names = new Set<string>();
  for (const t of topics) {
    const text = await run(tc, ["help", ...t]);
    for (const m of text.matchAll(/(?:^|[\s[(])-([a-zA-Z][a-zA-Z0-9._-]*)/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

/** The line Go stops with when GOFLAGS is the reason, or undefined. */
function goflagsFailure(out: string): string | undefined {
  for (const line of out.split("\n")) {
    if (
      /\$GOFLAGS|^go: -modfile=|^-mod=.* not supported|^go: -p must be a positive integer/.test(
        line,
      )
    )
      return line.replace(/^go: /, "");
  }
  return undefined;
}

const COMMANDS: Record<GoflagsCommand, string[]> = {
  "mod download": ["mod", "download"],
  build: ["build", "-n", "-o", "/dev/null", "."],
};

/**
 * Spellings of each value type; a flag the command does not define must be ignored for all.
 * Bare and with a bad value by default; SETUP_GOPROXY_GOFLAGS_FULL=1 adds empty, good and
 * double-dash forms (five times the runs).
 */
const FULL = process.env.SETUP_GOPROXY_GOFLAGS_FULL === "1";
function casesFor(name: string): string[] {
  const base = [`-${name}`, `-${name}=bogus`];
  return FULL ? [...base, `-${name}=`, `-${name}=1`, `--${name}=false`] : base;
}

const QUOTING = [
  `'-ldflags=-s -w'`,
  `"-ldflags=-s -w"`,
  `-ldflags=-s -w`,
  `-ldflags='-s -w'`,
  `-ldflags="-s -w"`,
  `'-ldflags=-s -w' -trimpath`,
  `"-tags=a b" -mod=mod`,
  `'-unterminated`,
  `-x '`,
  `"-gcflags=all=-N -l"`,
  `-mod=mod -modcacherw`,
  `-mod=readonly`,
  `-mod=vendor`,
  `-mod=bogus`,
  `-modfile=alt`,
  `-modfile=alt.mod`,
  `-`,
  `--`,
  `---x`,
  `-=x`,
  `--=x`,
  `-x -x=false`,
  `-x=yes`,
  `-json=maybe`,
  `-trimpath=yes`,
  `-C=/tmp`,
  `-C`,
  `-insecure`,
  `-i`,
  `-getmode=vendor`,
  `-test.v -test.run=X`,
  `-test.bogus`,
  `x`,
  `-buildvcs=auto`,
  `-buildvcs=maybe`,
  `-p=0`,
  `-p=0x4`,
  `-ldflags==x`,
  `-gcflags=all=-N`,
  `-covermode=set`,
];

interface SettingsEntry {
  env: Record<string, string>;
}

async function corpusGoflags(): Promise<string[]> {
  const text = await readFile(new URL("./testdata/settings-corpus.json", import.meta.url), "utf8");
  const c = JSON.parse(text) as { entries: SettingsEntry[] };
  return c.entries.map((e) => e.env.GOFLAGS).filter((g): g is string => g !== undefined);
}

for (const tc of testedToolchains()) {
  describe(`GOFLAGS on go ${tc.version}`, () => {
    test("every help-listed flag, quoting and corpus value: model and checker agree with go", async () => {
      const v = parseGoVersion(tc.version)!;
      const names = await helpFlags(tc);
      assert.ok(names.length > 80, `only ${names.length} flags found in help`);
      const values = [
        ...new Set([...names.flatMap(casesFor), ...QUOTING, ...(await corpusGoflags())]),
      ];
      const jobs = values.flatMap((value) =>
        (Object.keys(COMMANDS) as GoflagsCommand[]).map((cmd) => async () => {
          const real = goflagsFailure(await run(tc, COMMANDS[cmd], value));
          return { value, cmd, real, model: goflagsError(value, v, cmd) };
        }),
      );
      const results = await pool(jobs);
      const disagreements: string[] = [];
      for (const r of results) {
        if (r.real !== r.model)
          disagreements.push(
            `${r.cmd} GOFLAGS=${JSON.stringify(r.value)}: go ${JSON.stringify(r.real)}, model ${JSON.stringify(r.model)}`,
          );
      }
      // The checker: an error exactly when `go mod download` stops; the build warning exactly
      // when only the build stops.
      for (const value of values) {
        const download = results.find((r) => r.value === value && r.cmd === "mod download")!;
        const build = results.find((r) => r.value === value && r.cmd === "build")!;
        const diags = checkSettings({ GOFLAGS: value }, { goVersion: v }).filter((d) =>
          d.rule.startsWith("goflags-"),
        );
        const errors = diags.filter((d) => d.severity === "error");
        const warnsBuild = diags.some((d) => d.rule === "goflags-breaks-builds");
        if (errors.length > 0 !== (download.real !== undefined))
          disagreements.push(
            `checker GOFLAGS=${JSON.stringify(value)}: go mod download ${download.real ?? "runs"}, checker errors [${errors.map((d) => d.rule).join(",")}]`,
          );
        if (warnsBuild !== (build.real !== undefined && download.real === undefined))
          disagreements.push(
            `checker GOFLAGS=${JSON.stringify(value)}: go build ${build.real ?? "runs"}, goflags-breaks-builds ${warnsBuild}`,
          );
      }
      const failing = results.filter((r) => r.real !== undefined).length;
      console.log(
        `go ${tc.version}: ${names.length} flags from help, ${values.length} GOFLAGS values, ${results.length} runs, ${failing} rejected by go, ${disagreements.length} disagreements`,
      );
      for (const d of disagreements) console.log(d);
      assert.deepEqual(disagreements, []);
    }, 900_000); // over 560 go runs per version
  });
}
