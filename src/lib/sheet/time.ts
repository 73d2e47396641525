// How long a sheet will take to get through. The figures are deliberately rough and generous to
// the person being interviewed: openers and closers are quick, core questions lead to stories.
// With them, about ten questions (two opening, six core, two closing) fill 25 minutes.
import type { Part } from '../../schemas/question.ts';

/** Minutes a question of each part usually takes, answer and follow-up included. */
export const minutesPerQuestion: Record<Part, number> = { opening: 1.5, core: 2.5, closing: 1.5 };
/** Minutes for hello, thanks and wrap-up, whatever the questions. */
export const HELLO_AND_WRAP_UP = 4;

/** Estimated length in whole minutes (rounded up) of a conversation asking these questions. */
export function estimateMinutes(parts: readonly Part[]): number {
  if (parts.length === 0) return 0;
  return Math.ceil(parts.reduce((sum, part) => sum + minutesPerQuestion[part], HELLO_AND_WRAP_UP));
}

/** How the estimate compares with the budget: minutes over, and how many core-length questions to cut. */
export function overBudget(estimate: number, budget: number): { over: number; cut: number } {
  const over = Math.max(0, estimate - budget);
  return { over, cut: Math.ceil(over / minutesPerQuestion.core) };
}
