interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * Rehype plugin: content links are written from the site root (`/steps/find-people/`), which
 * reads well and works on any page; this prefixes them with the deployment base so they also
 * work when the site lives under a sub-path.
 */
export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  return (tree: HastNode) => {
    if (base === '/') return;
    const visit = (node: HastNode) => {
      const href = node.properties?.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        node.properties!.href = base + href.slice(1);
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
