#!/usr/bin/env node
/** `npm run validate`: offline manifest checks (see manifest-checks.js). Exit 1 on any problem. */
const fs = require("fs");
const { checkManifest } = require("./manifest-checks");

const files = process.argv.slice(2);
// Default: the source manifest, and the built one too once `npm run build` has made it.
if (files.length === 0)
  files.push("manifest.xml", ...(fs.existsSync("dist/manifest.xml") ? ["dist/manifest.xml"] : []));
let failed = false;
for (const file of files) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    console.error(`${file}: cannot read (${e.code || e.message}).`);
    failed = true;
    continue;
  }
  const { problems, summary } = checkManifest(text);
  if (problems.length > 0) {
    failed = true;
    console.error(`${file}: ${problems.length} problem(s):`);
    for (const p of problems) console.error(`  - ${p}`);
  } else {
    console.log(
      `${file}: valid (offline checks). Origin ${summary.origin}, namespace ${summary.namespace}, requirement sets ${summary.requirementSets.join(", ")}.`,
    );
  }
}
process.exit(failed ? 1 : 0);
