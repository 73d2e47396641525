/** Offers text to the reader as a file download, without any network request. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name with today's date, such as `planner-2025-03-31.json`. */
export function datedName(stem: string, today: string, extension: string): string {
  return `${stem}-${today}.${extension}`;
}
