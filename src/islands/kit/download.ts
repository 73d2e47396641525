/** Saves `text` as a file through a temporary link (no inline handlers, no other origin). */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; free it once the download has surely started.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
