/**
 * The map across bodies (view=bodies): each country coloured by how many of the year's bodies the
 * sources name it at, on the map's own levels, with its legend. The other bodies' data are loaded
 * when this view first needs them. A chunk of its own, fetched when the view is first shown.
 */
import { useEffect, useMemo } from 'react';
import { SUBJECT_ID } from '../../data/vocabulary.ts';
import { bodiesWords } from '../../i18n/words/bodies.ts';
import { coreWords } from '../../i18n/words/core.ts';
import { ACROSS_BODIES_STEPS, acrossBodies, acrossBodiesCounts, acrossBodiesFills } from '../../present/acrossBodies.ts';
import { selectEditionYear } from '../../state/selectors.ts';
import { useAppStore } from '../../state/StoreContext.tsx';
import { useCampaignIndexes } from '../common/useCampaignIndexes.ts';
import { levelColor } from '../../map/colorScale.ts';
import { CAMPAIGN_LINK_WORDS } from '../page/CampaignNav.tsx';
import { useColorScheme } from '../common/useColorScheme.ts';
import { useWords } from '../common/useWords.ts';
import { useLang } from '../common/viewHooks.ts';
import { LegendFixedSteps } from '../map/Legend.tsx';
import type { MapPaint } from '../map/MapLayers.tsx';

const STEP_WORDS = ['bodiesStep1', 'bodiesStep2', 'bodiesStep3', 'bodiesStep4'] as const;
const words = { ...coreWords, ...bodiesWords };

/** Every body's index once loaded (loading the missing ones), and the year shown. */
function useAcrossBodies() {
  const { indexes, loading } = useCampaignIndexes();
  const year = useAppStore(selectEditionYear);
  const view = useMemo(() => (year === null ? null : acrossBodies(indexes, year)), [indexes, year]);
  return { view, loading };
}

export function BodiesPainter({ onPaint }: { onPaint: (paint: MapPaint | null) => void }) {
  const { view } = useAcrossBodies();
  const lang = useLang();
  const scheme = useColorScheme();
  const t = useWords(words);
  const paint = useMemo<MapPaint | null>(() => {
    if (!view) return null;
    const fills = acrossBodiesFills(view, scheme);
    const names = (bodies: readonly string[]) =>
      bodies.map((campaign) => t(CAMPAIGN_LINK_WORDS[campaign as keyof typeof CAMPAIGN_LINK_WORDS][0])).join(lang === 'en' ? ', ' : '、');
    const describe = (id: string) => {
      const bodies = view.bodiesOf.get(id);
      return bodies ? t('bodiesDescribe', { names: names(bodies) }) : t('bodiesNone');
    };
    return { ids: [...fills.keys()].filter((id) => id !== SUBJECT_ID), fills, describe };
  }, [view, scheme, t, lang]);
  useEffect(() => onPaint(paint), [paint, onPaint]);
  useEffect(() => () => onPaint(null), [onPaint]);
  return null;
}

export function BodiesLegend() {
  const { view, loading } = useAcrossBodies();
  const lang = useLang();
  const scheme = useColorScheme();
  const t = useWords(words);
  if (!view) return null;
  const counts = acrossBodiesCounts(view);
  const title = t('bodiesTitle', { year: String(view.year) });
  const listed = view.listed.map((campaign) => t(CAMPAIGN_LINK_WORDS[campaign][0])).join(lang === 'en' ? ', ' : '、');
  return (
    <figure className="legend legend--bodies" aria-label={title}>
      <figcaption className="legend__title">{title}</figcaption>
      <ul className="legend__steps">
        {ACROSS_BODIES_STEPS.map((step, i) => (
          <li key={step.level} className="legend__step" data-level={step.level}>
            <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
              <rect width="16" height="16" fill={levelColor(step.level, scheme) ?? 'none'} />
            </svg>
            <span className="legend__label">{t(STEP_WORDS[i]!)}</span>
            <span className="legend__count">{counts[i]}</span>
          </li>
        ))}
        <LegendFixedSteps noneLabel={t('bodiesNone')} taiwanLabel={t('legendTaiwan')} hatchId="taiwan-hatch-bodies" />
      </ul>
      <p className="legend__note">{loading ? t('bodiesLoading') : t('bodiesNote', { year: String(view.year), names: listed })}</p>
    </figure>
  );
}

/** The headline of the map across bodies, in place of one body's. */
export function BodiesHeadline() {
  const { view } = useAcrossBodies();
  const t = useWords(words);
  if (!view) return null;
  const counts = acrossBodiesCounts(view);
  const year = String(view.year);
  return (
    <div className="headline">
      <p className="headline__kicker">{t('bodiesKicker', { year })}</p>
      <h2 className="headline__title">{t('bodiesHeadline', { year })}</h2>
      <p className="headline__dek">{t('bodiesDek', { count: view.bodiesOf.size, most: counts[3] ?? 0 })}</p>
    </div>
  );
}
