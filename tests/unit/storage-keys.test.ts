import { readdirSync, readFileSync } from 'node:fs';
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

test('code, scripts and tests take storage names from the registry rather than spelling them out', () => {
  const files = ['src', 'scripts', 'tests'].flatMap((dir) =>
    readdirSync(new URL(`../../${dir}/`, import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx|astro|mjs)$/.test(f) && !f.endsWith('storage-keys.ts'))
      .map((f) => `${dir}/${f}`),
  );
  // `theme` is an everyday word (and a data attribute), so only the namespaced names are searched for.
  const names = stored.map(([, value]) => value).filter((value) => value.includes(':') || value.includes('-'));
  const spelled = files.flatMap((file) => {
    const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    return names
      .filter((name) => [`'${name}'`, `"${name}"`, `\`${name}`].some((quoted) => text.includes(quoted)))
      .map((name) => `${file}: ${name}`);
  });
  expect(spelled).toEqual([]);
});
