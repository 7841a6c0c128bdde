// CREDENTIALS_RULES against the code: every `credentials-…` rule id the credentials input emits
// has exactly one catalogue entry and every entry is emitted; every rule is produced by a
// setupCredentials scenario with the catalogue's severity.
import { afterAll, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Diagnostic } from "../../../src/core/diagnostic.ts";
import type { Rule } from "../../../src/core/rule.ts";
import { CREDENTIALS_RULES } from "../../../src/credentials/rules.ts";
import { cleanupCredentials, setupCredentials } from "../../../src/credentials/setup.ts";
import { parseGoVersion } from "../../../src/go/version.ts";
import { assertCatalogueMatchesCode } from "../../support/rule-catalogue.ts";

test("every credentials-… rule id the code emits is catalogued once, and every entry is emitted", async () => {
  await assertCatalogueMatchesCode(CREDENTIALS_RULES, ["credentials"], "credentials", 5);
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
