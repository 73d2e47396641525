import { expect, test } from 'vitest';
import { rehypeBaseLinks } from '../../src/lib/rehype/base-links.ts';

const tree = (...hrefs: string[]) => ({
  type: 'root',
  children: hrefs.map((href) => ({ type: 'element', tagName: 'a', properties: { href }, children: [] })),
});
const hrefs = (t: ReturnType<typeof tree>) => t.children.map((c) => c.properties.href);

test('root links gain the base path; other links are left alone', () => {
  const t = tree('/steps/find-people/', '#why', 'https://example.org/', '//cdn.example/x', 'mailto:a@b.c');
  rehypeBaseLinks({ base: '/careers/handbook/' })(t);
  expect(hrefs(t)).toEqual(['/careers/handbook/steps/find-people/', '#why', 'https://example.org/', '//cdn.example/x', 'mailto:a@b.c']);
});

test('a base without a trailing slash works the same', () => {
  const t = tree('/tips/#end-on-time');
  rehypeBaseLinks({ base: '/hb' })(t);
  expect(hrefs(t)).toEqual(['/hb/tips/#end-on-time']);
});

test('at the root nothing changes', () => {
  const t = tree('/steps/');
  rehypeBaseLinks({ base: '/' })(t);
  expect(hrefs(t)).toEqual(['/steps/']);
});
