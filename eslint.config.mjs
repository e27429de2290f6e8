// Lint: typescript-eslint recommended, the Office add-in rules for Excel.run code, and a fence
// that keeps src/core pure (no Office.js, exceljs, Node or DOM), as the architecture requires.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "bin/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/no-office-initialize": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["scripts/**/*.js", "webpack.config.js", "jest.config.js", "test/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["exceljs", "exceljs/*"],
              message: "src/core must not read or write files: use an adapter.",
            },
            {
              group: ["fs", "path", "os", "node:*", "child_process", "stream"],
              message: "src/core must not use Node APIs.",
            },
            { group: ["@microsoft/office-js", "office-*"], message: "src/core must not use Office.js." },
            {
              group: [
                "../adapters/*",
                "../../adapters/*",
                "../excel/*",
                "../../excel/*",
                "../taskpane/*",
                "../../taskpane/*",
              ],
              message: "src/core must not depend on adapters or UI.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "document",
        "window",
        "Office",
        "Excel",
        "process",
        "require",
        "Buffer",
      ],
    },
  },
  {
    // Imports run downward: the adapters (exceljs, Office.js) and the custom functions sit below
    // the pane and its hosts, and never reach up into them.
    files: [
      "src/adapters/**/*.ts",
      "src/excel/**/*.ts",
      "src/functions/**/*.ts",
      "src/chosen-catalogue/**/*.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/pane", "**/pane/*", "**/pane/**", "**/workbench/*", "**/taskpane/*", "**/cli/*"],
              message:
                "Adapters and functions sit below the pane and its hosts: move what both need down (src/core).",
            },
          ],
        },
      ],
    },
  },
);
