#!/usr/bin/env node
// The scorecard command. Build first (npm run build, or npm run build:cli).
let cli;
try {
  cli = require("../lib/src/cli/main.js");
} catch (e) {
  process.stderr.write("scorecard: the command is not built yet. Run `npm run build:cli` (or `npm run build`) first.\n");
  process.exit(2);
}
cli.main(process.argv).then((code) => process.exit(code));
