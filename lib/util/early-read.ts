/**
 * An asynchronous read (extension storage) started before anything waits for it, and remembered
 * for one key (the page's address): a check that needs it later finds it done, rather than waiting
 * on a round trip that, while a page loads, can take longer than the check's own work.
 */
export interface EarlyRead<T> {
  /** The read for `key`: the remembered one when it is for the same key, else a new one. */
  get(key: string): Promise<T>;
  /** Forgets the remembered read (the stored value changed): the next `get` reads again. */
  reset(): void;
}

/**
 * `read` must not reject (a failed read resolves to a safe default): the promise is shared. A read
 * that fails anyway is forgotten, so that the next `get` tries again.
 */
export function earlyRead<T>(read: (key: string) => Promise<T>): EarlyRead<T> {
  let current: { key: string; value: Promise<T> } | null = null;
  return {
    get(key) {
      if (current?.key === key) return current.value;
      const entry = { key, value: read(key) };
      current = entry;
      entry.value.catch(() => {
        if (current === entry) current = null;
      });
      return entry.value;
    },
    reset() {
      current = null;
    },
  };
}
