// What the build's search-records.json route writes and the search index reads back.

/** One searchable item that is smaller than a page: a question or a tip, with its anchor. */
export interface SearchRecord {
  /** Site-relative URL with the item's stable anchor (no base; Pagefind adds it at search time). */
  url: string;
  title: string;
  content: string;
  kind: string;
}
