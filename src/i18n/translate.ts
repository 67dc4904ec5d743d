/**
 * Words in the reader's language. English is the source: each feature's English words are a
 * module of their own (words/*.ts) that ships with that feature, and a translator is typed over
 * the words it was made with, so a word that does not exist fails the type check. Other languages
 * are one dictionary each (dictionaries/<lang>.ts), loaded on demand; until one arrives, or if it
 * cannot, the English words are shown (and `hasLanguage` says so, for the page's `lang`).
 */
import type { Lang } from '../data/schema.ts';
import type { Dictionary, WordKey } from './Dictionary.ts';

/** A feature's English words, keyed by the words' ids. */
export type Words<K extends WordKey> = Readonly<Record<K, string>>;

export type MessageParams = Record<string, string | number>;

/** Words of one set, in one language, with `{name}` placeholders filled. */
export type Translate<K extends WordKey> = (key: K, params?: MessageParams) => string;

const dictionaries = new Map<Lang, Dictionary>();
const listeners = new Set<() => void>();

/**
 * The words every campaign other than INTERPOL says its own way (its body, its meetings), in every
 * language: the English words and the dictionaries are INTERPOL's. A missing one is a type error.
 */
export const CAMPAIGN_WORD_KEYS = [
  'appTitle',
  'appSubtitle',
  'edition',
  'editionOption',
  'editionOptionNoAssembly',
  'editionProse',
  'editionKicker',
  'editionKickerNoAssembly',
  'editionTitle',
  'editionTitleNoAssembly',
  'editionTitleNoList',
  'headlineNoList',
  'headlineNoAssembly',
  'levelGovernment',
  'mapNoList',
  'mapNoAssembly',
  'scopeUnknown',
  'panelSubject',
  'citeCorrectionBody',
  'embedIntro',
  'timelineLabel',
  'changeListHint',
  'changeEmpty',
  'matrixTitle',
  'matrixCaption',
  'matrixEditions',
  'matrixNoAssembly',
  'trendNoAssembly',
  'trendYearNoAssembly',
  'exportChangeTitle',
  'panelAcrossYears',
] as const satisfies readonly WordKey[];
export type CampaignWordKey = (typeof CAMPAIGN_WORD_KEYS)[number];
export type CampaignWords = Readonly<Record<Lang, Readonly<Record<CampaignWordKey, string>>>>;

/** The shown campaign's own words; null for INTERPOL. */
let campaignWords: CampaignWords | null = null;
/** Changes whenever the words in use do (a dictionary arrives, the campaign's words change). */
let wordsVersion = 0;

const notify = () => {
  wordsVersion += 1;
  for (const listener of listeners) listener();
};

/** Shows the words of a campaign (null: INTERPOL's, the default words). */
export function setCampaignWords(words: CampaignWords | null): void {
  if (words === campaignWords) return;
  campaignWords = words;
  notify();
}

/** For useSyncExternalStore: a number that changes when any translation may have. */
export function getWordsVersion(): number {
  return wordsVersion;
}

/** True when the language's words are here (English always is). */
export function hasLanguage(lang: Lang): boolean {
  return lang === 'en' || dictionaries.has(lang);
}

export async function loadLanguage(lang: Lang): Promise<void> {
  if (hasLanguage(lang)) return;
  // One chunk per dictionary file: the bundler makes one of each file this pattern matches.
  const module = (await import(`./dictionaries/${lang}.ts`)) as { default: Dictionary };
  dictionaries.set(lang, module.default);
  notify();
}

/** A dictionary at hand, for code that cannot import on demand (the build's pages in each language). */
export function addLanguage(lang: Lang, dictionary: Dictionary): void {
  dictionaries.set(lang, dictionary);
  notify();
}

/** For useSyncExternalStore: re-render when a dictionary arrives. */
export function subscribeLanguages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function translate<K extends WordKey>(words: Words<K>, lang: Lang, key: K, params: MessageParams = {}): string {
  const own = campaignWords?.[lang] as Readonly<Partial<Record<WordKey, string>>> | undefined;
  const template = own?.[key] ?? dictionaries.get(lang)?.[key] ?? words[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? formatParam(lang, params[name] as string | number) : whole,
  );
}

export function translator<K extends WordKey>(words: Words<K>, lang: Lang): Translate<K> {
  return (key, params) => translate(words, lang, key, params);
}

/** Intl.PluralRules' category of a count in a language ("one", "other", ...), one rule object per language. */
const pluralRules = new Map<Lang, Intl.PluralRules>();

export function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

/**
 * A counted phrase: `oneKey` where the language's plural rules say "one", `otherKey` otherwise
 * (both take `{count}`).
 */
export function countWords<K extends WordKey>(
  t: Translate<K>,
  lang: Lang,
  count: number,
  oneKey: K,
  otherKey: K,
  params: MessageParams = {},
): string {
  return t(pluralCategory(lang, count) === 'one' ? oneKey : otherKey, { ...params, count });
}

/**
 * One formatter per language, made at the first number that needs it. The counts the page shows
 * are small integers, which every language here writes as plain digits: those skip Intl, whose
 * first use loads locale data inside the first render.
 */
const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(lang: Lang, value: number): string {
  if (Number.isInteger(value) && value > -1000 && value < 1000) return String(value);
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(value);
}

function formatParam(lang: Lang, value: string | number): string {
  return typeof value === 'number' ? formatNumber(lang, value) : value;
}
