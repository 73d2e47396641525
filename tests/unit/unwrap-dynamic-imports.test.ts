import { describe, expect, test } from 'vitest';
import { closingBracket, unwrapDynamicImports } from '../../src/integration/unwrap-dynamic-imports.ts';

const helper = 'import { t as __vitePreload } from "./dynamic-import.!~{00b}~.js";\n';
const marker = '__VITE_IS_MODERN__ ? __VITE_PRELOAD__ : void 0';

describe('unwrapDynamicImports', () => {
  test('makes a wrapped import() plain and drops the helper’s import', () => {
    const code = `${helper}void __vitePreload(() => import("./search.js").then((m) => m.setUp(root)), ${marker});`;
    expect(unwrapDynamicImports(code)).toBe('void (import("./search.js").then((m) => m.setUp(root)));');
  });

  test('calls a loader with a body, as the helper would', () => {
    const code = `${helper}const { s } = await __vitePreload(async () => { const { s } = await import("./b.js"); return { s }; }, []);`;
    expect(unwrapDynamicImports(code)).toBe('const { s } = await (async () => { const { s } = await import("./b.js"); return { s }; })();');
  });

  test('reads past brackets inside strings and template literals', () => {
    const code = `${helper}__vitePreload(() => import("./a.js").then((m) => m.f(\`)\${g("(")}]\`, ")")), []);`;
    expect(unwrapDynamicImports(code)).toBe('(import("./a.js").then((m) => m.f(`)${g("(")}]`, ")")));');
  });

  test('unwraps nested calls', () => {
    const code = `${helper}__vitePreload(() => import("./a.js").then(() => __vitePreload(() => import("./b.js"), [])), []);`;
    expect(unwrapDynamicImports(code)).toBe('(import("./a.js").then(() => (import("./b.js"))));');
  });

  test('keeps the helper’s import while anything else still names it', () => {
    const code = `${helper}keep(__vitePreload);__vitePreload(() => import("./a.js"), []);`;
    expect(unwrapDynamicImports(code)).toBe(`${helper}keep(__vitePreload);(import("./a.js"));`);
  });

  test('leaves a call it cannot read as it is', () => {
    const code = `${helper}__vitePreload(load, deps);`;
    expect(unwrapDynamicImports(code)).toBe(code);
  });

  test('leaves code without the helper alone', () => {
    expect(unwrapDynamicImports('import("./a.js");')).toBe('import("./a.js");');
  });
});

describe('closingBracket', () => {
  test.each([
    ['f(a, (b), [c])', 1, 13],
    ['f(")", `(${")"}`)', 1, 16],
    ['f(a]', 1, -1],
    ['f(a', 1, -1],
  ])('in %s the bracket at %i closes at %i', (code, open, close) => {
    expect(closingBracket(code, open)).toBe(close);
  });
});
