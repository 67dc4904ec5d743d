/**
 * The record of ended relations (data/relations.json), fetched once, the first time a comparison is
 * shown, and shared by every part of the change view. A failed fetch is kept until Retry.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { loadRelations } from '../../data/loadRelations.ts';
import type { RelationsFile } from '../../data/relationsSchema.ts';
import type { Source } from '../../data/schema.ts';

const RELATIONS_URL = new URL('../../../data/relations.json', import.meta.url).href;

export type RelationsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; file: RelationsFile; ended: ReadonlyMap<string, string>; sourcesById: ReadonlyMap<string, Source> }
  | { status: 'failed'; message: string };

let state: RelationsState = { status: 'idle' };
const listeners = new Set<() => void>();
const set = (next: RelationsState) => {
  state = next;
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Starts the fetch unless it is under way or done; after a failure, tries again. */
export function fetchRelations(): void {
  if (state.status === 'loading' || state.status === 'ready') return;
  set({ status: 'loading' });
  void loadRelations(RELATIONS_URL).then((loaded) =>
    set(
      loaded.ok
        ? {
            status: 'ready',
            file: loaded.value,
            ended: new Map(loaded.value.relationsEnded.map((entry) => [entry.country, entry.ended])),
            sourcesById: new Map(loaded.value.sources.map((source) => [source.id, source])),
          }
        : { status: 'failed', message: loaded.message },
    ),
  );
}

export function useRelations(): RelationsState {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (current.status === 'idle') fetchRelations();
  }, [current.status]);
  return current;
}

/** The record once fetched (or failed): for a download made while comparing. */
export function settledRelations(): Promise<RelationsState> {
  fetchRelations();
  return new Promise((resolve) => {
    const check = () => {
      if (state.status !== 'ready' && state.status !== 'failed') return false;
      resolve(state);
      return true;
    };
    if (check()) return;
    const stop = subscribe(() => {
      if (check()) stop();
    });
  });
}
