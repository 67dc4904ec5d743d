/**
 * The supporters of one edition as plain HTML, for the page's <noscript>: readers without
 * JavaScript, search engines and archive crawlers get the list and its sources. Built at build
 * time by scripts/buildTimePages.ts; every piece of data text is escaped.
 */
import { LANGS, SUPPORT_TYPE_IDS } from '../data/vocabulary.ts';
import type { Lang } from '../data/schema.ts';
import { headingText } from '../present/sourceHeading.ts';
import type { DatasetIndex } from '../filters/datasetIndex.ts';
import { filterEdition } from '../filters/filterEdition.ts';
import { localize } from '../i18n/names.ts';
import { translator } from '../i18n/translate.ts';
import { editionProse } from '../present/editionNames.ts';
import { joinWords } from '../present/counts.ts';
import { supporterRows } from '../present/supporterRows.ts';
import { escapeXml as esc } from '../present/escapeXml.ts';
import { exportWords } from './words.ts';

/** The inside of the <noscript> element (without the element itself). */
export function noscriptSupportersHtml(index: DatasetIndex, year: number, lang: Lang = 'en'): string {
  const edition = index.editionsByYear.get(year);
  if (!edition) return '';
  const t = translator(exportWords, lang);
  const others = LANGS.filter((other) => other !== lang);
  const view = filterEdition(index, year, SUPPORT_TYPE_IDS, 'any');
  const rows = supporterRows(index, view, lang, t, { key: 'name', direction: 'ascending' });

  const items = rows.map((row) => {
    const actor = index.actorsById.get(row.id);
    // The validator allows only https links; a non-https one here would be a bug, so it is left out.
    const links = row.sources
      .filter((source) => source.url.startsWith('https://'))
      .map((source) => `<a href="${esc(source.url)}">${esc(source.publisher)}: ${esc(headingText(source, lang))}</a>`);
    const aliases = actor ? others.map((other) => ` <span lang="${other}">(${esc(actor.name[other])})</span>`).join('') : '';
    const through = row.onlyThrough.length > 0 ? ` (${esc(t('onlyThroughNote', { orgs: joinWords(row.onlyThrough, t) }))})` : '';
    return `<li><strong>${esc(row.name)}</strong>${aliases}${through}: ${esc(row.typeLabels.join(t('listSeparator')))}.${links.length ? ` ${links.join('; ')}` : ''}</li>`;
  });

  const parts = [
    `<section class="noscript-list" lang="${lang}">`,
    `<p>${esc(t('noscriptIntro', { edition: editionProse(edition, lang, t) }))}</p>`,
  ];
  if (edition.claim) parts.push(`<p>${esc(t('noscriptClaim', { claim: localize(edition.claim.text, lang).text }))}</p>`);
  parts.push(`<ul>${items.join('\n')}</ul>`);
  if (view.editionGroups.length > 0) {
    const groups = view.editionGroups.map((group) => `<li>${esc(localize(group.description, lang).text)}</li>`);
    parts.push(`<p>${esc(t('noscriptGroups'))}</p>`, `<ul>${groups.join('\n')}</ul>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}
