// The inputs → Go variables table, the exports it yields, the environment Go then sees, and the
// settings rows of the summary: which variables show, where each came from, no secret shown.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { GO_VARIABLES } from "../../../src/go/env.ts";
import { VARIABLE_INPUTS } from "../../../src/settings/inputs.ts";
import { settingRows } from "../../../src/settings/rows.ts";
import { effectiveEnv, exportsFromInputs } from "../../../src/settings/settings.ts";
import { actionDefaults } from "../../support/runner.ts";

test("each input sets one Go variable, each has an action.yml input and an output of its name", async () => {
  const inputs = VARIABLE_INPUTS.map((v) => v.input);
  const variables = VARIABLE_INPUTS.map((v) => v.variable);
  assert.equal(new Set(inputs).size, inputs.length, "an input named twice");
  assert.equal(new Set(variables).size, variables.length, "a variable set by two inputs");
  for (const v of variables) assert.ok((GO_VARIABLES as readonly string[]).includes(v), v);
  const defaults = await actionDefaults();
  for (const i of inputs) assert.equal(defaults[i], "", `${i}: an input with an empty default`);
  const yml = await readFile(new URL("../../../action.yml", import.meta.url), "utf8");
  const outputs = /^outputs:\n([\s\S]*)$/m.exec(yml)?.[1] ?? "";
  for (const v of variables)
    assert.match(outputs, new RegExp(`^ {2}${v.toLowerCase()}:`, "m"), `output ${v.toLowerCase()}`);
});

test("exports: one per non-empty input, trimmed; empty, blank and absent inputs export nothing", () => {
  assert.deepEqual(
    exportsFromInputs({
      proxy: "  https://p.corp,direct\n",
      sumdb: "off",
      private: "",
      "no-proxy": " \t ",
      insecure: "*.lab",
    }),
    { GOPROXY: "https://p.corp,direct", GOSUMDB: "off", GOINSECURE: "*.lab" },
  );
  assert.deepEqual(exportsFromInputs({}), {});
  const all = Object.fromEntries(VARIABLE_INPUTS.map((v, i) => [v.input, `value-${i}`]));
  assert.deepEqual(
    exportsFromInputs(all),
    Object.fromEntries(VARIABLE_INPUTS.map((v, i) => [v.variable, `value-${i}`])),
  );
});

test("the effective environment: the job's variables overlaid with the exports, unset ones dropped", () => {
  const job = { PATH: "/usr/bin", GOPROXY: "https://job.example", GOFLAGS: undefined, HOME: "/h" };
  const env = effectiveEnv(job, { GOPROXY: "https://input.example", GOSUMDB: "off" });
  assert.deepEqual(env, {
    PATH: "/usr/bin",
    GOPROXY: "https://input.example",
    HOME: "/h",
    GOSUMDB: "off",
  });
  assert.ok(!("GOFLAGS" in env), "an unset variable stays unset");
  assert.equal(job.GOPROXY, "https://job.example", "the job's environment is not changed");
  assert.deepEqual(effectiveEnv(job, {}), {
    PATH: "/usr/bin",
    GOPROXY: "https://job.example",
    HOME: "/h",
  });
});

test("settings rows: download settings in Go's order, with their source", () => {
  const effective = {
    GOSUMDB: "sum.golang.org",
    GOPROXY: "https://input.example",
    GOPRIVATE: "corp.example",
    GOFLAGS: "-mod=mod",
    GOPATH: "/home/runner/go",
    GOWORK: "off",
    GO111MODULE: "on",
    PATH: "/usr/bin",
  };
  const rows = settingRows(
    effective,
    { GOPROXY: "https://input.example" },
    {
      GOPRIVATE: "corp.example",
      GOFLAGS: "",
    },
  );
  assert.deepEqual(rows, [
    { variable: "GOPROXY", value: "https://input.example", source: "input" },
    { variable: "GOSUMDB", value: "sum.golang.org", source: "go env" },
    { variable: "GOPRIVATE", value: "corp.example", source: "environment" },
    // An empty job variable leaves the value to go env.
    { variable: "GOFLAGS", value: "-mod=mod", source: "go env" },
  ]);
  assert.deepEqual(settingRows({}, {}, {}), []);
});

test("settings rows: credentials in a proxy list are hidden, the list's shape kept", () => {
  const secret = "s3cret-Pw-91c2";
  const token = "ghp_tokenAsUser77";
  const value = `https://ci:${secret}@a.example,https://${token}@b.example|direct`;
  const [row] = settingRows({ GOPROXY: value }, {}, { GOPROXY: value });
  assert.equal(row!.source, "environment");
  assert.ok(!row!.value.includes(secret) && !row!.value.includes(token), row!.value);
  assert.equal(row!.value, "https://ci:xxxxx@a.example,https://xxxxx@b.example|direct");
});
