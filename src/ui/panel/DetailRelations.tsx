/**
 * For a country that ended diplomatic relations with Taiwan: when, with its sources
 * (data/relations.json, fetched when such a panel is first opened). It explains a former ally's
 * absence from later years: a break, not a silence.
 */
import type { Lang } from '../../data/schema.ts';
import { formatPartialDate } from '../../i18n/formatPartialDate.ts';
import { useRelations } from '../compare/relations.ts';
import { SourceLinks } from './SourceLinks.tsx';
import type { PanelWordsTranslate } from './words.ts';

export function DetailRelations({ id, lang, t }: { id: string; lang: Lang; t: PanelWordsTranslate }) {
  const relations = useRelations();
  if (relations.status !== 'ready') return null;
  const entry = relations.file.relationsEnded.find((ended) => ended.country === id);
  if (!entry) return null;
  return (
    <section className="detail-panel__relations" aria-label={t('changeEndedOn', { date: formatPartialDate(entry.ended, lang) })}>
      <p className="detail-panel__relations-line">{t('changeEndedOn', { date: formatPartialDate(entry.ended, lang) })}.</p>
      <SourceLinks ids={entry.sources} sourceOf={(source) => relations.sourcesById.get(source)} lang={lang} t={t} />
    </section>
  );
}
