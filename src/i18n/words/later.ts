import { coreWords } from './core.ts';

/**
 * English words of the page's parts that load after the map is drawn (the filters, the lists
 * beside the map, the table, the panel, the source line, dates): they ship with those chunks, not
 * with the first view.
 */
export const laterWords = {
  noClaim: 'Named in sources: {named}.',
  filtersButton: 'Support types: {count} of {total}',
  filtersButtonAll: 'Support types: all',
  filtersDone: 'Done',
  typesAll: 'all types',
  typesNone: 'no type',
  matchLabel: 'Countries that showed',
  matchAny: 'any of them',
  matchAll: 'all of them',
  mapNoList: 'No list of supporters was found for the {year} Assembly.',
  mapNoAssembly: 'INTERPOL held no General Assembly in {year}.',
  organisationsNone: 'No organisation matches these filters.',
  placesTitle: 'Places without an ISO code',
  groupsTitle: 'Also reported, without names',
  opensInNewTab: '(opens in a new tab)',
  sourceLine:
    'Source: Ministry of Foreign Affairs, Republic of China (Taiwan), and the reports cited for each entry. Data version {version}, {date}.',
  versionPinned: 'This view is pinned to data version {version}.',
  versionNewer: 'See the newest data (version {latest})',
  versionMissing: 'This link asks for data version {requested}, which this site does not keep: the newest data are shown.',
  correctionsOpen: 'Corrections',
  downloadAllData: 'All data (CSV and JSON, a Frictionless Data Package)',
  dataProblems: 'Problems found in the data',
  openFullMap: 'Open the full map',
  monthNames: 'January|February|March|April|May|June|July|August|September|October|November|December',
  dateDay: '{day} {month} {year}',
  dateMonth: '{month} {year}',
  dateYear: '{year}',
} as const;

/** The page's words and these: what a part loaded after the map reads. */
export const pageWords = { ...coreWords, ...laterWords };
