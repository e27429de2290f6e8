/**
 * `npm run test:deep`: the long versions of the randomised tests. Sets SCORECARD_DEEP=1 (see
 * test/support/properties.ts: many more fast-check runs from a fresh seed, bigger generated
 * inputs) and runs jest on the property and random-input suites. Extra jest arguments pass on,
 * e.g. `npm run test:deep -- --testPathPattern layout`.
 */
process.env.SCORECARD_DEEP = "1";
const extra = process.argv.slice(2);
const pattern = extra.includes("--testPathPattern") ? [] : ["--testPathPattern", "property|matching"];
require("jest")
  .run([...pattern, ...extra])
  .catch((error) => {
    console.error(error && error.stack ? error.stack : String(error));
    process.exitCode = 1;
  });
