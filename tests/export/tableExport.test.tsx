import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SUPPORT_TYPE_IDS, type Lang } from '../../src/data/schema.ts';
import { createDatasetIndex, type DatasetIndex } from '../../src/filters/datasetIndex.ts';
import { filterEdition, type FilteredEdition } from '../../src/filters/filterEdition.ts';
import { csvField, rowsToCsv, rowsToJson } from '../../src/export/tableExport.ts';
import { exportWords } from '../../src/export/words.ts';
import { translator } from '../../src/i18n/translate.ts';
import { supporterRows, type SupporterRow } from '../../src/present/supporterRows.ts';
import { TableView } from '../../src/ui/table/TableView.tsx';
import { loadDataset, REAL_DATASET, realDatasetProblem, renderWithStore } from '../support/renderWithStore.tsx';

const index = createDatasetIndex(loadDataset());
const view = filterEdition(index, 2024, SUPPORT_TYPE_IDS, 'any');
/** The rows the downloads are made of. */
const exportRows = (i: DatasetIndex, v: FilteredEdition, lang: Lang) => supporterRows(i, v, lang, translator(exportWords, lang));

describe('supporterRows, as the downloads make them', () => {
  it('exportRows(minimal 2024, en) are the table rows: same order, names, kinds, types and action counts', () => {
    renderWithStore(<TableView />, { search: '?lang=en' });
    const tableRows = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => [
        within(row).getByRole('rowheader').textContent,
        ...within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ]);
    const rows = exportRows(index, view, 'en');
    expect(
      rows.map((row) => [row.name, row.kindLabel, row.typeLabels.join(', '), String(row.actions), String(row.sources.length)]),
    ).toEqual(tableRows);
  });

  it.skipIf(realDatasetProblem() !== null)('exportRows(real dataset, 2024 and 2025, zh-TW) match the table row for row', () => {
    const real = createDatasetIndex(loadDataset(REAL_DATASET));
    for (const year of [2024, 2025]) {
      const { unmount } = renderWithStore(<TableView />, { search: `?lang=zh-TW&edition=${year}`, dataset: real.dataset });
      const names = screen.getAllByRole('rowheader').map((cell) => within(cell).getByRole('button').textContent);
      const rows = exportRows(real, filterEdition(real, year, SUPPORT_TYPE_IDS, 'any'), 'zh-TW');
      expect(rows.map((row) => row.name)).toEqual(names);
      unmount();
    }
  });

  it('exportRows keeps each distinct source once, with its publisher, title, date and https url', () => {
    const usa = exportRows(index, view, 'en').find((row) => row.id === 'USA') as SupporterRow;
    expect(usa.sources.length).toBe(2);
    for (const source of usa.sources) expect(source.url).toMatch(/^https:\/\//);
  });
});

describe('rowsToCsv', () => {
  const row: SupporterRow = {
    id: 'XXA',
    name: 'Saint "Kitts", and\nNevis',
    kind: 'country',
    kindLabel: '國家',
    types: ['executive', 'legislature'],
    typeLabels: ['政府', '議會'],
    selectedTypes: 2,
    onlyThrough: [],
    actions: 3,
    sources: [
      { id: 'a', publisher: 'P', title: 'T', date: '2024', url: 'https://a.example/1' },
      { id: 'b', publisher: 'P', title: 'T', date: '2024', url: 'https://a.example/2?x=1,2' },
    ],
  };

  it('rowsToCsv starts with a UTF-8 BOM and a header row, ends rows with CRLF', () => {
    const csv = rowsToCsv([], 'en');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe(
      '\uFEFF"Name","ISO code or id","Kind","Support types","Actions","Source URLs","Only as a member of (no source names it)"\r\n',
    );
  });

  it('rowsToCsv quotes commas, quotes and line breaks (RFC 4180) and keeps Chinese intact', () => {
    const lines = rowsToCsv([row], 'zh-TW').slice(1).split('\r\n');
    expect(lines[1]).toBe(
      '"Saint ""Kitts"", and\nNevis","XXA","國家","政府、議會","3","https://a.example/1 | https://a.example/2?x=1,2",""',
    );
  });

  it.each([
    ['plain', '"plain"'],
    ['a,b', '"a,b"'],
    ['a;=1+1', '"a;=1+1"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['-1', '"\'-1"'],
    ['\n=1+1', '"\'\n=1+1"'],
    ['  @SUM(A1)', '"\'  @SUM(A1)"'],
    ['\t+1', '"\'\t+1"'],
    ['a = b', '"a = b"'],
    [42, '"42"'],
  ])('csvField(%j) is %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('rowsToJson', () => {
  it('rowsToJson holds the filters and, per row, type ids and sources with publisher, title, date and url', () => {
    const rows = exportRows(index, view, 'en');
    const json = JSON.parse(
      rowsToJson(rows, {
        title: 'T',
        datasetVersion: '1.0.0',
        datasetUpdated: '2026-01-01',
        edition: 2024,
        types: SUPPORT_TYPE_IDS,
        match: 'any',
        lang: 'en',
        url: 'https://a.example/',
      }),
    ) as { edition: number; rows: { id: string; supportTypes: string[]; sources: Record<string, string>[] }[] };
    expect(json.edition).toBe(2024);
    expect(json.rows.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(Object.keys(json.rows[0]?.sources[0] ?? {})).toEqual(['publisher', 'title', 'date', 'url']);
    expect(json.rows.find((r) => r.id === 'USA')?.supportTypes).toEqual(['executive', 'legislature']);
  });
});
