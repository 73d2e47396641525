// fast-check generators for planner data, shared by the property tests. Not a test file itself.
import fc from 'fast-check';
import { formats, statuses, type Conversation, type Person, type PlannerData } from '../../src/schemas/planner';

const day = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) });
/** A calendar date string. */
export const dateArb = day.map((ms) => new Date(ms).toISOString().slice(0, 10));
/** A timestamp string, as toISOString writes it. */
export const stampArb = day.map((ms) => new Date(ms + 12_345).toISOString());
// Any Unicode, including control characters, bidi overrides and markup-like text.
const textArb = (max: number) => fc.string({ unit: 'binary', maxLength: Math.min(max, 40) });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const personFields = {
  name: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  role: textArb(200),
  organisation: textArb(200),
  howKnown: textArb(2000),
  email: textArb(200),
  phone: textArb(200),
  profileUrl: fc.oneof(textArb(2000), fc.webUrl(), fc.constant('javascript:alert(1)')),
  tags: fc.array(textArb(50), { maxLength: 5 }),
  notes: textArb(20000),
  createdAt: stampArb,
  updatedAt: stampArb,
};

const conversationFields = {
  status: fc.constantFrom(...statuses),
  askedOn: maybe(dateArb),
  nudgedOn: maybe(dateArb),
  scheduledDate: maybe(dateArb),
  scheduledTime: maybe(
    fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  ),
  format: maybe(fc.constantFrom(...formats)),
  place: textArb(2000),
  confirmedOn: maybe(dateArb),
  doneOn: maybe(dateArb),
  thankedOn: maybe(dateArb),
  lastUpdateOn: maybe(dateArb),
  notes: textArb(20000),
  questions: fc.uniqueArray(
    fc.record({
      key: fc.string({ minLength: 1, maxLength: 8 }),
      bankId: maybe(textArb(200)),
      text: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
      notes: textArb(20000),
    }),
    { maxLength: 3, selector: (q) => q.key },
  ),
  minutes: maybe(fc.integer({ min: 1, max: 240 })),
  learned: textArb(20000),
  fit: textArb(20000),
  nextStep: textArb(20000),
  createdAt: stampArb,
  updatedAt: stampArb,
};

/** A whole valid planner: unique ids, conversations and referrals pointing at people in it. */
export const plannerArb: fc.Arbitrary<PlannerData> = fc.uniqueArray(fc.uuid(), { minLength: 0, maxLength: 14 }).chain((ids) => {
  const personIds = ids.slice(0, Math.ceil(ids.length / 2));
  const conversationIds = ids.slice(personIds.length);
  const people = fc.tuple(
    ...personIds.map((id) =>
      fc
        .record({ ...personFields, referredBy: personIds.length ? maybe(fc.constantFrom(...personIds)) : fc.constant(null) })
        .map((p): Person => ({ id, ...p })),
    ),
  );
  const conversations = personIds.length
    ? fc.tuple(
        ...conversationIds.map((id) =>
          fc.record({ ...conversationFields, personId: fc.constantFrom(...personIds) }).map((c): Conversation => ({ id, ...c })),
        ),
      )
    : fc.constant([] as Conversation[]);
  return fc.record({
    profile: fc.record({
      myName: textArb(200),
      fields: fc.array(textArb(200), { maxLength: 4 }),
      interests: fc.array(textArb(2000), { maxLength: 4 }),
      strengths: fc.array(textArb(2000), { maxLength: 4 }),
      values: fc.array(textArb(2000), { maxLength: 4 }),
      updatedAt: maybe(stampArb),
    }),
    people: people.map((p) => [...p]),
    conversations: conversations.map((c) => [...c]),
    deleted: fc.array(fc.record({ id: fc.uuid(), deletedAt: stampArb }), { maxLength: 3 }),
  });
});
