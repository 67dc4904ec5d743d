// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../src/filters/datasetIndex.ts';
import { supportMatrix } from '../../src/filters/supportMatrix.ts';
import { translator } from '../../src/i18n/translate.ts';
import { coreWords } from '../../src/i18n/words/core.ts';
import { timeWords } from '../../src/i18n/words/time.ts';
import { actorYearCells, matrixRows } from '../../src/present/matrixRows.ts';
import { trendPoints, trendSentences } from '../../src/present/trend.ts';
import { matrixToCsv, matrixToJson } from '../../src/export/matrixExport.ts';
import { loadDataset, REAL_DATASET, realDatasetProblem } from '../support/renderWithStore.tsx';

const problem = realDatasetProblem();
const t = translator({ ...coreWords, ...timeWords }, 'en');

describe.skipIf(problem !== null)('the years table and the trend in words (data/dataset.json)', () => {
  const dataset = problem === null ? loadDataset(REAL_DATASET) : null;
  const index = dataset ? createDatasetIndex(dataset) : null;
  const matrix = index ? supportMatrix(index) : null;
  const nameOf = (id: string) => index!.actorsById.get(id)?.name.en ?? id;

  it('rows by number of Assemblies, most first, ties by name; or by name, either way', () => {
    const rows = matrixRows(index!, matrix!, 'en', t, nameOf);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(
        a.editions > b.editions || (a.editions === b.editions && a.name.localeCompare(b.name, 'en') <= 0),
        `${a.name} / ${b.name}`,
      ).toBe(true);
    }
    const byName = matrixRows(index!, matrix!, 'en', t, nameOf, { key: 'name', direction: 'descending' }).map((row) => row.name);
    expect(byName).toEqual([...byName].sort((a, b) => b.localeCompare(a, 'en')));
  });

  it('cells say "no list" for 2017 and "no Assembly" for 2020, never "not named"', () => {
    const rows = matrixRows(index!, matrix!, 'en', t, nameOf);
    const column = (year: number) => matrix!.years.indexOf(year);
    for (const row of rows) {
      expect(row.cells[column(2017)]!.text).toBe('no list');
      expect(row.cells[column(2020)]!.text).toBe('no Assembly');
    }
    const usa = rows.find((row) => row.id === 'USA')!;
    expect(usa.cells[column(2016)]).toMatchObject({ kind: 'support', short: ['G', 'R'], level: 4 });
  });

  it("the panel's row for an actor is its row of the table", () => {
    const rows = matrixRows(index!, matrix!, 'en', t, nameOf);
    for (const row of rows.slice(0, 10)) {
      const cells = actorYearCells(index!, row.id, 'en', t);
      expect(cells.map((cell) => cell.year)).toEqual(matrix!.years);
      expect(cells.map(({ year: _year, ...cell }) => cell)).toEqual(row.cells);
    }
  });

  it('CSV: a header with every year, a row per actor, formulas neutralised; JSON: a cell per edition', () => {
    const rows = matrixRows(index!, matrix!, 'en', t, nameOf);
    const csv = matrixToCsv(rows, matrix!.years, { name: 'Supporter', id: 'id', editions: 'Assemblies' });
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(['Supporter', 'id', ...matrix!.years, 'Assemblies'].map((cell) => `"${cell}"`).join(','));
    expect(lines.length).toBe(rows.length + 1);
    const hostile = matrixToCsv([{ ...rows[0]!, name: '=HYPERLINK("x")' }], matrix!.years, { name: 'a', id: 'b', editions: 'c' });
    expect(hostile).toContain(`"'=HYPERLINK(""x"")"`);
    const json = JSON.parse(
      matrixToJson(matrix!, new Map(), {
        title: 'x',
        datasetVersion: '1',
        datasetUpdated: '2026-01-01',
        lang: 'en',
        url: 'https://example.org/',
      }),
    );
    expect(json.editions).toEqual(matrix!.years);
    for (const row of json.rows) expect(row.cells.map((cell: { edition: number }) => cell.edition)).toEqual(matrix!.years);
  });

  it('the trend: years without a list are null, not zero; claims only where the ministry gave a count', () => {
    const points = trendPoints(index!);
    expect(points.map((p) => p.year)).toEqual(matrix!.years);
    expect(points.find((p) => p.year === 2017)).toMatchObject({ named: null, claim: null, status: 'no-list' });
    expect(points.find((p) => p.year === 2020)).toMatchObject({ named: null, status: 'no-assembly' });
    for (const point of points) {
      const edition = dataset!.editions.find((e) => e.year === point.year)!;
      expect(point.claim).toEqual(edition.listStatus === 'listed' ? (edition.claim?.countries ?? null) : null);
    }
    const sentences = trendSentences(points, t);
    expect(sentences.find((s) => s.startsWith('2017'))).toBe('2017: no list of supporters was found.');
    expect(sentences.find((s) => s.startsWith('2024'))).toMatch(/^2024: sources name \d+; the ministry counted over 70\.$/);
  });
});
