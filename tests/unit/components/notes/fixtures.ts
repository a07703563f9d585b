import type { Note } from '../../../../lib/notes/types';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 10, 18, 9, 30);

function note(over: Partial<Note> & Pick<Note, 'id'>): Note {
  return {
    text: '',
    tags: [],
    target: 'page',
    url: 'https://www.reuters.com/world/',
    pageUrl: 'https://www.reuters.com/world/',
    title: 'A page',
    published: null,
    created: T0,
    edited: T0,
    factId: null,
    selectors: null,
    ...over,
  };
}

const ATACMS_QUOTE = 'The missiles have a range of up to 306 km.';

/** Four notes on three sites, in neither date nor id order. */
export const NOTES: Note[] = [
  note({
    id: 'n-atacms',
    target: 'text',
    text: 'Check the range against the Pentagon fact sheet.',
    tags: ['atacms', 'range'],
    url: 'https://www.reuters.com/world/europe/us-lets-ukraine-strike-2024-11-18/',
    pageUrl: 'https://www.reuters.com/world/europe/us-lets-ukraine-strike-2024-11-18/?utm_source=x',
    title: 'US lets Ukraine strike deep into Russia with ATACMS',
    published: '2024-11-18',
    created: T0,
    edited: T0,
    factId: 'atacms-range',
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: ATACMS_QUOTE,
        prefix: 'officials said. ',
        suffix: ' The first strike',
      },
      position: { type: 'TextPositionSelector', start: 120, end: 120 + ATACMS_QUOTE.length },
    },
  }),
  note({
    id: 'n-troops',
    target: 'fact',
    text: 'BBC says 10,000; others 8,000.',
    tags: ['north-korea'],
    url: 'https://www.bbc.com/news/articles/c0troops',
    pageUrl: 'https://www.bbc.com/news/articles/c0troops',
    title: 'North Korean troops in Kursk',
    created: T0 + 2 * DAY,
    edited: T0 + 2 * DAY,
    factId: 'north-korean-troop-count',
  }),
  note({
    id: 'n-hostile',
    text: '<script>alert(1)</script> and <img src=x onerror=alert(2)>',
    tags: ['<b>tag</b>'],
    url: 'https://apnews.com/article/mines',
    pageUrl: 'https://apnews.com/article/mines',
    title: '<img src=y onerror=alert(3)> Mines for Ukraine',
    created: T0 + 1 * DAY,
    edited: T0 + 1 * DAY,
  }),
  note({
    id: 'n-newest',
    text: 'Second ATACMS piece: the same 306 km.',
    tags: ['atacms'],
    url: 'https://www.reuters.com/world/europe/atacms-again/',
    pageUrl: 'https://www.reuters.com/world/europe/atacms-again/',
    title: 'ATACMS again',
    created: T0 + 3 * DAY,
    edited: T0 + 4 * DAY,
  }),
];

export const NEWEST_FIRST = ['n-newest', 'n-troops', 'n-hostile', 'n-atacms'];

/** A stand-in for createNoteSearch: notes whose text contains the query, in array order. */
export function naiveSearch(notes: readonly Note[]) {
  return (query: string): Note[] | null => {
    const q = query.trim().toLowerCase();
    if (!q) return null;
    return notes.filter((n) => `${n.text} ${n.title}`.toLowerCase().includes(q));
  };
}
