import { expect, test } from 'vitest';
import { entryName, rehypeScopeIds } from '../../src/lib/rehype/scope-ids.ts';

test('the entry name is the file name without its extension', () => {
  expect(entryName('/x/content/steps/find-people.mdx')).toBe('find-people');
  expect(entryName('C:\\x\\content\\guides\\what-it-is.md')).toBe('what-it-is');
  expect(entryName(undefined)).toBeUndefined();
});

test('heading ids and the heading list are prefixed with the entry name', () => {
  const tree = {
    type: 'root',
    children: [
      { type: 'element', tagName: 'h2', properties: { id: 'why' }, children: [] },
      { type: 'element', tagName: 'p', properties: { id: 'para' }, children: [] },
    ],
  };
  const file = { path: 'content/steps/find-people.mdx', data: { astro: { headings: [{ slug: 'why' }] } } };
  rehypeScopeIds()(tree, file);
  expect(tree.children.map((c) => c.properties.id)).toEqual(['find-people--why', 'para']);
  expect(file.data.astro.headings).toEqual([{ slug: 'find-people--why' }]);
});

test('a file without a path is left alone', () => {
  const tree = { type: 'root', children: [{ type: 'element', tagName: 'h2', properties: { id: 'why' }, children: [] }] };
  rehypeScopeIds()(tree, { data: {} });
  expect(tree.children[0]!.properties.id).toBe('why');
});
