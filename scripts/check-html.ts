// Validates every built page with html-validate's recommended rules (tests/htmlvalidate.json).
// Prints each problem with its file, line and rule; exits 1 when there is any.
// Beside the Nu checker (scripts/check-nu.ts), for its rules beyond validity: buttons' type and
// name, links' text, focusable content hidden from assistive tech, inline styles, title length.
// The config counts <style> as flow content: where one may stand in <body> (first in its parent,
// as Astro writes its islands' styles) is the Nu checker's rule; html-validate knows only the older one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { builtPages, outDir as builtSite } from './lib/built-site.ts';

const outDir = builtSite(process.argv[2]);
const config = JSON.parse(readFileSync(new URL('../tests/htmlvalidate.json', import.meta.url), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

const files = builtPages(outDir).map((p) => p.file);
let problems = 0;
for (const file of files) {
  const report = await validator.validateString(readFileSync(file, 'utf8'), file);
  for (const result of report.results) {
    for (const m of result.messages) {
      problems++;
      console.error(`${path.relative(process.cwd(), file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
}
if (problems > 0) {
  console.error(`check-html: ${problems} problem(s) in ${files.length} pages`);
  process.exit(1);
}
console.log(`check-html: ${files.length} pages valid`);
