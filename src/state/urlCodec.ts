/**
 * The URL query ⇄ UrlState, by the table of parameters in urlParams.ts. Parsing never throws:
 * each parameter is valid, invalid (dropped, with an issue) or missing (default). Defaults are
 * never written, so a link holds only what differs from the default view.
 */
import { INVALID, URL_KEYS, URL_PARAMS, type ParamSpec, type UrlState } from './urlParams.ts';

export interface UrlIssue {
  param: string;
  message: string;
}

/** Names used by earlier versions of the link format, mapped to today's. Empty so far. */
const LEGACY_PARAMS: Readonly<Record<string, string>> = Object.freeze(Object.create(null));

/** Far beyond any real link; longer values are hostile or broken and are not read. */
const MAX_VALUE_LENGTH = 200;

const KNOWN_PARAMS: ReadonlySet<string> = new Set(URL_KEYS);

export function parseUrlState(search: string): { state: UrlState; issues: UrlIssue[] } {
  const issues: UrlIssue[] = [];
  const params = readParams(search, issues);
  const state: Record<string, unknown> = {};
  for (const key of URL_KEYS) {
    const spec = URL_PARAMS[key] as ParamSpec<unknown>;
    state[key] = spec.default;
    const values = params.get(key);
    if (values === undefined) continue;
    // Repeated parameters are ambiguous; the last one wins, as in most servers.
    const raw = values[values.length - 1] as string;
    if (raw.length > MAX_VALUE_LENGTH) {
      issues.push({ param: key, message: 'is too long' });
      continue;
    }
    const value = spec.parse(raw);
    if (value === INVALID) issues.push({ param: key, message: `invalid ${key}: ${JSON.stringify(raw)}` });
    else state[key] = value;
  }
  for (const name of params.keys()) {
    if (!KNOWN_PARAMS.has(name)) issues.push({ param: name.slice(0, MAX_VALUE_LENGTH), message: 'is not a known parameter' });
  }
  return { state: state as unknown as UrlState, issues };
}

/** The query string for a state, defaults left out, in the table's order ("" for the default view). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of URL_KEYS) {
    const spec = URL_PARAMS[key] as ParamSpec<unknown>;
    if (!spec.equals(state[key], spec.default)) params.set(key, spec.serialize(state[key]));
  }
  // Commas are legal in a query and survive link rewriters; URLSearchParams would escape them.
  const query = params.toString().replace(/%2C/g, ',');
  return query === '' ? '' : `?${query}`;
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
