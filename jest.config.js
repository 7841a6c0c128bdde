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
};
