/**
 * startUrlSync against jsdom's real history: filter changes replace the entry, opening an actor
 * or switching view pushes one, Back writes the URL's view into the store. jsdom keeps one
 * session history for the whole file, so each test compares history.length before and after.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { reconcileUrlState, type KnownIds } from '../../src/state/reconcileUrlState.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { parseUrlState } from '../../src/state/urlCodec.ts';
import { DEFAULT_URL_STATE, type UrlState } from '../../src/state/urlParams.ts';
import { afterNextPaint, HISTORY_WRITE_DELAY_MS, historyWriteTiming, startUrlSync, type Defer } from '../../src/state/urlSync.ts';

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/**
 * Stands in for "after the next paint": tasks wait until the test calls paint(). Counts the
 * tasks deferred, so a test can see that several changes made one write.
 */
function manualPaint(): { defer: Defer; paint: () => void; deferred: () => number } {
  let queue: (() => void)[] = [];
  let count = 0;
  const defer: Defer = (task) => {
    count += 1;
    queue.push(task);
    return () => {
      queue = queue.filter((t) => t !== task);
    };
  };
  const paint = () => {
    const due = queue;
    queue = [];
    for (const task of due) task();
  };
  return { defer, paint, deferred: () => count };
}

/** Sets the starting URL, makes a fresh store from it and starts syncing. */
function start(url: string) {
  window.history.replaceState(null, '', url);
  const lengthBefore = window.history.length;
  const store: AppStore = createAppStore(parseUrlState(window.location.search).state);
  const { defer, paint, deferred } = manualPaint();
  const stop = startUrlSync(store, window, defer);
  stops.push(stop);
  return { store, stop, lengthBefore, paint, deferred };
}

/** jsdom traverses history in a later task; resolves once the popstate event has fired. */
function nextPopState(): Promise<void> {
  return new Promise((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
}

/** Leaves no forward entry behind: the next test's pushState would drop it and miscount history.length. */
async function forwardAgain(): Promise<void> {
  const popped = nextPopState();
  window.history.forward();
  await popped;
}

describe('startUrlSync', () => {
  const canonicalCases = [
    { url: '/?bogus=1&view=table', search: '?view=table' },
    { url: '/?types=media,delegation&edition=19', search: '?types=delegation,media' },
    { url: '/?view=table&view=map&embed=yes&lang=zh-tw', search: '?lang=zh-TW' },
    { url: '/?country=%3Cscript%3E&__proto__=x', search: '' },
    { url: '/?country=%E0%A4%A&theme=dark', search: '?theme=dark' },
  ];
  for (const { url, search } of canonicalCases) {
    it(`startUrlSync on '${url}' replaces it with '${search || '(no query)'}'`, () => {
      const { lengthBefore } = start(url);
      expect(window.location.search).toBe(search);
      expect(window.location.pathname).toBe('/');
      expect(window.history.length).toBe(lengthBefore);
    });
  }

  it("startUrlSync on '/?view=bogus#about' keeps the path and the hash", () => {
    start('/maps/interpol/?view=bogus#about');
    expect(window.location.pathname).toBe('/maps/interpol/');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#about');
  });

  it('startUrlSync drops a fragment that is not a plain id (a pasted payload), keeping the query', () => {
    const { lengthBefore } = start('/?view=table#%3Cimg%20src=x%20onerror=alert(1)%3E');
    expect(window.location.search).toBe('?view=table');
    expect(window.location.hash).toBe('');
    expect(window.history.length).toBe(lengthBefore);
    start('/#javascript:alert(1)');
    expect(window.location.href.endsWith('/')).toBe(true);
  });

  it("startUrlSync on a canonical URL '/?view=table' leaves it as it is", () => {
    const { lengthBefore } = start('/?view=table');
    expect(window.location.search).toBe('?view=table');
    expect(window.history.length).toBe(lengthBefore);
  });

  it("toggleType('media') replaces the entry with the new filter after the next paint, not during the click", () => {
    const { store, lengthBefore, paint } = start('/');
    store.getState().toggleType('media');
    expect(window.location.search).toBe('');
    paint();
    expect(window.location.search).toBe('?types=executive,delegation,legislature,legislators,mission');
    expect(window.history.length).toBe(lengthBefore);
  });

  it('setTypes, setMatch and setLang within one frame make one replace with all three', () => {
    const { store, lengthBefore, paint, deferred } = start('/');
    store.getState().setTypes(['media']);
    store.getState().setMatch('all');
    store.getState().setLang('en');
    expect(deferred()).toBe(1);
    paint();
    expect(window.location.search).toBe('?types=media&match=all&lang=en');
    expect(window.history.length).toBe(lengthBefore);
  });

  it('a filter change then openPanel in the same frame: the left entry keeps the filter, the pushed one has both', async () => {
    const { store, lengthBefore, paint } = start('/');
    store.getState().setMatch('all');
    store.getState().openPanel('PLW');
    // The entry left keeps the filter at once; the new one lands after the next paint.
    expect(window.location.search).toBe('?match=all');
    expect(window.history.length).toBe(lengthBefore);
    paint();
    expect(window.location.search).toBe('?match=all&country=PLW');
    expect(window.history.length).toBe(lengthBefore + 1);
    const popped = nextPopState();
    window.history.back();
    await popped;
    expect(window.location.search).toBe('?match=all');
    expect(store.getState().url.match).toBe('all');
    expect(store.getState().url.country).toBeNull();
    await forwardAgain();
  });

  it('another Assembly pushes an entry (Back returns to the one before); the timeline playing replaces', async () => {
    const { store, lengthBefore, paint } = start('/?edition=2023');
    store.getState().setEdition(2024);
    expect(window.location.search).toBe('?edition=2023');
    paint();
    expect(window.location.search).toBe('?edition=2024');
    expect(window.history.length).toBe(lengthBefore + 1);
    store.getState().setEdition(2025, 'replace');
    paint();
    expect(window.location.search).toBe('?edition=2025');
    expect(window.history.length).toBe(lengthBefore + 1);
    const popped = nextPopState();
    window.history.back();
    await popped;
    expect(store.getState().url.edition).toBe(2023);
    await forwardAgain();
  });

  it('Back while a filter change waits for paint: the entry returned to is not overwritten', async () => {
    const { store, paint } = start('/?view=table');
    store.getState().openPanel('PLW');
    paint();
    store.getState().setMatch('all');
    const popped = nextPopState();
    window.history.back();
    await popped;
    paint();
    expect(window.location.search).toBe('?view=table');
    expect(store.getState().url.match).toBe('any');
    await forwardAgain();
  });

  it('pagehide (a reload, a closed tab) writes a change still waiting for paint', () => {
    const { store } = start('/');
    store.getState().setMatch('all');
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?match=all');
  });

  it('two pushes before a paint still make two entries, in order', async () => {
    const { store, lengthBefore, paint } = start('/');
    store.getState().setView('table');
    store.getState().openPanel('PLW');
    // The first push is written when the second arrives; the second after the paint.
    expect(window.location.search).toBe('?view=table');
    paint();
    expect(window.location.search).toBe('?country=PLW&view=table');
    expect(window.history.length).toBe(lengthBefore + 2);
    const popped = nextPopState();
    window.history.back();
    await popped;
    expect(store.getState().url.country).toBeNull();
    expect(store.getState().url.view).toBe('table');
    await forwardAgain();
  });

  it('a path that begins with two slashes (servers merge them) keeps its address: no throw, no other host', async () => {
    const origin = window.location.origin;
    window.history.replaceState(null, '', `${origin}//support-map/?edition=2024&utm_source=x`);
    const store: AppStore = createAppStore(parseUrlState(window.location.search).state);
    const { defer, paint } = manualPaint();
    stops.push(startUrlSync(store, window, defer));
    expect(window.location.href).toBe(`${origin}//support-map/?edition=2024`);
    store.getState().openPanel('PLW');
    paint();
    expect(window.location.href).toBe(`${origin}//support-map/?edition=2024&country=PLW`);
    const popped = nextPopState();
    window.history.back();
    await popped;
    expect(store.getState().url.country).toBeNull();
    await forwardAgain();
    window.history.replaceState(null, '', '/');
  });

  it("openPanel('PLW') pushes an entry", () => {
    const { store, lengthBefore, paint } = start('/?view=table');
    store.getState().openPanel('PLW');
    paint();
    expect(window.location.search).toBe('?country=PLW&view=table');
    expect(window.history.length).toBe(lengthBefore + 1);
  });

  it("openPanel('USA') while 'PLW' is open replaces its entry: Back leaves the panels in one press", async () => {
    const { store, lengthBefore, paint } = start('/?view=table');
    store.getState().openPanel('PLW');
    paint();
    store.getState().openPanel('USA');
    paint();
    expect(window.location.search).toBe('?country=USA&view=table');
    expect(window.history.length).toBe(lengthBefore + 1);
    const popped = nextPopState();
    window.history.back();
    await popped;
    expect(store.getState().url.country).toBeNull();
    expect(window.location.search).toBe('?view=table');
    await forwardAgain();
  });

  it("setView('table') pushes an entry", () => {
    const { store, lengthBefore, paint } = start('/');
    store.getState().setView('table');
    paint();
    expect(window.location.search).toBe('?view=table');
    expect(window.history.length).toBe(lengthBefore + 1);
  });

  it('closePanel() replaces the entry (closing the panel)', () => {
    const { store, lengthBefore, paint } = start('/?country=PLW');
    store.getState().closePanel();
    paint();
    expect(window.location.search).toBe('');
    expect(window.history.length).toBe(lengthBefore);
  });

  it('setLoad (a change outside the URL state) leaves the URL alone', () => {
    const { store, lengthBefore, paint, deferred } = start('/?view=table');
    store.getState().setLoad({ status: 'failed', index: null, geometry: null, failures: [] });
    expect(deferred()).toBe(0);
    paint();
    expect(window.location.search).toBe('?view=table');
    expect(window.history.length).toBe(lengthBefore);
  });

  it("history.back() after openPanel('PLW') closes the panel in the store without a new entry", async () => {
    const { store, paint } = start('/?view=table');
    store.getState().openPanel('PLW');
    paint();
    const lengthAfterPush = window.history.length;
    const popped = nextPopState();
    window.history.back();
    await popped;
    expect(window.location.search).toBe('?view=table');
    expect(store.getState().url).toEqual({ ...DEFAULT_URL_STATE, view: 'table' });
    expect(window.history.length).toBe(lengthAfterPush);
  });

  it("history.back() then history.forward() after setView('table') restores each view in the store", async () => {
    const { store, paint } = start('/?types=media');
    store.getState().setView('table');
    paint();
    let popped = nextPopState();
    window.history.back();
    await popped;
    expect(store.getState().url.view).toBe('map');
    expect(store.getState().url.types).toEqual(['media']);
    popped = nextPopState();
    window.history.forward();
    await popped;
    expect(store.getState().url.view).toBe('table');
    expect(window.location.search).toBe('?types=media&view=table');
  });

  it('the cleanup function stops store changes from touching the URL and popstate from touching the store', () => {
    const { store, stop, lengthBefore, paint } = start('/?view=table');
    stop();
    store.getState().openPanel('PLW');
    store.getState().toggleType('media');
    paint();
    expect(window.location.search).toBe('?view=table');
    expect(window.history.length).toBe(lengthBefore);

    window.history.replaceState(null, '', '/?edition=2019');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().url.edition).toBeNull();
  });
});

describe('afterNextPaint', () => {
  /** A window whose frames and timers run only when the test says so. */
  function fakeWindow() {
    const frames = new Map<number, () => void>();
    const timers = new Map<number, () => void>();
    const delays: number[] = [];
    let next = 1;
    const win = {
      requestAnimationFrame: (cb: () => void) => (frames.set(next, cb), next++),
      cancelAnimationFrame: (id: number) => frames.delete(id),
      setTimeout: (cb: () => void, ms = 0) => (delays.push(ms), timers.set(next, cb), next++),
      clearTimeout: (id: number) => timers.delete(id),
    };
    const run = (queue: Map<number, () => void>) => {
      const due = [...queue.values()];
      queue.clear();
      for (const cb of due) cb();
    };
    return { win: win as unknown as Window, frame: () => run(frames), timers: () => run(timers), delays };
  }

  it('the page’s timing: a replace waits past the 200 ms after an input, a push only for the paint', () => {
    const { win, frame, delays } = fakeWindow();
    const defer = historyWriteTiming(win);
    defer(() => {}, 'replace');
    defer(() => {}, 'push');
    frame();
    expect(delays).toEqual([HISTORY_WRITE_DELAY_MS, 0]);
    expect(HISTORY_WRITE_DELAY_MS).toBeGreaterThan(200);
  });

  it('runs the task in a task queued by the next frame callback: not in the frame, not before it', () => {
    const { win, frame, timers } = fakeWindow();
    const ran: string[] = [];
    afterNextPaint(win)(() => ran.push('task'), 'replace');
    timers();
    expect(ran).toEqual([]);
    frame();
    expect(ran).toEqual([]);
    timers();
    expect(ran).toEqual(['task']);
  });

  it('cancelled before the frame or after it, the task never runs', () => {
    const { win, frame, timers } = fakeWindow();
    const ran: string[] = [];
    afterNextPaint(win)(() => ran.push('a'), 'replace')();
    const cancelB = afterNextPaint(win)(() => ran.push('b'), 'replace');
    frame();
    cancelB();
    timers();
    expect(ran).toEqual([]);
  });
});

describe('reconcileUrlState', () => {
  // 2018 is an edition without a list: it can be shown, not compared with.
  const known: KnownIds = {
    editions: new Set([2018, 2019, 2021]),
    listedEditions: new Set([2019, 2021]),
    actors: new Set(['PLW', 'ipac']),
  };
  const cases: { name: string; view: Partial<UrlState>; expected: Partial<UrlState> }[] = [
    { name: 'an unknown edition 2001', view: { edition: 2001 }, expected: { edition: null } },
    { name: "an unknown country 'XXX'", view: { country: 'XXX' }, expected: { country: null } },
    { name: 'both unknown', view: { edition: 2001, country: 'nobody', view: 'table' }, expected: { view: 'table' } },
    {
      name: "a known edition and country (2019, 'ipac')",
      view: { edition: 2019, country: 'ipac' },
      expected: { edition: 2019, country: 'ipac' },
    },
    { name: 'a comparison with an unknown edition 2001', view: { edition: 2019, compare: 2001 }, expected: { edition: 2019 } },
    { name: 'a comparison with 2018, which has no list', view: { compare: 2018 }, expected: {} },
    { name: 'a comparison with a listed edition', view: { edition: 2021, compare: 2019 }, expected: { edition: 2021, compare: 2019 } },
    {
      name: 'a known edition with an unknown country',
      view: { edition: 2018, country: 'XXX' },
      expected: { edition: 2018 },
    },
  ];
  for (const { name, view, expected } of cases) {
    it(`reconcileUrlState(view with ${name}) gives ${JSON.stringify(expected)}`, () => {
      expect(reconcileUrlState({ ...DEFAULT_URL_STATE, ...view }, known)).toEqual({ ...DEFAULT_URL_STATE, ...expected });
    });
  }

  const unchanged: { name: string; view: UrlState }[] = [
    { name: 'the default view', view: DEFAULT_URL_STATE },
    { name: 'known values', view: { ...DEFAULT_URL_STATE, edition: 2019, country: 'PLW', view: 'table' } },
    { name: 'a known comparison', view: { ...DEFAULT_URL_STATE, edition: 2021, compare: 2019 } },
  ];
  for (const { name, view } of unchanged) {
    it(`reconcileUrlState(${name}) returns the same object`, () => {
      expect(reconcileUrlState(view, known)).toBe(view);
    });
  }

  it('reconcileUrlState with empty known ids drops the edition, the comparison and the country', () => {
    const view = { ...DEFAULT_URL_STATE, edition: 2019, compare: 2021, country: 'PLW' };
    expect(reconcileUrlState(view, { editions: new Set(), listedEditions: new Set(), actors: new Set() })).toEqual(DEFAULT_URL_STATE);
  });
});
