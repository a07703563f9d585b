/**
 * The one message protocol between the content script, extension pages and the background.
 *
 * Every message is a plain, JSON-serialisable object with a `type` naming its direction and purpose
 * (`page/…` come from a content script about its page, `tab/…` from extension pages about a tab). The
 * background never trusts a message's shape: it runs {@link isMessage} first, so a bug in a sender — or
 * a message from a context that should not be talking to us at all — is answered with an error instead
 * of corrupting state. Every answer is a {@link Result}, as in hypothesis/client's RPC: callers branch
 * on `ok` rather than on thrown exceptions, which do not survive the message channel anyway.
 *
 * This module is pure (no `browser.*`), so the validator and its callers are unit-tested in Node.
 */

/** Content script → background: the page finished its check. Sent once per page load. */
export interface PageCheckedMessage {
  type: 'page/checked';
  /** `location.href` of the checked page. */
  url: string;
  /** `document.title` of the checked page. */
  title: string;
  /** Whether the page is a news article on the topic the fact base covers. */
  relevant: boolean;
  /** How many sentences got an annotation. */
  annotations: number;
}

/** Extension page (popup, tests) → background: what do you know about this tab? */
export interface TabStateRequest {
  type: 'tab/state';
  tabId: number;
}

/** Every message the background accepts. */
export type Message = PageCheckedMessage | TabStateRequest;
export type MessageType = Message['type'];

/** What the background remembers about a tab: the latest `page/checked` report from it. */
export interface TabState {
  url: string;
  title: string;
  relevant: boolean;
  annotations: number;
  /** `Date.now()` when the background received the report. */
  checkedAt: number;
}

/** The `value` the background answers each message type with. */
export interface ResponseValues {
  'page/checked': null;
  'tab/state': TabState | null;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The answer to message `M`. */
export type ResponseTo<M extends Message> = Result<ResponseValues[M['type']]>;

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(error: string): Result<T> {
  return { ok: false, error };
}

/** Longest URL we accept; browsers handle more, but a report about such a page is not useful. */
const MAX_URL_LENGTH = 8_192;
/** Longest title we accept; real titles are a few hundred characters at most. */
const MAX_TITLE_LENGTH = 2_048;

type Fields = Record<string, unknown>;

function isPlainObject(x: unknown): x is Fields {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Exactly these own keys, no more, no fewer: an extra key means a sender we do not understand. */
function hasExactKeys(x: Fields, keys: readonly string[]): boolean {
  const own = Object.keys(x);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(x, k));
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function isHttpUrl(x: unknown): x is string {
  if (typeof x !== 'string' || x.length > MAX_URL_LENGTH) return false;
  try {
    const { protocol } = new URL(x);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Field validators per message type; keys are exactly the message's keys. */
const VALIDATORS: { [T in MessageType]: Record<string, (v: unknown) => boolean> } = {
  'page/checked': {
    type: (v) => v === 'page/checked',
    url: isHttpUrl,
    title: (v) => typeof v === 'string' && v.length <= MAX_TITLE_LENGTH,
    relevant: (v) => typeof v === 'boolean',
    annotations: isCount,
  },
  'tab/state': {
    type: (v) => v === 'tab/state',
    // Real tab ids are >= 0; tabs.TAB_ID_NONE is -1.
    tabId: isCount,
  },
};

/**
 * Whether `x` is a well-formed {@link Message}: a plain object whose `type` is known, with exactly
 * that type's fields, each of the right type and range. Anything else — unknown types, missing or
 * extra fields, wrong field types, non-http(s) URLs, negative or fractional counts — is rejected.
 */
export function isMessage(x: unknown): x is Message {
  if (!isPlainObject(x) || typeof x.type !== 'string' || !Object.hasOwn(VALIDATORS, x.type)) {
    return false;
  }
  const fields = VALIDATORS[x.type as MessageType];
  const keys = Object.keys(fields);
  return hasExactKeys(x, keys) && keys.every((k) => fields[k]?.(x[k]) === true);
}

/** Whether `x` has the {@link Result} shape (the `value` itself is not checked). */
export function isResult(x: unknown): x is Result<unknown> {
  if (!isPlainObject(x)) return false;
  if (x.ok === true) return hasExactKeys(x, ['ok', 'value']);
  if (x.ok === false) return hasExactKeys(x, ['ok', 'error']) && typeof x.error === 'string';
  return false;
}
