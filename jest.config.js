/** Jest: TypeScript through ts-jest; node environment by default (core, CLI, adapters). */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  // fast-check: a fixed seed and bounded runs; `npm run test:deep` runs the long versions.
  setupFiles: ["<rootDir>/test/support/setup-properties.ts"],
  // office-addin-mock -> office-addin-manifest -> @microsoft/app-manifest imports ESM-only
  // packages; map them to small CommonJS stand-ins so jest (CommonJS) can load the mock.
  moduleNameMapper: {
    "^strip-bom$": "<rootDir>/test/support/strip-bom.js",
    "^uuid$": "<rootDir>/test/support/uuid.js",
  },
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: { warnOnly: false } }] },
};
