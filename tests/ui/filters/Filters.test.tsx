import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SUPPORT_TYPE_IDS, type Dataset, type SupportTypeId } from '../../../src/data/schema.ts';
import { Filters } from '../../../src/ui/filters/Filters.tsx';
import { MapView } from '../../../src/ui/map/MapView.tsx';
import { loadDataset, REAL_DATASET, realDatasetProblem, renderWithStore } from '../../support/renderWithStore.tsx';
import { filledIds, paintedFill, targetShown } from '../../support/selectionStyle.ts';

const problem = realDatasetProblem();
const SEARCH = '?edition=2024&lang=en';

/** Straight from the file, without the app's index or edition view: actors per type in a year. */
function countsFromRawJson(year: number): Record<SupportTypeId, number> {
  const raw = JSON.parse(readFileSync(REAL_DATASET, 'utf8')) as Dataset;
  const actorsByType = new Map<string, Set<string>>();
  const add = (type: string, actor: string) => {
    if (!actorsByType.has(type)) actorsByType.set(type, new Set());
    actorsByType.get(type)?.add(actor);
  };
  for (const action of raw.actions) if (action.edition === year) add(action.type, action.actor);
  for (const group of raw.groups) if (group.edition === year && group.country !== undefined) add(group.type, group.country);
  return Object.fromEntries(SUPPORT_TYPE_IDS.map((type) => [type, actorsByType.get(type)?.size ?? 0])) as Record<SupportTypeId, number>;
}

function labelOf(dataset: Dataset, type: SupportTypeId): string {
  return dataset.supportTypes.find((t) => t.id === type)?.label.en ?? type;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const typeButton = (dataset: Dataset, type: SupportTypeId) =>
  screen.getByRole('button', { name: new RegExp(`^${escape(labelOf(dataset, type))} \\d+$`) });

/** The fill of a country's path, or null when it has the neutral land colour. */
const fillOf = (container: HTMLElement, id: string) => {
  const path = container.querySelector(`path.map__country[data-id="${id}"]`);
  return path ? paintedFill(path) : null;
};

/** The map's targets with that name that the selection shows. */
const shownTargets = (name: RegExp) => screen.queryAllByRole('button', { name }).filter(targetShown);

describe.skipIf(problem !== null)(`Filters with data/dataset.json${problem ? ` (skipped: ${problem})` : ''}`, () => {
  const renderFiltersAndMap = (search = SEARCH) => {
    const dataset = loadDataset(REAL_DATASET);
    const result = renderWithStore(
      <>
        <Filters />
        <MapView />
      </>,
      { search, dataset },
    );
    return { dataset, ...result };
  };

  it('Filters with ?edition=2024 shows, on each type button, the number of distinct actors of that type in 2024 (raw JSON)', () => {
    const { dataset } = renderFiltersAndMap();
    const expected = countsFromRawJson(2024);
    // A sanity check on the expectation itself: 2024 has more than one type with support.
    expect(Object.values(expected).filter((n) => n > 0).length).toBeGreaterThan(1);
    for (const type of SUPPORT_TYPE_IDS) {
      const button = typeButton(dataset, type);
      expect(button.querySelector('.filters__count')?.textContent, type).toBe(String(expected[type]));
      expect(button.getAttribute('aria-pressed'), type).toBe('true');
    }
  });

  // 2024 has no country group; other editions do (a group counts once for its country, beside its actions).
  const listedYears =
    problem !== null
      ? []
      : (JSON.parse(readFileSync(REAL_DATASET, 'utf8')) as Dataset).editions
          .filter((edition) => edition.listStatus === 'listed')
          .map((edition) => edition.year);
  it.each(listedYears)(
    'Filters with ?edition=%i shows the raw-JSON count of distinct actors (actions and country groups) per type',
    (year) => {
      const { dataset } = renderFiltersAndMap(`?edition=${year}&lang=en`);
      const expected = countsFromRawJson(year);
      for (const type of SUPPORT_TYPE_IDS) {
        const button = typeButton(dataset, type);
        expect(button.querySelector('.filters__count')?.textContent, type).toBe(String(expected[type]));
        expect(button.getAttribute('aria-pressed'), type).toBe('true');
      }
    },
  );

  it('Filters type button click toggles aria-pressed, store view.types and the map fills', async () => {
    const user = userEvent.setup();
    const { dataset, store, container } = renderFiltersAndMap();
    expect(fillOf(container, 'USA')).not.toBeNull();

    await user.click(typeButton(dataset, 'executive'));
    expect(typeButton(dataset, 'executive').getAttribute('aria-pressed')).toBe('false');
    expect(store.getState().url.types).toEqual(SUPPORT_TYPE_IDS.filter((t) => t !== 'executive'));
    // France shows only executive support in 2024: it loses its fill; the USA still has mission and media.
    expect(fillOf(container, 'FRA')).toBeNull();
    expect(fillOf(container, 'USA')).not.toBeNull();

    await user.click(typeButton(dataset, 'executive'));
    expect(typeButton(dataset, 'executive').getAttribute('aria-pressed')).toBe('true');
    expect(store.getState().url.types).toEqual(SUPPORT_TYPE_IDS);
    expect(fillOf(container, 'FRA')).not.toBeNull();
  });

  it('Filters None then delegation: Palau has a map target, the USA path has no fill; All fills the USA again', async () => {
    const user = userEvent.setup();
    const { dataset, store, container } = renderFiltersAndMap();
    const all = screen.getByRole('button', { name: 'All' });
    const none = screen.getByRole('button', { name: 'None' });
    expect(all).toHaveProperty('disabled', true);

    await user.click(none);
    expect(store.getState().url.types).toEqual([]);
    for (const type of SUPPORT_TYPE_IDS) expect(typeButton(dataset, type).getAttribute('aria-pressed')).toBe('false');
    expect(filledIds(container)).toEqual([]);
    expect(none).toHaveProperty('disabled', true);

    await user.click(typeButton(dataset, 'delegation'));
    expect(store.getState().url.types).toEqual(['delegation']);
    expect(shownTargets(/^Palau: /)).toHaveLength(1);
    expect(shownTargets(/^United States: /)).toEqual([]);
    expect(fillOf(container, 'USA')).toBeNull();
    expect(fillOf(container, 'PRY')).not.toBeNull();

    await user.click(all);
    expect(store.getState().url.types).toEqual(SUPPORT_TYPE_IDS);
    for (const type of SUPPORT_TYPE_IDS) expect(typeButton(dataset, type).getAttribute('aria-pressed')).toBe('true');
    expect(fillOf(container, 'USA')).not.toBeNull();
    expect(shownTargets(/^United States: /)).toHaveLength(1);
  });

  it('Filters match radio with executive + legislature: "all" unfills the USA (executive only) and keeps Canada (both)', async () => {
    const user = userEvent.setup();
    const { store, container } = renderFiltersAndMap(`${SEARCH}&types=executive,legislature`);
    const any = screen.getByRole('radio', { name: 'any of them' });
    const every = screen.getByRole('radio', { name: 'all of them' });
    expect(any).toHaveProperty('checked', true);
    const underAny = filledIds(container);
    expect(underAny).toEqual(expect.arrayContaining(['USA', 'CAN', 'CZE']));

    await user.click(every);
    expect(every).toHaveProperty('checked', true);
    expect(store.getState().url.match).toBe('all');
    expect(fillOf(container, 'USA')).toBeNull();
    expect(fillOf(container, 'CZE')).toBeNull();
    expect(fillOf(container, 'CAN')).not.toBeNull();
    const underAll = filledIds(container);
    expect(underAll.length).toBeGreaterThan(0);
    expect(underAll.length).toBeLessThan(underAny.length);

    await user.click(any);
    expect(store.getState().url.match).toBe('any');
    expect(filledIds(container)).toEqual(underAny);
  });
});
