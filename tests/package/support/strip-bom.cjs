// CommonJS stand-in for strip-bom@5 (ESM only), which @microsoft/app-manifest requires from
// CommonJS. Node 20's Jest cannot require ES modules; the package project maps 'strip-bom' here.
module.exports = function stripBom(string) {
  if (typeof string !== 'string') throw new TypeError(`Expected a string, got ${typeof string}`);
  return string.charCodeAt(0) === 0xfeff ? string.slice(1) : string;
};
module.exports.default = module.exports;
