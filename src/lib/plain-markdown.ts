/**
 * Whether an MDX body is plain Markdown, which reads the same as Markdown and as MDX: no imports
 * or exports, no JSX, HTML or comments (`<`), no expressions (`{`, `}`), no indented lines (code
 * in Markdown, a paragraph in MDX) and no leading `---` (frontmatter to the Markdown renderer).
 * src/content.config.ts renders such bodies as Markdown, which spares the build a compiled module
 * per entry; any other body is compiled as MDX.
 */
export function isPlainMarkdown(body: string): boolean {
  return !/[<{}]|^(?:import|export)\b|^(?: {4}|\t)/m.test(body) && !/^\s*---/.test(body);
}
