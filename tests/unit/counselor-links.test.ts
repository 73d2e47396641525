import { expect, test } from 'vitest';
import { absoluteLink, questionSetPath, questionSetWarning } from '../../src/lib/counselor-links';
import { decodeSheetLink } from '../../src/lib/sheet/link.ts';

test('a question set opens in the builder with the same questions, order and budget', () => {
  const path = questionSetPath(['how-did-you-start', 'who-else-should-i-talk-to'], 20);
  expect(path.startsWith('/builder/#sheet=v1')).toBe(true);
  const decoded = decodeSheetLink(path.split('#')[1]!, new Set(['how-did-you-start', 'who-else-should-i-talk-to']), () => 'k');
  expect(decoded).toMatchObject({
    kind: 'sheet',
    sheet: { items: [{ id: 'how-did-you-start' }, { id: 'who-else-should-i-talk-to' }], minutes: 20 },
    dropped: [],
  });
});

test('thirty bank questions make a link under 2,000 characters', () => {
  const ids = Array.from({ length: 30 }, (_, i) => `a-fairly-long-question-id-number-${i}`);
  expect(absoluteLink(questionSetPath(ids, 30), 'https://careers.example.edu', '/careers/handbook/').length).toBeLessThan(2000);
});

test.each([
  ['/steps/find-people/', 'https://x.edu', '/', 'https://x.edu/steps/find-people/'],
  ['/tips/#end-on-time', 'https://x.edu', '/careers/handbook/', 'https://x.edu/careers/handbook/tips/#end-on-time'],
  ['steps/', 'http://127.0.0.1:4321', '/hb', 'http://127.0.0.1:4321/hb/steps/'],
])('absoluteLink(%s) under %s%s is %s', (path, origin, base, expected) => {
  expect(absoluteLink(path, origin, base)).toBe(expected);
});

test('warns about an empty or over-long question set, and not otherwise', () => {
  expect(questionSetWarning(0)).toMatch(/at least one/);
  expect(questionSetWarning(10)).toBeNull();
  expect(questionSetWarning(31)).toMatch(/31 questions/);
});
