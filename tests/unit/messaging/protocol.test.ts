import { describe, expect, it } from 'vitest';
import { err, isMessage, isResult, ok, type Message } from '@/lib/messaging/protocol';
import { createBackgroundRouter } from '@/lib/messaging/router';

const PAGE_CHECKED = {
  type: 'page/checked',
  url: 'https://www.reuters.com/world/europe/some-story/',
  title: 'Some story | Reuters',
  relevant: false,
  annotations: 0,
} as const satisfies Message;

describe('isMessage', () => {
  it.each<[string, unknown]>([
    ['page/checked', PAGE_CHECKED],
    [
      'page/checked, relevant with annotations',
      { ...PAGE_CHECKED, relevant: true, annotations: 3 },
    ],
    ['page/checked on plain http', { ...PAGE_CHECKED, url: 'http://127.0.0.1:8080/article' }],
    ['page/checked with an empty title', { ...PAGE_CHECKED, title: '' }],
    ['tab/state', { type: 'tab/state', tabId: 42 }],
    ['tab/state for tab 0', { type: 'tab/state', tabId: 0 }],
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
    ['page/checked with a missing field', { ...PAGE_CHECKED, annotations: undefined }],
    ['page/checked with an extra field', { ...PAGE_CHECKED, html: '<p>' }],
    ['page/checked with a relative url', { ...PAGE_CHECKED, url: '/world/story' }],
    ['page/checked with a javascript: url', { ...PAGE_CHECKED, url: 'javascript:alert(1)' }],
    ['page/checked with a file: url', { ...PAGE_CHECKED, url: 'file:///etc/passwd' }],
    ['page/checked with a huge url', { ...PAGE_CHECKED, url: `https://x.org/${'a'.repeat(9000)}` }],
    ['page/checked with a non-string title', { ...PAGE_CHECKED, title: null }],
    ['page/checked with a huge title', { ...PAGE_CHECKED, title: 't'.repeat(3000) }],
    ['page/checked with a truthy relevant', { ...PAGE_CHECKED, relevant: 'yes' }],
    ['page/checked with negative annotations', { ...PAGE_CHECKED, annotations: -1 }],
    ['page/checked with Infinity annotations', { ...PAGE_CHECKED, annotations: Infinity }],
    ['page/checked with string annotations', { ...PAGE_CHECKED, annotations: '2' }],
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
    const later = { ...PAGE_CHECKED, url: 'https://apnews.com/article/x', annotations: 2 };
    expect(router.handle(later, fromTab(7))).toEqual(ok(null));
    expect(router.handle(PAGE_CHECKED, fromTab(8))).toEqual(ok(null));

    const { type: _, ...state } = later;
    expect(router.handle({ type: 'tab/state', tabId: 7 }, { id: ID })).toEqual(
      ok({ ...state, checkedAt: 1_700_000_000_000 }),
    );
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
