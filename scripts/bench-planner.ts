// Measures the planner at scale in a real browser: 1,000 people and 3,000 conversations.
// Reports the stored size, load-and-render time, and how long common interactions take.
// Run after `npm run build`: node scripts/bench-planner.ts [runs]
// It serves the build on a free local port (scripts/lib/preview-server.ts) and stops it when done;
// nothing leaves the machine.
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from './lib/browser.ts';
import { markdownTable } from './lib/markdown-table.ts';
import { conversation, person, plannerDocument } from './lib/planner-fixtures.ts';
import { startPreview } from './lib/preview-server.ts';
import { PLANNER_KEY } from '../src/lib/storage-keys.ts';
import { statuses } from '../src/lib/planner/values.ts';

const PEOPLE = 1000;
const CONVERSATIONS = 3000;
const RUNS = Number(process.argv[2] ?? 5);

// A small seeded generator, so every run measures the same planner.
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

/** A big planner in the current data version, so the page starts as usual rather than upgrading old data first. */
function bigPlanner(): string {
  const rand = random(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const people = Array.from({ length: PEOPLE }, (_, i) =>
    person(`p${i}`, `Person ${i} ${pick(['Okafor', 'Park', 'Moreau', 'Nguyen', 'Silva', 'Kowalski'])}`, {
      role: pick(['Nurse', 'Engineer', 'Analyst', 'Designer', 'Teacher']),
      organisation: `Organisation ${i % 97}`,
      referredBy: i > 0 && rand() < 0.5 ? `p${Math.floor(rand() * i)}` : null,
      howKnown: 'Met at a careers fair and talked about their work for a while.',
      email: `person${i}@example.org`,
      phone: '+44 20 7946 0000',
      profileUrl: `https://example.org/people/${i}`,
      tags: [pick(['health', 'data', 'design', 'education']), pick(['remote', 'local'])],
      notes: 'Some notes about this person, long enough to be realistic. '.repeat(3),
    }),
  );
  const conversations = Array.from({ length: CONVERSATIONS }, (_, i) => {
    const status = pick(statuses);
    const d = Math.floor(rand() * 120) - 90;
    return conversation(`c${i}`, `p${i % PEOPLE}`, {
      status,
      askedOn: status === 'to-contact' ? null : day(d - 10),
      scheduledDate: ['scheduled', 'done', 'thanked', 'keeping-in-touch'].includes(status) ? day(d) : null,
      scheduledTime: '10:00',
      format: 'video',
      place: 'Video call',
      doneOn: ['done', 'thanked', 'keeping-in-touch'].includes(status) ? day(d) : null,
      thankedOn: ['thanked', 'keeping-in-touch'].includes(status) ? day(d + 2) : null,
      lastUpdateOn: status === 'keeping-in-touch' ? day(d + 20) : null,
      notes: 'What we talked about and what to do next.',
    });
  });
  return JSON.stringify(plannerDocument(people, conversations));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function timed(_page: Page, action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

const raw = bigPlanner();
const preview = await startPreview();
const browser = await chromium.launch(await launchOptions());
try {
  const url = new URL('planner/', preview.url).href;
  const results: Record<string, number[]> = { load: [], cards: [], search: [], step: [], save: [], openDialog: [] };
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
        // Note the moment the first conversation card is in the page, on the page's own clock.
        new MutationObserver((_, observer) => {
          if (document.querySelector('article')) {
            (window as unknown as { cardsAt: number }).cardsAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      },
      [PLANNER_KEY, raw],
    );
    // Load and render, as the test runner sees it: from navigation until cards are on screen.
    results.load!.push(
      await timed(page, async () => {
        await page.goto(url, { waitUntil: 'commit' });
        await page.locator('article').first().waitFor();
      }),
    );
    results.cards!.push(await page.evaluate(() => (window as unknown as { cardsAt: number }).cardsAt));
    // Interactions are timed inside the page, from the event to the second frame after it, so
    // the numbers are the page's own work and not the test runner's.
    results.search!.push(
      await page.evaluate(async () => {
        const input = document.querySelector<HTMLInputElement>('input[type=search]:not(#search-input)')!;
        const start = performance.now();
        input.value = 'Person 999 ';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - start;
      }),
    );
    await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('');
    results.step!.push(
      await page.evaluate(async () => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Mark asked')!;
        const start = performance.now();
        button.click();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - start;
      }),
    );
    results.save!.push(
      await page.evaluate((key) => {
        const text = localStorage.getItem(key)!;
        const start = performance.now();
        for (let i = 0; i < 5; i++) localStorage.setItem(key, JSON.stringify(JSON.parse(text)));
        return (performance.now() - start) / 5;
      }, PLANNER_KEY),
    );
    results.openDialog!.push(
      await page.evaluate(async () => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Edit person…')!;
        const start = performance.now();
        button.click();
        while (!document.querySelector('dialog[open] #person-name')) await new Promise((r) => setTimeout(r, 5));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - start;
      }),
    );
    await context.close();
  }
  const kb = Buffer.byteLength(raw) / 1024;
  console.log(`Planner with ${PEOPLE} people and ${CONVERSATIONS} conversations (median of ${RUNS} runs, Chromium, this machine):\n`);
  console.log(
    markdownTable(
      ['measure', 'median'],
      [
        ['stored size', `${kb.toFixed(0)} KB (${(kb / 1024).toFixed(2)} MB)`],
        ['navigation to cards on screen (runner)', ms(median(results.load!))],
        ['first cards in the page (page clock)', ms(median(results.cards!))],
        ['search: keystroke to painted result', ms(median(results.search!))],
        ['one pipeline step: click to painted (includes the save)', ms(median(results.step!))],
        ['parse + serialize + write storage', ms(median(results.save!))],
        ['open the person dialog, first time (loads the dialog code)', ms(median(results.openDialog!))],
      ],
      ['left', 'right'],
    ),
  );
} finally {
  await browser.close();
  preview.stop();
}
