import { describe, expect, it } from 'vitest';
import {
  analyse,
  decodeEntities,
  fleschKincaidGrade,
  mainText,
  meanGrade,
  pageKind,
  sentencesOf,
  syllablesIn,
  wordWeightedGrade,
  wordsOf,
} from '../../scripts/lib/readability.ts';

describe('fleschKincaidGrade', () => {
  it('applies the standard formula', () => {
    // 0.39 * (100 / 5) + 11.8 * (150 / 100) - 15.59
    expect(fleschKincaidGrade(100, 5, 150)).toBeCloseTo(9.91, 2);
  });

  it('is zero for empty text', () => {
    expect(fleschKincaidGrade(0, 0, 0)).toBe(0);
  });
});

describe('words, sentences and syllables', () => {
  it('keeps contractions whole', () => {
    expect(wordsOf("Don't ask for a job; it's rude.")).toEqual(["Don't", 'ask', 'for', 'a', 'job', "it's", 'rude']);
  });

  it('splits sentences at end marks and at line breaks', () => {
    expect(sentencesOf('Be on time. Smile!\nA heading\nWhy ask? Because.')).toEqual([
      'Be on time.',
      'Smile!',
      'A heading',
      'Why ask?',
      'Because.',
    ]);
  });

  it('counts syllables with a floor of one', () => {
    expect(syllablesIn('cat')).toBe(1);
    expect(syllablesIn('interview')).toBe(3);
    expect(syllablesIn('30')).toBe(1);
  });

  it('analyses a short text', () => {
    const stats = analyse('The cat sat. The dog ran.');
    expect(stats.words).toBe(6);
    expect(stats.sentences).toBe(2);
    expect(stats.syllables).toBe(6);
    expect(stats.grade).toBeCloseTo(0.39 * 3 + 11.8 * 1 - 15.59, 5);
  });

  it('scores long words and sentences higher than short ones', () => {
    const easy = analyse('Ask them how they got the job. Then thank them. Keep it short.');
    const hard = analyse(
      'Informational interviewing constitutes an extraordinarily valuable methodology for investigating organisational opportunities comprehensively.',
    );
    expect(hard.grade).toBeGreaterThan(easy.grade + 5);
  });
});

describe('mainText', () => {
  const page = (body: string) =>
    `<!doctype html><html><head><title>Skip me</title><style>p{}</style></head><body><nav>Menu words</nav>${body}<footer>Footer words</footer></body></html>`;

  it('prefers the data-pagefind-body element', () => {
    const html = page('<main><p>Outer</p><article data-pagefind-body><h1>Title</h1><p>Inner text.</p></article></main>');
    expect(mainText(html)).toBe('Title\nInner text.');
  });

  it('falls back to main, and follows nested elements of the same name', () => {
    const html = page('<main class="x"><div><p>One.</p></div><div>Two.</div></main>');
    expect(mainText(html)).toBe('One.\nTwo.');
  });

  it('drops scripts, styles, svg and parts marked data-pagefind-ignore', () => {
    const html = page(
      '<main><p>Keep.</p><script>var a = "<p>no</p>";</script><svg><title>icon</title></svg><div data-pagefind-ignore><p>Skip.</p></div><!-- note --></main>',
    );
    expect(mainText(html)).toBe('Keep.');
  });

  it('decodes entities and joins inline elements', () => {
    const html = page('<main><p>Tom&rsquo;s <strong>tips</strong> &amp; more&#33;</p></main>');
    expect(mainText(html)).toBe('Tom\u2019s tips & more!');
  });
});

describe('decodeEntities', () => {
  it('handles named, decimal and hex references, and leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &#65;&#x42; &bogus;')).toBe('<a> AB &bogus;');
  });
});

describe('averages and paths', () => {
  const pages = [
    { path: '/a/', words: 300, grade: 6 },
    { path: '/b/', words: 100, grade: 10 },
    { path: '/empty/', words: 0, grade: 0 },
  ];

  it('weights by words', () => {
    expect(wordWeightedGrade(pages)).toBeCloseTo(7, 5);
  });

  it('takes a plain mean over pages with words', () => {
    expect(meanGrade(pages)).toBeCloseTo(8, 5);
  });

  it('is zero when there is nothing to average', () => {
    expect(wordWeightedGrade([])).toBe(0);
    expect(meanGrade([])).toBe(0);
  });

  it('tells the kind of page from its path', () => {
    expect(pageKind('/steps/find-people/')).toBe('steps');
    expect(pageKind('/')).toBe('home');
  });
});
