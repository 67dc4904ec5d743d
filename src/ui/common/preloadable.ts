/**
 * React.lazy, plus a way to fetch the code ahead of its first use. Once the code is here the
 * component renders at once: a lazy component always suspends on its first render, even with its
 * code already fetched, and React then holds the real content back (300 ms) so that it does not
 * flash.
 *
 * A chunk that fails to arrive makes its region say so (the lazy component throws); the region's
 * Retry (retryFailedChunks) makes the next render fetch it again, without a reload.
 */
import { createElement, lazy, type ComponentType } from 'react';

export interface Preloadable<P extends object> {
  Component: ComponentType<P>;
  /** Fetches the code (once); later renders of Component do not suspend. */
  preload(): Promise<void>;
}

/** Bumped by a region's Retry: lazy components that failed before it are made anew. */
let retries = 0;
export function retryFailedChunks(): void {
  retries += 1;
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  /** The retry count when the current lazy component failed; null while it has not. */
  let failedAt: number | null = null;
  const fetchOnce = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a failed download is tried again at the next call
        throw error;
      },
    ));
  const makeLazy = () =>
    lazy(() =>
      fetchOnce().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failedAt = retries;
          throw error;
        },
      ),
    );
  let Lazy = makeLazy();
  function Component(props: P) {
    // React.lazy keeps its failure: after a Retry, a new one fetches again.
    if (failedAt !== null && failedAt !== retries) {
      failedAt = null;
      Lazy = makeLazy();
    }
    return createElement(loaded ?? Lazy, props);
  }
  return { Component, preload: () => fetchOnce().then(() => undefined) };
}
