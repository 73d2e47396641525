// Prints the edition settings reference (a Markdown table made from src/schemas/edition.ts);
// with --write, puts it into README.md between its markers. The unit tests fail when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { editionReference, REFERENCE_END, REFERENCE_START } from '../src/lib/edition/reference.ts';
import { ROOT } from './lib/built-site.ts';

const table = editionReference();
if (!process.argv.includes('--write')) {
  console.log(table);
} else {
  const file = `${ROOT}README.md`;
  const readme = readFileSync(file, 'utf8');
  const start = readme.indexOf(REFERENCE_START);
  const end = readme.indexOf(REFERENCE_END);
  if (start < 0 || end < start) {
    console.error(`edition-reference: README.md needs the two marker lines:\n${REFERENCE_START}\n${REFERENCE_END}`);
    process.exit(1);
  }
  writeFileSync(file, `${readme.slice(0, start + REFERENCE_START.length)}\n\n${table}\n\n${readme.slice(end)}`);
  console.log('edition-reference: README.md updated');
}
