/**
 * Offers text to the reader as a file download, without any network request: a hidden temporary
 * link (no inline handlers, no other origin). `type` is a bare MIME type; the text is UTF-8.
 */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; free it once the download has surely started.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name with today's date, such as `planner-2025-03-31.json`. */
export function datedName(stem: string, today: string, extension: string): string {
  return `${stem}-${today}.${extension}`;
}
