/**
 * lib/extract/detect.ts: the cheap headline pre-check, the scored read of the text, and the
 * page-structure evidence. Assertions are on outcomes (relevant or not, which way the evidence
 * points), not on exact scores, which are tuned elsewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectText,
  headlineMentionsWar,
  mentionsWar,
  pageEvidence,
  RELEVANCE_THRESHOLD,
} from '../../../lib/extract/detect';
import { parseDocument } from '../../../scripts/lib/html';
import { SEEDS_DIR } from '../../../scripts/lib/seeds';
import { paragraphsFromText, renderNewsPage } from '../../../scripts/render-news-page.mjs';

const SEED_FILES = [
  '000_38147e0aa8aa1475.txt',
  '001_e6ca441133ff4184.txt',
  '002_b589a596a287f77f.txt',
  '003_741661cdd0967a79.txt',
  '004_11ef8f2dd4bbdac3.txt',
];
const seedText = (file: string) => readFileSync(join(SEEDS_DIR, file), 'utf8');

const FOOTBALL_TITLE = 'Late header earns Harbourside a point in six-goal thriller';
const FOOTBALL = `Harbourside came from behind twice to draw 3-3 with Westbrook City on Saturday, a stoppage-time header from a corner rescuing a point that had looked lost when City led 3-1 with ten minutes left.
City started the brighter side and took the lead on the quarter-hour, when their striker turned sharply in the box and drove a low shot past the goalkeeper at the near post.
Harbourside levelled before half-time with a curling shot into the far corner, but City scored twice in the second half and looked comfortable until the visitors changed their shape.
"We never stopped believing," the Harbourside coach said afterwards. "The players showed character, and the supporters who travelled deserved that moment."
The draw leaves Harbourside sixth in the league table, two points off the European places, while City remain third.`;

const RECIPE_TITLE = 'Ukrainian borscht, step by step';
const RECIPE = `This is the recipe my grandmother brought from Kyiv. You will need one beetroot, two potatoes, a carrot, an onion, half a cabbage, three tablespoons of tomato paste and a litre of stock.
Peel and grate the beetroot and carrot, and fry them with the onion in two tablespoons of oil for ten minutes. Add the tomato paste and a teaspoon of vinegar so the colour stays bright.
Bring the stock to a boil, add the diced potatoes and simmer for ten minutes. Add the cabbage and the fried vegetables and simmer for another fifteen minutes.
Season with salt, pepper and a bay leaf, then stir in chopped dill and a crushed garlic clove. Serve with sour cream and rye bread. The soup tastes even better the next day.`;

function newsPage(title: string, text: string, jsonLdType?: string): Document {
  let html = renderNewsPage({
    title,
    paragraphs: paragraphsFromText(text),
    published: '2024-11-23T18:00:00Z',
    outlet: 'Harbour Times',
    url: 'https://harbour.example/news/2024/11/23/story/',
  });
  if (jsonLdType) html = html.replace('"@type": "NewsArticle"', `"@type": "${jsonLdType}"`);
  return parseDocument(html);
}

const isDetection = (d: ReturnType<typeof detectText>) => {
  expect(d.relevance).toBeGreaterThanOrEqual(0);
  expect(d.relevance).toBeLessThanOrEqual(1);
  expect(d.relevant).toBe(d.relevance >= RELEVANCE_THRESHOLD);
  expect(d.reasons.length).toBeGreaterThan(0);
  for (const r of d.reasons) expect(r).toMatch(/\S/);
};

describe('mentionsWar', () => {
  it.each([
    ['US lets Ukraine strike deep inside Russia', true],
    ['Kremlin warns Washington', true],
    ['North Korean troops reach Kursk', true],
    ['ATACMS launched at targets', true],
    ['Russian missile hits Sumy', true],
    ['Prussian history exhibit opens in Berlin', false],
    ['Late header earns Harbourside a point', false],
    ['', false],
    ['Storm Shadow and HIMARS', true],
    ['A natonal treasure; the kievan rus', false],
    ['ukrainian, Muscovite, kremlinology', true],
    ['nato_summit or putinesque', false],
    ['(Kyiv)', true],
  ])('%j → %s', (text, want) => {
    expect(mentionsWar(text)).toBe(want);
  });

  // The word list reads as this regex does (it replaced it on the hot path), on every labelled
  // sentence and detection text we have.
  const WAR_HINT =
    /\b(?:ukrain\w*|kyiv|kiev|zelensk\w*|russia\w*|kremlin|moscow|putin|nato|north korea\w*|pyongyang|atacms|himars|storm shadow|kursk|donbas|crimea)\b/i;
  const lines = (file: string) =>
    readFileSync(join('tests/cases/eval', file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text?: string; html?: string; title?: string });
  const texts = [
    ...lines('sentences.jsonl').map((c) => c.text ?? ''),
    ...lines('detection.jsonl').flatMap((c) => [c.title ?? '', c.text ?? c.html ?? '']),
    ...SEED_FILES.map(seedText),
  ];
  it(`agrees with the word-boundary regex on ${texts.length} texts`, () => {
    expect(texts.length).toBeGreaterThan(300);
    for (const text of texts)
      expect([text, mentionsWar(text)]).toEqual([text, WAR_HINT.test(text)]);
  });
});

describe('headlineMentionsWar', () => {
  it('is true on a seed rendered as a news page', () => {
    const doc = newsPage(
      'US lets Ukraine strike deep inside Russia after North Korean troops join the war',
      seedText(SEED_FILES[1]!),
    );
    expect(headlineMentionsWar(doc)).toBe(true);
  });

  it('is false on an off-topic news page', () => {
    expect(headlineMentionsWar(newsPage(FOOTBALL_TITLE, FOOTBALL))).toBe(false);
  });

  it('looks at the headline and description only, not the body', () => {
    const doc = parseDocument(
      `<html><head><title>Harbourside draw with City</title><meta name="description" content="A late goal settles the derby."></head>` +
        `<body><h1>Harbourside draw with City</h1><p>Russia and Ukraine are mentioned in the body only.</p></body></html>`,
    );
    expect(headlineMentionsWar(doc)).toBe(false);
  });

  it.each([
    ['og:title', '<meta property="og:title" content="Kremlin warns Washington">', true],
    ['og:description', '<meta property="og:description" content="Kyiv fires ATACMS.">', true],
    ['a name="og:title" (not the property)', '<meta name="og:title" content="Kyiv fires">', false],
    [
      'a property="description" (not the name)',
      '<meta property="description" content="Kyiv">',
      false,
    ],
    [
      'only the first description',
      '<meta name="description" content="Derby day."><meta name="description" content="Kyiv">',
      false,
    ],
    [
      'the first og:title, wherever it is',
      '<meta name="description" content="Derby day."><meta property="og:title" content="Putin">',
      true,
    ],
  ])('reads %s', (_, metas, expected) => {
    const doc = parseDocument(
      `<html><head><title>Sports desk</title>${metas}</head><body><h1>Harbourside draw</h1><h1>Kyiv</h1></body></html>`,
    );
    expect(headlineMentionsWar(doc)).toBe(expected);
  });

  it('reads the first h1 only', () => {
    const doc = parseDocument(
      `<html><head><title>Sports desk</title></head><body><h1>Zelensky's address</h1><h1>Derby</h1></body></html>`,
    );
    expect(headlineMentionsWar(doc)).toBe(true);
  });

  it('counts the meta description', () => {
    const doc = parseDocument(
      `<html><head><title>The week in review</title><meta name="description" content="Kyiv gets long-range missiles."></head><body></body></html>`,
    );
    expect(headlineMentionsWar(doc)).toBe(true);
  });
});

describe('detectText', () => {
  it.each(SEED_FILES)('finds seed %s relevant', (file) => {
    const d = detectText(null, seedText(file));
    isDetection(d);
    expect(d.relevant).toBe(true);
  });

  it('finds a recipe not relevant, even one from Kyiv', () => {
    const d = detectText(RECIPE_TITLE, RECIPE);
    isDetection(d);
    expect(d.relevant).toBe(false);
  });

  it('finds a football report not relevant, with a reason', () => {
    const d = detectText(FOOTBALL_TITLE, FOOTBALL);
    isDetection(d);
    expect(d.relevant).toBe(false);
    expect(d.relevance).toBe(0);
  });

  it('does not call a snippet relevant on one mention alone', () => {
    const d = detectText(null, 'Ukraine.');
    isDetection(d);
    expect(d.relevant).toBe(false);
  });

  it('counts page evidence for and against', () => {
    const text = seedText(SEED_FILES[3]!);
    const plain = detectText(null, text).relevance;
    const against = detectText(null, text, { bonus: -1, reasons: ['test: not news'] });
    expect(against.relevance).toBeLessThan(plain);
    expect(against.reasons).toContain('test: not news');
  });
});

describe('pageEvidence', () => {
  it('counts a news article page in favour', () => {
    const e = pageEvidence(newsPage(FOOTBALL_TITLE, FOOTBALL));
    expect(e.bonus).toBeGreaterThan(0);
    expect(e.reasons.some((r) => /NewsArticle/.test(r))).toBe(true);
  });

  it('counts a Recipe page against', () => {
    const e = pageEvidence(newsPage(RECIPE_TITLE, RECIPE, 'Recipe'));
    expect(e.bonus).toBeLessThan(0);
    expect(e.reasons.some((r) => /Recipe/.test(r))).toBe(true);
  });
});
