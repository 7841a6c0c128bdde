// Whether the download must wait for the toolchain plan: never says no where the planner
// (the same rules Go's switch follows) finds a switch, and says no for the common cases.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { detectJob } from "../../../src/pipeline/detect.ts";
import { maySwitch } from "../../../src/pipeline/toolchain.ts";
import { planToolchainPrewarm } from "../../../src/toolchain/switch-plan.ts";
import { isolatedGoEnv } from "../../support/fixtures.ts";
import { testedToolchains } from "../../support/toolchains.ts";

/** `switches`: what Go 1.21+ does; Go before 1.21 never switches. */
const CASES: {
  name: string;
  gomod: string;
  gotoolchain?: string;
  work?: string;
  switches: boolean;
}[] = [
  { name: "an old go line", gomod: "go 1.16\n", switches: false },
  {
    name: "the toolchain line says default",
    gomod: "go 1.16\ntoolchain default\n",
    switches: false,
  },
  { name: "a go line far ahead", gomod: "go 1.99\n", switches: true },
  { name: "a toolchain line far ahead", gomod: "go 1.16\ntoolchain go1.99.1\n", switches: true },
  { name: "a toolchain line behind", gomod: "go 1.16\ntoolchain go1.16.1\n", switches: false },
  {
    name: "GOTOOLCHAIN=local, go line ahead",
    gomod: "go 1.99\n",
    gotoolchain: "local",
    switches: false,
  },
  {
    name: "GOTOOLCHAIN names a version",
    gomod: "go 1.16\n",
    gotoolchain: "go1.99.0",
    switches: true,
  },
  { name: "a go.work far ahead", gomod: "go 1.16\n", work: "go 1.99\n\nuse .\n", switches: true },
];

for (const go of testedToolchains()) {
  describe(`Go ${go.version}`, () => {
    for (const c of CASES) {
      test(c.name, async () => {
        const home = await mkdtemp(join(tmpdir(), "switch-home-"));
        const ws = await mkdtemp(join(tmpdir(), "switch-ws-"));
        await writeFile(join(ws, "go.mod"), `module example.com/m\n\n${c.gomod}`);
        if (c.work) await writeFile(join(ws, "go.work"), c.work);
        const env = isolatedGoEnv(home, {
          GOTOOLCHAIN: c.gotoolchain ?? "auto",
          PATH: `${join(go.goroot, "bin")}:/usr/bin:/bin`,
        });
        const found = await detectJob(env, ws, ws);
        assert.ok(found);
        const plan = await planToolchainPrewarm({
          dirs: found.ws.roots.map((r) => r.dir),
          localVersion: found.go.versionText,
          env: { ...env, ...found.go.effective },
        });
        const expected = go.minor >= 21 && c.switches;
        assert.equal(plan.switches.length > 0, expected, JSON.stringify(plan.switches));
        assert.equal(maySwitch(found.go, found.ws), expected);
      });
    }
  });
}
