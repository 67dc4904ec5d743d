// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CHANGES } from '../../src/filters/compareEditions.ts';
import { createDatasetIndex } from '../../src/filters/datasetIndex.ts';
import { editionChanges } from '../../src/filters/editionChanges.ts';
import { translator } from '../../src/i18n/translate.ts';
import { timeWords } from '../../src/i18n/words/time.ts';
import { CHANGE_COLORS, CHANGE_ORDER, changeFills, changeGroups, changeSteps, changeTitle } from '../../src/present/changes.ts';
import { loadDataset, REAL_DATASET, realDatasetProblem } from '../support/renderWithStore.tsx';

const problem = realDatasetProblem();
const t = translator({ ...timeWords }, 'en');

describe('change colours and order', () => {
  it('every change has a colour in both themes, and the legend order lists each change once', () => {
    expect([...CHANGE_ORDER].sort()).toEqual([...CHANGES].sort());
    for (const scheme of ['light', 'dark'] as const) {
      expect(Object.keys(CHANGE_COLORS[scheme]).sort()).toEqual([...CHANGES].sort());
      expect(new Set(Object.values(CHANGE_COLORS[scheme])).size).toBe(CHANGES.length);
    }
  });
});

describe.skipIf(problem !== null)('the change view in words (data/dataset.json)', () => {
  const index = problem === null ? createDatasetIndex(loadDataset(REAL_DATASET)) : null;
  const view = index ? editionChanges(index, 2024, 2023, new Map([['NRU', '2024-01-15']])) : null;
  const nameOf = (id: string) => index!.actorsById.get(id)?.name.en ?? id;

  it('titles name both Assemblies', () => {
    expect(changeTitle(view!, t)).toBe('2024 compared with 2023');
  });

  it('the legend counts the painted countries of each change, and only those', () => {
    const steps = changeSteps(index!, view!, 'light', t);
    expect(steps.map((step) => step.change)).toEqual(CHANGE_ORDER);
    const fills = changeFills(index!, view!, 'light');
    expect(steps.reduce((sum, step) => sum + step.count, 0)).toBe(fills.size);
    for (const id of fills.keys()) {
      const kind = index!.actorsById.get(id)?.kind;
      expect(kind === undefined || kind === 'country' || kind === 'territory', id).toBe(true);
    }
    expect(fills.has('g7')).toBe(false);
    expect(fills.get('NRU')).toBe(CHANGE_COLORS.light['relations-ended']);
  });

  it('the list groups every actor of the comparison once, by name, in legend order, with the ended date', () => {
    const groups = changeGroups(
      index!,
      view!,
      [{ country: 'NRU', name: { en: 'Nauru', 'zh-TW': '諾魯' }, ended: '2024-01-15', summary: { en: 'x' }, sources: ['a', 'b'] }],
      nameOf,
      'en',
      t,
    );
    const ids = groups.flatMap((group) => group.entries.map((entry) => entry.id));
    expect(new Set(ids)).toEqual(new Set(view!.changes.keys()));
    expect(ids.length).toBe(view!.changes.size);
    expect(groups.map((group) => group.change)).toEqual(CHANGE_ORDER.filter((change) => groups.some((g) => g.change === change)));
    for (const group of groups) {
      const names = group.entries.map((entry) => entry.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    }
    const nauru = groups.find((group) => group.change === 'relations-ended')!.entries[0]!;
    expect(nauru.ended).toEqual({ date: '15 January 2024', sources: ['a', 'b'] });
    const india = groups.find((group) => group.change === 'first-time')!.entries.find((entry) => entry.id === 'IND')!;
    expect(india.sourcesAgainst).toEqual([]);
    expect(india.sourcesShown.length).toBeGreaterThan(0);
  });
});
