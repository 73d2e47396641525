// Sharing a link from the counselors' link builder; the builder and the handbook pages do the same
// in fewer bytes inline, as their JavaScript budgets are tight.
import { canShare, copyText } from './clipboard.ts';

/** What `shareOrCopy` did. */
export type ShareResult = 'shared' | 'copied' | 'cancelled' | 'failed';

/**
 * Offers `url` in the system share sheet on a touch screen whose browser has one (a phone, a
 * tablet); elsewhere, or if sharing fails, copies it as `copyText` does. Closing the share sheet
 * is 'cancelled', not a failure.
 */
export async function shareOrCopy(url: string, fallback?: HTMLInputElement | HTMLTextAreaElement | null): Promise<ShareResult> {
  if (canShare()) {
    try {
      await navigator.share({ url });
      return 'shared';
    } catch (error) {
      if ((error as Error).name === 'AbortError') return 'cancelled';
    }
  }
  return (await copyText(url, fallback)) ? 'copied' : 'failed';
}
