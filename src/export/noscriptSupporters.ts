/**
 * The supporters of one edition as plain HTML, for the page's <noscript>: readers without
 * JavaScript, search engines and archive crawlers get the list and its sources. Built at build
 * time by scripts/buildTimePages.ts; every piece of data text is escaped.
 */
import { sourceHeading } from '../data/sourceHeading.ts';
import { SUPPORT_TYPE_IDS } from '../data/schema.ts';
import { typeLabel, type DatasetIndex } from '../filters/datasetIndex.ts';
import { computeEditionView } from '../filters/editionView.ts';
import { collatorFor } from '../i18n/collator.ts';
import { translate } from '../i18n/messages.ts';
import { localize } from '../i18n/names.ts';
import type { Lang } from '../state/urlCodec.ts';
import { escapeXml as esc } from './escapeXml.ts';
import { editionProse } from './exportInput.ts';
// Registers the words this feature uses with translate().
import '../i18n/shareMessages.ts';

/** The inside of the <noscript> element (without the element itself). */
export function noscriptSupportersHtml(index: DatasetIndex, year: number, lang: Lang = 'en'): string {
  const edition = index.editionsByYear.get(year);
  if (!edition) return '';
  const other: Lang = lang === 'en' ? 'zh-TW' : 'en';
  const view = computeEditionView(index, year, SUPPORT_TYPE_IDS, 'any');
  const collator = collatorFor(lang);
  const nameOf = (id: string) => index.actorsById.get(id)?.name[lang] ?? id;
  const supporters = [...view.matching].sort((a, b) => collator.compare(nameOf(a.id), nameOf(b.id)));

  const items = supporters.map((support) => {
    const actor = index.actorsById.get(support.id);
    const types = support.types.map((type) => typeLabel(index, type, lang)).join(translate(lang, 'listSeparator'));
    const sourceIds = new Set<string>();
    for (const item of [...support.actions, ...support.groups]) for (const id of item.sources) sourceIds.add(id);
    const links = [...sourceIds].flatMap((id) => {
      const source = index.sourcesById.get(id);
      // The validator allows only https links; a non-https one here would be a bug, so it is left out.
      if (!source || !source.url.startsWith('https://')) return [];
      return [`<a href="${esc(source.url)}">${esc(source.publisher)}: ${esc(sourceHeading(source, lang).text)}</a>`];
    });
    const alias = actor ? ` <span lang="${other}">(${esc(actor.name[other])})</span>` : '';
    return `<li><strong>${esc(nameOf(support.id))}</strong>${alias}: ${esc(types)}.${links.length ? ` ${links.join('; ')}` : ''}</li>`;
  });

  const parts = [`<section class="noscript-list" lang="${lang}">`, `<p>${esc(translate(lang, 'noscriptIntro', { edition: editionProse(edition, lang) }))}</p>`];
  if (edition.claim) parts.push(`<p>${esc(translate(lang, 'noscriptClaim', { claim: localize(edition.claim.text, lang).text }))}</p>`);
  parts.push(`<ul>${items.join('\n')}</ul>`);
  if (view.editionGroups.length > 0) {
    const groups = view.editionGroups.map((group) => `<li>${esc(localize(group.description, lang).text)}</li>`);
    parts.push(`<p>${esc(translate(lang, 'noscriptGroups'))}</p>`, `<ul>${groups.join('\n')}</ul>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}
