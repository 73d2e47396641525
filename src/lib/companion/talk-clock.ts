// The conversation clock: how much of the time budget is left and when to start wrapping up.

/** Where the conversation stands against its budget. */
export type ClockPhase = 'running' | 'near-end' | 'over';

/** Seconds before the end when the clock starts suggesting to wrap up: 15% of the budget, at least two minutes. */
export function wrapUpSeconds(minutes: number): number {
  return Math.max(120, Math.round(minutes * 60 * 0.15));
}

/** The phase and seconds left (negative once over) after `elapsed` seconds of a `minutes` budget. */
export function clockState(elapsed: number, minutes: number): { phase: ClockPhase; left: number } {
  const left = minutes * 60 - Math.floor(elapsed);
  const phase: ClockPhase = left <= 0 ? 'over' : left <= wrapUpSeconds(minutes) ? 'near-end' : 'running';
  return { phase, left };
}

/** Seconds as `m:ss`, such as `12:05`; negative values get a minus sign. */
export function formatClock(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds));
  return `${seconds < 0 ? '−' : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The words for a phase, shown beside the clock and announced once when the phase begins. */
export function phaseMessage(phase: ClockPhase, left: number): string {
  if (phase === 'near-end') return `About ${Math.max(1, Math.round(left / 60))} minutes left: start wrapping up to end on time.`;
  if (phase === 'over') return 'Time is up: thank them and end on time.';
  return '';
}
