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

/** The subject of the map: its shape is marked as the subject, never coloured as a supporter. */
export const SUBJECT_ID = 'TWN';
