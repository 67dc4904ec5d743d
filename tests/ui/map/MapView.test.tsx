import { readFileSync } from 'node:fs';
import type { ReactElement } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SUPPORT_TYPE_IDS, type Dataset, type SupportTypeId } from '../../../src/data/schema.ts';
import { focusOrder } from '../../../src/map/focusOrder.ts';
import { Filters } from '../../../src/ui/filters/Filters.tsx';
import { Legend } from '../../../src/ui/map/Legend.tsx';
import { MapSummary } from '../../../src/ui/map/MapSummary.tsx';
import { MapView } from '../../../src/ui/map/MapView.tsx';
import { loadDataset, loadShapes, REAL_DATASET, realDatasetProblem, renderWithStore } from '../../support/renderWithStore.tsx';
import { filledIds } from '../../support/selectionStyle.ts';

const problem = realDatasetProblem();
const SEARCH = '?edition=2024&lang=en';

const readRaw = () => JSON.parse(readFileSync(REAL_DATASET, 'utf8')) as Dataset;

/**
 * Straight from the file, without the app's index or edition view: the types each actor shows
 * in a year (actions and country groups) and whether it is painted (country or territory).
 */
function supportFromRawJson(year: number): Map<string, { types: Set<string>; painted: boolean; count: number }> {
  const raw = readRaw();
  const kinds = new Map(raw.actors.map((actor) => [actor.id, actor.kind]));
  const byActor = new Map<string, { types: Set<string>; painted: boolean; count: number }>();
  const add = (actor: string, type: string) => {
    let entry = byActor.get(actor);
    if (!entry) {
      const kind = kinds.get(actor) ?? 'country';
      byActor.set(actor, (entry = { types: new Set(), painted: kind === 'country' || kind === 'territory', count: 0 }));
    }
    entry.types.add(type);
    entry.count += 1;
  };
  for (const action of raw.actions) if (action.edition === year) add(action.actor, action.type);
  for (const group of raw.groups) if (group.edition === year && group.country !== undefined) add(group.country, group.type);
  return byActor;
}

/** Ids matching "any" of `types` in a year, split into painted and listed. */
function matchingAny(year: number, types: readonly string[]) {
  const painted: string[] = [];
  const listed: string[] = [];
  for (const [id, support] of supportFromRawJson(year)) {
    if (![...support.types].some((type) => types.includes(type))) continue;
    (support.painted ? painted : listed).push(id);
  }
  return { painted: painted.sort(), listed: listed.sort() };
}

/** West → east over the anchors of the map's shapes, as focusOrder ranks them. */
function expectedFocusOrder(year: number): string[] {
  const shapes = new Map(loadShapes().map((s) => [s.id, s]));
  return focusOrder(matchingAny(year, SUPPORT_TYPE_IDS).painted.map((id) => ({ id, anchor: shapes.get(id)?.anchor ?? [NaN, NaN] })));
}

const targets = (container: HTMLElement) => [...container.querySelectorAll<SVGElement>('.map__supporters [role="button"]')];
const idOf = (element: Element | null) => element?.getAttribute('data-id') ?? null;

describe.skipIf(problem !== null)(`MapView with data/dataset.json${problem ? ` (skipped: ${problem})` : ''}`, () => {
  const renderWithRealData = (ui: ReactElement, search = SEARCH) => renderWithStore(ui, { search, dataset: loadDataset(REAL_DATASET) });

  it('MapView with ?edition=2024 gives every painted supporter exactly one focusable target, and only the first is in the tab order', () => {
    const { container } = renderWithRealData(<MapView />);
    const expected = matchingAny(2024, SUPPORT_TYPE_IDS).painted;
    expect(expected.length).toBeGreaterThan(10);
    const ids = targets(container).map(idOf);
    expect([...ids].sort()).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    expect(targets(container).filter((target) => target.tabIndex === 0)).toHaveLength(1);
    expect(targets(container).filter((target) => target.tabIndex === -1)).toHaveLength(ids.length - 1);
  });

  it('MapView with ?edition=2024: Tab, then ArrowRight walks the targets west → east (focusOrder of the anchors), moving the tab stop', async () => {
    const user = userEvent.setup();
    const { container } = renderWithRealData(<MapView />);
    const expected = expectedFocusOrder(2024);

    await user.tab();
    expect(idOf(document.activeElement)).toBe(expected[0]);
    const visited = [idOf(document.activeElement)];
    for (let i = 1; i < expected.length; i += 1) {
      await user.keyboard('{ArrowRight}');
      visited.push(idOf(document.activeElement));
    }
    expect(visited).toEqual(expected);
    // Roving tabindex: the focused target is now the only tab stop.
    expect(
      targets(container)
        .filter((target) => target.tabIndex === 0)
        .map(idOf),
    ).toEqual([expected.at(-1)]);
    await user.keyboard('{ArrowRight}');
    expect(idOf(document.activeElement)).toBe(expected[0]);
    await user.keyboard('{ArrowLeft}');
    expect(idOf(document.activeElement)).toBe(expected.at(-1));
  });

  it('MapView target: Home and End jump to the westernmost and easternmost supporter', async () => {
    const user = userEvent.setup();
    renderWithRealData(<MapView />);
    const expected = expectedFocusOrder(2024);
    await user.tab();
    await user.keyboard('{End}');
    expect(idOf(document.activeElement)).toBe(expected.at(-1));
    await user.keyboard('{Home}');
    expect(idOf(document.activeElement)).toBe(expected[0]);
  });

  it('MapView target: Enter on the focused target sets view.country to its id', async () => {
    const user = userEvent.setup();
    const { store } = renderWithRealData(<MapView />);
    await user.tab();
    await user.keyboard('{ArrowRight}');
    const focused = idOf(document.activeElement);
    expect(focused).toMatch(/^[A-Z]{3}$/);
    expect(store.getState().url.country).toBeNull();
    await user.keyboard('{Enter}');
    expect(store.getState().url.country).toBe(focused);
  });

  it('MapView target of Palau (PLW) in 2024 is named "Palau: <delegation label from the dataset>; <n> action(s)"', () => {
    renderWithRealData(<MapView />);
    const raw = readRaw();
    const delegation = raw.supportTypes.find((type) => type.id === 'delegation')?.label.en as string;
    const palau = supportFromRawJson(2024).get('PLW');
    expect(palau && [...palau.types]).toEqual(['delegation']);
    const actions = palau?.count === 1 ? '1 action' : `${palau?.count} actions`;
    const target = screen.getByRole('button', { name: `Palau: ${delegation}; ${actions}` });
    expect(idOf(target)).toBe('PLW');
  });

  it('MapView path of Taiwan (TWN) has the hatch fill and no focusable target, whatever the filters', () => {
    const { container } = renderWithRealData(<MapView />);
    const taiwan = container.querySelector('path.map__country[data-id="TWN"]');
    expect(taiwan?.getAttribute('fill')).toBe('url(#taiwan-hatch)');
    expect(container.querySelector('#taiwan-hatch')?.tagName.toLowerCase()).toBe('pattern');
    expect(targets(container).map(idOf)).not.toContain('TWN');
    expect(container.querySelector('[data-id="TWN"][tabindex]')).toBeNull();
  });

  it.each([
    ['all six types', SEARCH, 4, 'Strongest kind of support each country showed in 2024'],
    [
      'types=executive,legislature',
      `${SEARCH}&types=executive,legislature`,
      2,
      'Strongest kind of support in 2024, among Government / executive, Legislative resolution',
    ],
    ['types=delegation', `${SEARCH}&types=delegation`, 1, 'Strongest kind of support in 2024, among Delegation at the Assembly'],
  ])(
    'Legend with %s keeps a step per level that occurs in 2024, marks those the types can reach, names the types, and its counts sum to the filled countries',
    (_, search, steps, title) => {
      const { container } = renderWithRealData(
        <>
          <MapView />
          <Legend besideFilters />
        </>,
        search,
      );
      // 2024 has no country that only the G7's act brings: every filled country is counted.
      const legend = screen.getByRole('figure', { name: title });
      const levelSteps = within(legend)
        .getAllByRole('listitem')
        .filter((item) => item.querySelector('.legend__count'));
      // 2024 has support at all four levels: the rows stay whatever the filters, so they do not move.
      expect(levelSteps).toHaveLength(4);
      expect(levelSteps.filter((item) => !item.classList.contains('legend__step--unselected'))).toHaveLength(steps);
      const counts = levelSteps.map((item) => item.querySelector('.legend__count')?.textContent ?? '');
      const sum = counts.reduce((total, text) => total + Number(/^(\d+)$/.exec(text)?.[1] ?? NaN), 0);
      expect(filledIds(container).length).toBeGreaterThan(0);
      expect(sum).toBe(filledIds(container).length);
    },
  );

  it('MapSummary with ?edition=2024 announces the new counts when None, then delegation, is picked', async () => {
    const user = userEvent.setup();
    const { container } = renderWithRealData(
      <>
        <Filters />
        <MapSummary />
      </>,
    );
    const live = container.querySelector('[aria-live="polite"]') as HTMLElement;
    const sentence = (types: readonly SupportTypeId[]) => {
      // 2024 has no place without an ISO code and no country that only an organisation's act names.
      const { painted, listed } = matchingAny(2024, types);
      const parts = [
        ...(painted.length ? [`${painted.length} countries and territories`] : []),
        ...(listed.length ? [`${listed.length} organisations`] : []),
      ];
      return `Shown: ${parts.length ? parts.join(' and ') : 'no country or organisation'}.`;
    };
    expect(live.textContent).toBe(sentence(SUPPORT_TYPE_IDS));
    await user.click(screen.getByRole('button', { name: 'None' }));
    expect(live.textContent).toBe('Shown: no country or organisation.');
    await user.click(screen.getByRole('button', { name: /^Delegation at the Assembly/ }));
    expect(live.textContent).toBe(sentence(['delegation']));
    expect(live.textContent).not.toBe(sentence(SUPPORT_TYPE_IDS));
  });
});
