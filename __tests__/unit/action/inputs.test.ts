// readInputs as the runner drives it: every input of action.yml reaches its field, the code's
// fallbacks are action.yml's defaults, and a value out of range or off the list stops the step
// with a message that names the input, the value and what it may be. Inputs are given the way
// the runner gives them, as INPUT_<NAME> variables, with action.yml's defaults for the rest.
import { afterEach, beforeAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { readCacheTimeout, readInputs, type ActionInputs } from "../../../src/action/inputs.ts";
import { actionDefaults } from "../../support/runner.ts";

let defaults: Record<string, string>;
beforeAll(async () => {
  defaults = await actionDefaults();
});

const envName = (input: string) => `INPUT_${input.replace(/ /g, "_").toUpperCase()}`;

afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith("INPUT_")) delete process.env[k];
});

/** action.yml's defaults overlaid with `inputs`; an input set to undefined is not given at all. */
function given(inputs: Record<string, string | undefined> = {}): void {
  for (const [k, v] of Object.entries({ ...defaults, ...inputs })) {
    if (v === undefined) delete process.env[envName(k)];
    else process.env[envName(k)] = v;
  }
}

function read(inputs: Record<string, string | undefined> = {}): ActionInputs {
  given(inputs);
  return readInputs();
}

test("action.yml's defaults read as the documented settings", () => {
  assert.deepEqual(read(), {
    variables: { proxy: "", sumdb: "", private: "", "no-proxy": "", "no-sumdb": "", insecure: "" },
    workingDirectory: ".",
    prewarm: "needed",
    strict: false,
    strictIgnore: "",
    failOnFallback: false,
    allowDirect: "",
    retries: 2,
    check: "live",
    probeTimeoutSeconds: 10,
    probeModule: "",
    stallTimeoutSeconds: 60,
    downloadTimeoutSeconds: 1200,
    cacheTimeoutSeconds: 300,
    credentials: "",
    cache: true,
    cacheLayout: "download",
    cacheSave: "auto",
    cacheKeySuffix: "",
    cacheBuild: true,
    cacheBuildSave: "auto",
    cacheBuildResave: 10,
    goVersion: "",
    goVersionFile: "",
    checkLatest: false,
    architecture: "",
    cacheDependencyPath: "",
  });
});

/** For every input: a value other than its default, and where readInputs puts it. */
const EVERY_INPUT: Record<string, [string, (i: ActionInputs) => unknown, unknown]> = {
  proxy: ["https://p.corp,direct", (i) => i.variables.proxy, "https://p.corp,direct"],
  sumdb: ["off", (i) => i.variables.sumdb, "off"],
  private: ["corp.example", (i) => i.variables.private, "corp.example"],
  "no-proxy": ["a.example", (i) => i.variables["no-proxy"], "a.example"],
  "no-sumdb": ["b.example", (i) => i.variables["no-sumdb"], "b.example"],
  insecure: ["*.lab", (i) => i.variables.insecure, "*.lab"],
  "go-version": ["1.23.x", (i) => i.goVersion, "1.23.x"],
  "go-version-file": ["go.mod", (i) => i.goVersionFile, "go.mod"],
  "check-latest": ["true", (i) => i.checkLatest, true],
  architecture: ["arm64", (i) => i.architecture, "arm64"],
  "working-directory": ["services/api", (i) => i.workingDirectory, "services/api"],
  prewarm: ["all", (i) => i.prewarm, "all"],
  retries: ["0", (i) => i.retries, 0],
  strict: ["true", (i) => i.strict, true],
  "strict-ignore": ["goproxy-direct-only", (i) => i.strictIgnore, "goproxy-direct-only"],
  "fail-on-fallback": ["true", (i) => i.failOnFallback, true],
  "allow-direct": ["example.com/*", (i) => i.allowDirect, "example.com/*"],
  check: ["static", (i) => i.check, "static"],
  "probe-timeout": ["120", (i) => i.probeTimeoutSeconds, 120],
  "stall-timeout": ["1", (i) => i.stallTimeoutSeconds, 1],
  "download-timeout": ["21600", (i) => i.downloadTimeoutSeconds, 21600],
  "cache-timeout": ["3600", (i) => i.cacheTimeoutSeconds, 3600],
  "probe-module": ["example.com/m@v1.0.0", (i) => i.probeModule, "example.com/m@v1.0.0"],
  credentials: ["p.corp ci-bot s3cret", (i) => i.credentials, "p.corp ci-bot s3cret"],
  cache: ["false", (i) => i.cache, false],
  "cache-layout": ["full", (i) => i.cacheLayout, "full"],
  "cache-save": ["never", (i) => i.cacheSave, "never"],
  "cache-key-suffix": ["v2", (i) => i.cacheKeySuffix, "v2"],
  "cache-dependency-path": ["**/go.sum", (i) => i.cacheDependencyPath, "**/go.sum"],
  "cache-build": ["false", (i) => i.cacheBuild, false],
  "cache-build-save": ["always", (i) => i.cacheBuildSave, "always"],
  "cache-build-resave": ["100", (i) => i.cacheBuildResave, 100],
};

test("every input of action.yml is read, into its own field", () => {
  assert.deepEqual(Object.keys(EVERY_INPUT).sort(), Object.keys(defaults).sort());
  const base = read();
  const differs = (a: object, b: object) =>
    Object.keys(a).filter(
      (k) => JSON.stringify(a[k as keyof typeof a]) !== JSON.stringify(b[k as keyof typeof b]),
    );
  for (const [input, [value, field, expected]] of Object.entries(EVERY_INPUT)) {
    const r = read({ [input]: value });
    assert.deepEqual(field(r), expected, input);
    const moved = differs(r, base);
    assert.equal(moved.length, 1, `${input} moved ${moved.join(", ")}`);
    if (moved[0] === "variables")
      assert.equal(differs(r.variables, base.variables).length, 1, input);
  }
});

test("an input left empty falls back to action.yml's default", () => {
  const withDefaults = read();
  // Booleans have no fallback: the runner always passes their default.
  const booleans = ["strict", "cache", "cache-build", "check-latest", "fail-on-fallback"];
  for (const input of Object.keys(defaults).filter((i) => !booleans.includes(i)))
    assert.deepEqual(read({ [input]: "" }), withDefaults, input);
});

test("booleans take YAML's spellings, as the runner's other actions do; anything else stops the step", () => {
  for (const [input, field] of [
    ["strict", (i: ActionInputs) => i.strict],
    ["cache", (i: ActionInputs) => i.cache],
    ["cache-build", (i: ActionInputs) => i.cacheBuild],
    ["check-latest", (i: ActionInputs) => i.checkLatest],
    ["fail-on-fallback", (i: ActionInputs) => i.failOnFallback],
  ] as const) {
    for (const yes of ["true", "True", "TRUE"])
      assert.equal(field(read({ [input]: yes })), true, `${input}: ${yes}`);
    for (const no of ["false", "False", "FALSE"])
      assert.equal(field(read({ [input]: no })), false, `${input}: ${no}`);
    for (const bad of ["yes", "1", "on", "ture"])
      assert.throws(
        () => read({ [input]: bad }),
        (e: Error) => e.message.includes(input) && /true \| True \| TRUE/.test(e.message),
        `${input}: ${bad}`,
      );
  }
});

test("a value off the list names the input, the value and the choices", () => {
  for (const [input, value, choices] of [
    ["prewarm", "some", "needed, all, off"],
    ["check", "full", "off, static, live"],
    ["cache-layout", "tar", "download, full"],
    ["cache-save", "sometimes", "auto, always, never, default-branch"],
    ["cache-build-save", "Always", "auto, always, never, default-branch"],
  ]) {
    assert.throws(() => read({ [input!]: value }), {
      message: `Input ${input} is "${value}"; it must be one of ${choices}.`,
    });
  }
});

test("a number out of range, negative, fractional or not a number names the input and its range", () => {
  const ranges: Record<string, [number, number]> = {
    retries: [0, 10],
    "probe-timeout": [0, 120],
    "stall-timeout": [1, 3600],
    "download-timeout": [1, 21600],
    "cache-timeout": [1, 3600],
    "cache-build-resave": [0, 100],
  };
  for (const [input, [min, max]] of Object.entries(ranges)) {
    for (const ok of [min, max])
      assert.equal(EVERY_INPUT[input]![1](read({ [input]: String(ok) })), ok, `${input}: ${ok}`);
    for (const bad of [String(max + 1), String(min - 1), "1.5", "ten", "3s"])
      assert.throws(() => read({ [input]: bad }), {
        message: `Input ${input} is "${bad}"; it must be a whole number from ${min} to ${max}.`,
      });
  }
});

test("values are trimmed as the runner's toolkit trims them", () => {
  const r = read({ proxy: "  https://p.corp \n", retries: " 3 ", prewarm: " off " });
  assert.equal(r.variables.proxy, "https://p.corp");
  assert.equal(r.retries, 3);
  assert.equal(r.prewarm, "off");
});

test("the post step reads cache-timeout alone, with the same default and range", () => {
  given({ "cache-timeout": undefined });
  assert.equal(readCacheTimeout(), 300);
  given({ "cache-timeout": "7" });
  assert.equal(readCacheTimeout(), 7);
  given({ "cache-timeout": "0" });
  assert.throws(() => readCacheTimeout(), /Input cache-timeout is "0"; .* from 1 to 3600\./);
});
