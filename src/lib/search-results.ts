/** The parts of a Pagefind result the search box shows. */
export interface SearchHit {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
}

/**
 * Copies a Pagefind excerpt into `target` as text, keeping only its <mark> highlights, so result
 * text can never inject markup.
 */
export function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const doc = target.ownerDocument;
  excerpt.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = decodeEntities((marked ? marked[1]! : part).replace(/<[^>]*>/g, ''));
    if (!text) return;
    if (marked) {
      const mark = doc.createElement('mark');
      mark.textContent = text;
      target.append(mark);
    } else {
      target.append(doc.createTextNode(text));
    }
  });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Replaces the list's items with one link per hit (and per matching section of a page). */
export function renderResults(list: HTMLUListElement, hits: SearchHit[]): void {
  const doc = list.ownerDocument;
  const items = hits.map((hit) => {
    const li = doc.createElement('li');
    li.className = 'rounded-md border border-[var(--line)] p-2';
    const link = doc.createElement('a');
    link.href = hit.url;
    link.className = 'font-semibold';
    link.textContent = hit.meta.title ?? hit.url;
    li.append(link);
    if (hit.meta.kind) {
      const kind = doc.createElement('span');
      kind.className = 'muted ml-2 text-sm';
      kind.textContent = hit.meta.kind;
      li.append(kind);
    }
    const excerpt = doc.createElement('p');
    excerpt.className = 'muted text-sm';
    appendExcerpt(excerpt, hit.excerpt);
    li.append(excerpt);
    const subs = (hit.sub_results ?? []).filter((s) => s.url !== hit.url).slice(0, 3);
    if (subs.length > 0) {
      const ul = doc.createElement('ul');
      ul.className = 'ml-4 mt-1 list-disc text-sm';
      for (const sub of subs) {
        const subItem = doc.createElement('li');
        const subLink = doc.createElement('a');
        subLink.href = sub.url;
        subLink.textContent = sub.title;
        subItem.append(subLink);
        ul.append(subItem);
      }
      li.append(ul);
    }
    return li;
  });
  list.replaceChildren(...items);
}
