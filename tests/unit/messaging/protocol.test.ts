import { describe, expect, it, vi } from 'vitest';
import { bundledEngine, type PageText } from '@/lib/check';
import {
  err,
  isContentCommand,
  isMessage,
  isResult,
  ok,
  type Message,
  type PageAnalyseRequest,
  type PageAnalysis,
} from '@/lib/messaging/protocol';
import { createBackgroundRouter } from '@/lib/messaging/router';
import messageTable from '../../cases/messages.json';

const PAGE_CHECKED = {
  type: 'page/checked',
  url: 'https://www.reuters.com/world/europe/some-story/',
  title: 'Some story | Reuters',
  status: 'off-topic',
  relevant: false,
  relevance: 0.12,
  reasons: ['mentions Russia but not Ukraine or the war'],
  counts: { supports: 0, contradicts: 0, disputed: 0 },
  items: [],
  hidden: 0,
} as const satisfies Message;

/** A checked page with three annotations. */
const CHECKED_WITH_ITEMS = {
  ...PAGE_CHECKED,
  status: 'checked',
  relevant: true,
  relevance: 0.9,
  counts: { supports: 1, contradicts: 1, disputed: 1 },
  items: [
    { index: 0, verdict: 'supports', excerpt: 'A sentence.', reason: 'Same event.', factId: 'a' },
    {
      index: 1,
      verdict: 'contradicts',
      excerpt: 'B sentence.',
      reason: 'Article: 5.',
      factId: 'b',
    },
    { index: 2, verdict: 'disputed', excerpt: 'C sentence.', reason: 'Disagree.', factId: 'c' },
  ],
} as const satisfies Message;

describe('isMessage', () => {
  it.each<[string, unknown]>([
    ['page/checked', PAGE_CHECKED],
    ['page/checked, relevant with annotations', CHECKED_WITH_ITEMS],
    ['page/checked on plain http', { ...PAGE_CHECKED, url: 'http://127.0.0.1:8080/article' }],
    ['page/checked with an empty title', { ...PAGE_CHECKED, title: '' }],
    ['tab/state', { type: 'tab/state', tabId: 42 }],
    ['tab/state for tab 0', { type: 'tab/state', tabId: 0 }],
    ['page/keep-warm', { type: 'page/keep-warm' }],
  ])('accepts %s', (_, message) => {
    expect(isMessage(message)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'page/checked'],
    ['a number', 1],
    ['an array', [PAGE_CHECKED]],
    ['an object without type', { tabId: 1 }],
    ['an unknown type', { type: 'page/unknown' }],
    ['a non-string type', { type: 1 }],
    ['an inherited type', Object.create({ type: 'tab/state', tabId: 1 }) as unknown],
    [
      'a class instance',
      new (class {
        type = 'tab/state';
        tabId = 1;
      })(),
    ],
    ['a prototype key as type', { type: 'toString' }],
    ['tab/state without tabId', { type: 'tab/state' }],
    ['tab/state with a string tabId', { type: 'tab/state', tabId: '1' }],
    ['tab/state with a negative tabId', { type: 'tab/state', tabId: -1 }],
    ['tab/state with a fractional tabId', { type: 'tab/state', tabId: 1.5 }],
    ['tab/state with NaN', { type: 'tab/state', tabId: Number.NaN }],
    ['tab/state with an extra field', { type: 'tab/state', tabId: 1, url: 'https://x.org/' }],
    ['page/keep-warm with an extra field', { type: 'page/keep-warm', tabId: 1 }],
    ['page/checked with a missing field', { ...PAGE_CHECKED, hidden: undefined }],
    ['page/checked with an unknown status', { ...PAGE_CHECKED, status: 'maybe' }],
    ['page/checked with relevance above 1', { ...PAGE_CHECKED, relevance: 1.5 }],
    [
      'page/checked with a count missing',
      { ...PAGE_CHECKED, counts: { supports: 0, contradicts: 0 } },
    ],
    [
      'page/checked with an item of unknown verdict',
      { ...CHECKED_WITH_ITEMS, items: [{ ...CHECKED_WITH_ITEMS.items[0], verdict: 'maybe' }] },
    ],
    [
      'page/checked with an item with an extra key',
      { ...CHECKED_WITH_ITEMS, items: [{ ...CHECKED_WITH_ITEMS.items[0], html: '<b>' }] },
    ],
    ['page/checked with reasons that are not strings', { ...PAGE_CHECKED, reasons: [1] }],
    ['page/checked with an extra field', { ...PAGE_CHECKED, html: '<p>' }],
    ['page/checked with a relative url', { ...PAGE_CHECKED, url: '/world/story' }],
    ['page/checked with a javascript: url', { ...PAGE_CHECKED, url: 'javascript:alert(1)' }],
    ['page/checked with a file: url', { ...PAGE_CHECKED, url: 'file:///etc/passwd' }],
    ['page/checked with a huge url', { ...PAGE_CHECKED, url: `https://x.org/${'a'.repeat(9000)}` }],
    ['page/checked with a non-string title', { ...PAGE_CHECKED, title: null }],
    ['page/checked with a huge title', { ...PAGE_CHECKED, title: 't'.repeat(3000) }],
    ['page/checked with a truthy relevant', { ...PAGE_CHECKED, relevant: 'yes' }],
    ['page/checked with negative hidden', { ...PAGE_CHECKED, hidden: -1 }],
    ['page/checked with Infinity hidden', { ...PAGE_CHECKED, hidden: Infinity }],
    ['page/checked with string hidden', { ...PAGE_CHECKED, hidden: '2' }],
  ])('rejects %s', (_, message) => {
    expect(isMessage(message)).toBe(false);
  });
});

describe('Result', () => {
  it('ok() and err() build results that isResult() accepts', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(err('nope')).toEqual({ ok: false, error: 'nope' });
    expect(isResult(ok(null))).toBe(true);
    expect(isResult(err('nope'))).toBe(true);
  });

  it.each<unknown>([
    null,
    {},
    { ok: true },
    { ok: 'true', value: 1 },
    { ok: false },
    { ok: false, error: 1 },
    { ok: true, value: 1, error: 'both' },
  ])('isResult rejects %j', (x) => {
    expect(isResult(x)).toBe(false);
  });
});

describe('background router', () => {
  const ID = 'ourextensionid';
  const fromTab = (tabId: number) => ({ id: ID, tab: { id: tabId } });
  const setup = () => createBackgroundRouter(ID, () => 1_700_000_000_000);

  it('stores the latest page/checked per tab and answers tab/state with it', () => {
    const router = setup();
    expect(router.handle({ type: 'tab/state', tabId: 7 }, { id: ID })).toEqual(ok(null));

    expect(router.handle(PAGE_CHECKED, fromTab(7))).toEqual(ok(null));
    const later = { ...CHECKED_WITH_ITEMS, url: 'https://apnews.com/article/x' };
    expect(router.handle(later, fromTab(7))).toEqual(ok(null));
    expect(router.handle(PAGE_CHECKED, fromTab(8))).toEqual(ok(null));

    const { type: _, ...state } = later;
    expect(router.handle({ type: 'tab/state', tabId: 7 }, { id: ID })).toEqual(
      ok({ ...state, checkedAt: 1_700_000_000_000 }),
    );
  });

  it('answers page/keep-warm with nothing, and keeps no state for it', () => {
    const router = setup();
    expect(router.handle({ type: 'page/keep-warm' }, fromTab(7))).toEqual(ok(null));
    expect(router.states()).toEqual([]);
    expect(router.handle({ type: 'page/keep-warm', extra: 1 }, fromTab(7))).toMatchObject({
      ok: false,
    });
    expect(router.handle({ type: 'page/keep-warm' }, { id: 'someone-else' })).toBeUndefined();
  });

  it('forgets a closed tab', () => {
    const router = setup();
    router.handle(PAGE_CHECKED, fromTab(7));
    router.forgetTab(7);
    expect(router.handle({ type: 'tab/state', tabId: 7 }, { id: ID })).toEqual(ok(null));
  });

  it('ignores senders that are not this extension', () => {
    const router = setup();
    expect(router.handle(PAGE_CHECKED, { id: 'someoneelse', tab: { id: 7 } })).toBeUndefined();
    expect(router.handle(PAGE_CHECKED, { tab: { id: 7 } })).toBeUndefined();
    expect(router.handle({ type: 'tab/state', tabId: 7 }, { id: ID })).toEqual(ok(null));
  });

  it('answers malformed messages with an error and keeps its state', () => {
    const router = setup();
    router.handle(PAGE_CHECKED, fromTab(7));
    for (const bad of [null, 'tab/state', { type: 'tab/state' }, { ...PAGE_CHECKED, tabId: 7 }]) {
      expect(router.handle(bad, fromTab(7))).toEqual(err('malformed message'));
    }
    expect(router.handle({ type: 'tab/state', tabId: 7 }, { id: ID })).toMatchObject({
      ok: true,
      value: { url: PAGE_CHECKED.url },
    });
  });

  it('rejects page/checked that does not come from a tab', () => {
    const router = setup();
    expect(router.handle(PAGE_CHECKED, { id: ID })).toEqual(
      err('page/checked must come from a tab'),
    );
    expect(router.handle(PAGE_CHECKED, { id: ID, tab: { id: -1 } })).toEqual(
      err('page/checked must come from a tab'),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// page/analyse, tab/check and content commands: tables in tests/cases/messages.json.

type Fields = Record<string, unknown>;

interface MessageCase {
  name: string;
  /** Changes to the section's base message (dotted keys reach into nested objects)… */
  patch?: Fields;
  /** …or a whole message. */
  message?: unknown;
  /** Set when the current validator gets the case wrong: the test is expected to fail. */
  knownBug?: string;
}

interface MessageSection {
  base?: Fields;
  valid: MessageCase[];
  malformed: MessageCase[];
}

const TABLE = messageTable as unknown as Record<
  'pageAnalyse' | 'tabCheck' | 'contentCommand',
  MessageSection
>;

const DELETE = Symbol('delete');
const NON_FINITE: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
};

/** Decode the table's encodings for what JSON cannot hold (see the file's $comment). */
function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Fields;
  const keys = Object.keys(o);
  if (keys.length === 1) {
    switch (keys[0]) {
      case '$delete':
        return DELETE;
      case '$number': {
        const n = NON_FINITE[String(o.$number)];
        if (n === undefined) throw new Error(`bad $number ${String(o.$number)}`);
        return n;
      }
      case '$repeat': {
        const [s, count] = o.$repeat as [string, number];
        return s.repeat(count);
      }
      case '$fill': {
        const [x, length] = o.$fill as [unknown, number];
        const value = decode(x);
        return Array.from({ length }, () => value);
      }
    }
  }
  return Object.fromEntries(keys.map((k) => [k, decode(o[k])]));
}

function buildMessage(section: MessageSection, c: MessageCase): unknown {
  if (c.message !== undefined || !c.patch) return decode(c.message);
  const msg = structuredClone(section.base) as Fields;
  for (const [path, raw] of Object.entries(c.patch)) {
    const keys = path.split('.');
    let target = msg;
    for (const k of keys.slice(0, -1)) target = target[k] as Fields;
    const last = keys[keys.length - 1]!;
    const value = decode(raw);
    if (value === DELETE) delete target[last];
    else target[last] = value;
  }
  return msg;
}

/** One test per malformed case; a known bug becomes `it.fails` so the table stays honest. */
function rejectsEach(section: MessageSection, accepts: (x: unknown) => boolean): void {
  for (const c of section.malformed) {
    const message = buildMessage(section, c);
    if (c.knownBug) {
      // Known bug (see the case's knownBug): the validator accepts this. Flip to `it` when fixed.
      it.fails(`rejects ${c.name} [known bug: ${c.knownBug}]`, () => {
        expect(accepts(message)).toBe(false);
      });
    } else {
      it(`rejects ${c.name}`, () => {
        expect(accepts(message)).toBe(false);
      });
    }
  }
}

describe('isMessage: page/analyse', () => {
  const section = TABLE.pageAnalyse;

  it.each(section.valid.map((c) => [c.name, buildMessage(section, c)] as const))(
    'accepts %s',
    (_, message) => {
      expect(isMessage(message)).toBe(true);
    },
  );

  rejectsEach(section, isMessage);

  const base = buildMessage(section, { name: 'base', patch: {} }) as Fields;
  it.each<[string, unknown]>([
    ['inherited evidence', { ...base, evidence: Object.create({ bonus: 0, reasons: [] }) }],
    [
      'evidence as a class instance',
      {
        ...base,
        evidence: new (class {
          bonus = 0;
          reasons = [];
        })(),
      },
    ],
    ['a sparse blocks array', { ...base, blocks: new Array<string>(3) }],
    ['a message with a prototype', Object.assign(Object.create({ extra: 1 }) as Fields, base)],
    ['blocks as a typed array', { ...base, blocks: new Uint8Array(2) }],
  ])('rejects %s', (_, message) => {
    expect(isMessage(message)).toBe(false);
  });

  it('accepts a message after a JSON round trip (the message channel serialises)', () => {
    expect(isMessage(JSON.parse(JSON.stringify(base)))).toBe(true);
  });
});

describe('isMessage: tab/check', () => {
  const section = TABLE.tabCheck;
  it.each(section.valid.map((c) => [c.name, buildMessage(section, c)] as const))(
    'accepts %s',
    (_, message) => {
      expect(isMessage(message)).toBe(true);
    },
  );
  rejectsEach(section, isMessage);
});

describe('isContentCommand', () => {
  const section = TABLE.contentCommand;
  const valid = section.valid.map((c) => [c.name, buildMessage(section, c)] as const);

  it.each(valid)('accepts %s', (_, message) => {
    expect(isContentCommand(message)).toBe(true);
  });
  rejectsEach(section, isContentCommand);

  it.each<[string, unknown]>([
    [
      'a class instance',
      new (class {
        type = 'content/open';
        index = 0;
      })(),
    ],
    ['an inherited command', Object.create({ type: 'content/navigate', direction: 1 }) as unknown],
  ])('rejects %s', (_, message) => {
    expect(isContentCommand(message)).toBe(false);
  });

  it('keeps content commands and background messages apart', () => {
    for (const [, command] of valid) expect(isMessage(command)).toBe(false);
    for (const message of [PAGE_CHECKED, { type: 'tab/check', tabId: 1 }]) {
      expect(isContentCommand(message)).toBe(false);
    }
  });
});

describe('background router: page/analyse and tab/check', () => {
  const ID = 'ourextensionid';
  const REQUEST = buildMessage(TABLE.pageAnalyse, {
    name: 'base',
    patch: {},
  }) as PageAnalyseRequest;
  const ANSWER: PageAnalysis = {
    analysis: { relevant: true, relevance: 0.8, reasons: ['r'], annotations: [] },
    sources: [],
    conflicts: {},
  };
  const engineSpy = () => vi.fn((_page: PageText, _assumeRelevant: boolean) => ANSWER);

  it('hands the page text and assumeRelevant, and nothing else, to analyse', () => {
    const analyse = engineSpy();
    const router = createBackgroundRouter(ID, () => 0, analyse);
    const answer = router.handle({ ...REQUEST, assumeRelevant: true }, { id: ID, tab: { id: 3 } });
    expect(answer).toEqual(ok(ANSWER));
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(analyse.mock.calls[0]).toStrictEqual([
      {
        title: REQUEST.title,
        blocks: REQUEST.blocks,
        published: REQUEST.published,
        evidence: REQUEST.evidence,
      },
      true,
    ]);
  });

  it('answers with an error when it has no engine', () => {
    const router = createBackgroundRouter(ID);
    expect(router.handle(REQUEST, { id: ID, tab: { id: 3 } })).toEqual(err('no engine here'));
  });

  it('turns an exception in the engine into an error result', () => {
    const router = createBackgroundRouter(ID, Date.now, () => {
      throw new Error('engine broke');
    });
    expect(router.handle(REQUEST, { id: ID, tab: { id: 3 } })).toEqual(
      err('analysis failed: Error: engine broke'),
    );
  });

  it('never calls the engine for malformed or foreign messages', () => {
    const analyse = engineSpy();
    const router = createBackgroundRouter(ID, Date.now, analyse);
    const bad = { ...REQUEST, evidence: { bonus: Number.NaN, reasons: [] } };
    expect(router.handle(bad, { id: ID, tab: { id: 3 } })).toEqual(err('malformed message'));
    expect(router.handle(REQUEST, { id: 'someoneelse', tab: { id: 3 } })).toBeUndefined();
    expect(router.handle(REQUEST, {})).toBeUndefined();
    expect(analyse).not.toHaveBeenCalled();
  });

  it('does not record page/analyse as the tab state', () => {
    const router = createBackgroundRouter(ID, Date.now, engineSpy());
    router.handle(REQUEST, { id: ID, tab: { id: 3 } });
    expect(router.handle({ type: 'tab/state', tabId: 3 }, { id: ID })).toEqual(ok(null));
  });

  it('leaves tab/check to the background entrypoint', () => {
    const router = createBackgroundRouter(ID, Date.now, engineSpy());
    expect(router.handle({ type: 'tab/check', tabId: 3 }, { id: ID })).toEqual(
      err('tab/check is handled by the background itself'),
    );
  });

  it('with the bundled engine, answers with annotations located in the request blocks', () => {
    const engine = bundledEngine();
    const router = createBackgroundRouter(ID, Date.now, (page, assumeRelevant) => ({
      analysis: engine.analyse(page, { assumeRelevant }),
      sources: engine.base.sources,
      conflicts: {},
    }));
    const answer = router.handle({ ...REQUEST, assumeRelevant: true }, { id: ID, tab: { id: 3 } });
    if (!answer?.ok) throw new Error(`expected an answer, got ${JSON.stringify(answer)}`);
    const { annotations } = (answer.value as PageAnalysis).analysis;
    const troops = annotations.find((a) => a.fact.id === 'north-korean-troop-count');
    expect(troops).toMatchObject({ verdict: 'disputed', block: 0 });
    for (const a of annotations) {
      expect(REQUEST.blocks[a.block!]!.slice(a.blockStart, a.blockEnd)).toBe(a.sentence);
    }
    // The answer must itself survive the message channel.
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  });
});
