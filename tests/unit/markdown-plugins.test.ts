import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { entryName, markdownPlugins } from '../../src/lib/markdown-plugins';

/** Renders Markdown as the site does, as if it were the body of content/steps/find-people.mdx. */
async function render(markdown: string, base = '/') {
  const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: markdownPlugins(base) });
  return processor.render(markdown, { fileURL: new URL('file:///site/content/steps/find-people.mdx') });
}

test('the entry name is the file name without its extension', () => {
  expect(entryName('/x/content/steps/find-people.mdx')).toBe('find-people');
  expect(entryName('C:\\x\\content\\guides\\what-it-is.md')).toBe('what-it-is');
  expect(entryName(undefined)).toBeUndefined();
});

describe('headings', () => {
  test('get an id scoped to their entry, and render() lists the scoped ids', async () => {
    const { code, metadata } = await render('## Why it matters\n\nText.\n\n## Why it matters\n');
    expect(code).toContain('<h2 id="find-people--why-it-matters">Why it matters</h2>');
    expect(code).toContain('<h2 id="find-people--why-it-matters-1">');
    expect(metadata.headings.map((h) => h.slug)).toEqual(['find-people--why-it-matters', 'find-people--why-it-matters-1']);
  });

  test('get a copy-link control beside them, named by the heading, not inside the heading', async () => {
    const { code } = await render('### Before the day\n');
    expect(code).toContain(
      '<div class="heading-row"><h3 id="find-people--before-the-day">Before the day</h3>' +
        '<a data-copy-link="" class="copy-link no-print" aria-label="Copy link to this section: Before the day" href="#find-people--before-the-day">#</a></div>',
    );
  });
});

describe('links written from the site root', () => {
  const markdown = 'See [the guide](/guides/what-it-is/), [a section](#why) and [elsewhere](https://example.org/).\n';

  test('stay as written at the site root', async () => {
    const { code } = await render(markdown);
    expect(code).toContain('href="/guides/what-it-is/"');
  });

  test('get the base path under a sub-path; other links stay', async () => {
    const { code } = await render(markdown, '/careers/handbook/');
    expect(code).toContain('href="/careers/handbook/guides/what-it-is/"');
    expect(code).toContain('href="#why"');
    expect(code).toContain('href="https://example.org/"');
  });
});
