// Starter sheets. Each is about ten bank questions (two opening, six core, two closing) that fit
// a 25-minute conversation and ends with the referral question. Ids are stable: counselors link
// to them as /builder/#preset=<id>. Question ids are checked against the bank on every build
// (src/lib/integrity.ts, when the handbook loads), so a renamed or removed question fails the build instead of vanishing.
// List live ids only, never a merged question's old id (tests/unit/question-bank-rules.test.ts
// checks that, and that every question suits the sheet's situation). The seeker sheet promises
// "without asking for a job", so it holds no question about who hires or about openings.
import type { Preset } from '../lib/sheet/presets.ts';

/** The starter sheets, one per situation, in the order they are offered. */
export const presets: Preset[] = [
  {
    id: 'student',
    title: 'Exploring a first career',
    situation: 'student',
    description: 'Find out what the work is really like and how people get a first foot in the door.',
    minutes: 30,
    questions: [
      'how-did-you-start',
      'typical-day',
      'most-satisfying-part',
      'most-challenging-part',
      'skills-used-every-day',
      'entry-level-roles',
      'internships-and-volunteering',
      'what-you-wish-you-knew',
      'groups-to-join',
      'who-else-should-i-talk-to',
    ],
  },
  {
    id: 'changer',
    title: 'Switching fields',
    situation: 'changer',
    description: 'Test whether the field fits and how to make your past work count.',
    minutes: 30,
    questions: [
      'how-did-you-start',
      'typical-day',
      'transferable-skills',
      'describing-my-past-work',
      'standing-out-as-a-changer',
      'what-changers-underestimate',
      'how-to-try-it-out',
      'people-who-join-later',
      'people-who-switched-in',
      'who-else-should-i-talk-to',
    ],
  },
  {
    id: 'returning',
    title: 'Coming back to work',
    situation: 'returning',
    description: "Catch up on what's changed and how to talk about your time away.",
    minutes: 30,
    questions: [
      'how-did-you-start',
      'typical-day',
      'how-your-workplace-has-changed',
      'what-to-relearn-after-a-break',
      'talking-about-a-break',
      'flexible-and-part-time',
      'easing-back-in',
      'rebuilding-confidence',
      'may-i-stay-in-touch',
      'who-else-should-i-talk-to',
    ],
  },
  {
    id: 'seeker',
    title: 'Finding the next job',
    situation: 'seeker',
    description: 'Learn how hiring really works here without asking for a job.',
    minutes: 30,
    questions: [
      'how-did-you-start',
      'working-on-this-week',
      'how-hiring-works',
      'what-makes-applicants-stand-out',
      'job-market-now',
      'jobs-never-advertised',
      'less-obvious-employers',
      'job-search-tips',
      'recent-starters-to-talk-to',
      'who-else-should-i-talk-to',
    ],
  },
];
