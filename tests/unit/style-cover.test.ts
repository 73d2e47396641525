import { describe, expect, test } from 'vitest';
import { pagesCoveringEveryStyle, stylesOf } from '../../scripts/lib/style-cover.ts';

describe('stylesOf: how the colour rules see a page', () => {
  test('tells the same element apart by its classes, its styled attributes and the classed box it sits in', () => {
    const styles = stylesOf(
      '<main class="prose"><p>One <a href="/x">link</a></p></main><aside class="callout"><p>Two <a href="/y" aria-current="page">link</a></p></aside>',
    );
    expect(styles).toContain(' > main.prose');
    expect(styles).toContain('main.prose > a');
    expect(styles).toContain('aside.callout > a[aria-current]');
    expect(styles).not.toContain('aside.callout > a');
  });

  test('ignores what no rule can see: words, link targets and the order of classes', () => {
    const a = stylesOf('<div class="b a"><a href="/one">First words</a></div>');
    const b = stylesOf('<div class="a b"><a href="/two">Other words entirely</a></div>');
    expect([...a]).toEqual([...b]);
  });
});

describe('pagesCoveringEveryStyle', () => {
  const pages = new Map([
    ['/small/', new Set(['a'])],
    ['/big/', new Set(['a', 'b', 'c'])],
    ['/other/', new Set(['c', 'd'])],
    ['/same-as-big/', new Set(['b', 'c'])],
  ]);

  test('chooses pages until every style any page has is shown, richest first', () => {
    const chosen = pagesCoveringEveryStyle(pages);
    expect(chosen).toEqual(['/big/', '/other/']);
    const shown = new Set(chosen.flatMap((route) => [...pages.get(route)!]));
    expect(shown).toEqual(new Set(['a', 'b', 'c', 'd']));
  });

  test('a page with a style of its own is always chosen, whatever else it holds', () => {
    const withNew = new Map([...pages, ['/new-component/', new Set(['a', 'z'])]]);
    expect(pagesCoveringEveryStyle(withNew)).toContain('/new-component/');
  });

  test('no pages, no choice', () => {
    expect(pagesCoveringEveryStyle(new Map())).toEqual([]);
  });
});
