// Everything the builder shows about a sheet, worked out in one place: the questions in asking
// order with their words and parts (sheet-rows.ts), their advice notes, and the time estimate
// against the budget.
import { REFERRAL_IDS, type BankEntry } from '../bank.ts';
import type { Sheet } from './sheet.ts';
import { checkSheet } from './checks.ts';
import { partFinder, sheetRows, type SheetRow } from './rows.ts';
import { estimateMinutes, overBudget } from './time.ts';

export { partFinder, type SheetRow };

/** The sheet as shown: rows in asking order, estimate, and how far it runs over the budget. */
export interface SheetView {
  rows: SheetRow[];
  estimate: number;
  over: number;
  cut: number;
}

/** Works out the view of `sheet` against the bank. */
export function viewSheet(sheet: Sheet, bank: ReadonlyMap<string, BankEntry>): SheetView {
  const rows = sheetRows(sheet, bank);
  const asked = rows.filter((r) => !r.missing);
  const checks = checkSheet(
    asked.map((r) => ({
      key: r.key,
      text: r.text,
      ...(r.bank ? { sensitive: r.bank.sensitive, referral: REFERRAL_IDS.includes(r.bank.id) } : {}),
    })),
  );
  for (const row of rows) row.checks = checks.get(row.key) ?? [];
  const estimate = estimateMinutes(asked.map((r) => r.part));
  return { rows, estimate, ...overBudget(estimate, sheet.minutes) };
}
