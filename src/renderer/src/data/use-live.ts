import { useLiveQuery } from 'dexie-react-hooks';

/**
 * The only way components read the database. Re-renders when any window of this
 * origin writes what the query read. `fallback` is returned while loading.
 */
export function useLive<T>(query: () => Promise<T> | T, deps: unknown[], fallback: T): T {
  return useLiveQuery(query, deps, fallback);
}
