import type { Part, Situation } from '../schemas/question';
import type { Phase } from '../schemas/tip';

/** Reader-facing names for each phase of the process. */
export const phaseLabels: Record<Phase, string> = {
  prepare: 'Before: prepare',
  'reach-out': 'Reaching out',
  during: 'During the conversation',
  after: 'After: follow up',
};

/** Reader-facing names for each situation a question suits. */
export const situationLabels: Record<Situation, string> = {
  student: 'Student or new graduate',
  changer: 'Career changer',
  returning: 'Returning to work',
  seeker: 'Looking for my next job',
};

/** Reader-facing names for each part of the conversation. */
export const partLabels: Record<Part, string> = {
  opening: 'Opening',
  core: 'Core',
  closing: 'Closing',
};
