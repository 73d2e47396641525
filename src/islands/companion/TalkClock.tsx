import { useEffect, useState } from 'preact/hooks';
import { clockState, formatClock, phaseMessage, type ClockPhase } from '../../lib/companion/talk-clock.ts';
import { TALK_CLOCK_PREFIX } from '../../lib/storage-keys';

interface Props {
  conversationId: string;
  minutes: number;
}

// The start time lives in this tab's session, so a reload in the middle keeps the clock running.
const keyFor = (id: string) => TALK_CLOCK_PREFIX + id;
function readStart(id: string): number | null {
  try {
    const n = Number(sessionStorage.getItem(keyFor(id)));
    return Number.isFinite(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}
function writeStart(id: string, value: number | null): void {
  try {
    if (value === null) sessionStorage.removeItem(keyFor(id));
    else sessionStorage.setItem(keyFor(id), String(value));
  } catch {
    // Without session storage the clock still runs; it just restarts on reload.
  }
}

/**
 * The clock against the time budget. The time itself is a silent timer (read on demand); the
 * signal to wrap up is shown in words and announced once, politely, when it begins.
 */
export default function TalkClock({ conversationId, minutes }: Props) {
  const [start, setStart] = useState<number | null>(() => readStart(conversationId));
  const [now, setNow] = useState(() => Date.now());
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    if (start === null) return;
    setNow(Date.now());
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [start]);
  const { phase, left } = clockState(start === null ? 0 : (now - start) / 1000, minutes);
  const message = start === null ? '' : phaseMessage(phase, left);
  const [lastPhase, setLastPhase] = useState<ClockPhase>(phase);
  useEffect(() => {
    if (phase !== lastPhase) {
      setLastPhase(phase);
      setAnnounced(phaseMessage(phase, left));
    }
  }, [phase]);
  const begin = (value: number | null) => {
    writeStart(conversationId, value);
    setStart(value);
    setAnnounced('');
    setLastPhase('running');
  };
  return (
    <div class={`card flex flex-wrap items-center gap-4 p-3 ${phase === 'running' ? '' : 'border-2 border-[var(--ink)]'}`}>
      <p class="text-3xl font-bold tabular-nums" role="timer" aria-label={`Time left of ${minutes} minutes`}>
        {formatClock(left)}
      </p>
      <p class="muted">of {minutes} minutes</p>
      {message && (
        <p class="font-semibold">
          <span aria-hidden="true">{phase === 'over' ? '⏹ ' : '⏳ '}</span>
          {message}
        </p>
      )}
      <p class="sr-only" aria-live="polite">
        {announced}
      </p>
      <div class="ml-auto flex gap-2">
        {start === null ? (
          <button type="button" class="btn btn-primary" onClick={() => begin(Date.now())}>
            Start the clock
          </button>
        ) : (
          <button type="button" class="btn" onClick={() => begin(null)}>
            Reset the clock
          </button>
        )}
      </div>
    </div>
  );
}
