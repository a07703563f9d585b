/**
 * The toolbar popup. It shows the background's cached summary of the tab (`tab/state`) at once, with
 * no re-check of the page; `popup.html?tabId=N` shows tab N (tests), else the active tab.
 */
import { StrictMode, useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import base from 'virtual:crosscheck-factbase';
import { FACTS_CSS, applyStyles } from '@/components/facts';
import { POPUP_CSS, Popup } from '@/components/popup';
import {
  fetchTabSummary,
  isPaused,
  isSiteCovered,
  resolveTab,
  setPaused,
  type TabRef,
} from '@/lib/facts-view/extension';
import { isResult, type NotesAddRequest } from '@/lib/messaging/protocol';
import { originPattern } from '@/lib/messaging/site-access';
import type { TabSummary } from '@/lib/messaging/summary';

interface Loaded {
  tab: TabRef;
  summary: TabSummary | null;
  covered: boolean;
  paused: boolean;
}

/** After "Check this page": ask again for the summary until a new one arrives (or give up). */
const POLL_MS = 400;
const POLL_TRIES = 25;

function App({ initial }: { initial: Loaded }) {
  const { tab } = initial;
  const [summary, setSummary] = useState(initial.summary);
  const [covered, setCovered] = useState(initial.covered);
  const [paused, setPausedState] = useState(initial.paused);
  const [checkState, setCheckState] = useState<{ checking: true } | { error: string } | null>(null);
  const polling = useRef(0);

  useEffect(() => () => void (polling.current += 1), []);

  const refreshUntilNew = useCallback(async () => {
    const run = ++polling.current;
    const before = summary?.checkedAt ?? null;
    for (let i = 0; i < POLL_TRIES && run === polling.current; i++) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      const next = await fetchTabSummary(tab.id);
      if (run !== polling.current) return;
      if (next && next.checkedAt !== before) {
        setSummary(next);
        setCheckState(null);
        return;
      }
    }
    if (run === polling.current) {
      setCheckState({ error: 'The page did not report back. Reload it and try again.' });
    }
  }, [summary, tab.id]);

  /** Sends a check request; a refusal from the background is shown, not polled for. */
  const requestCheck = useCallback(
    async (type: 'tab/check' | 'tab/always') => {
      setCheckState({ checking: true });
      const answer: unknown = await browser.runtime
        .sendMessage({ type, tabId: tab.id })
        .catch((error: unknown) => ({ ok: false, error: String(error) }));
      if (!isResult(answer) || !answer.ok) {
        const why = isResult(answer) && !answer.ok ? answer.error : 'no answer from Crosscheck';
        setCheckState({ error: `Crosscheck could not check this page: ${why}` });
        return false;
      }
      return true;
    },
    [tab.id],
  );

  const checkPage = useCallback(() => {
    if (tab.id === null) return;
    void requestCheck('tab/check').then((sent) => (sent ? refreshUntilNew() : undefined));
  }, [tab.id, requestCheck, refreshUntilNew]);

  const alwaysCheck = useCallback(() => {
    const pattern = tab.url ? originPattern(tab.url) : null;
    if (!pattern || tab.id === null) return;
    // Called straight from the click, so the browser treats the request as the reader's.
    browser.permissions
      .request({ origins: [pattern] })
      .then(async (granted) => {
        if (!granted) {
          setCheckState({ error: 'Site access was not granted, so this site is not checked.' });
          return;
        }
        // The background registers the content script for the site, then checks the page.
        const sent = await requestCheck('tab/always');
        setCovered(await isSiteCovered(tab.url));
        if (!sent) return;
        await refreshUntilNew();
        setCovered(await isSiteCovered(tab.url));
      })
      .catch((error: unknown) => {
        setCheckState({ error: `Crosscheck could not ask for site access: ${String(error)}` });
      });
  }, [tab.id, tab.url, requestCheck, refreshUntilNew]);

  const togglePause = useCallback(
    (next: boolean) => {
      setPausedState(next);
      setPaused(tab.url, next).then(setPausedState, (error: unknown) => {
        console.warn('Crosscheck: pause', error);
        setPausedState(!next);
      });
    },
    [tab.url],
  );

  const openItem = useCallback(
    (index: number) => {
      if (tab.id === null) return;
      browser.tabs
        .sendMessage(tab.id, { type: 'content/open', index })
        .catch((error: unknown) => console.warn('Crosscheck: open', error))
        .finally(() => window.close());
    },
    [tab.id],
  );

  const openFactsPage = useCallback(() => {
    const query = tab.id !== null ? `?tabId=${tab.id}` : '';
    browser.tabs
      .create({ url: browser.runtime.getURL(`/facts.html${query}`) })
      .then(() => window.close())
      .catch((error: unknown) => console.warn('Crosscheck: facts page', error));
  }, [tab.id]);

  const openNotesPage = useCallback(() => {
    browser.tabs
      .create({ url: browser.runtime.getURL('/notes.html') })
      .then(() => window.close())
      .catch((error: unknown) => console.warn('Crosscheck: notes page', error));
  }, []);

  const addPageNote = useCallback(
    async (text: string) => {
      const pageUrl = tab.url;
      if (!pageUrl) throw new Error('Notes can only be added to web pages.');
      let title = summary?.title.trim() ?? '';
      if (!title && tab.id !== null) {
        title = (await browser.tabs.get(tab.id).catch(() => null))?.title?.trim() ?? '';
      }
      // `notes/add` (NotesAddRequest in lib/messaging/protocol.ts, added with the notes work): the
      // background gives the note its id and times and files it under the page's normalised URL.
      // Should the protocol's shape change, this object literal is where tsc will say so.
      const request: NotesAddRequest = {
        type: 'notes/add',
        note: {
          target: 'page',
          text,
          tags: [],
          pageUrl,
          canonical: null,
          title: title.slice(0, 2_048),
          published: null,
          factId: null,
          selectors: null,
        },
      };
      const answer: unknown = await browser.runtime.sendMessage(request);
      if (isResult(answer) && answer.ok) return;
      throw new Error(
        isResult(answer) && !answer.ok
          ? `The note was not saved: ${answer.error}`
          : 'The note was not saved: Crosscheck did not answer.',
      );
    },
    [tab.id, tab.url, summary],
  );

  return (
    <Popup
      summary={summary}
      tabUrl={tab.url ?? summary?.url ?? null}
      siteCovered={covered}
      paused={paused}
      base={base}
      onOpenItem={openItem}
      onCheckPage={checkPage}
      onAlwaysCheckSite={alwaysCheck}
      checkState={checkState}
      onTogglePause={togglePause}
      onOpenFactsPage={openFactsPage}
      onOpenNotesPage={openNotesPage}
      onAddPageNote={addPageNote}
    />
  );
}

async function load(): Promise<Loaded> {
  const tab = await resolveTab(location.search);
  const summary = await fetchTabSummary(tab.id);
  const url = tab.url ?? summary?.url ?? null;
  const [covered, paused] = await Promise.all([isSiteCovered(url), isPaused(url)]);
  return { tab: { id: tab.id, url }, summary, covered, paused };
}

applyStyles(document, 'popup', POPUP_CSS);
applyStyles(document, 'facts', FACTS_CSS);

load().then((initial) => {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App initial={initial} />
    </StrictMode>,
  );
});
