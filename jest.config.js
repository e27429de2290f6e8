/** Jest: TypeScript through ts-jest; node environment by default (core, CLI, adapters). */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: { warnOnly: false } }] },
};
