// The checker against settings people really wrote (testdata/settings-corpus.json): every
// labelled rule fires, no error that is not labelled, no secret in any message, and an error
// whenever real go (oldest and newest installed, or SETUP_GOPROXY_GO_VERSIONS) rejects the
// settings, none it does not (labelled errors for values Go takes silently but that cannot
// work excepted). Go runs `go mod download` in an empty module with HTTP(S)_PROXY on a closed
// loopback port, so a request to any proxy host is refused without a DNS lookup.
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isolatedGoEnv } from "../../support/fixtures.ts";
import { testedToolchains, type Toolchain } from "../../support/toolchains.ts";
import { CLOSED_NETWORK } from "../../support/go-runs.ts";
import { checkSettings } from "../../../src/check/static.ts";
import { parseGoVersion, type GoVersion } from "../../../src/go/version.ts";

interface Entry {
  id: string;
  source: string;
  heldout: boolean;
  env: Record<string, string>;
  expect: string[];
}

const corpus = JSON.parse(
  await readFile(new URL("./testdata/settings-corpus.json", import.meta.url), "utf8"),
) as { entries: Entry[] };

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "settings-corpus-"));
  await writeFile(join(work, "go.mod"), "module example.com/main\n\ngo 1.16\n");
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Go's words when it stops because of a setting, not because the network is closed. */
const SETTINGS_REJECTED =
  /invalid proxy URL|GOPROXY list is not the empty string|invalid \$GOPROXY|\$GOFLAGS|invalid GOTOOLCHAIN|unknown environment setting|GOAUTH|invalid GOVCS|refusing to pass credentials|-modfile=|parse "|invalid GOSUMDB/;

function goRejects(tc: Toolchain, env: Record<string, string>): Promise<string | undefined> {
  const full = isolatedGoEnv(join(work, "home"), {
    GOCACHE: join(work, "gocache"),
    GOFLAGS: undefined,
    GO111MODULE: undefined,
    ...CLOSED_NETWORK,
    ...env,
  });
  return new Promise((resolve) => {
    execFile(
      tc.goBin,
      ["mod", "download", "-json", "example.com/m@v1.0.0"],
      { cwd: work, env: full, timeout: 60_000, maxBuffer: 8 << 20 },
      (_e, stdout, stderr) => {
        const text = `${stdout}\n${stderr}`;
        resolve(
          text
            .split("\n")
            .find((l) => SETTINGS_REJECTED.test(l))
            ?.trim(),
        );
      },
    );
  });
}

/**
 * The rules an entry expects on one Go version: "rule" always, "rule@1.21+" from Go 1.21 on,
 * "rule@-1.20" up to Go 1.20 (a value Go reads differently once it understands quoting).
 */
function expectedOn(e: Entry, v: GoVersion): string[] {
  return e.expect.flatMap((label) => {
    const m = /^(.+)@(-?)1\.(\d+)(\+?)$/.exec(label);
    if (!m) return [label];
    const minor = Number(m[3]);
    const applies = m[2] === "-" ? v.minor <= minor : v.minor >= minor;
    return applies ? [m[1]!] : [];
  });
}

/** Passwords and tokens written in the corpus values, in the forms a message could show them. */
function secretsOf(env: Record<string, string>): string[] {
  const out: string[] = [];
  for (const v of Object.values(env))
    for (const m of v.matchAll(/:\/\/([^/@\s,|]+)@/g)) {
      const info = m[1]!;
      const colon = info.indexOf(":");
      out.push(colon < 0 ? `//${info}@` : `:${info.slice(colon + 1)}@`);
    }
  return out;
}

for (const tc of testedToolchains()) {
  describe(`settings corpus on go ${tc.version}`, () => {
    const v = parseGoVersion(tc.version)!;

    test("labelled rules fire, no false error, no secret in a message", () => {
      const problems: string[] = [];
      for (const part of [false, true]) {
        let right = 0;
        const entries = corpus.entries.filter((e) => e.heldout === part);
        for (const e of entries) {
          const diags = checkSettings(e.env, { goVersion: v });
          const ids = new Set(diags.map((d) => d.rule));
          const expected = expectedOn(e, v);
          const missing = expected.filter((r) => !ids.has(r));
          const falseErrors = diags.filter(
            (d) => d.severity === "error" && !expected.includes(d.rule),
          );
          const leaked = secretsOf(e.env).filter((s) => JSON.stringify(diags).includes(s));
          if (missing.length === 0 && falseErrors.length === 0 && leaked.length === 0) right++;
          for (const r of missing) problems.push(`${e.id}: ${r} did not fire (${e.source})`);
          for (const d of falseErrors)
            problems.push(`${e.id}: false error ${d.rule}: ${d.message}`);
          for (const s of leaked)
            problems.push(`${e.id}: a message shows the secret ${s.length} chars`);
        }
        console.log(
          `${part ? "held-out" : "tuning"} part: ${right}/${entries.length} entries fully right`,
        );
      }
      for (const p of problems) console.log(p);
      assert.deepEqual(problems, []);
    });

    test("an error when real go rejects the settings, and only then or where labelled", async () => {
      const disagreements: string[] = [];
      for (const e of corpus.entries) {
        const rejected = await goRejects(tc, e.env);
        const errors = checkSettings(e.env, { goVersion: v }).filter((d) => d.severity === "error");
        // An error where Go accepts the value is right only when labelled: a setting Go takes
        // silently but that cannot work (a pattern with ";" matches nothing).
        const expected = expectedOn(e, v);
        const unlabelled = errors.filter((d) => !expected.includes(d.rule));
        if (rejected !== undefined ? errors.length === 0 : unlabelled.length > 0)
          disagreements.push(
            `${e.id}: go ${rejected ?? "accepts"}; checker errors [${errors.map((d) => d.rule).join(",")}]`,
          );
      }
      console.log(
        `go ${tc.version}: ${corpus.entries.length} settings entries, ${disagreements.length} disagreements`,
      );
      for (const d of disagreements) console.log(d);
      assert.deepEqual(disagreements, []);
    }, 900_000); // one `go mod download` per entry: about 2 s each on a loaded machine
  });
}
