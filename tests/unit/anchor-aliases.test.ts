import { expect, test } from 'vitest';
import { withAnchorAliases } from '../../src/lib/anchor-aliases';

const page = '<p>Intro</p><h2 id="g--running-late-canceling">Running late, canceling</h2><p>Text</p>';

test('an old anchor lands just before the reworded heading', () => {
  const out = withAnchorAliases(page, 'g', { 'running-late-cancelling': 'running-late-canceling' }, 'content/guides/g.mdx');
  expect(out).toBe(
    '<p>Intro</p><span id="g--running-late-cancelling"></span><h2 id="g--running-late-canceling">Running late, canceling</h2><p>Text</p>',
  );
});

test('no aliases leave the page as it was', () => {
  expect(withAnchorAliases(page, 'g', undefined, 'x')).toBe(page);
});

test('an alias to a heading the page does not have fails, naming the file and the field', () => {
  expect(() => withAnchorAliases(page, 'g', { old: 'no-such-heading' }, 'content/guides/g.mdx')).toThrow(
    'content/guides/g.mdx: field "anchorAliases.old": no heading on the page has the id "g--no-such-heading"',
  );
});
