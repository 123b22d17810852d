// Cold-start peer: a fresh node process that loads pdfmake and renders the same text to disk.
// Usage: node bench/pdfmake-cold.cjs <definition.json> <out.pdf>
const { readFileSync, writeFileSync } = require('node:fs');
const pdfmake = require('pdfmake');

const { definition, fonts } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
pdfmake.setFonts(fonts);
pdfmake.setUrlAccessPolicy(() => false);
const allowed = new Set(Object.values(fonts.Tinos));
pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
pdfmake
  .createPdf(definition)
  .getBuffer()
  .then((buffer) => {
    writeFileSync(process.argv[3], buffer);
    if (process.env.REFUGE_REPORT_RSS === '1')
      process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
  });
