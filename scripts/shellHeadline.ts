/**
 * The edition's headline written into a view's page (src/state/shellHeadline.ts says why), and the
 * page's one inline script, in its <head>, which hides it before the first paint when the address
 * asks for another view. In the <head>, not after the headline: the parser may yield, and the
 * browser paint, between an element and the script after it. The script is allowed by its hash in
 * the CSP (scripts/securityHeaders.ts): the page still runs no other inline script.
 */
import { createHash } from 'node:crypto';
import { LANGS, type Lang } from '../src/data/schema.ts';
import { computeEditionSupport } from '../src/filters/filterEdition.ts';
import type { DatasetIndex } from '../src/filters/datasetIndex.ts';
import { translator } from '../src/i18n/translate.ts';
import { coreWords } from '../src/i18n/words/core.ts';
import { escapeXml } from '../src/present/escapeXml.ts';
import { editionHeadline } from '../src/present/headline.ts';
import { SHELL_HEADLINE_ID, SHELL_HEADLINE_OFF } from '../src/state/shellHeadline.ts';

/** Parameters that leave the headline as it is: filters, the panel, the colours. */
const HEADLINE_FREE_PARAMS = ['types', 'match', 'country', 'theme', 'debug'];
/** Parameters that must say what the page says, if given. */
const PAGE_PARAMS = { edition: 'year', campaign: 'campaign', lang: 'lang', version: 'version' };
/** The page's language when its path names none; there, the browser's languages decide (i18n/names.ts resolveLang). */
const DEFAULT_LANG: Lang = 'en';

/**
 * Hides the headline unless the address asks for the page's own view: every parameter is one that
 * leaves the headline alone, or names what the page shows; and, on a page of the default language
 * whose address names none, the browser's first language the app knows is the page's. Anything
 * else (another edition, a comparison, an embed, a parameter it does not know) hides it: React then
 * draws the right headline with the data. Plain ES2017, no dependency: it runs before anything else.
 */
export const SHELL_HEADLINE_SCRIPT = `(function (s) {
  var d = s.dataset, q = new URLSearchParams(location.search), own = true;
  var page = ${JSON.stringify(PAGE_PARAMS)}, free = ${JSON.stringify(HEADLINE_FREE_PARAMS)};
  q.forEach(function (v, k) {
    if (Object.prototype.hasOwnProperty.call(page, k)) { if (v !== d[page[k]]) own = false; }
    else if (k === 'view') { if (v !== 'map' && v !== 'table') own = false; }
    else if (free.indexOf(k) < 0) own = false;
  });
  if (d.lang === ${JSON.stringify(DEFAULT_LANG)} && !q.has('lang')) {
    var known = ${JSON.stringify(LANGS.map((lang) => lang.toLowerCase().split('-')[0]))}, asked = navigator.languages || [navigator.language];
    for (var i = 0; i < asked.length; i++) {
      var primary = String(asked[i]).toLowerCase().split('-')[0];
      if (known.indexOf(primary) >= 0) { if (primary !== ${JSON.stringify(DEFAULT_LANG)}) own = false; break; }
    }
  }
  if (!own) document.documentElement.setAttribute(${JSON.stringify(SHELL_HEADLINE_OFF.attribute)}, ${JSON.stringify(SHELL_HEADLINE_OFF.value)});
})(document.currentScript);`;

/** The script's CSP source expression. */
export const SHELL_HEADLINE_SCRIPT_HASH = `'sha256-${createHash('sha256').update(SHELL_HEADLINE_SCRIPT).digest('base64')}'`;

export interface ShellHeadlinePage {
  index: DatasetIndex;
  year: number;
  lang: Lang;
}

/**
 * The headline of the page's edition, in the markup the app draws (ui/edition/EditionHeadline.tsx:
 * tests/e2e/previews.e2e.ts compares them word for word); '' for a year without an edition. In the
 * words in use (the page's body's: scripts/buildTimePages.ts sets them).
 */
export function shellHeadlineHtml({ index, year, lang }: ShellHeadlinePage): string {
  const edition = index.editionsByYear.get(year);
  if (!edition) return '';
  const support = computeEditionSupport(index, year);
  const nameOf = (id: string) => index.actorsById.get(id)?.name[lang] ?? id;
  const headline = editionHeadline(
    edition,
    { counts: support.named, actors: support.actors.values(), nameOf },
    lang,
    translator(coreWords, lang),
  );
  const dekLang = headline.dek.lang === lang ? '' : ` lang="${headline.dek.lang}"`;
  return [
    `<div class="headline" id="${SHELL_HEADLINE_ID}">`,
    `<p class="headline__kicker">${escapeXml(headline.kicker)}</p>`,
    `<h2 class="headline__title">${escapeXml(headline.title)}</h2>`,
    `<p class="headline__dek"${dekLang}>${escapeXml(headline.dek.text)}</p>`,
    headline.throughOnly ? `<p class="headline__note">${escapeXml(headline.throughOnly)}</p>` : '',
    '</div>',
  ].join('');
}
