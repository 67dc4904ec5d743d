/** React access to the store: a provider per mounted app, and a selector hook. */
import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppActions, AppState, AppStore } from './store.ts';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreProvider> above it');
  return store;
}

/** Selectors must return primitives or references stored as they are, never a new object. */
export function useAppStore<T>(selector: (state: AppState & AppActions) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/**
 * A store value for what may follow a click by a frame (summaries, counts, links that carry the
 * view): it changes in a transition, so a component that reads only such values is not rendered
 * in the click's own render at all. `useDeferredValue(useAppStore(…))` draws the same thing late,
 * but renders the component twice, the first time in the click's task with the old value.
 * The selector must be a module-level function, as for `useAppStore`.
 */
export function useTrailingAppStore<T>(selector: (state: AppState & AppActions) => T): T {
  const store = useAppStoreApi();
  const [held, setHeld] = useState(() => ({ selector, value: selector(store.getState()) }));
  const value = held.selector === selector ? held.value : selector(store.getState());
  useEffect(() => {
    const follow = () => {
      const next = selector(store.getState());
      startTransition(() =>
        setHeld((prev) => (prev.selector === selector && Object.is(prev.value, next) ? prev : { selector, value: next })),
      );
    };
    // A change between the render and this subscription is read here. Only then: a state update
    // that changes nothing still costs the component a render.
    if (!Object.is(selector(store.getState()), value)) follow();
    return store.subscribe(follow);
  }, [store, selector, value]);
  return value;
}

/**
 * The store's actions. They are the same functions for the store's lifetime, so reading them
 * needs no subscription (a subscription is checked on every store change).
 */
export function useAppActions(): AppActions {
  return useAppStoreApi().getState();
}
