/**
 * React.lazy, plus a way to fetch the code ahead of its first use. Once the code is here the
 * component renders at once: a lazy component always suspends on its first render, even with its
 * code already fetched, and React then holds the real content back (300 ms) so that it does not
 * flash.
 */
import { createElement, lazy, type ComponentType } from 'react';

export interface Preloadable<P extends object> {
  Component: ComponentType<P>;
  /** Fetches the code (once); later renders of Component do not suspend. */
  preload(): Promise<void>;
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchOnce = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a failed download is tried again at the next call
        throw error;
      },
    ));
  const Lazy = lazy(() => fetchOnce().then((component) => ({ default: component })));
  function Component(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return { Component, preload: () => fetchOnce().then(() => undefined) };
}
