// Vite wraps every dynamic import in its preload helper, which this project makes a pass-through
// (astro.config.mjs, plain-dynamic-import): `__vitePreload(() => import("x"), deps)` does no more
// than `import("x")`. The calls and the import of the helper's chunk still cost each handbook page
// about 0.1 KB gzip of its 2 KB JavaScript budget, so each chunk is rendered without them. Runs on
// a chunk before minifying (the bundler's renderChunk), where the helper keeps its unique name.

const HELPER = '__vitePreload';
const CALL = `${HELPER}(`;
/** The dependency list Vite passes, a marker it fills in later or an array. */
const DEPS = /,\s*(?:__VITE_IS_MODERN__\s*\?\s*__VITE_PRELOAD__\s*:\s*void 0|__VITE_PRELOAD__|\[[^\]]*\])\s*$/;

/** The index of the bracket that closes the one at `open`, skipping strings and template literals; -1 if none. */
export function closingBracket(code: string, open: number): number {
  const expected: string[] = [];
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (expected.at(-1) === '`') {
      if (c === '\\') i++;
      else if (c === '`') expected.pop();
      else if (c === '$' && code[i + 1] === '{') {
        // An expression inside the template: read as code until its closing brace.
        expected.push('}');
        i++;
      }
      continue;
    }
    if (c === '"' || c === "'") {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '`') expected.push('`');
    else if (c === '(') expected.push(')');
    else if (c === '{') expected.push('}');
    else if (c === '[') expected.push(']');
    else if (c === ')' || c === '}' || c === ']') {
      if (expected.pop() !== c) return -1;
      if (expected.length === 0) return i;
    }
  }
  return -1;
}

/**
 * `code` with each `__vitePreload(load, deps)` replaced by what it returns, `(load)()` (a plain
 * `import(...)` when load is `() => import(...)`), and the helper's import dropped once nothing
 * calls it. A call it cannot read is left as it is, and so is the import then.
 */
export function unwrapDynamicImports(code: string): string {
  let out = '';
  let from = 0;
  for (let at = code.indexOf(CALL); at !== -1; at = code.indexOf(CALL, from)) {
    const open = at + HELPER.length;
    const end = /[\w$.]/.test(code[at - 1] ?? '') ? -1 : closingBracket(code, open);
    const args = end === -1 ? '' : code.slice(open + 1, end);
    const deps = DEPS.exec(args);
    if (!deps) {
      out += code.slice(from, open + 1);
      from = open + 1;
      continue;
    }
    const load = unwrapDynamicImports(args.slice(0, deps.index).trim());
    const body = /^\(\)\s*=>\s*(?!\{)/.exec(load);
    out += code.slice(from, at) + (body ? `(${load.slice(body[0].length)})` : `(${load})()`);
    from = end + 1;
  }
  out += code.slice(from);
  const helperImport = new RegExp(`import\\s*\\{\\s*\\w+\\s+as\\s+${HELPER}\\s*\\}\\s*from\\s*"[^"]+";?\\n?`);
  return out.split(HELPER).length === 2 ? out.replace(helperImport, '') : out;
}
