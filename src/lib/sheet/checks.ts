// Gentle checks drawn from the handbook's advice. They never block anything: each one is a note
// shown beside the question it is about. Bank questions carry flags (sensitive, referral); custom
// questions are judged by their words, so the patterns aim to catch the common phrasings while
// leaving good questions alone (see the table tests for both sides).

/** The handbook advice a check stands for. */
export type CheckId = 'asks-for-job' | 'asks-their-job' | 'decide-for-me' | 'no-referral-at-end' | 'sensitive-early';

/** A question as the checks see it, in the order it will be asked. */
export interface CheckQuestion {
  /** Identifies the question in the result. */
  key: string;
  text: string;
  /** For bank questions, the bank's word on whether it is sensitive; custom ones leave it out and are judged by their words. */
  sensitive?: boolean;
  /** For bank questions, whether it asks for other people to talk to; custom ones leave it out. */
  referral?: boolean;
}

/** Reader-facing advice for each check. */
export const checkAdvice: Record<CheckId, string> = {
  'asks-for-job':
    'This asks for a job or an opening. People agree to talk because you are not asking for one; ask for their advice and experience instead.',
  'asks-their-job':
    'This asks what their job is, which you can usually find out beforehand. Do that research first and ask about something you could not read.',
  'decide-for-me': 'This asks them to decide your career for you. Ask about their experience and let the choice stay yours.',
  'no-referral-at-end':
    'Close by asking who else you could talk to, for example “Who else should I talk to?”. It is how one conversation leads to the next.',
  'sensitive-early': 'This touches something personal, such as pay. It lands better later on, once you have built some trust.',
};

const normal = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

const forJob = [
  /\b(are|is) (you|they|your [a-z]+|the [a-z]+)( [a-z]+)? (currently |still |now )?hiring\b/,
  /\b(any|have|got) (job |open )?(openings|vacancies)\b/,
  /\b(jobs?|positions?|roles?|internships?|openings?|vacanc(y|ies)) (open|available)\b/,
  /\b(give|get|offer|find) me (a |an )?(job|position|role|internship|interview|placement)\b/,
  /\b(hire|employ|take on) me\b/,
  /\b(pass|forward|send|show) (on |along )?my (cv|resume|résumé|application)\b/,
  /\bput in a (good )?word\b/,
  /\b(refer|recommend) me (for|to) (a |an |the )?([a-z]+ ){0,3}(job|position|role|opening|internship)s?\b/,
];

const theirJob = [
  /\bwhat (exactly )?do you do( exactly| for (a living|work)| there| at [a-z ]+)?\s*[?.!]*$/,
  /\bwhat('s| is) your (job|role|title|job title|position|profession|line of work)\s*[?.!]*$/,
  /\bwhat does your (company|organi[sz]ation|firm|team|employer|business|department) do\b/,
  /\b(where do you work|who do you work for)\b/,
  /\bwhat (does|do) (a|an) [a-z ]{2,40} do\s*[?.!]*$/,
];

const decideForMe = [
  /\b(what|which) (career|job|path|field|major|degree|direction|course)s? should i\b/,
  /\bshould i (become|go into|pursue|switch|change (careers?|fields?|paths?)|quit|leave my|take this job|do this job|choose)\b/,
  /\b(is|would) (this|it|that)( career| job| field| path| work| role)? (be )?(right|a good fit|good) for me\b/,
  /\bdo you think i('d| would| could|'m| am)? (be good|be a good fit|fit in|suit|make it|succeed|have what it takes)\b/,
  /\bwhat should i do with my (life|career)\b/,
  /\btell me (what to do|which (career|job|path))\b/,
  /\b(decide|choose|pick) (for me|my career)\b/,
];

const pay =
  /\b(salary|salaries|pay|paid|earn|earns|earning|income|wage|wages|compensation|bonus|money|how much (do|does|did) [a-z ]+ make)\b/;
const referral =
  /\b(who else|anyone else|someone else|other people|anybody else)\b.*\b(talk|speak|contact|meet|reach|learn|suggest|recommend)|\bintroduc|\breferrals?\b|\brefer me to (someone|anyone|people|a colleague|others)\b/;

const any = (patterns: RegExp[], text: string) => patterns.some((p) => p.test(text));

/** True when the text reads as a request for a job or an opening. */
export const asksForJob = (text: string): boolean => any(forJob, normal(text));
/** True when the text asks what their job or organisation is. */
export const asksTheirJob = (text: string): boolean => any(theirJob, normal(text));
/** True when the text asks them to make the reader's career choice. */
export const asksToDecide = (text: string): boolean => any(decideForMe, normal(text));
// The bank is curated, so its flags win over word patterns ("pay for training" is not about pay).
/** True when the question is sensitive: by the bank's flag, or for custom text, by words about pay. */
export const isSensitive = (q: CheckQuestion): boolean => q.sensitive ?? pay.test(normal(q.text));
/** True when the question asks for other people to talk to: by the bank, or by the words. */
export const isReferral = (q: CheckQuestion): boolean => q.referral ?? referral.test(normal(q.text));

/** Last positions that count as "near the end" for the referral question. */
export const REFERRAL_WINDOW = 3;
/** Fewest questions before the referral check speaks up, so a sheet being started is not nagged. */
export const REFERRAL_MIN_QUESTIONS = 3;

/**
 * Runs every check over the questions in asking order. Returns, for each question key with
 * something to say, the checks it raised; the sheet-wide referral check sits on the last question.
 */
export function checkSheet(questions: readonly CheckQuestion[]): Map<string, CheckId[]> {
  const found = new Map<string, CheckId[]>();
  const note = (key: string, id: CheckId) => found.set(key, [...(found.get(key) ?? []), id]);
  const early = Math.ceil(questions.length / 3);
  questions.forEach((q, index) => {
    if (asksForJob(q.text)) note(q.key, 'asks-for-job');
    if (asksTheirJob(q.text)) note(q.key, 'asks-their-job');
    if (asksToDecide(q.text)) note(q.key, 'decide-for-me');
    if (index < early && isSensitive(q)) note(q.key, 'sensitive-early');
  });
  const last = questions.at(-1);
  if (last && questions.length >= REFERRAL_MIN_QUESTIONS && !questions.slice(-REFERRAL_WINDOW).some(isReferral)) {
    note(last.key, 'no-referral-at-end');
  }
  return found;
}
