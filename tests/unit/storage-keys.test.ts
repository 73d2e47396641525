import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import * as registry from '../../src/lib/storage-keys.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const privacy = readme.slice(readme.indexOf('## Privacy'), readme.indexOf('\n## ', readme.indexOf('## Privacy') + 1));
// Every name the site stores under: keys and key prefixes (SHEET_EVENT is an event, not stored).
const stored = Object.entries(registry).filter(([name]) => /_(KEY|PREFIX)$/.test(name));

test('the registry holds every storage name once', () => {
  const values = stored.map(([, value]) => value);
  expect(values.length).toBeGreaterThanOrEqual(9);
  expect(new Set(values).size).toBe(values.length);
});

test.each(stored)('the README privacy section lists %s', (_, value) => {
  expect(privacy).toContain(`| \`${value}\``);
});

test('the README lists nothing the registry does not have', () => {
  const listed = [...privacy.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]);
  expect(listed.sort()).toEqual(stored.map(([, value]) => value).sort());
});
