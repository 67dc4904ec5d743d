/**
 * The legend: what the colours rank (and among which types), each level in plain words with how
 * many countries a source names at that level, then no support and Taiwan. The levels listed are
 * those that occur in the edition, whatever the filters (see legendSteps); a year without a list has
 * no legend (the map says why), and with no type selected the map says what to do.
 */
import { memo } from 'react';
import { SUPPORT_TYPE_IDS } from '../../data/vocabulary.ts';
import { coreWords } from '../../i18n/words/core.ts';
import { legendSteps, legendThroughOnlyNote, legendTitle } from '../../present/legend.ts';
import { typeLabel } from '../../filters/datasetIndex.ts';
import { useColorScheme } from '../common/useColorScheme.ts';
import { useWords } from '../common/useWords.ts';
import { useDatasetIndex, useTrailingFilteredEdition, useLang, useNameOf } from '../common/viewHooks.ts';
import { TaiwanHatch } from './TaiwanHatch.tsx';

/** Names in the title at most, beside filters: longer selections are counted (see legendTitle). */
const MAX_NAMED_BESIDE_FILTERS = 2;

/**
 * `besideFilters`: the filters a reader toggles sit just below. The legend then keeps its size as
 * they change (rows per edition, a title of at most four lines, the through-only note's place), so
 * that they never move under the pointer.
 */
export function Legend({ besideFilters = false }: { besideFilters?: boolean }) {
  const index = useDatasetIndex();
  const view = useTrailingFilteredEdition();
  const lang = useLang();
  const t = useWords(coreWords);
  const scheme = useColorScheme();
  const nameOf = useNameOf();
  if (!index || !view || index.editionsByYear.get(view.year)?.listStatus !== 'listed') return null;
  const title = legendTitle(view, (type) => typeLabel(index, type, lang), t, besideFilters ? MAX_NAMED_BESIDE_FILTERS : Infinity);
  // The note keeps its place while the filters leave no such country coloured (its edition-wide
  // wording, hidden), so that the filters below it do not move.
  const throughOnly = legendThroughOnlyNote(view.matching, nameOf, t);
  const throughOnlyInEdition = throughOnly ?? legendThroughOnlyNote(view.actors.values(), nameOf, t);
  const filtered = view.selected.length < SUPPORT_TYPE_IDS.length;
  return (
    <figure className={`legend${besideFilters ? ' legend--beside-filters' : ''}`} aria-label={title}>
      <figcaption className="legend__title">{title}</figcaption>
      <ul className="legend__steps">
        {legendSteps(view, scheme, t, besideFilters ? 'edition' : 'reachable').map((step) => (
          <LegendStep
            key={step.level}
            color={step.fill}
            label={step.label}
            count={t('legendCount', { count: step.count })}
            selected={step.selected}
          />
        ))}
        <LegendFixedSteps
          noneLabel={t(filtered ? 'legendNoneFiltered' : 'legendNone')}
          taiwanLabel={t('legendTaiwan')}
          hatchId="taiwan-hatch-legend"
        />
      </ul>
      <p className="legend__note">{t('markerNote')}</p>
      {/* Last, so that while it only keeps its place it is space before the filters, not a hole. */}
      {(besideFilters ? throughOnlyInEdition : throughOnly) && (
        <p
          className={`legend__note${throughOnly === null ? ' legend__note--reserved' : ''}`}
          aria-hidden={throughOnly === null || undefined}
        >
          {throughOnlyInEdition}
        </p>
      )}
    </figure>
  );
}

/** Memo: a filter toggle changes some steps' counts, and re-renders only those. */
const LegendStep = memo(function LegendStep({
  color,
  label,
  count,
  selected,
}: {
  color: string;
  label: string;
  count: string;
  selected: boolean;
}) {
  return (
    <li className={`legend__step${selected ? '' : ' legend__step--unselected'}`}>
      <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
        <rect width="16" height="16" fill={color} />
      </svg>
      <span className="legend__label">{label}</span>
      <span className="legend__count">{count}</span>
    </li>
  );
});

/**
 * The steps every legend ends with: no support (`noneLabel`: or none of the selected kinds, or named
 * in neither Assembly) and Taiwan. `hatchId`: the legend's own pattern id.
 */
export const LegendFixedSteps = memo(function LegendFixedSteps({
  noneLabel,
  taiwanLabel,
  hatchId,
}: {
  noneLabel: string;
  taiwanLabel: string;
  hatchId: string;
}) {
  return (
    <>
      <li className="legend__step">
        <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
          <rect className="legend__neutral" width="16" height="16" />
        </svg>
        <span className="legend__label">{noneLabel}</span>
      </li>
      <li className="legend__step">
        <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
          <rect width="16" height="16" fill={`url(#${hatchId})`} />
          <defs>
            <TaiwanHatch id={hatchId} size={4} />
          </defs>
        </svg>
        <span className="legend__label">{taiwanLabel}</span>
      </li>
    </>
  );
});
