/**
 * `fn` with its latest results remembered, for pure functions of a string that several stages call
 * on the same text (a sentence is normalised and tokenised for its terms, clauses, claim and
 * candidates). Bounded: the memory is cleared whole when it holds `max` results, so it never grows
 * with the page. Results are shared between callers: they must not be modified.
 */
export function rememberRecent<T>(fn: (text: string) => T, max = 512): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    let out = results.get(text);
    if (out === undefined) {
      if (results.size >= max) results.clear();
      out = fn(text);
      results.set(text, out);
    }
    return out;
  };
}
