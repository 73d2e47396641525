import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  BUDGETS,
  countElements,
  classify,
  evaluate,
  followImports,
  formatTable,
  gzipBytes,
  KB,
  pageRefs,
  staticImports,
  sum,
  totalOf,
  weigh,
} from '../../scripts/lib/budgets.ts';

describe('gzipBytes', () => {
  test('an empty body costs nothing', () => {
    expect(gzipBytes('')).toBe(0);
    expect(gzipBytes(new Uint8Array())).toBe(0);
  });

  test('counts the bytes gzip -9 sends', () => {
    const body = 'const a = 1;\n'.repeat(200);
    expect(gzipBytes(body)).toBe(gzipSync(body, { level: 9 }).length);
    expect(gzipBytes(body)).toBeLessThan(body.length / 10);
    expect(gunzipSync(gzipSync(body, { level: 9 })).toString()).toBe(body);
  });

  test('strings and bytes of the same text weigh the same', () => {
    expect(gzipBytes('héllo wörld')).toBe(gzipBytes(new TextEncoder().encode('héllo wörld')));
  });
});

test.each([
  ['/', 'text/html; charset=utf-8', 'html'],
  ['/_astro/Base.css', 'text/css', 'css'],
  ['/_astro/a.js', 'text/javascript', 'js'],
  ['/_astro/a.js', 'application/javascript; charset=utf-8', 'js'],
  ['/_astro/a.js', '', 'js'],
  ['/_astro/a.mjs', 'application/octet-stream', 'js'],
  ['/pagefind/wasm.en.pagefind', 'application/octet-stream', 'other'],
  ['/favicon.svg', 'image/svg+xml', 'other'],
  ['/pagefind/pagefind-entry.json', 'application/json', 'other'],
] as const)('classifies %s (%s) as %s', (url, type, kind) => {
  expect(classify(url, type)).toBe(kind);
});

describe('pageRefs', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/Base.css">
    <link rel="modulepreload" href="/_astro/shared.js">
    <link rel="icon" href="/favicon.svg">
    <script>document.documentElement.dataset.theme = 'light';</script>
    <script type="application/ld+json">{"@type":"WebSite"}</script>
    <style>.x{color:red}</style>
  </head><body>
    <script type="module">import "./local.js"; console.log(1);</script>
    <script type="module" src="../_astro/Checklist.js"></script>
    <astro-island component-url="/_astro/Builder.js" renderer-url="/_astro/client.js" before-hydration-url="/_astro/before.js" client="visible"></astro-island>
  </body></html>`;
  const refs = pageRefs(html, 'http://127.0.0.1:4611/steps/x/');

  test('finds stylesheets, and icons apart from them', () => {
    expect(refs.stylesheets).toEqual(['http://127.0.0.1:4611/_astro/Base.css']);
    expect(refs.others).toEqual(['http://127.0.0.1:4611/favicon.svg']);
  });

  test('finds external scripts, modulepreloads and island code, resolved against the page', () => {
    expect(refs.scripts.sort()).toEqual(
      [
        'http://127.0.0.1:4611/_astro/Builder.js',
        'http://127.0.0.1:4611/_astro/before.js',
        'http://127.0.0.1:4611/_astro/shared.js',
        'http://127.0.0.1:4611/_astro/client.js',
        'http://127.0.0.1:4611/steps/_astro/Checklist.js',
      ].sort(),
    );
  });

  test('keeps inline scripts that run and skips data blocks', () => {
    expect(refs.inlineScripts).toEqual([
      { source: "document.documentElement.dataset.theme = 'light';", module: false },
      { source: 'import "./local.js"; console.log(1);', module: true },
    ]);
    expect(refs.inlineStyles).toEqual(['.x{color:red}']);
  });

  test('the document alone leaves out inline code, so it is counted once', () => {
    expect(refs.documentOnly).not.toContain('dataset.theme');
    expect(refs.documentOnly).not.toContain('color:red');
    expect(refs.documentOnly).toContain('WebSite');
    expect(refs.documentOnly).toContain('astro-island');
  });
});

describe('staticImports', () => {
  test('lists imports, side-effect imports and re-exports', async () => {
    const source = `import{a as e}from"./a.js";import"./b.js";export{c}from"./c.js";export*from"./d.js";import x from 'e';`;
    expect(await staticImports(source)).toEqual(['./a.js', './b.js', './c.js', './d.js', 'e']);
  });

  test('leaves out dynamic import(), which runs only when the code asks', async () => {
    const source = 'const m = await import("./lazy.js"); const u = import.meta.url; const n = import(`${base}pagefind/pagefind.js`);';
    expect(await staticImports(source)).toEqual([]);
  });
});

describe('followImports', () => {
  const files: Record<string, string> = {
    'http://s/_astro/entry.js': 'import "./shared.js"; import("./lazy.js");',
    'http://s/_astro/shared.js': 'import "./deep.js"; import "./entry.js";',
    'http://s/_astro/deep.js': 'export const x = 1;',
    'http://s/_astro/lazy.js': 'export default 2;',
    'http://s/steps/local.js': 'export {};',
  };
  const load = async (url: string) => files[url];

  test('follows static imports through every level, each module once, but not dynamic ones', async () => {
    const { modules, missing } = await followImports([{ url: 'http://s/_astro/entry.js' }], load);
    expect([...modules.keys()]).toEqual(['http://s/_astro/entry.js', 'http://s/_astro/shared.js', 'http://s/_astro/deep.js']);
    expect(missing).toEqual([]);
  });

  test('resolves an inline module against its page, and counts only what it imports', async () => {
    const { modules } = await followImports([{ url: 'http://s/steps/', source: 'import "./local.js";' }], load);
    expect([...modules.keys()]).toEqual(['http://s/steps/local.js']);
  });

  test('reports modules that do not exist and bare specifiers a browser cannot load', async () => {
    const { missing } = await followImports([{ url: 'http://s/', source: 'import "./gone.js"; import "preact";' }], load);
    expect(missing).toEqual(['http://s/gone.js', 'preact']);
  });
});

describe('weigh', () => {
  test('adds up bytes by kind, heaviest item first', () => {
    const { weight, items } = weigh([
      { url: '/ (document)', kind: 'html', bytes: 300 },
      { url: '/a.js', kind: 'js', bytes: 100 },
      { url: '/b.js', kind: 'js', bytes: 50 },
      { url: '/x.css', kind: 'css', bytes: 400 },
    ]);
    expect(weight).toEqual({ html: 300, css: 400, js: 150, other: 0 });
    expect(items.map((i) => i.url)).toEqual(['/x.css', '/ (document)', '/a.js', '/b.js']);
  });

  test('a file seen by both measurements counts once, at its larger size', () => {
    const files = [{ url: '/a.js', kind: 'js' as const, bytes: 100 }];
    const browser = [
      { url: '/a.js', kind: 'js' as const, bytes: 120 },
      { url: '/late.json', kind: 'other' as const, bytes: 30 },
    ];
    expect(weigh(files, browser).weight).toEqual({ html: 0, css: 0, js: 120, other: 30 });
  });

  test('a plain sum counts a file fetched twice twice', () => {
    const twice = [
      { url: '/i.pf_index', kind: 'other' as const, bytes: 10 },
      { url: '/i.pf_index', kind: 'other' as const, bytes: 10 },
    ];
    expect(sum(twice).weight.other).toBe(20);
    expect(weigh(twice).weight.other).toBe(10);
  });
});

describe('evaluate', () => {
  const light = { html: 3 * KB, css: 4 * KB, js: 1 * KB, other: 0 };

  test('a page within every limit has no breach', () => {
    expect(evaluate('home', '/', light, BUDGETS.handbook).breaches).toEqual([]);
  });

  test('a breach names the page, the limit and the excess', () => {
    const row = evaluate('step', '/steps/x/', { ...light, js: 2.5 * KB }, BUDGETS.handbook);
    expect(row.breaches).toEqual(['step (/steps/x/): JavaScript is 2.5 KB gzip, over its budget of 2.0 KB by 0.5 KB']);
  });

  test('the total counts everything the page transferred', () => {
    const heavy = { html: 8 * KB, css: 9 * KB, js: 1 * KB, other: 3 * KB };
    expect(totalOf(heavy)).toBe(21 * KB);
    expect(evaluate('tips', '/tips/', heavy, BUDGETS.handbook).breaches).toEqual([
      'tips (/tips/): total is 21.0 KB gzip, over its budget of 20.0 KB by 1.0 KB',
    ]);
  });

  test('limits a budget does not set are not checked', () => {
    const tool = { html: 5 * KB, css: 4 * KB, js: 24 * KB, other: 0 };
    expect(evaluate('builder', '/builder/', tool, BUDGETS.builder).breaches).toEqual([]);
    expect(evaluate('planner', '/planner/', { ...tool, js: 31 * KB }, BUDGETS.planner).breaches).toHaveLength(1);
  });

  test('the limit itself is within budget', () => {
    expect(evaluate('home', '/', { ...light, js: 2 * KB }, BUDGETS.handbook).breaches).toEqual([]);
  });
});

test('the table has one row per page with its status', () => {
  const rows = [
    evaluate('home', '/', { html: 3 * KB, css: 4 * KB, js: 1 * KB, other: 0 }, BUDGETS.handbook),
    evaluate('step', '/steps/x/', { html: 3 * KB, css: 4 * KB, js: 3 * KB, other: 0 }, BUDGETS.handbook),
  ];
  const lines = formatTable(rows).split('\n');
  expect(lines[0]).toMatch(/^\| page +\| +HTML \| +CSS \| +JS \| +other \| +total \| budget +\| status \|$/);
  expect(lines).toHaveLength(4);
  expect(lines[2]).toContain('| ok');
  expect(lines[3]).toContain('| OVER');
  expect(lines[3]).toContain('JS 2, CSS 10, total 20 KB');
});

describe('countElements', () => {
  test('counts start tags, void and self-closing ones too, but not end tags', () => {
    expect(countElements('<!doctype html><html><body><p>One<br>two</p><img src="x" /><svg><path d="M0"/></svg></body></html>')).toBe(7);
  });

  test('leaves out comments and what scripts and styles say', () => {
    const html = '<div><!-- <p>not here</p> --><script>if (a<b) document.write("<p>")</script><style>p>span{}</style></div>';
    expect(countElements(html)).toBe(3);
  });
});
