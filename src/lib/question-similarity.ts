// Near-duplicate questions in the bank: two questions whose content words mostly overlap ask for
// the same answer, and a sheet that holds both wastes a slot. Word overlap only sees wording, not
// meaning, so the check catches a new question written as a variant of an old one, not every
// paraphrase; a person still reads new questions. Pairs a person has read and kept are listed, with
// the reason, in src/data/question-pairs-reviewed.ts.

/**
 * Similarity at or above which two questions are flagged (with at least MIN_SHARED_WORDS in common).
 * Calibrated on the bank (see README "Near-duplicate questions"): the merged pairs of review 2 that
 * share two or more content words score 0.18 to 0.5, distinct questions mostly below 0.25.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.25;
/** Fewest content words two questions must share to be flagged: one shared word is chance. */
export const MIN_SHARED_WORDS = 2;

// Function words, and words nearly every question in this bank uses, so they say nothing about
// what a question asks.
const STOP_WORDS = new Set(
  `a an the and or but if of to in on at for from with by about as into than then so such this that these those it its is are
  was were be been being do does did doing have has had having i me my im ive id you your youre youve youd yours yourself they
  them their theirs we us our he she his her who whom whose which what when where why how can could would should will may might
  must shall there here any some anyone someone something anything each every more most much many few other others own not no
  yes out up down over just very also still really usually often ever tend tends say said like one two get got make makes people
  person field fields work working job jobs role roles line kind kinds way ways thing things lot know see seen look take come go
  going first start starting before after while time year years today place need long suggest think actually`.split(/\s+/),
);

// Words that name the same thing in this bank.
const SAME_AS: Record<string, string> = Object.fromEntries(
  [
    'pay salary salaries wage wages earn earning',
    'customer customers client clients serve',
    'grow growing growth demand',
    'day daily week weekly ordinary routine',
    'organization organisation company employer firm',
    'break gap away',
    'move moves moving moved sideways switch switched',
    'skill skills certificate certificates license qualification qualifications',
    'change changing changed changes',
    'team teams',
    'read saw noticed news',
    'count matter matters',
    'level bottom entry-level',
  ].flatMap((group) => {
    const [head, ...rest] = group.split(' ');
    return [head, ...rest].map((word) => [word, head] as const);
  }),
);

/** A rough stem, enough to treat "helped" and "helps", "skills" and "skill" alike. */
function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.length > 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The content words of a question: lowercased, apostrophes dropped, stop words out, stemmed, synonyms joined. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .match(/[a-z][a-z-]*/g) ?? []) {
    if (STOP_WORDS.has(raw)) continue;
    const word = SAME_AS[raw] ?? SAME_AS[stem(raw)] ?? stem(raw);
    if (!STOP_WORDS.has(word)) words.add(word);
  }
  return words;
}

/** How alike two question texts are: shared content words over all content words (Jaccard), 0 to 1. */
export function similarity(a: string, b: string): { score: number; shared: string[] } {
  const left = contentWords(a);
  const right = contentWords(b);
  const shared = [...left].filter((word) => right.has(word)).sort();
  const union = new Set([...left, ...right]).size;
  return { score: union === 0 ? 0 : shared.length / union, shared };
}

/** A question as the check sees it. */
export interface CheckedQuestion {
  id: string;
  text: string;
  /** The file it lives in, named in messages. */
  filePath: string;
}

/** A pair a person has read and kept: both ask for a different answer. */
export interface ReviewedPair {
  pair: readonly [string, string];
  /** One line on why both stay. */
  reason: string;
}

const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * One message per problem: a pair of live questions at or above the threshold that no reviewed
 * entry allows, and a reviewed entry that names a question no longer live, repeats, or gives no reason.
 */
export function findNearDuplicates(
  questions: readonly CheckedQuestion[],
  reviewed: readonly ReviewedPair[],
  reviewedFile = 'src/data/question-pairs-reviewed.ts',
  threshold = NEAR_DUPLICATE_THRESHOLD,
): string[] {
  const problems: string[] = [];
  const live = new Set(questions.map((q) => q.id));
  const allowed = new Set<string>();
  reviewed.forEach(({ pair: [a, b], reason }, index) => {
    const where = `${reviewedFile}: entry ${index + 1} [${a}, ${b}]`;
    for (const id of [a, b]) {
      if (!live.has(id)) problems.push(`${where}: no live question has the id "${id}" (merged or renamed?); remove the entry`);
    }
    if (a === b) problems.push(`${where}: names the same question twice`);
    if (allowed.has(key(a, b))) problems.push(`${where}: the pair is listed twice`);
    if (reason.trim().length < 10) problems.push(`${where}: give a one-line reason why both questions stay`);
    allowed.add(key(a, b));
  });
  // Only pairs that share a word can reach the threshold, so each question is compared with the
  // later questions its words lead to (an index from word to questions), not with every question:
  // the same pairs as comparing all of them, without the n-squared cost at 2,000 questions.
  const words = questions.map((q) => contentWords(q.text));
  const holders = new Map<string, number[]>();
  words.forEach((set, i) => {
    for (const word of set) {
      const list = holders.get(word);
      if (list) list.push(i);
      else holders.set(word, [i]);
    }
  });
  words.forEach((set, i) => {
    const sharedWith = new Map<number, number>();
    for (const word of set) {
      for (const j of holders.get(word)!) if (j > i) sharedWith.set(j, (sharedWith.get(j) ?? 0) + 1);
    }
    for (const [j, count] of [...sharedWith].sort(([a], [b]) => a - b)) {
      if (count < MIN_SHARED_WORDS) continue;
      const score = count / (set.size + words[j]!.size - count);
      const left = questions[i]!;
      const right = questions[j]!;
      if (score < threshold || allowed.has(key(left.id, right.id))) continue;
      const shared = [...set].filter((w) => words[j]!.has(w));
      problems.push(
        `${left.filePath} "${left.id}" and ${right.filePath} "${right.id}" read as near-duplicates ` +
          `(similarity ${round(score)}, at least ${threshold}; shared words: ${shared.sort().join(', ')}). ` +
          `Merge them (README "Merging two questions without breaking a link") or, if each asks for a different answer, ` +
          `add { pair: ['${left.id}', '${right.id}'], reason: '…' } to ${reviewedFile}`,
      );
    }
  });
  return problems;
}
