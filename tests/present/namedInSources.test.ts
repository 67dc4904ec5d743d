// @vitest-environment node
/**
 * "Named in sources" counts only the countries a source names. The 2023 and 2025 releases speak of
 * joint texts of the G7 foreign ministers without naming the members; Canada and Germany (2023),
 * and Canada, Germany and France (2025) appear in no other source of those years, so they are
 * counted apart (figures from the issue: 2023, 33 shown and 31 named; 2025, 22 shown and 19 named).
 */
import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../src/filters/datasetIndex.ts';
import { computeEditionSupport } from '../../src/filters/filterEdition.ts';
import { translator } from '../../src/i18n/translate.ts';
import { coreWords } from '../../src/i18n/words/core.ts';
import { editionHeadline, namedCountriesText } from '../../src/present/headline.ts';
import { loadDataset, REAL_DATASET, realDatasetProblem } from '../support/renderWithStore.tsx';

const problem = realDatasetProblem();

describe.skipIf(problem !== null)('named in sources (data/dataset.json)', () => {
  const index = problem === null ? createDatasetIndex(loadDataset(REAL_DATASET)) : null;
  const t = translator(coreWords, 'en');
  const named = (year: number) => {
    const support = computeEditionSupport(index!, year);
    const nameOf = (id: string) => index!.actorsById.get(id)?.name.en ?? id;
    return { support, input: { counts: support.named, actors: support.actors.values(), nameOf } };
  };

  it.each([
    [2023, 31, ['CAN', 'DEU']],
    [2025, 19, ['CAN', 'DEU', 'FRA']],
    [2024, 30, []],
  ] as const)('%i: %i countries named, and %j only through the G7, counted apart', (year, count, through) => {
    const { support } = named(year);
    expect(support.named.countries).toBe(count);
    const onlyThrough = [...support.actors].filter(([, actor]) => actor.onlyThrough.length > 0).map(([id]) => id);
    expect(onlyThrough.sort()).toEqual([...through]);
    expect(support.named.throughOnly).toBe(through.length);
  });

  it('the 2023 headline says 31 named, and counts the 2 only the G7 brings apart, saying no source names them', () => {
    const { input } = named(2023);
    expect(namedCountriesText(input, 'en', t)).toBe('31 countries and territories, 2 more only as members of G7, whom no source names');
    const headline = editionHeadline(index!.editionsByYear.get(2023)!, named(2023).input, 'en', t);
    expect(headline.dek.text).toBe(
      'Taiwan’s foreign ministry counted over 60 countries backing its participation. Sources name 31 countries and territories, mapped below.',
    );
    expect(headline.throughOnly).toBe('2 more appear only as members of G7; no source names them.');
  });

  it('2021 counts Somaliland as a place without an ISO code, apart from the organisations', () => {
    const { support } = named(2021);
    expect(support.actors.get('somaliland')?.kind).toBe('place');
    expect(support.named.places).toBe(1);
    expect(support.named.organisations).toBe(3);
  });
});
