// citeproc-js's title case (CSL.Output.Formatters.title) of each line of stdin, as it cases a
// style's own words: node titlecase.js LOCALES_DIR prints a JSON list of the lines cased. For
// tests/test_termcase.py.
const CSL = require("citeproc");
const fs = require("fs");

const [localesDir] = process.argv.slice(2);
const style = `<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">
<info><title>t</title><id>t</id><updated>2020-01-01T00:00:00+00:00</updated></info>
<citation><layout><text variable="title"/></layout></citation></style>`;
const sys = {
  retrieveLocale: (tag) => fs.readFileSync(`${localesDir}/locales-${tag}.xml`, "utf8"),
  retrieveItem: () => ({}),
};
const engine = new CSL.Engine(sys, style, "en-US");
const lines = fs.readFileSync(0, "utf8").split("\n").filter((line) => line);
console.log(JSON.stringify(lines.map((line) => CSL.Output.Formatters.title(engine, line))));
