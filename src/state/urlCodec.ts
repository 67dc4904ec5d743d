/**
 * The URL query is a public contract: staff share links and journalists paste them, so these
 * names never change (a rename needs a migration rule in LEGACY_PARAMS below).
 *
 *   edition  General Assembly year; absent = the latest
 *   types    comma-separated support type ids; absent = all; "none" = none selected
 *   match    "any" (default) or "all" of the selected types
 *   country  ISO alpha-3 code or organisation id: the open detail panel
 *   view     "map" (default) or "table"
 *   lang     "en" or "zh-TW"; absent = the browser's language
 *   embed    "1" = the iframe layout
 *   theme    "auto" (default), "light" or "dark"
 *   plain, static, transparent   "1" = render flags for embeds
 *   debug    "1" = show every data problem in full
 *
 * Parsing never throws: each parameter is valid, invalid (dropped, with an issue) or missing
 * (default). Defaults are never written, so a link holds only what differs from the default view.
 */
import { SUPPORT_TYPE_IDS, type SupportTypeId } from '../data/schema.ts';

export const VIEWS = ['map', 'table'] as const;
export const MATCHES = ['any', 'all'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const LANGS = ['en', 'zh-TW'] as const;
export const FLAGS = ['embed', 'plain', 'static', 'transparent', 'debug'] as const;

export type View = (typeof VIEWS)[number];
export type Match = (typeof MATCHES)[number];
export type Theme = (typeof THEMES)[number];
export type Lang = (typeof LANGS)[number];
export type Flag = (typeof FLAGS)[number];

export interface UrlState {
  /** null = the latest edition. */
  edition: number | null;
  /** In the canonical order of SUPPORT_TYPE_IDS. */
  types: readonly SupportTypeId[];
  match: Match;
  country: string | null;
  view: View;
  /** null = follow the browser. */
  lang: Lang | null;
  theme: Theme;
  flags: Readonly<Record<Flag, boolean>>;
}

export const DEFAULT_URL_STATE: UrlState = Object.freeze({
  edition: null,
  types: SUPPORT_TYPE_IDS,
  match: 'any',
  country: null,
  view: 'map',
  lang: null,
  theme: 'auto',
  flags: Object.freeze({ embed: false, plain: false, static: false, transparent: false, debug: false }),
});

export interface UrlIssue {
  param: string;
  message: string;
}

/** Names used by earlier versions of the link format, mapped to today's. Empty so far. */
const LEGACY_PARAMS: Readonly<Record<string, string>> = Object.freeze(Object.create(null));

/** Far beyond any real link; longer values are hostile or broken and are not read. */
const MAX_VALUE_LENGTH = 200;

const EDITION = /^(19|20)\d{2}$/;
const ACTOR_ID = /^([A-Z]{3}|[a-z0-9][a-z0-9-]{0,63})$/;

export function parseUrlState(search: string): { state: UrlState; issues: UrlIssue[] } {
  const issues: UrlIssue[] = [];
  const params = readParams(search, issues);
  const value = (name: string): string | undefined => {
    const values = params.get(name);
    if (values === undefined) return undefined;
    // Repeated parameters are ambiguous; the last one wins, as in most servers.
    const last = values[values.length - 1] as string;
    if (last.length > MAX_VALUE_LENGTH) {
      issues.push({ param: name, message: 'is too long' });
      return undefined;
    }
    return last;
  };
  const invalid = (param: string, raw: string) => issues.push({ param, message: `invalid ${param}: ${JSON.stringify(raw)}` });
  const keyword = <T extends string>(param: string, allowed: readonly T[], fallback: T): T => {
    const raw = value(param);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    invalid(param, raw);
    return fallback;
  };

  const flags: Record<Flag, boolean> = { ...DEFAULT_URL_STATE.flags };
  const state: UrlState = { ...DEFAULT_URL_STATE, flags };

  const edition = value('edition');
  if (edition !== undefined) {
    if (EDITION.test(edition)) state.edition = Number(edition);
    else invalid('edition', edition);
  }

  const types = value('types');
  if (types !== undefined) {
    const parsed = parseTypes(types);
    if (parsed) state.types = parsed;
    else invalid('types', types);
  }

  state.match = keyword('match', MATCHES, DEFAULT_URL_STATE.match);
  state.view = keyword('view', VIEWS, DEFAULT_URL_STATE.view);
  state.theme = keyword('theme', THEMES, DEFAULT_URL_STATE.theme);
  const lang = value('lang');
  if (lang !== undefined) {
    const known = LANGS.find((l) => l.toLowerCase() === lang.toLowerCase());
    if (known) state.lang = known;
    else invalid('lang', lang);
  }

  const country = value('country');
  if (country !== undefined) {
    if (ACTOR_ID.test(country)) state.country = country;
    else invalid('country', country);
  }

  for (const flag of FLAGS) {
    const raw = value(flag);
    if (raw === undefined) continue;
    if (raw === '1' || raw === 'true') flags[flag] = true;
    else if (raw !== '0' && raw !== 'false') invalid(flag, raw);
  }

  for (const name of params.keys()) {
    if (!KNOWN_PARAMS.has(name)) issues.push({ param: name.slice(0, MAX_VALUE_LENGTH), message: 'is not a known parameter' });
  }
  return { state, issues };
}

/** The query string for a state, defaults left out, in a fixed order ("" for the default view). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.edition !== null) params.set('edition', String(state.edition));
  if (!sameTypes(state.types, DEFAULT_URL_STATE.types)) {
    params.set('types', state.types.length === 0 ? 'none' : canonicalTypes(state.types).join(','));
  }
  if (state.match !== DEFAULT_URL_STATE.match) params.set('match', state.match);
  if (state.country !== null) params.set('country', state.country);
  if (state.view !== DEFAULT_URL_STATE.view) params.set('view', state.view);
  if (state.lang !== null) params.set('lang', state.lang);
  if (state.theme !== DEFAULT_URL_STATE.theme) params.set('theme', state.theme);
  for (const flag of FLAGS) if (state.flags[flag]) params.set(flag, '1');
  // Commas are legal in a query and survive link rewriters; URLSearchParams would escape them.
  const query = params.toString().replace(/%2C/g, ',');
  return query === '' ? '' : `?${query}`;
}

export function canonicalTypes(types: readonly string[]): SupportTypeId[] {
  return SUPPORT_TYPE_IDS.filter((id) => types.includes(id));
}

export function sameTypes(a: readonly SupportTypeId[], b: readonly SupportTypeId[]): boolean {
  const ca = canonicalTypes(a);
  const cb = canonicalTypes(b);
  return ca.length === cb.length && ca.every((id, i) => id === cb[i]);
}

const KNOWN_PARAMS = new Set(['edition', 'types', 'match', 'country', 'view', 'lang', 'theme', ...FLAGS]);

/** "none" or "" = no type; otherwise every item must be a known id (any order, duplicates allowed). */
function parseTypes(raw: string): SupportTypeId[] | null {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed === 'none') return [];
  const items = trimmed.split(',').map((item) => item.trim());
  if (!items.every((item) => (SUPPORT_TYPE_IDS as readonly string[]).includes(item))) return null;
  return canonicalTypes(items);
}

/** Query parameters as a plain map, legacy names renamed; tolerant of broken percent-encoding. */
function readParams(search: string, issues: UrlIssue[]): Map<string, string[]> {
  const params = new Map<string, string[]>();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = decode(eq === -1 ? part : part.slice(0, eq));
    const rawValue = eq === -1 ? '' : decode(part.slice(eq + 1));
    if (rawName === null || rawValue === null) {
      issues.push({ param: (rawName ?? part).slice(0, MAX_VALUE_LENGTH), message: 'is not valid percent-encoding' });
      continue;
    }
    const name = Object.hasOwn(LEGACY_PARAMS, rawName) ? (LEGACY_PARAMS[rawName] as string) : rawName;
    const list = params.get(name);
    if (list) list.push(rawValue);
    else params.set(name, [rawValue]);
  }
  return params;
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}
