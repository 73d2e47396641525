// The thank-you note after a conversation: the handbook's template filled with the person's name
// and the one or two things the reader chose from their notes, as text and as a mailto: link.
import type { Conversation, Person, PlannerData } from '../../schemas/planner.ts';
import { formatDate } from '../planner/dates.ts';
import { fillTemplate, valuesFor, type FilledMessage, type MessageTemplate } from '../planner/on-demand/template-fill.ts';

/** Something the reader noted, offered as a thing learned to mention in the note. */
export interface NoteChoice {
  id: string;
  text: string;
}

const clip = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!;:,]+$/, '');

/** The notes worth offering: each paragraph of "what I learned", then each question's notes. */
export function noteChoices(c: Conversation): NoteChoice[] {
  const learned = c.learned
    .split(/\n\s*\n|\n(?=\s*[-*•])/)
    .map((t, i) => ({ id: `learned-${i}`, text: clip(t.replace(/^\s*[-*•]\s*/, '')) }));
  const notes = c.questions.map((q) => ({ id: `q-${q.key}`, text: clip(q.notes) }));
  return [...learned, ...notes].filter((n) => n.text.length > 0);
}

/** Joins one or two things learned into one phrase for the note ("I especially valued what you said about …"). */
export function joinLearned(chosen: readonly string[]): string {
  const parts = chosen.map(clip).filter(Boolean);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join('; ')}, and ${parts.at(-1)}`;
}

/** The thank-you template filled for this conversation, with the chosen notes as what was learned. */
export function fillThankYou(
  template: MessageTemplate,
  data: PlannerData,
  person: Person,
  c: Conversation,
  chosen: readonly string[],
): FilledMessage {
  const met = c.doneOn ?? c.scheduledDate;
  return fillTemplate(template, {
    ...valuesFor(data, person, c),
    meetingDate: met ? formatDate(met) : '',
    somethingLearned: joinLearned(chosen),
    nextStep: clip(c.nextStep.split('\n')[0] ?? ''),
  });
}

// Half a character (a lone surrogate, say from an imported name) cannot be percent-encoded: it
// becomes U+FFFD, as it would in any UTF-8 text, instead of throwing while the dialog renders.
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const encode = (s: string) => encodeURIComponent(s.replace(loneSurrogates, '\ufffd'));
const looksLikeEmail = (s: string) => /^[^\s@<>,;:"]+@[^\s@<>,;:"]+\.[^\s@<>,;:"]+$/.test(s.trim());

/** A mailto: link with subject and body, addressed to `email` when it looks like one. */
export function mailtoLink(email: string, subject: string, body: string): string {
  const to = looksLikeEmail(email) ? encode(email.trim()).replace(/%40/g, '@') : '';
  // Line breaks must be CRLF in mailto bodies (RFC 6068); encodeURIComponent gives %20 for spaces.
  return `mailto:${to}?subject=${encode(subject)}&body=${encode(body.replace(/\r?\n/g, '\r\n'))}`;
}
