// Talking to the service worker (src/service-worker/sw.ts) from a page: registering it if the
// page has not yet (a reader may press a button before the page went idle), sending a request and
// hearing its reports.
import type { WorkerReport, WorkerRequest } from '../service-worker/sw';

/** The active worker, registering it first if needed; null where this browser has none. */
export async function activeWorker(): Promise<ServiceWorker | null> {
  const workers = navigator.serviceWorker;
  if (!workers || !__OFFLINE__) return null;
  try {
    await workers.register(`${import.meta.env.BASE_URL}sw.js`);
    const reg = await workers.ready;
    workers.startMessages();
    return reg.active;
  } catch {
    return null;
  }
}

/** Sends `request` and calls `onReport` with each report until it returns true (done). */
export function ask(worker: ServiceWorker, request: WorkerRequest, onReport: (report: WorkerReport) => boolean): void {
  const listener = (event: MessageEvent<WorkerReport>) => {
    if (onReport(event.data)) navigator.serviceWorker.removeEventListener('message', listener);
  };
  navigator.serviceWorker.addEventListener('message', listener);
  worker.postMessage(request);
}

/** A byte count for people: "1.4 MB", "300 KB". */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
