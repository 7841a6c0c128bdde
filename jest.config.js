// jest runs the TypeScript sources as ESM (the toolkit is ESM-only): node runs jest with
// --experimental-vm-modules (see scripts/jest.sh) and @swc/jest strips the types.
/** @type {import("jest").Config} */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  extensionsToTreatAsEsm: [".ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: { parser: { syntax: "typescript" }, target: "es2023" },
        module: { type: "es6" },
        sourceMaps: "inline",
      },
    ],
  },
  // node:test ran with --test-timeout=300000: real go runs, toolchains and caches are slow
  testTimeout: 300_000,
  coverageProvider: "v8",
  collectCoverageFrom: ["src/**/*.ts"],
  // A floor, not a target: 140 pure unit tests alone reach 94 % of statements, 83 % of
  // branches and 93 % of functions of the files they load; much of src/action and src/cache
  // runs in child processes (dist/ under the runner emulator), which v8 coverage here does
  // not see. Raise it to just below a full run's numbers.
  coverageThreshold: { global: { statements: 50, branches: 50, functions: 50, lines: 50 } },
};
