// @vitest-environment node
/**
 * The change view over the real dataset: the properties of the diff hold for every pair of listed
 * Assemblies, and the sources of a change are the sources of that edition's acts.
 */
import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../src/filters/datasetIndex.ts';
import { editionChanges, supportSources } from '../../src/filters/editionChanges.ts';
import { computeEditionSupport } from '../../src/filters/filterEdition.ts';
import { loadDataset, REAL_DATASET, realDatasetProblem } from '../support/renderWithStore.tsx';

const problem = realDatasetProblem();

describe.skipIf(problem !== null)('editionChanges (data/dataset.json)', () => {
  const dataset = problem === null ? loadDataset(REAL_DATASET) : null;
  const index = dataset ? createDatasetIndex(dataset) : null;
  const listed = dataset ? dataset.editions.filter((e) => e.listStatus === 'listed').map((e) => e.year) : [];
  // Nauru ended relations on 15 January 2024 (data/relations.json); Honduras on 26 March 2023.
  const ended = new Map([
    ['NRU', '2024-01-15'],
    ['HND', '2023-03-26'],
  ]);
  const supporters = (year: number) =>
    new Set([
      ...dataset!.actions.filter((a) => a.edition === year).map((a) => a.actor),
      ...dataset!.groups.filter((g) => g.edition === year && g.country !== undefined).map((g) => g.country as string),
    ]);

  it('an edition against itself: every supporter "again", nothing else', () => {
    for (const year of listed) {
      const { changes } = editionChanges(index!, year, year, ended);
      expect(
        [...changes.values()].every((change) => change === 'again'),
        String(year),
      ).toBe(true);
      expect(new Set(changes.keys())).toEqual(supporters(year));
    }
  });

  it('A against B mirrors B against A for every pair of listed Assemblies', () => {
    for (const a of listed) {
      for (const b of listed) {
        const ab = editionChanges(index!, a, b, ended).changes;
        const ba = editionChanges(index!, b, a, ended).changes;
        expect(new Set(ab.keys()), `${a}/${b}`).toEqual(new Set(ba.keys()));
        for (const [id, change] of ab) {
          const back = ba.get(id);
          if (change === 'again' || change === 'relations-ended') expect(back, `${a}/${b} ${id}`).toBe(change);
          else if (change === 'not-reported') expect(['new', 'first-time'], `${a}/${b} ${id}`).toContain(back);
          else expect(back, `${a}/${b} ${id}`).toBe('not-reported');
        }
      }
    }
  });

  it('"first time ever" is an actor named in no listed edition before the one shown', () => {
    for (const a of listed) {
      for (const b of listed) {
        for (const [id, change] of editionChanges(index!, a, b, ended).changes) {
          const before = listed.filter((y) => y < a).some((y) => supporters(y).has(id));
          if (change === 'first-time') expect(before, `${a}/${b} ${id}`).toBe(false);
          if (change === 'new') expect(before, `${a}/${b} ${id}`).toBe(true);
        }
      }
    }
  });

  it('relations that ended between the two opening days, and only those, are "relations-ended"', () => {
    expect(editionChanges(index!, 2024, 2023, ended).changes.get('NRU')).toBe('relations-ended');
    expect(editionChanges(index!, 2023, 2022, ended).changes.get('HND')).toBe('relations-ended');
    expect(editionChanges(index!, 2025, 2024, ended).changes.has('NRU')).toBe(false);
  });

  it('supportSources gives the sources of the actor’s acts in that edition, each once', () => {
    for (const year of listed) {
      for (const id of supporters(year)) {
        const expected = new Set([
          ...dataset!.actions.filter((a) => a.edition === year && a.actor === id).flatMap((a) => a.sources),
          ...dataset!.groups.filter((g) => g.edition === year && g.country === id).flatMap((g) => g.sources),
        ]);
        const got = supportSources(computeEditionSupport(index!, year), id);
        expect(new Set(got), `${year} ${id}`).toEqual(expected);
        expect(got.length).toBe(expected.size);
      }
    }
    expect(supportSources(computeEditionSupport(index!, 2016), 'NRU')).toEqual([]);
  });
});
