// CommonJS stand-in for the ESM-only "strip-bom" package, which office-addin-mock's dependency
// chain (office-addin-manifest -> @microsoft/app-manifest) imports; jest runs CommonJS here.
module.exports = function stripBom(text) {
  return typeof text === "string" && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};
module.exports.default = module.exports;
