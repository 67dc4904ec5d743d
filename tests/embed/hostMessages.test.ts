import { describe, expect, it } from 'vitest';
import { requestedTheme, SELECT_MESSAGE, startHostMessages, VIEW_MESSAGE } from '../../src/embed/hostMessages.ts';
import { createAppStore } from '../../src/state/store.ts';
import { parseUrlState } from '../../src/state/urlCodec.ts';

/** A frame's window: its parent records what it is sent; `deliver` plays a message from a source. */
function fakeFrame(name = 'm1') {
  const sent: unknown[] = [];
  const parent = { postMessage: (message: unknown) => sent.push(message) } as unknown as Window;
  const listeners = new Set<(event: MessageEvent) => void>();
  const win = {
    name,
    parent,
    addEventListener: (_type: string, listener: (event: MessageEvent) => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: MessageEvent) => void) => listeners.delete(listener),
  } as unknown as Window;
  const deliver = (data: unknown, source: unknown) => {
    for (const listener of listeners) listener({ data, source } as MessageEvent);
  };
  return { win, parent, sent, deliver, listening: () => listeners.size };
}

describe('host messages', () => {
  it('requestedTheme accepts the three themes in a set-theme message, and nothing else', () => {
    for (const theme of ['light', 'dark', 'auto']) expect(requestedTheme({ type: 'support-map:set-theme', theme })).toBe(theme);
    for (const data of [
      { type: 'support-map:set-theme', theme: 'purple' },
      { type: 'support-map:set-theme' },
      { type: 'support-map:height', theme: 'dark' },
      { type: 'support-map:set-theme', theme: ['dark'] },
      'dark',
      null,
      42,
    ])
      expect(requestedTheme(data)).toBeNull();
  });

  it('a theme from the parent is applied; the same from any other window is not', () => {
    const store = createAppStore(parseUrlState('?embed=1&edition=2024').state);
    const frame = fakeFrame();
    const stop = startHostMessages(store, frame.win);
    frame.deliver({ type: 'support-map:set-theme', theme: 'dark' }, {} as Window);
    frame.deliver({ type: 'support-map:set-theme', theme: 'dark' }, frame.win);
    frame.deliver({ type: 'support-map:set-theme', theme: 'dark' }, null);
    expect(store.getState().url.theme).toBe('auto');
    frame.deliver({ type: 'support-map:set-theme', theme: 'dark' }, frame.parent);
    expect(store.getState().url.theme).toBe('dark');
    stop();
    frame.deliver({ type: 'support-map:set-theme', theme: 'light' }, frame.parent);
    expect(store.getState().url.theme).toBe('dark');
    expect(frame.listening()).toBe(0);
  });

  it('tells the parent the view at start and on each change, and the actor opened or closed; nothing the URL does not show', () => {
    const store = createAppStore(parseUrlState('?embed=1&edition=2024').state);
    const frame = fakeFrame('m2');
    const stop = startHostMessages(store, frame.win);
    expect(frame.sent).toEqual([{ type: VIEW_MESSAGE, query: '?edition=2024&embed=1', params: { edition: '2024', embed: '1' }, id: 'm2' }]);
    store.getState().openPanel('PLW');
    expect(frame.sent.slice(1)).toEqual([
      { type: SELECT_MESSAGE, actor: 'PLW', id: 'm2' },
      { type: VIEW_MESSAGE, query: '?edition=2024&country=PLW&embed=1', params: { edition: '2024', country: 'PLW', embed: '1' }, id: 'm2' },
    ]);
    store.getState().closePanel();
    expect(frame.sent.at(-2)).toEqual({ type: SELECT_MESSAGE, actor: null, id: 'm2' });
    // A change of state the URL does not hold (the load status) says nothing.
    const count = frame.sent.length;
    store.getState().setLoad({ status: 'loading' });
    expect(frame.sent.length).toBe(count);
    stop();
    store.getState().openPanel('USA');
    expect(frame.sent.length).toBe(count);
  });

  it('outside a frame it neither listens nor posts', () => {
    const store = createAppStore();
    const sent: unknown[] = [];
    const win = { name: '', addEventListener: () => sent.push('listen'), postMessage: (m: unknown) => sent.push(m) } as unknown as Window;
    (win as unknown as { parent: Window }).parent = win;
    startHostMessages(store, win)();
    expect(sent).toEqual([]);
  });
});
