import { describe, expect, test } from 'vitest';
import { offlineGroup, pageTitle, servedPath } from '../../src/lib/offline-files';
import { browserFamily, durabilityLine } from '../../src/lib/storage-durability';
import { hasUnsavedTyping, type TypingSurface } from '../../src/lib/unsaved-typing';

describe('offline files', () => {
  test.each([
    ['_astro/site.B1nq.js', 'core'],
    ['builder/', 'core'],
    ['planner/conversation/', 'core'],
    ['offline/', 'core'],
    ['icons/icon-192.png', 'core'],
    ['./', 'pages'],
    ['steps/find-people/', 'pages'],
    ['pagefind/pagefind.js', 'pages'],
    ['pagefind/fragment/en_1.pf_fragment', 'pages'],
    ['sw.js', null],
    ['pagefind/pagefind-ui.js', null],
    ['pagefind/pagefind-worker.js', null],
    ['pagefind/wasm.unknown.pagefind', null],
  ])('%s is cached %s', (url, group) => {
    expect(offlineGroup(url)).toBe(group);
  });

  test('pages are named as the site serves them', () => {
    expect(servedPath('index.html')).toBe('./');
    expect(servedPath('steps/x/index.html')).toBe('steps/x/');
    expect(servedPath('404.html')).toBe('404.html');
  });

  test('a page title drops the site name and entities', () => {
    expect(pageTitle('<title>Do&#39;s &amp; don&#39;ts · Informational Interview Handbook</title>')).toBe("Do's & don'ts");
  });
});

describe('storage durability line', () => {
  const safari =
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
  test.each([
    [safari, 'safari'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36', 'chromium'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', 'firefox'],
  ])('recognises %s', (ua, family) => {
    expect(browserFamily(ua)).toBe(family);
  });

  test('Safari explains the seven-day rule and the fix until the site is installed', () => {
    expect(durabilityLine('safari', false, false)).toMatch(/seven days.*install the handbook.*backups/);
    expect(durabilityLine('safari', false, true)).toMatch(/exempt from Safari’s seven-day rule/);
  });

  test('persistent storage is said plainly in every browser', () => {
    expect(durabilityLine('firefox', true, false)).toMatch(/^This browser has agreed to keep your planner/);
  });
});

describe('unsaved typing', () => {
  const el = (tag: string, attrs: Record<string, string> = {}, inside: string | null = null): Element =>
    ({
      tagName: tag.toUpperCase(),
      getAttribute: (n: string) => attrs[n] ?? null,
      closest: (s: string) => (s === inside ? ({} as Element) : null),
    }) as unknown as Element;
  const surface = (active: Element | null, dialogs: Element[] = []): TypingSurface => ({
    activeElement: active,
    querySelectorAll: () => dialogs,
  });
  const dialogWith = (field: boolean, search = false) =>
    ({
      closest: (s: string) => (search && s === 'site-search' ? {} : null),
      querySelector: () => (field ? {} : null),
    }) as unknown as Element;

  test.each([
    ['a note being typed', surface(el('textarea')), true],
    ['a text field in focus', surface(el('input', { type: 'text' })), true],
    ['the search box', surface(el('input', { type: 'search' }, 'site-search')), false],
    ['a button in focus', surface(el('button')), false],
    ['an open form dialog', surface(null, [dialogWith(true)]), true],
    ['the open search dialog', surface(null, [dialogWith(true, true)]), false],
    ['a dialog without fields', surface(null, [dialogWith(false)]), false],
  ])('%s', (_, doc, typing) => {
    expect(hasUnsavedTyping(doc)).toBe(typing);
  });
});
