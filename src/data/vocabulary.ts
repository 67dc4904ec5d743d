/**
 * The data's fixed vocabulary: the support types, the languages, the subject. The schema
 * (schema.ts) builds on these and re-exports them; code that runs before the dataset is checked,
 * or that never checks it, imports them from here, without the schema's checker.
 */

export const SUPPORT_TYPE_IDS = [
  'executive',
  'delegation',
  'legislature',
  'legislators',
  'mission',
  'media',
] as const;

/**
 * The languages of the data and of the page, each with its name in itself (for the language menu)
 * and its Open Graph locale: every text in the data has English, and each of the others may add
 * its own. The page offers exactly these; a new language is an entry here plus its dictionary,
 * `src/i18n/dictionaries/<code>.ts`.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English', ogLocale: 'en_US' },
  { code: 'zh-TW', name: '繁體中文', ogLocale: 'zh_TW' },
] as const;
export type Lang = (typeof LANGUAGES)[number]['code'];
export const LANGS: readonly Lang[] = LANGUAGES.map((language) => language.code);

/**
 * The international bodies whose meetings Taiwan's foreign ministry campaigns at, each with a
 * data file of its own. `interpol` is the first; a dataset without a `campaign` is INTERPOL's.
 */
export const CAMPAIGN_IDS = ['interpol', 'wha', 'icao', 'unfccc', 'unga'] as const;
export type CampaignId = (typeof CAMPAIGN_IDS)[number];
export const isCampaignId = (text: string): text is CampaignId => (CAMPAIGN_IDS as readonly string[]).includes(text);

/** Where an act took place: at the meeting itself (plenary, committee, summit, debate) or outside it. */
export const VENUES = ['meeting', 'outside'] as const;

/**
 * What the ministry highlights about an act, beyond its type: `rebuts-2758` = the act rejects
 * China's reading of UN General Assembly Resolution 2758 (that it settled Taiwan's representation).
 */
export const ACTION_FLAGS = ['rebuts-2758'] as const;

/** The subject of the map: its shape is marked as the subject, never coloured as a supporter. */
export const SUBJECT_ID = 'TWN';
