import { act, render } from '@testing-library/react';
import { useDeferredValue, useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { selectCountry, selectTypes } from '../../src/state/selectors.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { StoreProvider, useAppStore, useTrailingAppStore } from '../../src/state/StoreContext.tsx';

type Log = [reader: string, value: unknown][];

function readers(log: Log) {
  function Urgent() {
    log.push(['urgent', useAppStore(selectTypes).join(',')]);
    return null;
  }
  function Trailing() {
    log.push(['trailing', useTrailingAppStore(selectTypes).join(',')]);
    return null;
  }
  function Deferred() {
    log.push(['deferred', useDeferredValue(useAppStore(selectTypes)).join(',')]);
    return null;
  }
  return { Urgent, Trailing, Deferred };
}

const ALL = 'executive,delegation,legislature,legislators,mission,media';
const WITHOUT_MEDIA = 'executive,delegation,legislature,legislators,mission';

describe('useTrailingAppStore', () => {
  it('follows a store change after the urgent render, and renders its component once for it', () => {
    const store = createAppStore();
    const log: Log = [];
    const { Urgent, Trailing, Deferred } = readers(log);
    render(
      <StoreProvider store={store}>
        <Urgent />
        <Trailing />
        <Deferred />
      </StoreProvider>,
    );
    expect(log).toEqual([
      ['urgent', ALL],
      ['trailing', ALL],
      ['deferred', ALL],
    ]);
    log.length = 0;

    act(() => store.getState().toggleType('media'));

    // useDeferredValue renders its component in the urgent render too, with the old value; the
    // trailing read is not rendered until its value has changed, after the urgent render.
    expect(log).toEqual([
      ['urgent', WITHOUT_MEDIA],
      ['deferred', ALL],
      ['trailing', WITHOUT_MEDIA],
      ['deferred', WITHOUT_MEDIA],
    ]);
  });

  it('does not render its component for a store change its selector does not see', () => {
    const store = createAppStore();
    const log: Log = [];
    const { Trailing } = readers(log);
    render(
      <StoreProvider store={store}>
        <Trailing />
      </StoreProvider>,
    );
    log.length = 0;
    act(() => store.getState().openPanel('PLW'));
    expect(store.getState().url.country).toBe('PLW');
    expect(log).toEqual([]);
  });

  it('reads a change made between its first render and its subscription', () => {
    const store = createAppStore();
    const log: Log = [];
    const { Trailing } = readers(log);
    // Layout effects run before the passive effect that subscribes.
    function ChangeOnCommit({ store: changed }: { store: AppStore }) {
      useLayoutEffect(() => changed.getState().toggleType('media'), [changed]);
      return null;
    }
    render(
      <StoreProvider store={store}>
        <Trailing />
        <ChangeOnCommit store={store} />
      </StoreProvider>,
    );
    expect(log.at(-1)).toEqual(['trailing', WITHOUT_MEDIA]);
  });

  it('reads the new selector at once when its component is given another', () => {
    const store = createAppStore();
    store.getState().openPanel('PLW');
    const seen: unknown[] = [];
    function Reader({ selector }: { selector: typeof selectTypes | typeof selectCountry }) {
      seen.push(useTrailingAppStore<unknown>(selector));
      return null;
    }
    const { rerender } = render(
      <StoreProvider store={store}>
        <Reader selector={selectTypes} />
      </StoreProvider>,
    );
    rerender(
      <StoreProvider store={store}>
        <Reader selector={selectCountry} />
      </StoreProvider>,
    );
    expect(seen.at(-1)).toBe('PLW');
    act(() => store.getState().openPanel('TUV'));
    expect(seen.at(-1)).toBe('TUV');
  });
});
