// The question bank against the handbook's own rules, read straight from content/questions/ and
// content/presets.yaml: the do's and don'ts a reader is given (don't ask them to choose your career,
// don't ask what you could look up, never edge toward asking for a job) and the bank's own promises
// (questions stand alone, situation tags mean something, old ids keep working).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadEdition } from '../../src/integration/edition';
import { PRESET_LAST_QUESTION } from '../../src/lib/sheet/presets';
import { asksForJob, asksTheirJob, asksToDecide } from '../../src/lib/sheet/checks';
import { splitFrontmatter } from '../../scripts/lib/synthetic-content';

// The project's own starter sheets (the built site under test is the project's own edition).
const { presets } = loadEdition({});

interface BankQuestion {
  id: string;
  text: string;
  situations: string[];
  part: string;
  sensitive?: boolean;
  needsResearch?: boolean;
  aliases?: string[];
}
interface BankCategory {
  id: string;
  questions: BankQuestion[];
}

const dir = new URL('../../content/questions/', import.meta.url);
const categories: BankCategory[] = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => splitFrontmatter(readFileSync(new URL(f, dir), 'utf8')).data as unknown as BankCategory);
const bank = categories.flatMap((c) => c.questions.map((q) => ({ ...q, category: c.id })));

/** Every question id the handbook has ever published (add new ones here when you write them). */
const published: string[] = JSON.parse(readFileSync(new URL('fixtures/published-question-ids.json', import.meta.url), 'utf8'));

/** Asking them to choose your career or plan your next steps (tip dont-ask-them-to-choose-your-career). */
const CHOOSES_FOR_ME = [
  /\bif (you were|I were) (me|in my (place|shoes))\b/i,
  /\bwould you do in my (place|shoes)\b/i,
  /\bwhat steps would you take\b/i,
  /\bwhat should I do\b/i,
  /\bshould I (aim|choose|pick|go for|take|apply)\b/i,
  /\b(this|next) month\b/i,
  /\b(roles?|jobs?|careers?|paths?)\b[^?]*\bsuit me\b/i,
];
/** Edging toward "can you get me in" or toward who hires (tips never-ask-for-a-job, dont-hide-a-job-request). */
const EDGES_TOWARD_A_JOB = [
  /\bget me (in|a job|an interview|hired)\b/i,
  /\b(are|is)\b[^?]*\bhiring\b/i,
  /\bwho (hires|is hiring|does the hiring)\b/i,
  /\b(hire|take on) (people|someone) at my level\b/i,
  /\b(refer|recommend|put) me (for|forward)\b/i,
  /\b(any|an) (openings?|vacanc(y|ies)|jobs?) (for me|on your team|here for)\b/i,
];
/** What a profile or website answers (tip dont-ask-what-you-could-look-up), unless the question builds on research. */
const LOOKS_UP = [
  /\bwhat does your (job )?title mean\b/i,
  /\bwhat are the main things you('re| are) responsible for\b/i,
  /\bhow long have you been (with|at)\b/i,
  /\bwhat were you doing before\b/i,
  /\bwhere are (jobs|openings)\b[^?]*\b(advertised|posted)\b/i,
  /\bwhat does (your|the) (company|organi[sz]ation|business) do\s*\?/i,
  /\bwho are the main employers\b/i,
  /\bdo people need a degree\b/i,
];
/** Fragments that lean on a previous question, and stage directions inside the spoken text. */
const NOT_STANDALONE = [
  /^\s*(and|but|also|so)\b/i,
  /\bthese skills\b/i,
  /\bin touch with them\b/i,
  /^if I('m| am) missing something\b/i,
  /^(which|what) parts are\b/i,
  /\bhere(?: is|'s) my background\b/i,
  /\bin a few words\.\s/i,
];

type Checked = Pick<BankQuestion, 'id' | 'text' | 'needsResearch'>;

/** The rule a question breaks, or undefined. */
function brokenRule(q: Checked): string | undefined {
  const hit = (patterns: RegExp[]) => patterns.find((p) => p.test(q.text));
  const rule =
    (hit(CHOOSES_FOR_ME) && 'asks them to choose for the reader') ??
    (hit(EDGES_TOWARD_A_JOB) && 'edges toward asking for a job') ??
    (!q.needsResearch && hit(LOOKS_UP) && 'asks what a profile or website answers, without needsResearch') ??
    (hit(NOT_STANDALONE) && 'does not stand on its own');
  return rule || undefined;
}

describe('the rule patterns', () => {
  // Questions the bank held before the second edition, each breaking one rule: the patterns must
  // catch them, or the checks below could never fail.
  test.each([
    ['what-would-you-do-in-my-place', 'Here is my background in a few words. What steps would you take if you were me?'],
    ['what-to-do-this-month', 'If you were me, what would you do in the next month?'],
    ['roles-that-might-suit-me', 'From what I have shared, which roles in this field might suit me best?'],
    ['big-name-or-best-learning', 'For a first job, should I aim for a big name or for a place where I would learn more?'],
    ['your-title-in-plain-words', 'What does your job title mean, in plain words?'],
    ['main-responsibilities', 'What are the main things you are responsible for?'],
    ['teams-that-hire-at-my-level', 'Which teams here take on people at my level?'],
    ['who-is-hiring-most', 'Which kinds of employers are hiring the most right now?'],
    ['people-who-hire', 'Is there someone who hires for these roles who might be willing to share advice?'],
    ['time-with-this-organisation', 'How long have you been with this organisation, and what did you do when you first joined?'],
    ['where-jobs-are-posted', 'Where are jobs in this field usually advertised?'],
    ['worst-thing-about-the-field', 'And what is the worst thing about it?'],
    ['who-thrives', 'And what kind of person tends to thrive?'],
    ['shrinking-areas', 'Which parts are shrinking or fading away?'],
    ['what-to-work-on-first', 'If I am missing something, what should I work on first?'],
    ['may-i-use-your-name', 'When I get in touch with them, may I say that you suggested it?'],
    ['proving-skills-without-the-job', 'How can someone show they have these skills before they have done the job?'],
  ])('catches the old %s', (id, text) => {
    expect(brokenRule({ id, text })).toBeDefined();
  });

  test('a question built on research may ask what a profile would show', () => {
    const q = { id: 'x', text: 'I read that you were at [a firm] before. What were you doing before you joined?' };
    expect(brokenRule(q)).toBeDefined();
    expect(brokenRule({ ...q, needsResearch: true })).toBeUndefined();
  });
});

describe('the question bank', () => {
  test('holds at least 200 questions', () => {
    expect(bank.length).toBeGreaterThanOrEqual(200);
  });

  test("no live question breaks the handbook's do's and don'ts or leans on another question", () => {
    const broken = bank.flatMap((q) => {
      const rule = brokenRule(q);
      return rule ? [`${q.category}.mdx: "${q.id}" ${rule}: ${q.text}`] : [];
    });
    expect(broken).toEqual([]);
  });

  test("the builder's own word checks find nothing to warn about in a bank question", () => {
    // The builder runs these over every question on a sheet, bank ones included (src/lib/sheet-checks.ts).
    const warned = bank.flatMap((q) => [
      ...(asksForJob(q.text) ? [`${q.id}: asks for a job`] : []),
      ...(asksToDecide(q.text) ? [`${q.id}: asks them to decide`] : []),
      ...(!q.needsResearch && asksTheirJob(q.text) ? [`${q.id}: asks what their job is`] : []),
    ]);
    expect(warned).toEqual([]);
  });

  test('a question that builds on research says so in its text (a blank to fill in, or what you read)', () => {
    const said = /\[[^\]]+\]|\bwebsite\b|\bI('ve| have)? (read|seen|saw|found|noticed|looked)\b/i;
    const unmarked = bank.filter((q) => q.needsResearch && !said.test(q.text)).map((q) => q.id);
    expect(unmarked).toEqual([]);
  });

  test.each(['student', 'changer', 'returning', 'seeker'])('situation tags filter: "%s" is on at most 75% of questions', (situation) => {
    const tagged = bank.filter((q) => q.situations.includes(situation)).length;
    expect(tagged / bank.length).toBeLessThanOrEqual(0.75);
  });

  test('situation tags filter: at most 40% of questions suit all four situations', () => {
    const allFour = bank.filter((q) => new Set(q.situations).size === 4).length;
    expect(allFour / bank.length).toBeLessThanOrEqual(0.4);
  });

  test('openers come from more than one category, and none from a single category dominates', () => {
    const openers = bank.filter((q) => q.part === 'opening');
    const perCategory = new Map<string, number>();
    for (const q of openers) perCategory.set(q.category, (perCategory.get(q.category) ?? 0) + 1);
    expect(perCategory.size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...perCategory.values()) / openers.length).toBeLessThanOrEqual(0.5);
  });

  test('every alias names a retired id, once, and resolves to a live question', () => {
    const live = new Set(bank.map((q) => q.id));
    const aliases = bank.flatMap((q) => (q.aliases ?? []).map((alias) => ({ alias, to: q.id })));
    expect(aliases.filter((a) => live.has(a.alias))).toEqual([]);
    expect(new Set(aliases.map((a) => a.alias)).size).toBe(aliases.length);
    expect(aliases.filter((a) => !live.has(a.to))).toEqual([]);
  });

  test('every question id ever published is still live or the alias of a live question', () => {
    const known = new Set(bank.flatMap((q) => [q.id, ...(q.aliases ?? [])]));
    expect(published.filter((id) => !known.has(id))).toEqual([]);
  });
});

describe('the starter sheets', () => {
  const byId = new Map(bank.map((q) => [q.id, q]));

  test.each(presets.map((p) => [p.id, p] as const))('%s lists live questions that suit its situation', (_, preset) => {
    const problems = preset.questions.flatMap((id) => {
      const q = byId.get(id);
      if (!q) return [`"${id}" is not a live question id (a retired id? use the question that kept it)`];
      if (!q.situations.includes(preset.situation)) return [`"${id}" is not tagged for ${preset.situation}`];
      const rule = brokenRule(q);
      return rule ? [`"${id}" ${rule}`] : [];
    });
    expect(problems).toEqual([]);
  });

  test.each(presets.map((p) => [p.id, p] as const))(
    '%s has two openers, four core questions and two closers, ending with the referral',
    (_, preset) => {
      const parts = preset.questions.map((id) => byId.get(id)?.part);
      expect(parts.filter((p) => p === 'opening')).toHaveLength(2);
      expect(parts.filter((p) => p === 'core')).toHaveLength(4);
      expect(parts.filter((p) => p === 'closing')).toHaveLength(2);
      expect(preset.questions.at(-1)).toBe(PRESET_LAST_QUESTION);
    },
  );

  test('the job-seeker sheet, billed "without asking for a job", asks nothing about who hires or openings', () => {
    const seeker = presets.find((p) => p.situation === 'seeker')!;
    const texts = seeker.questions.map((id) => byId.get(id)?.text ?? '');
    expect(
      texts.filter((t) =>
        /\bwho hires\b|\bhires for\b|\bkeep(ing)? me in mind\b|\bopenings?\b|\bvacanc(y|ies)\b|\bhear of a role\b/i.test(t),
      ),
    ).toEqual([]);
  });
});
