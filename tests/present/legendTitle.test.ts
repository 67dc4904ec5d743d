// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SUPPORT_TYPE_IDS, type SupportTypeId } from '../../src/data/schema.ts';
import type { FilteredEdition } from '../../src/filters/filterEdition.ts';
import { translator } from '../../src/i18n/translate.ts';
import { coreWords } from '../../src/i18n/words/core.ts';
import { legendTitle } from '../../src/present/legend.ts';

const t = translator(coreWords, 'en');
const name = (type: SupportTypeId) => `<${type}>`;
const title = (selected: readonly SupportTypeId[], maxNamed?: number) =>
  legendTitle({ year: 2025, selected } as unknown as FilteredEdition, name, t, maxNamed);
const without = (...left: SupportTypeId[]) => SUPPORT_TYPE_IDS.filter((type) => !left.includes(type));

describe('legendTitle', () => {
  it('all types: no list', () => {
    expect(title(SUPPORT_TYPE_IDS)).toBe('Strongest kind of support each country showed in 2025');
  });

  it('fewer than half selected: names those selected', () => {
    expect(title(['legislature', 'media'])).toBe('Strongest kind of support in 2025, among <legislature>, <media>');
  });

  it('more than half selected: names those left out, the shorter list', () => {
    expect(title(without('media'))).toBe('Strongest kind of support in 2025, all types but <media>');
    expect(title(without('executive', 'mission'))).toBe('Strongest kind of support in 2025, all types but <executive>, <mission>');
  });

  it('beside the filters, a selection needing more than maxNamed names is counted, never listed', () => {
    expect(title(['executive', 'legislature', 'media'], 2)).toBe('Strongest kind of support in 2025, among the 3 types selected below');
    expect(title(['executive', 'legislature', 'media'])).toBe(
      'Strongest kind of support in 2025, among <executive>, <legislature>, <media>',
    );
    expect(title(without('media'), 2)).toBe('Strongest kind of support in 2025, all types but <media>');
  });
});
