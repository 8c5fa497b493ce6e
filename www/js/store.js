// The one place the deployment lives. Components read it with `get()`, change it with
// `set()` or `update()`, and hear about changes through `subscribe()`.

/**
 * @template T
 * @typedef {{
 *   get(): T,
 *   set(value: T, cause?: string): void,
 *   update(change: (value: T) => T, cause?: string): void,
 *   subscribe(listener: (value: T, cause: string) => void): () => void,
 * }} Store
 */

/**
 * @template T
 * @param {T} initial
 * @returns {Store<T>}
 */
export function createStore(initial) {
  let value = initial;
  /** @type {Set<(value: T, cause: string) => void>} */
  const listeners = new Set();
  /** @type {Store<T>} */
  const store = {
    get: () => value,
    set(next, cause = 'change') {
      value = next;
      for (const listener of [...listeners]) listener(value, cause);
    },
    update(change, cause) {
      store.set(change(value), cause);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return store;
}
