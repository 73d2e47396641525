/**
 * Copies `text` to the clipboard. When the browser refuses (permissions, an older browser), it
 * focuses and selects `fallback`, if given, so the reader can copy it with Ctrl+C, and returns
 * false. Plain DOM, no framework: the islands and the page scripts share it.
 */
export async function copyText(text: string, fallback?: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback?.focus();
    fallback?.select();
    return false;
  }
}

/** True on a touch screen whose browser has a system share sheet (a phone, a tablet). */
export const canShare = (): boolean => typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;
