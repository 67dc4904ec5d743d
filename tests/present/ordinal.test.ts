/** The edition selector's English ordinals follow CLDR's rule, as Intl.PluralRules applies it. */
import { describe, expect, it } from 'vitest';
import { ordinal } from '../../src/present/editionNames.ts';

const SUFFIX = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' } as const;

describe('ordinal', () => {
  it('ordinal(n, "en") for n = 0…250 equals the suffix Intl.PluralRules("en", ordinal) selects', () => {
    const rules = new Intl.PluralRules('en', { type: 'ordinal' });
    for (let n = 0; n <= 250; n++) expect(ordinal(n, 'en'), String(n)).toBe(`${n}${SUFFIX[rules.select(n)]}`);
  });

  it('ordinal(92, "zh-TW") is the plain number (the sentence carries 第…屆)', () => {
    expect(ordinal(92, 'zh-TW')).toBe('92');
  });
});
