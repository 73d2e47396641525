import { expect, test } from 'vitest';
import { withBase } from '../../src/lib/paths';

test.each([
  ['/steps/', '/', '/steps/'],
  ['/steps/', '/careers/handbook/', '/careers/handbook/steps/'],
  ['steps/', '/careers/handbook', '/careers/handbook/steps/'],
  ['/questions/x/#how-did-you-start', '/hb/', '/hb/questions/x/#how-did-you-start'],
  ['/', '/hb/', '/hb/'],
])('withBase(%s, %s) is %s', (path, base, expected) => {
  expect(withBase(path, base)).toBe(expected);
});
