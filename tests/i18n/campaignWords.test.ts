/**
 * Each campaign's own words (src/i18n/campaigns/<campaign>.ts): every word INTERPOL's pages say their
 * own way, in every language, with the placeholders the code fills, and no trace of INTERPOL.
 */
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_IDS, LANGS } from '../../src/data/vocabulary.ts';
import { loadCampaignWords } from '../../src/i18n/campaignWords.ts';
import zhTW from '../../src/i18n/dictionaries/zh-TW.ts';
import { CAMPAIGN_WORD_KEYS, type CampaignWordKey } from '../../src/i18n/translate.ts';
import { exportWords } from '../../src/export/words.ts';
import { mapWords } from '../../src/i18n/words/map.ts';

const interpolWords: Record<string, Readonly<Record<CampaignWordKey, string>>> = {
  en: { ...exportWords, ...mapWords } as Record<CampaignWordKey, string>,
  'zh-TW': zhTW,
};
/** `{session}` and `{number}` are the same meeting's ordinal and plain number: either will do. */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] === 'number' ? 'session' : m[1])))].sort();

describe.each(CAMPAIGN_IDS.filter((campaign) => campaign !== 'interpol'))("%s's words", (campaign) => {
  it('say every campaign word in every language, with the placeholders the code fills, and never INTERPOL', async () => {
    const words = await loadCampaignWords(campaign);
    expect(words).not.toBeNull();
    for (const lang of LANGS) {
      for (const key of CAMPAIGN_WORD_KEYS) {
        const text = words![lang][key];
        expect(text, `${lang}.${key}`).toBeTypeOf('string');
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
        expect(placeholders(text), `${lang}.${key} placeholders`).toEqual(placeholders(interpolWords[lang]![key]));
        expect(text, `${lang}.${key}`).not.toMatch(/INTERPOL|Interpol|國際刑警/);
      }
    }
  });
});
