/** One action in the detail panel: what was done, by whom, when, how we know, and the sources. */
import type { Action, Lang } from '../../data/schema.ts';
import type { DatasetIndex } from '../../filters/datasetIndex.ts';
import { formatPartialDate } from '../../i18n/formatPartialDate.ts';
import { interpolate, LocalText } from '../common/LocalText.tsx';
import { SourceLinks } from './SourceLinks.tsx';
import type { PanelWordsTranslate } from './words.ts';

const SCOPE_KEYS: Record<
  NonNullable<Action['scope']>,
  'scopeInterpol' | 'scopeWha' | 'scopeIcao' | 'scopeUnfccc' | 'scopeUnga' | 'scopeGeneral' | 'scopeUnknown'
> = {
  interpol: 'scopeInterpol',
  wha: 'scopeWha',
  icao: 'scopeIcao',
  unfccc: 'scopeUnfccc',
  unga: 'scopeUnga',
  'international-organisations': 'scopeGeneral',
  unknown: 'scopeUnknown',
};

interface ActionItemProps {
  action: Action;
  index: DatasetIndex;
  lang: Lang;
  t: PanelWordsTranslate;
}

export function ActionItem({ action, index, lang, t }: ActionItemProps) {
  const via = action.via === undefined ? undefined : index.actorsById.get(action.via);
  return (
    <li className="detail-panel__action">
      <p className="detail-panel__summary">
        <LocalText text={action.summary} lang={lang} />
      </p>
      <ul className="detail-panel__facts">
        {action.by && <li className="detail-panel__fact">{interpolate(t, 'by', 'by', <LocalText text={action.by} lang={lang} />)}</li>}
        <li className="detail-panel__fact">
          {action.date === undefined ? t('undated') : <time dateTime={action.date}>{formatPartialDate(action.date, lang)}</time>}
        </li>
        <li className={`detail-panel__fact detail-panel__fact--${action.evidence}`}>
          <Evidence evidence={action.evidence} inference={action.inference} lang={lang} t={t} />
        </li>
        {action.type === 'legislature' && <li className="detail-panel__fact">{t(SCOPE_KEYS[action.scope ?? 'unknown'])}</li>}
        {action.via !== undefined && <li className="detail-panel__fact">{t('via', { org: via?.name[lang] ?? action.via })}</li>}
      </ul>
      <SourceLinks ids={action.sources} sourceOf={(id) => index.sourcesById.get(id)} lang={lang} t={t} />
    </li>
  );
}

interface EvidenceProps {
  evidence: Action['evidence'];
  inference: Action['inference'];
  lang: Lang;
  t: PanelWordsTranslate;
}

/** Stated or inferred, with the reason: readers must be able to tell a claim from our reading of it. */
export function Evidence({ evidence, inference, lang, t }: EvidenceProps) {
  if (evidence === 'stated') return <>{t('stated')}</>;
  if (!inference) return <>{t('inferred')}</>;
  return <>{interpolate(t, 'inferredWhy', 'why', <LocalText text={inference} lang={lang} />)}</>;
}
