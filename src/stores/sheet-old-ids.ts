// Loaded only when the reader's saved sheet names a merged question's old id (rare, and only once:
// the fix is saved), so this stays out of the builder's start-up budget.
import { resolveQuestionId, type QuestionAliases } from '../lib/bank.ts';
import { isCustom, type SheetItem } from '../lib/sheet/sheet.ts';
import { $sheet } from './sheet.ts';

/**
 * Gives questions saved under a merged question's old id the id of the question that replaced it,
 * keeping one copy if both were saved. Nothing changes (and nothing is written) when no old id is
 * on the sheet.
 */
export function resolveOldIds(aliases: QuestionAliases): void {
  const { items } = $sheet.get();
  if (!items.some((i) => !isCustom(i) && Object.hasOwn(aliases, i.id))) return;
  const seen = new Set<string>();
  const resolved = items.flatMap((i): SheetItem[] => {
    if (isCustom(i)) return [i];
    const id = resolveQuestionId(i.id, aliases);
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ ...i, id }];
  });
  $sheet.set({ ...$sheet.get(), items: resolved });
}
