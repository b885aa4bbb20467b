// The bibliography entry citeproc-js (Zotero's CSL processor) makes of each item, alone in the
// bibliography as sitegen formats them (no year suffixes, no sorting): node citeproc.js STYLE.csl LOCALES_DIR LANGUAGE ITEMS.json
// prints a JSON list of plain-text entries, in the items' order. For tests/test_citeproc_js.py.
const CSL = require("citeproc");
const fs = require("fs");

const [stylePath, localesDir, language, itemsPath] = process.argv.slice(2);
const style = fs.readFileSync(stylePath, "utf8");
const items = JSON.parse(fs.readFileSync(itemsPath, "utf8"));
const byId = Object.fromEntries(items.map((item) => [item.id, item]));
const locale = (tag) => `${localesDir}/locales-${tag}.xml`;
const sys = {
  retrieveLocale: (tag) => fs.readFileSync(fs.existsSync(locale(tag)) ? locale(tag) : locale("en-US"), "utf8"),
  retrieveItem: (id) => byId[id],
};
const engine = new CSL.Engine(sys, style, language); // a second or so: made once
engine.setOutputFormat("text");
const entries = items.map((item) => {
  engine.updateItems([item.id]);
  return engine.makeBibliography()[1].join("").replace(/\s+/g, " ").trim();
});
console.log(JSON.stringify(entries));
