// Regenerates examples/hello/go.mod and go.sum from the fixture modules with a real `go mod tidy`.
// Run after changing EXAMPLE_MODULES: npx node scripts/make-example.ts
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildFixtures, isolatedGoEnv } from "../__tests__/support/fixtures.ts";
import { EXAMPLE_DIR, EXAMPLE_MODULES } from "../__tests__/support/example.ts";
import { testedToolchains } from "../__tests__/support/toolchains.ts";

const fx = await buildFixtures(EXAMPLE_MODULES);
try {
  rmSync(join(EXAMPLE_DIR, "go.sum"), { force: true });
  writeFileSync(join(EXAMPLE_DIR, "go.mod"), "module example.com/hello\n\ngo 1.19\n");
  const env = isolatedGoEnv(join(fx.root, "tidy"), { GOPROXY: `file://${fx.proxyDir}` });
  execFileSync(testedToolchains()[0]!.goBin, ["mod", "tidy"], {
    cwd: EXAMPLE_DIR,
    env,
    stdio: "inherit",
  });
} finally {
  execFileSync("chmod", ["-R", "u+w", fx.root]);
  await fx.cleanup();
}
