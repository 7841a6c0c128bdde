// CREDENTIALS_RULES against the code: every `credentials-…` rule id the credentials input emits
// has exactly one catalogue entry and every entry is emitted; every rule is produced by a
// setupCredentials scenario with the catalogue's severity.
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Diagnostic } from "../../../src/core/diagnostic.ts";
import type { Rule } from "../../../src/core/rule.ts";
import { CREDENTIALS_RULES } from "../../../src/credentials/rules.ts";
import { cleanupCredentials, setupCredentials } from "../../../src/credentials/setup.ts";
import { parseGoVersion } from "../../../src/go/version.ts";

const SRC = new URL("../../../src/", import.meta.url);

/** Rule ids in the source: whole double-quoted literals `"<prefix>-kebab-case"`, comments left out. */
async function emittedIds(dir: string, prefix: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const base = new URL(`${dir}/`, SRC);
  for (const f of await readdir(base)) {
    if (!f.endsWith(".ts") || f === "rules.ts") continue;
    const code = (await readFile(new URL(f, base), "utf8"))
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    for (const m of code.matchAll(/"([a-z0-9]+(?:-[a-z0-9]+)+)"/g))
      if (m[1]!.startsWith(`${prefix}-`)) ids.add(m[1]!);
  }
  return ids;
}

test("every credentials-… rule id the code emits is catalogued once, and every entry is emitted", async () => {
  const emitted = await emittedIds("credentials", "credentials");
  const ids = CREDENTIALS_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, "duplicate catalogue id");
  assert.ok(emitted.size >= 5, `only ${emitted.size} ids found: is the scan still right?`);
  assert.deepEqual([...emitted].sort(), [...ids].sort());
  for (const r of CREDENTIALS_RULES) assert.ok(r.variables.length > 0, r.id);
});

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "credentials-rules-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function setup(
  credentials: string,
  go: string,
  env: Record<string, string> = {},
): Promise<Diagnostic[]> {
  const s = await setupCredentials({
    credentials,
    env: { HOME: join(tmp, "nohome"), ...env },
    goVersion: parseGoVersion(go)!,
    tempDir: tmp,
  });
  await cleanupCredentials(s.state);
  return s.diagnostics;
}

test("every rule is produced with the catalogue's severity", async () => {
  const netrc = join(tmp, "own-netrc");
  await writeFile(netrc, "machine other.example login me password pw_own\n");
  const seen: Diagnostic[] = [
    ...(await setup("a.example:8443 u tok_1\nnot-enough-fields\na.example:8443 u tok_2\n", "1.19", {
      GOAUTH: "off",
      NETRC: netrc,
    })),
    ...(await setup("a.example u tok_3", "1.26", { GOAUTH: "off" })),
    ...(await setup("a.example u tok_4", "1.26", { GOAUTH: "my-helper --flag" })),
  ];
  const byId = new Map<string, Rule>(CREDENTIALS_RULES.map((r) => [r.id, r]));
  for (const d of seen) {
    const r = byId.get(d.rule);
    assert.ok(r, `${d.rule} is not catalogued`);
    assert.equal(d.severity, r.severity, d.rule);
  }
  assert.deepEqual(
    [...new Set(seen.map((d) => d.rule))].sort(),
    CREDENTIALS_RULES.map((r) => r.id).sort(),
  );
});
