// Old heading anchors kept working after a heading is reworded (a guide's `anchorAliases`): an
// empty element with the old id goes just before the element that has the new one. Written into
// the built HTML rather than the Markdown, so the text stays plain Markdown (a raw element in an
// .mdx file makes it a compiled module of its own).

/**
 * `html` with an empty `<span id="<prefix>--<old>">` before the element whose id is
 * `<prefix>--<new>`, for each alias. Throws, naming the file and field, when no element has the new id.
 */
export function withAnchorAliases(html: string, prefix: string, aliases: Record<string, string> | undefined, file: string): string {
  let out = html;
  for (const [old, current] of Object.entries(aliases ?? {})) {
    const target = ` id="${prefix}--${current}"`;
    const at = out.indexOf(target);
    const start = at < 0 ? -1 : out.lastIndexOf('<', at);
    if (start < 0) throw new Error(`${file}: field "anchorAliases.${old}": no heading on the page has the id "${prefix}--${current}"`);
    out = `${out.slice(0, start)}<span id="${prefix}--${old}"></span>${out.slice(start)}`;
  }
  return out;
}
