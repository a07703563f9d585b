/**
 * The facts page: every fact of the base with what each source says about it. `?q=` pre-fills the
 * search (and follows it as the reader types); `?tabId=N` marks the facts that tab's annotations
 * touched.
 */
import { StrictMode, useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import base from 'virtual:crosscheck-factbase';
import { FACTS_CSS, FactsView, applyStyles } from '@/components/facts';
import type { FactBase } from '@/lib/factbase/types';
import { fetchTabSummary } from '@/lib/facts-view/extension';
import { queryParam, tabIdParam, touchedFacts } from '@/lib/facts-view/tab';
import { openNotesDatabase } from '@/lib/notes/db';
import { addNote } from '@/lib/notes/repository';
import { browser } from 'wxt/browser';
import { pageBodyRules } from '@/components/theme';

const TITLE = 'Crosscheck — facts across sources';

const PAGE_CSS = `
${pageBodyRules()}
.fp-main {
  max-width: 1400px;
  margin: 0 auto;
  padding: 24px 24px 48px;
}
.fp-main h1 {
  margin: 0 0 4px;
  font-size: 24px;
}
.fp-intro {
  margin: 0 0 16px;
  font-size: 14px;
  opacity: 0.85;
}
`;

function summaryLine(b: FactBase): string {
  const n = { consensus: 0, disputed: 0, 'single-source': 0 };
  for (const f of b.facts) n[f.status]++;
  return (
    `${b.facts.length} facts from ${b.sources.length} sources: ${n.consensus} consensus, ` +
    `${n.disputed} disputed, ${n['single-source']} single-source. Every value comes from a quote.`
  );
}

/**
 * A note on a fact lives with the facts page (an extension page may open the notes database
 * directly: it is the extension's own origin). "Open" on the notes page brings the fact back.
 */
async function addFactNote(factId: string, text: string, tags: string[]): Promise<void> {
  const fact = base.facts.find((f: FactBase['facts'][number]) => f.id === factId);
  await addNote(openNotesDatabase(), {
    target: 'fact',
    text,
    tags,
    factId,
    pageUrl: `${browser.runtime.getURL('/facts.html')}?q=${encodeURIComponent(fact?.statement ?? factId)}`,
    title: `Fact: ${fact?.statement ?? factId}`,
  });
}

function FactsPage({ touched, query }: { touched: ReadonlySet<string>; query: string }) {
  const onQueryChange = useCallback((q: string) => {
    const url = new URL(location.href);
    if (q.trim()) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  }, []);
  return (
    <main className="fp-main">
      <h1>{TITLE}</h1>
      <p className="fp-intro">{summaryLine(base)}</p>
      <FactsView
        base={base}
        touched={touched}
        initialQuery={query}
        onQueryChange={onQueryChange}
        onAddNote={addFactNote}
      />
    </main>
  );
}

async function start(): Promise<void> {
  document.title = TITLE;
  applyStyles(document, 'facts-page', PAGE_CSS);
  applyStyles(document, 'facts', FACTS_CSS);
  const tabId = tabIdParam(location.search);
  const touched = touchedFacts(tabId !== null ? await fetchTabSummary(tabId) : null);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <FactsPage touched={touched} query={queryParam(location.search)} />
    </StrictMode>,
  );
}

void start();
