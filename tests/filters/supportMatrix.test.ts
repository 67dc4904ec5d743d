// @vitest-environment node
/**
 * The matrix against the dataset read directly (actions and groups by edition), not through the
 * function's own helpers.
 */
import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../src/filters/datasetIndex.ts';
import { supportMatrix } from '../../src/filters/supportMatrix.ts';
import { loadDataset, REAL_DATASET, realDatasetProblem } from '../support/renderWithStore.tsx';

const problem = realDatasetProblem();

describe.skipIf(problem !== null)('supportMatrix (data/dataset.json)', () => {
  const dataset = problem === null ? loadDataset(REAL_DATASET) : null;
  const matrix = dataset ? supportMatrix(createDatasetIndex(dataset)) : null;

  it('has a column per edition, oldest first, and a row per actor with any action, or a group reported for its country', () => {
    const { years, rows } = matrix!;
    expect(years).toEqual(dataset!.editions.map((e) => e.year).sort((a, b) => a - b));
    const expected = new Set([
      ...dataset!.actions.map((a) => a.actor),
      ...dataset!.groups.flatMap((g) => (g.country === undefined ? [] : [g.country])),
    ]);
    expect(new Set(rows.map((row) => row.id))).toEqual(expected);
  });

  it('each cell holds exactly the types of that actor’s actions in that edition (plus the groups reported for it)', () => {
    const { years, rows } = matrix!;
    for (const row of rows) {
      row.cells.forEach((cell, column) => {
        const year = years[column]!;
        const types = new Set([
          ...dataset!.actions.filter((a) => a.actor === row.id && a.edition === year).map((a) => a.type),
          ...dataset!.groups.filter((g) => g.edition === year && g.country === row.id).map((g) => g.type),
        ]);
        if (cell.kind === 'support') expect(new Set(cell.types), `${row.id} ${year}`).toEqual(types);
        else if (cell.kind === 'none') expect(types.size, `${row.id} ${year}`).toBe(0);
      });
    }
  });

  it('2017 (no list) and 2020 (no Assembly) are said as such in every row, never as "none"', () => {
    const { years, rows } = matrix!;
    const column = (year: number) => years.indexOf(year);
    for (const row of rows) {
      expect(row.cells[column(2017)]?.kind).toBe('no-list');
      expect(row.cells[column(2020)]?.kind).toBe('no-assembly');
    }
  });

  it('rows run from the most editions with support to the fewest', () => {
    const counts = matrix!.rows.map((row) => row.editions);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(1);
  });
});
