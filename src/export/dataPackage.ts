/**
 * The whole dataset as a Frictionless Data Package (https://specs.frictionlessdata.io/): a
 * `datapackage.json` describing each file, its columns and types, keys and licence, beside CSV
 * files (one per table: actors, actions, groups, sources, editions, corrections, and the
 * supporters of every Assembly as the page's table shows them) and the dataset as JSON.
 *
 * Built from the validated data at build time (scripts/buildTimePages.ts), so it is the release
 * the page shows. `supporters.csv` is the table download of each Assembly with every type, an
 * `Edition` column in front: the same rows and cells as "Table as CSV" (tests check it).
 */
import type { Correction, Dataset, Lang } from '../data/schema.ts';
import { LANGS, SUPPORT_TYPE_IDS, type CampaignId } from '../data/vocabulary.ts';
import type { DatasetIndex } from '../filters/datasetIndex.ts';
import { filterEdition } from '../filters/filterEdition.ts';
import { translator } from '../i18n/translate.ts';
import { supporterRows } from '../present/supporterRows.ts';
import { viewPagePath } from '../state/viewPages.ts';
import { csvCells, csvColumns, csvLine } from './tableExport.ts';
import { exportWords } from './words.ts';

/** The folder of the built site that holds the packages: INTERPOL's, and a folder per other body. */
export const DATA_PACKAGE_FOLDER = 'package';

/** The folder of a body's package: INTERPOL's is the folder itself (its address since before the other bodies). */
export function dataPackageFolder(campaign: CampaignId): string {
  return campaign === 'interpol' ? DATA_PACKAGE_FOLDER : `${DATA_PACKAGE_FOLDER}/${campaign}`;
}

/** The body a package is about, for search engines and catalogues. */
const BODY_KEYWORD: Record<CampaignId, string> = {
  interpol: 'INTERPOL',
  wha: 'World Health Assembly',
  icao: 'ICAO',
  unfccc: 'UNFCCC',
  unga: 'UN General Assembly',
};

const INTERPOL_DESCRIPTION =
  "Who spoke up for Taiwan's participation in INTERPOL at each General Assembly, as reported by Taiwan's Ministry of Foreign Affairs and the sources cited for each entry";

/** What the package holds, in a sentence: INTERPOL's as it has been since the first package; the other bodies' from their title. */
function packageDescription(dataset: Dataset, campaign: CampaignId): string {
  if (campaign === 'interpol') return INTERPOL_DESCRIPTION;
  return `${dataset.title.en}: who spoke up for it each year, as reported by Taiwan's Ministry of Foreign Affairs and the sources cited for each entry`;
}

/** The licence of the compilation (our summaries, structure and selection); each source keeps its own terms. */
export const DATA_LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
} as const;

interface Field {
  name: string;
  type: 'string' | 'integer' | 'date';
  description?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[] };
}

interface Table {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey?: string;
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  rows: (string | number | undefined)[][];
}

export interface DataPackageFile {
  path: string;
  text: string;
}

const PARTIAL_DATE = 'As precisely as a source says: YYYY, YYYY-MM or YYYY-MM-DD.';
const SOURCE_IDS = 'Ids of the rows of sources.csv, separated by spaces.';
const langColumn = (name: string, lang: Lang) => `${name}_${lang}`;
/** One column per language: English, then the others. */
const textFields = (name: string, description: string, required = false): Field[] =>
  LANGS.map((lang) => ({
    name: langColumn(name, lang),
    type: 'string',
    description: `${description} (${lang})`,
    ...(required && lang === 'en' ? { constraints: { required: true } } : {}),
  }));
const texts = (text: Partial<Record<Lang, string>> | undefined) => LANGS.map((lang) => text?.[lang]);
const ids = (list: readonly string[] | undefined) => list?.join(' ');
const quantity = (q: { value: number; qualifier: string } | undefined) => (q ? `${q.qualifier} ${q.value}` : undefined);

function toCsv(table: Table): string {
  return [table.fields.map((field) => field.name), ...table.rows].map(csvLine).join('\r\n') + '\r\n';
}

function tables(dataset: Dataset, corrections: readonly Correction[]): Table[] {
  return [
    {
      name: 'actors',
      title: 'Actors',
      description: 'Countries, territories, organisations and places named as supporters.',
      fields: [
        {
          name: 'id',
          type: 'string',
          description: 'ISO 3166-1 alpha-3 code, or a lowercase id',
          constraints: { required: true, unique: true },
        },
        { name: 'kind', type: 'string', constraints: { required: true, enum: ['country', 'territory', 'organisation', 'place'] } },
        ...textFields('name', 'Name', true),
        {
          name: 'members',
          type: 'string',
          description: 'For organisations: ISO codes of members, separated by spaces (never counted as supporters).',
        },
        ...textFields('note', 'Note'),
      ],
      primaryKey: 'id',
      rows: dataset.actors.map((actor) => [actor.id, actor.kind, ...texts(actor.name), ids(actor.members), ...texts(actor.note)]),
    },
    {
      name: 'editions',
      title: 'General Assemblies',
      description: 'One row per year: the Assembly, whether the ministry published a list of supporters, and its headline claim.',
      fields: [
        { name: 'year', type: 'integer', constraints: { required: true, unique: true } },
        { name: 'session', type: 'integer' },
        ...textFields('city', 'Host city'),
        { name: 'host_country', type: 'string', description: 'ISO 3166-1 alpha-3 code' },
        { name: 'start_date', type: 'date' },
        { name: 'end_date', type: 'date' },
        { name: 'list_status', type: 'string', constraints: { required: true, enum: ['listed', 'no-list', 'no-assembly'] } },
        { name: 'release_source', type: 'string', description: 'The source (sources.csv) of the ministry release the list comes from.' },
        ...textFields('claim', "The ministry's headline, as stated"),
      ],
      primaryKey: 'year',
      rows: dataset.editions.map((edition) => [
        edition.year,
        edition.session,
        ...texts(edition.city),
        edition.hostCountry,
        edition.startDate,
        edition.endDate,
        edition.listStatus,
        edition.release?.source,
        ...texts(edition.claim?.text),
      ]),
    },
    {
      name: 'actions',
      title: 'Actions',
      description: 'One act of support by one actor at one Assembly, with its sources. Inferred acts say why.',
      fields: [
        { name: 'id', type: 'string', constraints: { required: true, unique: true } },
        { name: 'actor', type: 'string', description: 'actors.csv id', constraints: { required: true } },
        { name: 'edition', type: 'integer', description: 'editions.csv year', constraints: { required: true } },
        { name: 'type', type: 'string', constraints: { required: true, enum: SUPPORT_TYPE_IDS } },
        ...textFields('by', 'Who inside the actor acted'),
        ...textFields('summary', 'What was done, in our words', true),
        { name: 'date', type: 'string', description: PARTIAL_DATE },
        { name: 'sources', type: 'string', description: SOURCE_IDS, constraints: { required: true } },
        { name: 'evidence', type: 'string', constraints: { required: true, enum: ['stated', 'inferred'] } },
        ...textFields('inference', 'Why an inferred act was inferred'),
        {
          name: 'scope',
          type: 'string',
          description: 'Legislatures: whether the text names INTERPOL or international organisations in general.',
        },
        { name: 'via', type: 'string', description: "The organisation (actors.csv id) whose joint act this member's act is." },
      ],
      primaryKey: 'id',
      foreignKeys: [
        { fields: 'actor', reference: { resource: 'actors', fields: 'id' } },
        { fields: 'edition', reference: { resource: 'editions', fields: 'year' } },
      ],
      rows: dataset.actions.map((action) => [
        action.id,
        action.actor,
        action.edition,
        action.type,
        ...texts(action.by),
        ...texts(action.summary),
        action.date,
        ids(action.sources),
        action.evidence,
        ...texts(action.inference),
        action.scope,
        action.via,
      ]),
    },
    {
      name: 'groups',
      title: 'Groups named without members',
      description: 'Supporters a source counts without naming them ("16 US state legislatures"): never expanded into members.',
      fields: [
        { name: 'id', type: 'string', constraints: { required: true, unique: true } },
        { name: 'edition', type: 'integer', constraints: { required: true } },
        { name: 'country', type: 'string', description: 'The country the group belongs to (ISO code); empty for the Assembly as a whole.' },
        { name: 'type', type: 'string', constraints: { required: true, enum: SUPPORT_TYPE_IDS } },
        ...textFields('description', 'What the source says', true),
        { name: 'count', type: 'string', description: 'How many, as stated: exact, over or about, then the number.' },
        { name: 'out_of', type: 'string', description: 'Of how many, when stated.' },
        { name: 'sources', type: 'string', description: SOURCE_IDS, constraints: { required: true } },
        { name: 'evidence', type: 'string', constraints: { required: true, enum: ['stated', 'inferred'] } },
        ...textFields('inference', 'Why an inferred group was inferred'),
      ],
      primaryKey: 'id',
      foreignKeys: [{ fields: 'edition', reference: { resource: 'editions', fields: 'year' } }],
      rows: dataset.groups.map((group) => [
        group.id,
        group.edition,
        group.country,
        group.type,
        ...texts(group.description),
        quantity(group.count),
        quantity(group.outOf),
        ids(group.sources),
        group.evidence,
        ...texts(group.inference),
      ]),
    },
    {
      name: 'sources',
      title: 'Sources',
      description: 'The pages every act and group is drawn from.',
      fields: [
        { name: 'id', type: 'string', constraints: { required: true, unique: true } },
        { name: 'publisher', type: 'string', constraints: { required: true } },
        { name: 'title', type: 'string', description: "The page's real title; empty when unknown." },
        ...textFields('description', 'What the page is, when its title is unknown'),
        { name: 'date', type: 'string', description: PARTIAL_DATE },
        { name: 'url', type: 'string', constraints: { required: true } },
        { name: 'note', type: 'string' },
      ],
      primaryKey: 'id',
      rows: dataset.sources.map((source) => [
        source.id,
        source.publisher,
        source.title,
        ...texts(source.description),
        source.date,
        source.url,
        source.note,
      ]),
    },
    {
      name: 'corrections',
      title: 'Corrections',
      description: 'Every change made to published data, dated, with the version that first carries it.',
      fields: [
        { name: 'id', type: 'string', constraints: { required: true, unique: true } },
        { name: 'date', type: 'date', constraints: { required: true } },
        { name: 'version', type: 'string', constraints: { required: true } },
        { name: 'change', type: 'string', constraints: { required: true } },
        { name: 'target', type: 'string', description: 'The id of what changed, or an Assembly year.', constraints: { required: true } },
        ...textFields('what', 'What changed', true),
        ...textFields('was', 'What it was'),
        ...textFields('why', 'Why', true),
        { name: 'sources', type: 'string', description: SOURCE_IDS },
      ],
      primaryKey: 'id',
      rows: corrections.map((correction) => [
        correction.id,
        correction.date,
        correction.version,
        correction.change,
        correction.target,
        ...texts(correction.what),
        ...texts(correction.was),
        ...texts(correction.why),
        ids(correction.sources),
      ]),
    },
  ];
}

/**
 * The supporters of every Assembly with a list, as "Table as CSV" gives them with every type
 * selected (English), each line after an `Edition` cell.
 */
export function supportersCsv(index: DatasetIndex): string {
  const t = translator(exportWords, 'en');
  const lines: (string | number)[][] = [['Edition', ...csvColumns('en')]];
  for (const year of [...index.years].sort((a, b) => a - b)) {
    const view = filterEdition(index, year, SUPPORT_TYPE_IDS, 'any');
    for (const row of supporterRows(index, view, 'en', t)) lines.push([year, ...csvCells(row, 'en')]);
  }
  return lines.map(csvLine).join('\r\n') + '\r\n';
}

const DIALECT = { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', quoteChar: '"', header: true } as const;

export interface DataPackage {
  descriptor: Record<string, unknown>;
  /** Paths relative to the package's folder, datapackage.json included. */
  files: DataPackageFile[];
}

export function buildDataPackage(index: DatasetIndex, corrections: readonly Correction[], siteUrl?: string): DataPackage {
  const { dataset } = index;
  const files: DataPackageFile[] = [];
  const resources: Record<string, unknown>[] = [];
  const csvResource = (name: string, title: string, description: string, text: string, schema: Record<string, unknown>) => {
    const path = `${name}.csv`;
    files.push({ path, text });
    resources.push({
      name,
      path,
      title,
      description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: DIALECT,
      schema,
    });
  };
  const supporters = supportersCsv(index);
  csvResource(
    'supporters',
    'Supporters per Assembly',
    'The table of each Assembly with every support type, as the page shows and downloads it: one row per supporter a source names.',
    supporters,
    { fields: ['Edition', ...csvColumns('en')].map((name, i): Field => ({ name, type: i === 0 ? 'integer' : 'string' })) },
  );
  for (const table of tables(dataset, corrections)) {
    csvResource(table.name, table.title, table.description, toCsv(table), {
      fields: table.fields,
      missingValues: [''],
      ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
      ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
    });
  }
  files.push({ path: 'dataset.json', text: `${JSON.stringify(dataset, null, 2)}\n` });
  resources.push({
    name: 'dataset',
    path: 'dataset.json',
    title: 'The whole dataset, in both languages',
    description: 'Everything above in one file, as the page reads it (its schema: schema.json in the repository).',
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
  });
  const campaign = dataset.campaign ?? 'interpol';
  const descriptor = {
    profile: 'data-package',
    name: `support-map-${campaign}`,
    title: dataset.title.en,
    description: `${packageDescription(dataset, campaign)}: every act sourced, groups kept as groups, inferred acts with their reason.`,
    version: dataset.version,
    created: `${dataset.updated}T00:00:00Z`,
    ...(siteUrl ? { homepage: siteUrl } : {}),
    licenses: [DATA_LICENCE],
    sources: [{ title: 'Ministry of Foreign Affairs, Republic of China (Taiwan), and the reports cited for each entry' }],
    keywords: ['Taiwan', BODY_KEYWORD[campaign], 'international organisations', 'diplomacy'],
    resources,
  };
  files.unshift({ path: 'datapackage.json', text: `${JSON.stringify(descriptor, null, 2)}\n` });
  return { descriptor, files };
}

/**
 * The page's schema.org `Dataset` description (JSON-LD in its <head>), so that dataset search
 * engines find the data package: the package of the page's body (scripts/viewPages.ts). `<` is escaped: the text sits inside a <script> element.
 */
export function datasetJsonLd(dataset: Dataset, siteUrl?: string): string {
  const at = (path: string) => (siteUrl ? new URL(path, siteUrl).href : `./${path}`);
  const campaign = dataset.campaign ?? 'interpol';
  const folder = dataPackageFolder(campaign);
  const years = dataset.editions.map((edition) => edition.year);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: dataset.title.en,
    description: `${packageDescription(dataset, campaign)}.`,
    // The body's own page: INTERPOL's is the site's root.
    ...(siteUrl ? { url: new URL(viewPagePath(null, null, campaign), siteUrl).href } : {}),
    version: dataset.version,
    dateModified: dataset.updated,
    temporalCoverage: `${Math.min(...years)}/${Math.max(...years)}`,
    inLanguage: [...LANGS],
    isAccessibleForFree: true,
    license: DATA_LICENCE.path,
    keywords: ['Taiwan', BODY_KEYWORD[campaign], 'international organisations', 'diplomacy'],
    distribution: [
      {
        '@type': 'DataDownload',
        name: 'Data Package (CSV and JSON)',
        encodingFormat: 'application/json',
        contentUrl: at(`${folder}/datapackage.json`),
      },
      {
        '@type': 'DataDownload',
        name: 'Supporters per Assembly',
        encodingFormat: 'text/csv',
        contentUrl: at(`${folder}/supporters.csv`),
      },
    ],
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
