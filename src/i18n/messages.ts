/**
 * Every UI string, in English and Traditional Chinese. Support-type labels live in the dataset
 * (staff can edit their wording); everything else a visitor reads is here. `{name}` placeholders
 * are filled by `translate`.
 */
import type { Lang } from '../state/urlCodec.ts';
import type { DetailMessageKey } from './detailMessages.ts';
import type { ShareMessageKey } from './shareMessages.ts';

const en = {
  appTitle: "Who supports Taiwan's participation in INTERPOL",
  appSubtitle: 'Who spoke up for Taiwan after each INTERPOL General Assembly from 2016 to 2025, as Taiwan’s Ministry of Foreign Affairs and the press reported it: governments, Assembly delegations, legislatures, legislators, missions in Taiwan and the media. Every entry links to its sources.',
  skipToTable: 'Skip to the table',
  loading: 'Loading the map and the list of supporters…',
  loadFailedTitle: 'Something could not be loaded',
  retry: 'Retry',
  tableStillWorks: 'The table below still works without the map.',
  edition: 'General Assembly',
  editionOption: '{year}: {session} General Assembly, {city}',
  editionOptionNoAssembly: '{year}: no General Assembly',
  claimLine: 'The ministry reported: “{claim}”. Named in sources: {named}.',
  noClaim: 'Named in sources: {named}.',
  countriesCount: '{count} countries and territories',
  countriesCountOne: '1 country or territory',
  noListNote: 'No list of supporters for this year.',
  supportTypes: 'Support types',
  filtersButton: 'Filters: {count} of {total} types',
  filtersDone: 'Done',
  all: 'All',
  none: 'None',
  matchLabel: 'Show countries with',
  matchAny: 'any selected type',
  matchAll: 'all selected types',
  viewMap: 'Map',
  viewTable: 'Table',
  viewLabel: 'View',
  mapLabel: 'World map of support in {year}',
  summary: '{countries} countries and territories and {organisations} organisations match.',
  legendTitle: 'Countries by how many of the selected support types they show',
  legendStep: '{level} of {steps} types',
  legendStepOnly: 'Selected type',
  legendNone: 'No matching support',
  legendTaiwan: 'Taiwan (the subject)',
  legendCount: '({count})',
  markerNote: 'Circles mark small states.',
  organisations: 'Organisations',
  organisationsNone: 'No organisation matches these filters.',
  groupsTitle: 'Also reported, without names',
  tooltipActions: '{count} actions',
  tooltipAction: '1 action',
  tooltipNoSupport: 'No support recorded in {year}',
  tooltipNotMatching: 'Support in {year} does not match the filters',
  tooltipTaiwan: 'Taiwan: the subject of this map',
  tooltipOpen: 'Click or press Enter for details',
  tooltipTapAgain: 'Tap again for details',
  opensInNewTab: '(opens in a new tab)',
  search: 'Find a country or organisation',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Reset zoom',
  language: 'Language',
  sourceLine: 'Source: Ministry of Foreign Affairs, Republic of China (Taiwan), and the reports cited for each entry. Data version {version}, {date}.',
  dataProblems: 'Problems found in the data',
  openFullMap: 'Open the full map',
  regionFailed: 'This part of the page failed: {what}.',
  listSeparator: ', ',
};

/**
 * Words of the features that load on demand live with them: sharing, export, embed and cite
 * (shareMessages.ts), and the detail panel, the table and the search results (detailMessages.ts).
 */
export type MessageKey = keyof typeof en | ShareMessageKey | DetailMessageKey;

export type Dictionary = Record<keyof typeof en, string>;



/**
 * English ships with the app; Traditional Chinese is a chunk of its own, loaded only for readers
 * who choose it (loadDictionary), so that English readers do not download it. Until it arrives,
 * or if it fails to, the English text is shown.
 */
const dictionaries: Partial<Record<Lang, Dictionary>> = { en };
/** Words registered by features that load on demand (see shareMessages.ts), by language. */
const featureWords: Record<Lang, Record<string, string>> = { en: {}, 'zh-TW': {} };
const listeners = new Set<() => void>();

/** Called by a feature's own message module when its chunk loads. */
export function registerMessages(lang: Lang, words: Record<string, string>): void {
  Object.assign(featureWords[lang], words);
}

export function hasDictionary(lang: Lang): boolean {
  return dictionaries[lang] !== undefined;
}

export async function loadDictionary(lang: Lang): Promise<void> {
  if (hasDictionary(lang)) return;
  if (lang === 'zh-TW') dictionaries[lang] = (await import('./zh-TW.ts')).zhTW;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: re-render when a dictionary arrives. */
export function subscribeDictionaries(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type MessageParams = Record<string, string | number>;

/** translate() bound to the current language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const own = dictionaries[lang] as Record<string, string> | undefined;
  const template = own?.[key] ?? featureWords[lang][key] ?? (en as Record<string, string>)[key] ?? featureWords.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? formatParam(lang, params[name] as string | number) : whole,
  );
}

/**
 * One formatter per language, made at the first number that needs it. The counts the page shows
 * are small integers, which both languages write as plain digits: those skip Intl, whose first
 * use loads locale data (about 25 ms of the first render on a mid-range phone).
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
