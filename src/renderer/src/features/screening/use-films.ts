import { useSyncExternalStore } from 'react';
import type { FilmInfo } from '@shared/bridge';
import type { ErrorCode } from '@shared/result';
import { kiosk } from '../../platform';

/**
 * The film library as the platform reports it, shared by every component of this
 * window. Films live on the platform (disk or OPFS), not in IndexedDB, so this is a
 * small store refreshed after an import or removal rather than a live query.
 */
export interface FilmsState {
  films: FilmInfo[];
  loading: boolean;
  error: ErrorCode | null;
}

let state: FilmsState = { films: [], loading: true, error: null };
const listeners = new Set<() => void>();
let started = false;

function publish(next: FilmsState): void {
  state = next;
  for (const l of listeners) l();
}

/** Reads the library again (after an import, a removal or a duration update). */
export async function refreshFilms(): Promise<void> {
  const res = await kiosk.media.list();
  publish(res.ok ? { films: res.value, loading: false, error: null } : { ...state, loading: false, error: res.code });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    void refreshFilms();
  }
  return () => listeners.delete(listener);
}

export function useFilms(): FilmsState {
  return useSyncExternalStore(subscribe, () => state);
}

export const findFilm = (films: FilmInfo[], id: string | undefined): FilmInfo | undefined =>
  films.find((f) => f.id === id);
