/**
 * The fact base bundled with the extension: curated data from `seeds/`, validated and built with
 * the same code everywhere (content script, CLI, tests). Built once per process, on first use.
 */
import factsJson from '../../seeds/facts.json';
import sourcesJson from '../../seeds/sources.json';
import { buildFactBase } from './build';
import type { FactBase } from './types';
import { validateFacts, validateSources } from './validate';

let cached: FactBase | null = null;

export function bundledFactBase(): FactBase {
  if (!cached) {
    const sources = validateSources(sourcesJson);
    const facts = validateFacts(factsJson, new Set(sources.map((s) => s.id)));
    cached = buildFactBase(sources, facts);
  }
  return cached;
}
