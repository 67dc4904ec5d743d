/**
 * The whole page against the real data files, served by a stubbed `fetch`: what a visitor sees
 * for a link, for a broken dataset, for a missing map, and after Retry.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { SUPPORT_TYPE_IDS, type Dataset } from '../../src/data/schema.ts';
import { createAppStore } from '../../src/state/store.ts';
import { StoreProvider } from '../../src/state/StoreContext.tsx';
import { parseUrlState } from '../../src/state/urlCodec.ts';
import { loadForMap, type LoadState } from '../../src/state/loadForMap.ts';
import { loadCampaignPart, showCampaign } from '../../src/state/campaignLoader.ts';
import { editionPart } from '../../src/data/editionPart.ts';
import { MINIMAL_DATASET, realDatasetProblem } from '../support/renderWithStore.tsx';
import { filledIds } from '../support/selectionStyle.ts';

const problem = realDatasetProblem();
const DATASET_TEXT = problem === null ? readFileSync(resolve(process.cwd(), 'data/dataset.json'), 'utf8') : '';
const SHAPES_TEXT = readFileSync(resolve(process.cwd(), 'data/world.shapes.json'), 'utf8');
const URLS = { dataset: '/d.json', shapes: '/s.json' };
/** fetchText waits 300 + 900 ms before giving up on a transient failure. */
const RETRIES_DONE = { timeout: 4000 };

type Answer = () => Promise<Response> | Response;
const ok =
  (text: string): Answer =>
  () =>
    new Response(text, { status: 200 });

/** Serves each URL from a queue of answers; the last answer repeats. Records every call. */
function stubFetch(answers: Record<string, Answer[]>) {
  const calls: string[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    calls.push(url);
    const queue = answers[url];
    if (!queue || queue.length === 0) return new Response('not found', { status: 404 });
    const answer = (queue.length > 1 ? queue.shift() : queue[0]) as Answer;
    return answer();
  });
  vi.stubGlobal('fetch', fetchStub);
  return calls;
}

function renderApp(search: string, urls = URLS) {
  const store = createAppStore(parseUrlState(search).state);
  const result = render(
    <StoreProvider store={store}>
      <App urls={urls} />
    </StoreProvider>,
  );
  return { store, ...result };
}

// The filters are a chunk fetched once the map is drawn (or at once, on the table): found, not got.
const pressedTypes = async () =>
  within(await screen.findByRole('group', { name: 'Support types' }))
    .getAllByRole('button')
    .filter((button) => button.getAttribute('aria-pressed') === 'true')
    .map((button) => button.getAttribute('data-type'));
// The timeline takes the select's place once the map is drawn: its stops, and the year it marks.
const timelineStops = async () => within(await screen.findByRole('radiogroup', { name: 'General Assembly' })).getAllByRole('radio');
const shownYear = async () =>
  /^\d{4}/.exec(
    (await timelineStops()).find((stop) => stop.getAttribute('aria-checked') === 'true')?.getAttribute('aria-label') ?? '',
  )?.[0];

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe.skipIf(problem !== null)(`App with data/dataset.json${problem ? ` (skipped: ${problem})` : ''}`, () => {
  it('App with ?edition=2019&types=mission&country=DEU&view=table opens the view the URL describes', async () => {
    stubFetch({ [URLS.dataset]: [ok(DATASET_TEXT)], [URLS.shapes]: [ok(SHAPES_TEXT)] });
    renderApp('?edition=2019&types=mission&country=DEU&view=table&lang=en');

    expect(await shownYear()).toBe('2019');
    expect(await pressedTypes()).toEqual(['mission']);
    expect(screen.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('group', { name: /^World map of support/ })).toBeNull();

    // The table and the dialog are lazy chunks.
    const table = await screen.findByRole('table');
    const raw = JSON.parse(DATASET_TEXT) as Dataset;
    const missionActors = new Set(raw.actions.filter((a) => a.edition === 2019 && a.type === 'mission').map((a) => a.actor));
    const rows = within(table).getAllByRole('rowheader');
    expect(rows).toHaveLength(missionActors.size);
    expect(within(table).getByRole('rowheader', { name: 'Germany' })).toBeTruthy();

    const dialog = await screen.findByRole('dialog', { name: 'Germany' });
    expect(within(dialog).getByRole('heading', { level: 2, name: 'Germany' })).toBeTruthy();
    expect(within(dialog).getByText('Support in 2019')).toBeTruthy();
  });

  it('App with ?edition=1999&types=bogus&country=ZZZ&view=nope falls back to the latest edition, all types, no dialog, the map', async () => {
    stubFetch({ [URLS.dataset]: [ok(DATASET_TEXT)], [URLS.shapes]: [ok(SHAPES_TEXT)] });
    const { container, store } = renderApp('?edition=1999&types=bogus&country=ZZZ&view=nope&lang=en');

    const raw = JSON.parse(DATASET_TEXT) as Dataset;
    const latestListed = Math.max(...raw.editions.filter((e) => e.listStatus === 'listed').map((e) => e.year));
    expect(latestListed).toBe(2025);
    expect(await screen.findByRole('group', { name: 'World map of support in 2025' })).toBeTruthy();
    expect(await shownYear()).toBe('2025');
    expect(await pressedTypes()).toEqual([...SUPPORT_TYPE_IDS]);
    expect(screen.getByRole('button', { name: 'Map' }).getAttribute('aria-pressed')).toBe('true');
    expect(filledIds(container).length).toBeGreaterThan(0);
    // Give the lazy dialog chunk every chance to appear before saying it did not.
    await act(() => import('../../src/ui/panel/DetailPanel.tsx'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().url.country).toBeNull();
    expect(store.getState().url.edition).toBeNull();
  });

  describe('App with a dataset whose first action has type "bogus"', () => {
    const broken = (() => {
      if (problem !== null) return '';
      const raw = JSON.parse(DATASET_TEXT) as Dataset;
      (raw.actions[0] as { type: string }).type = 'bogus';
      return JSON.stringify(raw);
    })();
    const serveBroken = () => stubFetch({ [URLS.dataset]: [ok(broken)], [URLS.shapes]: [ok(SHAPES_TEXT)] });

    it('App with the broken dataset shows an alert with the visitor message, no country fills and Retry; no details outside debug', async () => {
      vi.stubEnv('DEV', false);
      serveBroken();
      const { container } = renderApp('?lang=en');
      const alert = await screen.findByRole('alert');
      expect(within(alert).getByText('Something could not be loaded')).toBeTruthy();
      expect(within(alert).getByText(/^The list of supporters failed its checks \(\d+ problems?\), so it is not shown\.$/)).toBeTruthy();
      expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
      expect(within(alert).queryByText(/^actions\[0\]\.type: /m)).toBeNull();
      // The map is drawn from the topology (once its width is measured), but nothing from the
      // refused dataset is painted.
      await waitFor(() => expect(container.querySelectorAll('path.map__country').length).toBeGreaterThan(100));
      expect(filledIds(container)).toEqual([]);
      expect(container.querySelectorAll('.map__supporters [role="button"]')).toHaveLength(0);
      expect(screen.queryByRole('combobox', { name: 'General Assembly' })).toBeNull();
      expect(screen.queryByRole('radiogroup', { name: 'General Assembly' })).toBeNull();
    });

    it('App with the broken dataset and ?debug=1 shows the "location: message" line of the problem', async () => {
      vi.stubEnv('DEV', false);
      serveBroken();
      renderApp('?lang=en&debug=1');
      const alert = await screen.findByRole('alert');
      // The lines' code comes with the first failure shown to staff (a chunk of its own).
      expect(await within(alert).findByText(/^actions\[0\]\.type: must be one of executive, delegation/m)).toBeTruthy();
    });
  });

  it('App with a shapes file answering 500 says the map could not be loaded, and the Table view still lists rows', async () => {
    const user = userEvent.setup();
    const calls = stubFetch({ [URLS.dataset]: [ok(DATASET_TEXT)], [URLS.shapes]: [() => new Response('oops', { status: 500 })] });
    renderApp('?lang=en');
    const alert = await screen.findByRole('alert', {}, RETRIES_DONE);
    expect(within(alert).getByText('The world map could not be loaded: the server answered 500.')).toBeTruthy();
    expect(within(alert).getByText('The table below still works without the map.')).toBeTruthy();
    expect(calls.filter((url) => url === URLS.shapes)).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('rowheader').length).toBeGreaterThan(10);
    expect(within(table).getByRole('rowheader', { name: 'United States' })).toBeTruthy();
  });

  it('App after a failure keeps trying quietly: the alert stays, and the map comes without a Retry when the server recovers', async () => {
    // Three failed answers (the first attempt and its two quick retries), then the file.
    const failing = () => new Response('oops', { status: 503 });
    const calls = stubFetch({ [URLS.dataset]: [ok(DATASET_TEXT)], [URLS.shapes]: [failing, failing, failing, ok(SHAPES_TEXT)] });
    const { container } = renderApp('?lang=en');
    await screen.findByRole('alert', {}, RETRIES_DONE);
    expect(calls.filter((url) => url === URLS.shapes)).toHaveLength(3);
    // No Retry pressed: about 5 s later the quiet attempt succeeds, the alert goes, the map is drawn.
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), { timeout: 9000 });
    await waitFor(() => expect(filledIds(container).length).toBeGreaterThan(10));
    expect(calls.filter((url) => url === URLS.shapes)).toHaveLength(4);
  }, 20_000);

  it('App with a shapes file of the right outline whose paths cannot be drawn says the map arrived damaged, and the Table view still lists rows', async () => {
    const user = userEvent.setup();
    const raw = JSON.parse(SHAPES_TEXT) as { shapes: { d: unknown }[] };
    // The file parses and every id is there, but one shape's path is not a path.
    (raw.shapes[0] as { d: unknown }).d = '<script>alert(1)</script>';
    stubFetch({ [URLS.dataset]: [ok(DATASET_TEXT)], [URLS.shapes]: [ok(JSON.stringify(raw))] });
    renderApp('?lang=en');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The world map arrived damaged.')).toBeTruthy();
    expect(within(alert).getByText('The table below still works without the map.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'United States' })).toBeTruthy();
  });

  it('App given the first load already under way (as main.tsx starts it) draws from it without fetching again; Retry fetches again', async () => {
    const user = userEvent.setup();
    const calls = stubFetch({
      [URLS.dataset]: [() => new Response('oops', { status: 404 }), ok(DATASET_TEXT)],
      [URLS.shapes]: [ok(SHAPES_TEXT)],
    });
    const firstLoad = loadForMap(URLS);
    const store = createAppStore(parseUrlState('?lang=en').state);
    const { container } = render(
      <StoreProvider store={store}>
        <App urls={URLS} firstLoad={firstLoad} />
      </StoreProvider>,
    );
    const alert = await screen.findByRole('alert', {}, RETRIES_DONE);
    expect(within(alert).getByText('The list of supporters could not be loaded: the server answered 404.')).toBeTruthy();
    // One request per file: mounting the page did not start a second load beside the first.
    expect(calls).toEqual([URLS.dataset, URLS.shapes]);

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(filledIds(container).length).toBeGreaterThan(0));
    expect(calls.filter((url) => url === URLS.dataset)).toHaveLength(2);
  });

  describe('App started from an edition part, as main.tsx starts a built page', () => {
    const PART = '/part.json';
    const partOf = (load: LoadState) => (load.status === 'ready' ? load.index.part : 'not ready');
    /** The store holding the part of 2025 before the first render, and the page rendered on it. */
    async function renderFromPart(search: string, whole: Answer[]) {
      const raw = JSON.parse(DATASET_TEXT) as Dataset;
      const calls = stubFetch({
        [PART]: [ok(JSON.stringify(editionPart(raw, 2025)))],
        [URLS.dataset]: whole,
        [URLS.shapes]: [ok(SHAPES_TEXT)],
      });
      const store = createAppStore(parseUrlState(search).state);
      const ref = { campaign: 'interpol', url: URLS.dataset, shapes: URLS.shapes } as const;
      showCampaign(store, await loadCampaignPart(store, ref, { url: PART }, new AbortController().signal));
      const files = { current: { url: URLS.dataset, version: raw.version }, archived: [] };
      const result = render(
        <StoreProvider store={store}>
          <App urls={URLS} files={files} />
        </StoreProvider>,
      );
      return { calls, store, ...result };
    }

    it('draws the edition from the part, then fetches the whole file once, and another year then shows from it', async () => {
      let answerWhole: (response: Response) => void = () => {};
      const whole = new Promise<Response>((resolve) => (answerWhole = resolve));
      const { calls, store, container } = await renderFromPart('?lang=en', [() => whole]);
      await waitFor(() => expect(filledIds(container).length).toBeGreaterThan(0));
      expect(await shownYear()).toBe('2025');
      expect(store.getState().campaignIndexes.interpol).toBeUndefined();
      // After the map, in idle time, without a click.
      await waitFor(() => expect(calls).toContain(URLS.dataset));
      expect(calls.indexOf(PART)).toBeLessThan(calls.indexOf(URLS.dataset));

      // Another year before the whole file is in: the page says it is loading; it never draws 2019 empty.
      act(() => store.getState().setEdition(2019));
      expect((await screen.findByRole('status')).textContent).toContain('Loading');
      expect(filledIds(container)).toEqual([]);

      act(() => answerWhole(new Response(DATASET_TEXT, { status: 200 })));
      await waitFor(() => expect(filledIds(container).length).toBeGreaterThan(0));
      expect(await shownYear()).toBe('2019');
      expect(partOf(store.getState().load)).toBeNull();
      expect(store.getState().campaignIndexes.interpol?.part).toBeNull();
      expect(calls.filter((url) => url === URLS.dataset)).toHaveLength(1);
    });

    it('a whole file that fails is tried again when a view needs it, said only to that view, with Retry', async () => {
      const user = userEvent.setup();
      const gone: Answer = () => new Response('gone', { status: 404 });
      const { calls, store, container } = await renderFromPart('?lang=en', [gone, gone, ok(DATASET_TEXT)]);
      await waitFor(() => expect(calls).toContain(URLS.dataset));
      await waitFor(() => expect(filledIds(container).length).toBeGreaterThan(0));
      // The part still answers its own edition: no alert.
      expect(screen.queryByRole('alert')).toBeNull();

      act(() => store.getState().openPanel('USA'));
      const alert = await screen.findByRole('alert', {}, RETRIES_DONE);
      expect(calls.filter((url) => url === URLS.dataset)).toHaveLength(2);
      expect(within(alert).getByText('The list of supporters could not be loaded: the server answered 404.')).toBeTruthy();
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
      expect(partOf(store.getState().load)).toBeNull();
    });
  });

  it('App with a dataset fetch failing (network, 3 tries) then Retry loads the data and clears the alert', async () => {
    const user = userEvent.setup();
    const networkError: Answer = () => Promise.reject(new TypeError('Failed to fetch'));
    const calls = stubFetch({
      [URLS.dataset]: [networkError, networkError, networkError, ok(DATASET_TEXT)],
      [URLS.shapes]: [ok(SHAPES_TEXT)],
    });
    const { container } = renderApp('?lang=en');
    const alert = await screen.findByRole('alert', {}, RETRIES_DONE);
    expect(within(alert).getByText('The list of supporters could not be loaded: the connection failed.')).toBeTruthy();
    expect(filledIds(container)).toEqual([]);
    expect(calls.filter((url) => url === URLS.dataset)).toHaveLength(3);

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(calls.filter((url) => url === URLS.dataset)).toHaveLength(4);
    // The checks, the shapes and the drawing take a few tasks after the answer.
    await waitFor(() => expect(filledIds(container).length).toBeGreaterThan(0));
    expect(await shownYear()).toBe('2025');
  });

  it('App whose dataset URL changes while the first answer is pending ignores that stale answer', async () => {
    let answerStale: (response: Response) => void = () => {};
    const stale = new Promise<Response>((resolve) => (answerStale = resolve));
    stubFetch({
      '/old.json': [() => stale],
      '/new.json': [ok(DATASET_TEXT)],
      [URLS.shapes]: [ok(SHAPES_TEXT)],
    });
    const store = createAppStore(parseUrlState('?lang=en').state);
    const app = (dataset: string) => (
      <StoreProvider store={store}>
        <App urls={{ dataset, shapes: URLS.shapes }} />
      </StoreProvider>
    );
    const { rerender } = render(app('/old.json'));
    rerender(app('/new.json'));
    const raw = JSON.parse(DATASET_TEXT) as Dataset;
    expect(await timelineStops()).toHaveLength(raw.editions.length);

    // The minimal fixture has one listed edition (2024): were it written, the picker would change.
    await act(async () => {
      answerStale(new Response(readFileSync(MINIMAL_DATASET, 'utf8'), { status: 200 }));
      await stale;
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(await shownYear()).toBe('2025');
    expect(await timelineStops()).toHaveLength(raw.editions.length);
    expect(store.getState().load.status).toBe('ready');
  });
});
