/**
 * The URL's parameters, one entry each: the query is a public contract (staff share links,
 * journalists paste them), so every name here stays as it is; a rename needs a rule in
 * LEGACY_PARAMS (urlCodec.ts). The table is typed over UrlState's keys: a new key of the state
 * does not compile until it says how it is parsed and written, its default, what a change does
 * to the browser's history, and which of the links the app hands out carry it.
 */
import { CAMPAIGN_IDS, LANGS, SUPPORT_TYPE_IDS, type CampaignId } from '../data/vocabulary.ts';
import type { Lang, SupportTypeId } from '../data/schema.ts';
import { MATCHES, type Match } from '../filters/filterEdition.ts';

export const VIEWS = ['map', 'table', 'years', 'bodies'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;

export type View = (typeof VIEWS)[number];
export type Theme = (typeof THEMES)[number];

export interface UrlState {
  /** The body whose meetings are shown; INTERPOL when the link names none (every link before campaigns). */
  campaign: CampaignId;
  /** General Assembly year; null = the latest edition with a list. */
  edition: number | null;
  /**
   * The data's version the view is pinned to ("1.0.1"); null = the latest data. A published embed
   * or citation keeps showing what its writer saw (data/releases/).
   */
  version: string | null;
  /** Another Assembly the edition shown is compared with (the change view); null = no comparison. */
  compare: number | null;
  /** In the canonical order of SUPPORT_TYPE_IDS. */
  types: readonly SupportTypeId[];
  match: Match;
  /** The actor whose detail panel is open. */
  country: string | null;
  view: View;
  /** null = follow the browser. */
  lang: Lang | null;
  theme: Theme;
  /** The layout for iframes. */
  embed: boolean;
  /** Embeds without title and footer. */
  plain: boolean;
  /** Embeds without anything interactive. */
  static: boolean;
  /** Embeds without a page background. */
  transparent: boolean;
  /** Show every data problem in full. */
  debug: boolean;
}

/** `invalid` when the text is not a value of the parameter: it is dropped and reported. */
export const INVALID = Symbol('invalid');

/**
 * How a change of the parameter reaches the browser's history: `push` adds an entry (Back undoes
 * the change), `replace` rewrites the current one (Back leaves the page).
 */
export type HistoryMode = 'push' | 'replace';

/** The links the app hands out, besides the address bar. */
export type LinkKind = 'share' | 'embed' | 'fullMap';

export interface ParamSpec<T> {
  default: T;
  /** Text from the URL → value, or INVALID. Never throws. */
  parse(raw: string): T | typeof INVALID;
  serialize(value: T): string;
  equals(a: T, b: T): boolean;
  history(previous: T, next: T): HistoryMode;
  /**
   * Which links keep the value (the rest get the default): the share link (Copy link, Share, Cite),
   * an embed's iframe src, and an embed's link back to the full map.
   */
  carriedBy: Readonly<Record<LinkKind, boolean>>;
}

const same = <T>(a: T, b: T) => a === b;
const replace = (): HistoryMode => 'replace';

const keyword = <T extends string>(
  allowed: readonly T[],
  fallback: T,
  history: ParamSpec<T>['history'],
  carriedBy: ParamSpec<T>['carriedBy'],
): ParamSpec<T> => ({
  default: fallback,
  parse: (raw) => ((allowed as readonly string[]).includes(raw) ? (raw as T) : INVALID),
  serialize: (value) => value,
  equals: same,
  history,
  carriedBy,
});

/** An embed's render flag: `1` (or `true`) turns it on; `0` and `false` mean the default. */
const flag = (carriedBy: ParamSpec<boolean>['carriedBy']): ParamSpec<boolean> => ({
  default: false,
  parse: (raw) => (raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : INVALID),
  serialize: () => '1',
  equals: same,
  history: replace,
  carriedBy,
});

const EDITION = /^(19|20)\d{2}$/;
/** major.minor.patch, as the dataset's `version` (src/data/versions.ts). */
const DATA_VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/;
const ACTOR_ID = /^([A-Z]{3}|[a-z0-9][a-z0-9-]{0,63})$/;

export function canonicalTypes(types: readonly string[]): SupportTypeId[] {
  return SUPPORT_TYPE_IDS.filter((id) => types.includes(id));
}

export function sameTypes(a: readonly SupportTypeId[], b: readonly SupportTypeId[]): boolean {
  const ca = canonicalTypes(a);
  const cb = canonicalTypes(b);
  return ca.length === cb.length && ca.every((id, i) => id === cb[i]);
}

/**
 * "none" = no type; otherwise every item must be a known id (any order, duplicates allowed). An
 * empty value (`types=`, what a tool that strips values leaves) is not a choice: the default.
 */
function parseTypes(raw: string): SupportTypeId[] | typeof INVALID {
  const trimmed = raw.trim();
  if (trimmed === '') return INVALID;
  if (trimmed === 'none') return [];
  const items = trimmed.split(',').map((item) => item.trim());
  if (!items.every((item) => (SUPPORT_TYPE_IDS as readonly string[]).includes(item))) return INVALID;
  return canonicalTypes(items);
}

/** A General Assembly's year. Another Assembly is another view: Back returns to the one before (the timeline playing replaces instead, see AppState.urlHistory). */
const assemblyYear = (): ParamSpec<number | null> => ({
  default: null,
  parse: (raw) => (EDITION.test(raw) ? Number(raw) : INVALID),
  serialize: String,
  equals: same,
  history: () => 'push',
  carriedBy: everywhere,
});

const everywhere = { share: true, embed: true, fullMap: true } as const;
const embedOnly = { share: false, embed: true, fullMap: false } as const;

export const URL_PARAMS: { readonly [K in keyof UrlState]: ParamSpec<UrlState[K]> } = {
  // Another body is another view: Back returns to the one before.
  campaign: keyword(CAMPAIGN_IDS, 'interpol', () => 'push', everywhere),
  edition: assemblyYear(),
  // Never changed within the page: a link pins it, and "newer data" is a link without it.
  version: {
    default: null,
    parse: (raw) => (DATA_VERSION.test(raw) ? raw : INVALID),
    serialize: String,
    equals: same,
    history: replace,
    carriedBy: everywhere,
  },
  compare: assemblyYear(),
  types: {
    default: SUPPORT_TYPE_IDS,
    parse: parseTypes,
    serialize: (types) => (types.length === 0 ? 'none' : canonicalTypes(types).join(',')),
    equals: sameTypes,
    history: replace,
    carriedBy: everywhere,
  },
  match: keyword(MATCHES, 'any', replace, everywhere),
  country: {
    default: null,
    parse: (raw) => (ACTOR_ID.test(raw) ? raw : INVALID),
    serialize: String,
    equals: same,
    // Opening a panel adds an entry, so that Back closes it; closing one, or going from one panel to
    // another, does not: Back leaves the panels after one press, however many were opened.
    history: (previous, next) => (previous === null && next !== null ? 'push' : 'replace'),
    carriedBy: everywhere,
  },
  // An embed always shows the map: the table is for the full page.
  view: keyword(VIEWS, 'map', () => 'push', { share: true, embed: false, fullMap: true }),
  lang: {
    default: null,
    parse: (raw) => LANGS.find((lang) => lang.toLowerCase() === raw.toLowerCase()) ?? INVALID,
    serialize: String,
    equals: same,
    history: replace,
    carriedBy: everywhere,
  },
  theme: keyword(THEMES, 'auto', replace, everywhere),
  embed: flag(embedOnly),
  plain: flag(embedOnly),
  static: flag(embedOnly),
  transparent: flag(embedOnly),
  // For staff looking at a problem; a link they hand out is for readers, but the full map opened
  // from a debug embed keeps showing the problems.
  debug: flag({ share: false, embed: false, fullMap: true }),
};

export const URL_KEYS = Object.keys(URL_PARAMS) as (keyof UrlState)[];

export const DEFAULT_URL_STATE: UrlState = Object.freeze(
  Object.fromEntries(URL_KEYS.map((key) => [key, URL_PARAMS[key].default])) as unknown as UrlState,
);

/** The state as a link of that kind carries it: what it does not carry is left at its default. */
export function linkState(state: UrlState, link: LinkKind): UrlState {
  const kept = Object.fromEntries(URL_KEYS.map((key) => [key, URL_PARAMS[key].carriedBy[link] ? state[key] : URL_PARAMS[key].default]));
  return kept as unknown as UrlState;
}

/** Push when any changed parameter asks for it. */
export function historyMode(previous: UrlState, next: UrlState): HistoryMode {
  for (const key of URL_KEYS) {
    const spec = URL_PARAMS[key] as ParamSpec<unknown>;
    if (!spec.equals(previous[key], next[key]) && spec.history(previous[key], next[key]) === 'push') return 'push';
  }
  return 'replace';
}
