/**
 * The edition's headline as the build wrote it into a view's page (scripts/shellHeadline.ts): on
 * a phone it is the largest text of the first screen, and written into the page it paints with
 * the page, before any script, instead of after the data. React keeps showing the same words
 * while the data load, then the app's own headline takes its place, word for word the same.
 *
 * The page's headline is its own view's: the page's body, edition and language, the current data.
 * An address that asks for another view (`?edition=2019` on the root page, a pinned version, a
 * reader whose browser asks for Chinese) hides it before the first paint (the page's inline
 * script, scripts/shellHeadline.ts) and React never shows it: the reader never sees a headline the page then takes back.
 */
import { isCampaignId, LANGS, type CampaignId, type Lang } from '../data/vocabulary.ts';
import type { EditionHeadline } from '../present/headline.ts';
import type { UrlState } from './urlParams.ts';

/** The headline's element in the page. */
export const SHELL_HEADLINE_ID = 'shell-headline';
/** The <head>'s script, whose data-* attributes say the view the headline was written for. */
export const SHELL_HEADLINE_VIEW_ID = 'shell-headline-view';
/** Set on <html> by that script when the address asks for another view; shell.css then hides the headline. */
export const SHELL_HEADLINE_OFF = { attribute: 'data-shell-headline', value: 'off' } as const;

export interface ShellHeadlineView {
  campaign: CampaignId;
  /** The edition the headline is of. */
  year: number;
  /** A body's root page shows its latest edition: an address naming no edition means this year there. */
  rootPage: boolean;
  lang: Lang;
  /** The data version the build wrote it from. */
  version: string;
}

export interface ShellHeadline {
  view: ShellHeadlineView;
  headline: EditionHeadline;
}

/** The view as the data-* attributes of the <head>'s script (read back by readShellHeadline). */
export function shellViewAttributes(view: ShellHeadlineView): Record<string, string> {
  return {
    'data-campaign': view.campaign,
    'data-year': String(view.year),
    'data-root-page': String(view.rootPage),
    'data-lang': view.lang,
    'data-version': view.version,
  };
}

const textOf = (element: Element | null) => element?.textContent?.trim() ?? '';

/** The page's headline, when the build wrote one and the page's script left it shown; null otherwise. */
export function readShellHeadline(doc: Document): ShellHeadline | null {
  const element = doc.getElementById(SHELL_HEADLINE_ID);
  const script = doc.getElementById(SHELL_HEADLINE_VIEW_ID);
  if (!element || !script || doc.documentElement.getAttribute(SHELL_HEADLINE_OFF.attribute) === SHELL_HEADLINE_OFF.value) return null;
  const { campaign, year, rootPage, lang, version } = script.dataset;
  const title = textOf(element.querySelector('.headline__title'));
  const dek = element.querySelector('.headline__dek');
  if (
    !isCampaignId(campaign ?? '') ||
    !(LANGS as readonly string[]).includes(lang ?? '') ||
    !/^\d{4}$/.test(year ?? '') ||
    !version ||
    !title ||
    !dek
  )
    return null;
  const note = element.querySelector('.headline__note');
  return {
    view: { campaign: campaign as CampaignId, year: Number(year), rootPage: rootPage === 'true', lang: lang as Lang, version },
    headline: {
      kicker: textOf(element.querySelector('.headline__kicker')),
      title,
      dek: { text: textOf(dek), lang: (dek.getAttribute('lang') as Lang | null) ?? (lang as Lang) },
      throughOnly: note ? textOf(note) : null,
    },
  };
}

/**
 * Whether the page's headline is the one the app will show for `state` in `lang` (the language
 * resolved from the address and the browser): same body, edition, language and data, and a view
 * under that headline (the map or the table, not a comparison or another layout).
 */
export function shellHeadlineFits(shell: ShellHeadlineView, state: UrlState, lang: Lang): boolean {
  const year = state.edition ?? (shell.rootPage ? shell.year : null);
  return (
    state.campaign === shell.campaign &&
    year === shell.year &&
    lang === shell.lang &&
    (state.version === null || state.version === shell.version) &&
    state.compare === null &&
    (state.view === 'map' || state.view === 'table') &&
    !state.embed
  );
}
