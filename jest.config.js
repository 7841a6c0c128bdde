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
  // A few points under the full run (92.4 % statements, 87.0 % branches, 93.6 % functions of
  // src/): a drop means code no test reaches. Code that runs only in child processes (dist/
  // under the runner emulator) is not counted here, so this is a floor for the unit tests.
  coverageThreshold: { global: { statements: 88, branches: 82, functions: 88, lines: 88 } },
};
