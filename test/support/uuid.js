// CommonJS stand-in for the ESM-only "uuid" package (used by office-addin-manifest, which
// office-addin-mock loads). Only v4 is used there.
const { randomUUID } = require("crypto");
module.exports = { v4: () => randomUUID() };
