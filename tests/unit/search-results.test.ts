// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { appendExcerpt, renderResults } from '../../src/lib/search-results';

test('an excerpt keeps its highlights and nothing else', () => {
  const p = document.createElement('p');
  appendExcerpt(p, 'What <mark>salary</mark> range &amp; perks <img src=x onerror=alert(1)>?');
  expect(p.querySelectorAll('mark')).toHaveLength(1);
  expect(p.querySelector('img')).toBeNull();
  expect(p.textContent).toBe('What salary range & perks ?');
});

test('escaped markup in an excerpt stays text', () => {
  const p = document.createElement('p');
  appendExcerpt(p, '&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(p.querySelector('script')).toBeNull();
  expect(p.textContent).toBe('<script>alert(1)</script>');
});

test('results become one link each, with sub-results for sections of a page', () => {
  const list = document.createElement('ul');
  renderResults(list, [
    { url: '/questions/pay/#q1', excerpt: 'a <mark>salary</mark>', meta: { title: 'What salary range?', kind: 'Question' } },
    {
      url: '/steps/x/',
      excerpt: 'text',
      meta: { title: 'Step' },
      sub_results: [
        { url: '/steps/x/', title: 'Step', excerpt: '' },
        { url: '/steps/x/#why', title: 'Why it matters', excerpt: '' },
      ],
    },
  ]);
  const links = [...list.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
  expect(links).toEqual([
    ['What salary range?', '/questions/pay/#q1'],
    ['Step', '/steps/x/'],
    ['Why it matters', '/steps/x/#why'],
  ]);
});

test('a new search replaces the old results', () => {
  const list = document.createElement('ul');
  renderResults(list, [{ url: '/a/', excerpt: '', meta: { title: 'A' } }]);
  renderResults(list, []);
  expect(list.children).toHaveLength(0);
});
