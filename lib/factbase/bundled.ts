/**
 * The fact base bundled with the extension: curated data from `seeds/`, validated and built with
 * the same code everywhere (content script, CLI, tests). Built once per process, on first use.
 */
import factsJson from '../../seeds/facts.json';
import sourcesJson from '../../seeds/sources.json';
import { buildFactBaseSteps } from './build';
import { drain, type Steps } from '../util/steps';
import type { FactBase } from './types';
import { validateFacts, validateSources } from './validate';

let cached: FactBase | null = null;

/**
 * Use a base built ahead of time (the extension build runs `bundledFactBase()` in Node and ships
 * the result, so a page pays neither the extraction nor the validation on a cold start).
 */
export function usePrebuiltFactBase(base: FactBase): void {
  cached = base;
}

/** The bundled base, built in steps on first use (see lib/util/steps.ts). */
export function* bundledFactBaseSteps(): Steps<FactBase> {
  if (!cached) {
    const sources = validateSources(sourcesJson);
    const facts = validateFacts(factsJson, new Set(sources.map((s) => s.id)));
    cached = yield* buildFactBaseSteps(sources, facts);
  }
  return cached;
}

export function bundledFactBase(): FactBase {
  return drain(bundledFactBaseSteps());
}
