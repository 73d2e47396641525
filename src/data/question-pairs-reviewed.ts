// Question pairs the near-duplicate check (src/lib/question-similarity.ts) flags and a person has
// read and kept, because each asks for a different answer. Add a pair only after reading both
// questions side by side; the build fails on an entry whose question is no longer live.
import type { ReviewedPair } from '../lib/question-similarity';

/** Reviewed pairs of bank questions, each with one line on why both stay. */
export const reviewedQuestionPairs: readonly ReviewedPair[] = [
  {
    pair: ['talking-about-a-break', 'how-gaps-are-seen'],
    reason: 'How to explain a break, against how employers see one: the two halves of an old double question.',
  },
  {
    pair: ['roles-that-might-suit-me', 'best-way-in-for-my-background'],
    reason: 'Which roles people like you consider, against which routes in have worked.',
  },
  {
    pair: ['do-i-have-the-skills', 'what-did-you-do-before'],
    reason: 'What newcomers from your field must learn, against what they had to learn after their own earlier job.',
  },
  {
    pair: ['reconnecting-with-old-colleagues', 'did-you-take-a-break'],
    reason: 'How to get back in touch with colleagues, against how they came back after a break.',
  },
  {
    pair: ['one-thing-to-do-this-week', 'what-did-you-do-before'],
    reason: 'One step to take now, against their own earlier job: the words "read" and "learn" are chance.',
  },
  {
    pair: ['one-thing-to-do-this-week', 'values-in-practice'],
    reason: 'One step to take now, against how a stated value shows up at work.',
  },
  {
    pair: ['coffee-chats-and-recruiting', 'good-coffee-chat'],
    reason: 'Whether chats count in recruiting, against what makes a chat good.',
  },
  {
    pair: ['good-coffee-chat', 'anyone-at-another-organisation'],
    reason: 'What makes a chat good, against who else to talk to at another organization.',
  },
  {
    pair: ['experience-before-hiring', 'experience-or-education'],
    reason: 'How much experience new hires have, against whether experience or education counts more.',
  },
  {
    pair: ['while-waiting-to-hear-back', 'coming-back-to-a-former-employer'],
    reason: 'Waiting on applications, against rejoining an old employer: "back" is chance.',
  },
  {
    pair: ['who-else-should-i-talk-to', 'people-who-switched-in'],
    reason: 'The general referral, against one to someone who switched fields: a changer asks both.',
  },
  {
    pair: ['who-you-work-with', 'research-skills-outside-academia'],
    reason: 'Their daily contacts, against research skills employers value.',
  },
  { pair: ['who-you-work-with', 'values-in-practice'], reason: 'Their daily contacts, against how a stated value shows up at work.' },
  {
    pair: ['resume-missing-words', 'research-skills-outside-academia'],
    reason: 'Gaps on your resume, against which research skills count outside universities.',
  },
  {
    pair: ['how-long-before-moving-up', 'postdoc-next-steps'],
    reason: 'Time before a first promotion, against a postdoc choosing between research and other work.',
  },
  { pair: ['pay-after-a-break', 'did-you-take-a-break'], reason: 'Pay after a break, against their own story of one.' },
  { pair: ['pay-after-a-break', 'what-to-relearn-after-a-break'], reason: 'Pay after a break, against what to catch up on.' },
  {
    pair: ['did-you-take-a-break', 'what-to-relearn-after-a-break'],
    reason: 'Their own story of a break, against what anyone coming back must catch up on.',
  },
  {
    pair: ['people-skills-vs-technical', 'skills-in-job-ads'],
    reason: 'People skills against technical ones, against one skill seen in job ads.',
  },
  {
    pair: ['people-skills-vs-technical', 'research-skills-outside-academia'],
    reason: 'People skills against technical ones, against research skills outside universities.',
  },
  { pair: ['skills-gaining-value', 'skills-losing-value'], reason: 'Opposite answers: skills rising, against skills fading.' },
  {
    pair: ['time-with-this-organisation', 'reputation-check'],
    reason: 'Their first role there, against whether its reputation holds: both start from what you read.',
  },
  {
    pair: ['time-with-this-organisation', 'organization-news'],
    reason: 'Their first role there, against how recent news shows up: both start from what you read.',
  },
  {
    pair: ['time-with-this-organisation', 'values-in-practice'],
    reason: 'Their first role there, against how a stated value shows up: both start from what you read.',
  },
  { pair: ['how-it-is-organised', 'organization-news'], reason: "Where their team sits, against how recent news reached the team's work." },
  { pair: ['reputation-check', 'organization-news'], reason: 'A reputation, against a recent event: both start from what you read.' },
  {
    pair: ['reputation-check', 'values-in-practice'],
    reason: 'A reputation, against a stated value in daily work: both start from what you read.',
  },
  {
    pair: ['internal-move-advice', 'telling-your-manager-about-a-move'],
    reason: 'How internal moves happen, against how people involve their manager.',
  },
  { pair: ['career-highlights', 'turning-point'], reason: 'A proud moment, against a moment that changed direction.' },
  { pair: ['how-you-decided-to-change', 'turning-point'], reason: 'How they weighed a change, against which moment changed their path.' },
  {
    pair: ['employer-paid-training', 'online-courses-respected'],
    reason: 'Whether employers pay for training, against whether they respect online courses.',
  },
  {
    pair: ['choosing-an-advisor', 'meeting-with-an-advisor'],
    reason: 'What matters when choosing an advisor, against how often students meet theirs.',
  },
];
