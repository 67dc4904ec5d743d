/** React access to the store: a provider per mounted app, and a selector hook. */
import { createContext, useContext, type ReactNode } from 'react';
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
 * The store's actions. They are the same functions for the store's lifetime, so reading them
 * needs no subscription (a subscription is checked on every store change).
 */
export function useAppActions(): AppActions {
  return useAppStoreApi().getState();
}
