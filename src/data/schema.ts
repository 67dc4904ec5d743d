/**
 * The dataset schema: the single source of truth for the shape of `data/dataset.json`.
 * Every TypeScript type of the data is inferred from here, and `npm run build:schema`
 * exports it as `data/schema.json` for editors. Rules that need the whole dataset
 * (references, duplicates, dates against editions, codes against the topology) live in
 * `checkDataset.ts`; this file only says what one well-formed value looks like.
 */
import * as v from 'valibot';

// The vocabulary the page also needs before any check: a module of its own, so that the page's
// first download does not carry the checker (valibot) with it.
export { ACTION_FLAGS, CAMPAIGN_IDS, LANGS, LANGUAGES, SUBJECT_ID, SUPPORT_TYPE_IDS, VENUES, type CampaignId, type Lang } from './vocabulary.ts';
import { ACTION_FLAGS, CAMPAIGN_IDS, LANGS, SUPPORT_TYPE_IDS, VENUES, type Lang } from './vocabulary.ts';

const NonEmptyText = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/**
 * YYYY, YYYY-MM or YYYY-MM-DD: sources often give only a month, and we never invent a day. Years
 * from 1900: a typo such as 0024 would be read as 1924 by the browser's Date.
 */
const PARTIAL_DATE = /^(19|[2-9]\d)\d{2}(-\d{2}(-\d{2})?)?$/;
const FULL_DATE = /^(19|[2-9]\d)\d{2}-\d{2}-\d{2}$/;

export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(PARTIAL_DATE, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
);
export const FullDateSchema = v.pipe(
  v.string(),
  v.regex(FULL_DATE, 'must be a date written YYYY-MM-DD'),
);

export const HttpsUrlSchema = v.pipe(
  v.string(),
  v.regex(/^https:\/\/[^\s/$.?#][^\s]*$/i, 'must be an https URL'),
);

type OtherLang = Exclude<Lang, 'en'>;
const OTHER_LANGS = LANGS.filter((lang): lang is OtherLang => lang !== 'en');
const inOtherLangs = <S>(schema: S) => Object.fromEntries(OTHER_LANGS.map((lang) => [lang, schema])) as Record<OtherLang, S>;

/** Text in English, optionally also in the other languages; English is the fallback. */
export const TextSchema = v.strictObject({
  en: NonEmptyText,
  ...inOtherLangs(v.optional(NonEmptyText)),
});

/** Text that must exist in every language (labels of the fixed vocabulary, names). */
export const BilingualTextSchema = v.strictObject({
  en: NonEmptyText,
  ...inOtherLangs(NonEmptyText),
});

export const SupportTypeIdSchema = v.picklist(
  SUPPORT_TYPE_IDS,
  `must be one of ${SUPPORT_TYPE_IDS.join(', ')}`,
);

/** A count as a source states it: "over 70" is {value: 70, qualifier: "over"}. */
export const QuantitySchema = v.strictObject({
  value: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative')),
  qualifier: v.picklist(['exact', 'over', 'about'], 'must be one of exact, over, about'),
});

export const SupportTypeSchema = v.strictObject({
  id: SupportTypeIdSchema,
  label: BilingualTextSchema,
  description: BilingualTextSchema,
});

/**
 * The page's own title, as published. A description in square brackets is not a title: when the
 * real title is unknown, the page is described in `description` instead (checkDataset requires
 * exactly one of the two).
 */
export const RealTitleSchema = v.pipe(
  NonEmptyText,
  v.regex(/^(?!\[)/, 'must be the page\'s real title; a bracketed description belongs in "description"'),
);

export const SourceSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens')),
  publisher: NonEmptyText,
  /** The real title of the page; absent when it is unknown (then `description` says what the page is). */
  title: v.optional(RealTitleSchema),
  /** What the page is, in our words, when its real title is unknown. Never given with `title`. */
  description: v.optional(TextSchema),
  date: PartialDateSchema,
  url: HttpsUrlSchema,
  /** What the source is, when the title alone does not say (e.g. "copy of MOFA release No. 410"). Public text. */
  note: v.optional(NonEmptyText),
});

export const ReleaseSchema = v.strictObject({
  publisher: NonEmptyText,
  /** The ministry's own title of the release, when known; otherwise `description`. */
  title: v.optional(RealTitleSchema),
  description: v.optional(TextSchema),
  date: FullDateSchema,
  /** The ministry's own number for the release, when one was found (e.g. "No. 410"). */
  number: v.optional(NonEmptyText),
  source: NonEmptyText,
});

export const FigureSchema = v.strictObject({
  label: TextSchema,
  quantity: QuantitySchema,
  sources: v.pipe(v.array(NonEmptyText), v.minLength(1, 'must name at least one source')),
});

/**
 * What the record for an edition holds: a list of supporters, or a stated reason why not.
 * `no-list` = an Assembly was held but no supporter list was found (2017);
 * `no-assembly` = no Assembly met that year (2020).
 */
export const ListStatusSchema = v.picklist(
  ['listed', 'no-list', 'no-assembly'],
  'must be one of listed, no-list, no-assembly',
);

export const EditionSchema = v.strictObject({
  year: v.pipe(v.number(), v.integer('must be a whole year'), v.minValue(1923), v.maxValue(2100)),
  /** Session number of the General Assembly; absent for a year without an Assembly. */
  session: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  city: v.optional(BilingualTextSchema),
  /** ISO 3166-1 alpha-3 code of the host country. */
  hostCountry: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code'))),
  startDate: v.optional(FullDateSchema),
  endDate: v.optional(FullDateSchema),
  listStatus: ListStatusSchema,
  release: v.optional(ReleaseSchema),
  /** The ministry's headline claim, as stated ("over 70 countries"). */
  claim: v.optional(
    v.strictObject({
      text: TextSchema,
      /** Number of countries claimed, when the claim gives one. */
      countries: v.optional(QuantitySchema),
    }),
  ),
  figures: v.optional(v.array(FigureSchema)),
  note: v.optional(TextSchema),
});

export const ActorKindSchema = v.picklist(
  ['country', 'territory', 'organisation', 'place'],
  'must be one of country, territory, organisation, place',
);

/**
 * Countries and territories are keyed by their ISO 3166-1 alpha-3 code and painted on the map.
 * Organisations (and places without an ISO code, such as Somaliland) are keyed by a lowercase
 * slug and listed beside the map, never painted onto their members.
 */
export const ActorSchema = v.strictObject({
  id: v.pipe(
    v.string(),
    v.regex(/^([A-Z]{3}|[a-z0-9][a-z0-9-]*)$/, 'must be an ISO 3166-1 alpha-3 code or a lowercase slug'),
  ),
  kind: ActorKindSchema,
  name: BilingualTextSchema,
  /** For organisations: ISO alpha-3 codes of members, for information only (never painted). */
  members: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code')))),
  note: v.optional(TextSchema),
});

export const EvidenceSchema = v.picklist(['stated', 'inferred'], 'must be stated or inferred');

export const CampaignIdSchema = v.picklist(CAMPAIGN_IDS, `must be one of ${CAMPAIGN_IDS.join(', ')}`);

/**
 * For legislature actions: does the text name the campaign's body (its campaign id, e.g.
 * `interpol`, `wha`), or international organisations in general? checkDataset requires a named
 * body to be the dataset's own campaign.
 */
export const ScopeSchema = v.picklist(
  [...CAMPAIGN_IDS, 'international-organisations', 'unknown'],
  `must be one of ${CAMPAIGN_IDS.join(', ')}, international-organisations, unknown`,
);

export const ActionSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens')),
  actor: NonEmptyText,
  edition: v.pipe(v.number(), v.integer()),
  type: SupportTypeIdSchema,
  /** Who inside the actor acted ("Senate", "American Institute in Taiwan", "Lord Rogan and Nigel Evans MP"). */
  by: v.optional(TextSchema),
  summary: TextSchema,
  /** When the action happened, as precisely as a source says; absent when no source dates it. */
  date: v.optional(PartialDateSchema),
  sources: v.pipe(v.array(NonEmptyText), v.minLength(1, 'must name at least one source')),
  evidence: EvidenceSchema,
  /** Why an inferred action was inferred; required when evidence is "inferred". */
  inference: v.optional(TextSchema),
  /** Legislature actions only. */
  scope: v.optional(ScopeSchema),
  /** The organisation whose joint act this member's action is (e.g. a G7 communiqué). */
  via: v.optional(NonEmptyText),
  /** Where the act took place: at the meeting (plenary, committee, summit, general debate) or outside it. */
  venue: v.optional(v.picklist(VENUES, `must be one of ${VENUES.join(', ')}`)),
  /** What the ministry highlights about the act (vocabulary.ts ACTION_FLAGS). */
  flags: v.optional(v.array(v.picklist(ACTION_FLAGS, `must be one of ${ACTION_FLAGS.join(', ')}`))),
  /**
   * One act that backs Taiwan in several bodies at once (a G7 communiqué naming the WHA and ICAO):
   * the same id on its action in each campaign's file, with the same actor, date and sources.
   * Totals across campaigns count it once.
   */
  shared: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens'))),
});

/**
 * A group a source names without naming its members ("16 US state legislatures",
 * "10 of 14 allies"). Attached to a country or to the edition as a whole; never expanded.
 */
export const GroupSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens')),
  edition: v.pipe(v.number(), v.integer()),
  /** ISO alpha-3 code of the country the group belongs to; absent for an edition-level group. */
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code'))),
  type: SupportTypeIdSchema,
  description: TextSchema,
  count: v.optional(QuantitySchema),
  /** The whole the count is part of, when stated ("of 14 allies"). */
  outOf: v.optional(QuantitySchema),
  sources: v.pipe(v.array(NonEmptyText), v.minLength(1, 'must name at least one source')),
  evidence: EvidenceSchema,
  inference: v.optional(TextSchema),
});

/** What a correction did to the published data. */
export const CORRECTION_CHANGES = ['corrected', 'removed', 're-marked-inferred', 'added', 'source-fixed'] as const;

/**
 * One public, dated entry of the correction log. `target` is the id of the action, source, group
 * or actor changed, or an edition's year written as a string ("2019"); it must still exist unless
 * the change is `removed`.
 */
export const CorrectionSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^c-\d{4}-\d{2}-\d{2}-[a-z0-9][a-z0-9-]*$/, 'must look like c-YYYY-MM-DD-short-name')),
  date: FullDateSchema,
  /** The dataset version that first carries the correction. */
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.1')),
  change: v.picklist(CORRECTION_CHANGES, `must be one of ${CORRECTION_CHANGES.join(', ')}`),
  target: NonEmptyText,
  what: BilingualTextSchema,
  was: v.optional(BilingualTextSchema),
  why: BilingualTextSchema,
  sources: v.array(NonEmptyText),
});

export const DatasetSchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')),
  updated: FullDateSchema,
  /** The body whose meetings the file covers; absent = INTERPOL (the first file had none). */
  campaign: v.optional(CampaignIdSchema),
  title: BilingualTextSchema,
  /** Where visitors send corrections: an https form or a mailto: address. */
  corrections: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^(https:\/\/\S+|mailto:[^\s@]+@[^\s@]+)$/, 'must be an https URL or a mailto: address'),
    ),
  ),
  /**
   * Set on a file the build cuts from this one for the first view of one edition
   * (data/editionPart.ts): every edition, actor and support type, but only that edition's actions
   * and groups and the sources they and the editions cite. Absent = the whole record.
   */
  part: v.optional(
    v.strictObject({
      edition: v.pipe(v.number(), v.integer('must be a whole year')),
    }),
  ),
  supportTypes: v.array(SupportTypeSchema),
  sources: v.array(SourceSchema),
  editions: v.array(EditionSchema),
  actors: v.array(ActorSchema),
  actions: v.array(ActionSchema),
  groups: v.array(GroupSchema),
});

/**
 * data/corrections.json: the public log of corrections, oldest first. A file of its own, so that
 * the map's first download does not carry it; the Cite dialog and the footer load it when asked.
 */
export const CorrectionsFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  corrections: v.array(CorrectionSchema),
});

export type SupportTypeId = (typeof SUPPORT_TYPE_IDS)[number];
export type Text = v.InferOutput<typeof TextSchema>;
export type Quantity = v.InferOutput<typeof QuantitySchema>;
export type SupportType = v.InferOutput<typeof SupportTypeSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Edition = v.InferOutput<typeof EditionSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type ActorKind = v.InferOutput<typeof ActorKindSchema>;
export type Action = v.InferOutput<typeof ActionSchema>;
export type Group = v.InferOutput<typeof GroupSchema>;
export type Release = v.InferOutput<typeof ReleaseSchema>;
export type Correction = v.InferOutput<typeof CorrectionSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type CorrectionsFile = v.InferOutput<typeof CorrectionsFileSchema>;
