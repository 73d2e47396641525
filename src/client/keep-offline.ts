// "Keep the whole handbook on this device" (KeepOffline.astro), loaded on the first press: says
// how much it takes, then on the second press asks the service worker to fetch every page and the
// search index, showing its progress (issue #14).
import { activeWorker, ask, formatSize } from './worker-channel';

/** Runs one press of the control inside `root`. */
export async function keepOffline(root: HTMLElement): Promise<void> {
  const button = root.querySelector('button')!;
  const progress = root.querySelector('progress')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  if (root.dataset.busy !== undefined) return;
  root.dataset.busy = '';
  const done = () => delete root.dataset.busy;
  status.textContent = 'Checking what is already on this device…';
  const worker = await activeWorker();
  if (!worker) {
    status.textContent = 'This browser cannot keep the handbook for offline use. You can still print it: see the printable handbook.';
    done();
    return;
  }
  if (root.dataset.confirm === undefined) {
    ask(worker, { type: 'status' }, (report) => {
      if (report.type !== 'status') return false;
      const left = report.totalBytes - report.cachedBytes;
      if (left <= 0) {
        status.textContent = `The whole handbook (${formatSize(report.totalBytes)}) is already on this device. It updates itself when a new version comes out.`;
      } else {
        status.textContent = `The whole handbook takes ${formatSize(report.totalBytes)} on this device; ${formatSize(left)} of it is still to download.`;
        button.textContent = `Download ${formatSize(left)} and keep it`;
        root.dataset.confirm = '';
      }
      done();
      return true;
    });
    return;
  }
  delete root.dataset.confirm;
  progress.classList.remove('hidden');
  status.textContent = 'Downloading the handbook…';
  ask(worker, { type: 'keep-all' }, (report) => {
    if (report.type === 'progress') {
      progress.value = report.doneBytes / report.totalBytes;
      return false;
    }
    if (report.type !== 'kept' && report.type !== 'keep-failed') return false;
    progress.classList.add('hidden');
    button.textContent = 'Keep the whole handbook on this device';
    status.textContent =
      report.type === 'kept'
        ? `Done: the whole handbook (${formatSize(report.totalBytes)}) is on this device, search included. It updates itself when a new version comes out.`
        : `${report.missing} file${report.missing === 1 ? '' : 's'} could not be downloaded. Check your connection and press the button again to finish.`;
    done();
    return true;
  });
}
