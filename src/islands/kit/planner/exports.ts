import { exportJson } from '../../../lib/planner/document.ts';
import { $today } from '../../../stores/planner/planner.ts';
import { $planner } from '../../../stores/planner/persistence.ts';
import { backupDownloaded } from '../../../stores/planner-backup';
import { datedName, download } from '../download.ts';

/** Downloads a complete JSON backup. */
export function exportBackup(): void {
  download(datedName('planner-backup', $today.get(), 'json'), exportJson($planner.get(), new Date()), 'application/json');
  backupDownloaded();
}

/** Downloads people and conversations as CSV; the CSV code loads only now. */
export async function exportCsv(): Promise<string | null> {
  try {
    const { plannerCsv } = await import('../../../lib/planner/on-demand/csv.ts');
    // A byte-order mark makes spreadsheet programs read the file as UTF-8.
    download(datedName('planner', $today.get(), 'csv'), `\uFEFF${plannerCsv($planner.get())}`, 'text/csv');
    return null;
  } catch {
    return 'The CSV export could not load. Check your connection and try again.';
  }
}

/** Downloads the calendar file; returns a message when there is nothing to export or it failed. */
export async function exportCalendar(): Promise<string | null> {
  try {
    const { plannerIcs } = await import('../../../lib/planner/on-demand/calendar.ts');
    const result = plannerIcs($planner.get(), $today.get());
    if (!result.ok) return result.error;
    download(datedName('planner', $today.get(), 'ics'), result.text, 'text/calendar');
    return null;
  } catch {
    return 'The calendar export could not load. Check your connection and try again.';
  }
}
