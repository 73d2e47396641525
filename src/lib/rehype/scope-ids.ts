/** The few hast shapes this plugin touches. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}
interface VFileLike {
  path?: string;
  data: { astro?: { headings?: { slug: string }[] } };
}

/** The entry name of a content file: `content/steps/find-people.mdx` gives `find-people`. */
export function entryName(filePath: string | undefined): string | undefined {
  const match = /([^/\\]+)\.mdx?$/.exec(filePath ?? '');
  return match?.[1];
}

/**
 * Rehype plugin: prefixes every heading id in a content file with the file's entry name, so the
 * printable handbook can show all entries on one page without two headings sharing an id. Runs
 * after Astro's heading-id plugin and updates the heading list Astro returns from render().
 */
export function rehypeScopeIds() {
  return (tree: HastNode, file: VFileLike) => {
    const prefix = entryName(file.path);
    if (!prefix) return;
    const renamed = new Map<string, string>();
    const visit = (node: HastNode) => {
      if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '') && typeof node.properties?.id === 'string') {
        const scoped = `${prefix}--${node.properties.id}`;
        renamed.set(node.properties.id, scoped);
        node.properties.id = scoped;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
    for (const heading of file.data.astro?.headings ?? []) heading.slug = renamed.get(heading.slug) ?? heading.slug;
  };
}
