/** Support-type filters with their counts for the edition, All / None, and any / all matching. */
import { memo } from 'react';
import { SUPPORT_TYPE_IDS } from '../../data/vocabulary.ts';
import type { SupportTypeId } from '../../data/schema.ts';
import { formatNumber } from '../../i18n/translate.ts';
import { MATCHES } from '../../filters/filterEdition.ts';
import { useAppActions, useAppStore } from '../../state/StoreContext.tsx';
import { selectMatch, selectTypeCount } from '../../state/selectors.ts';
import { useDatasetIndex, useTrailingEditionSupport, useLang } from '../common/viewHooks.ts';
import { useWords } from '../common/useWords.ts';
import { pageWords } from '../../i18n/words/later.ts';

export function Filters({ compact = false }: { compact?: boolean }) {
  const index = useDatasetIndex();
  // The counts are the edition's, whatever is selected: a toggle re-renders only the button pressed.
  const edition = useTrailingEditionSupport();
  const lang = useLang();
  const t = useWords(pageWords);
  const { toggleType } = useAppActions();
  if (!index) return null;
  return (
    <fieldset className={`filters${compact ? ' filters--compact' : ''}`}>
      <legend className="filters__legend">{t('supportTypes')}</legend>
      <div className="filters__types">
        {SUPPORT_TYPE_IDS.map((id) => {
          const type = index.supportTypesById.get(id);
          return (
            <TypeButton
              key={id}
              id={id}
              label={type?.label[lang] ?? id}
              description={type?.description[lang]}
              count={formatNumber(lang, edition?.typeCounts[id] ?? 0)}
              toggle={toggleType}
            />
          );
        })}
      </div>
      <BulkButtons />
      <MatchChoice />
    </fieldset>
  );
}

interface TypeButtonProps {
  id: SupportTypeId;
  label: string;
  description: string | undefined;
  count: string;
  toggle(id: SupportTypeId): void;
}

/**
 * Each button reads whether its own type is selected, so a toggle re-renders the button pressed
 * and nothing around it.
 */
const TypeButton = memo(function TypeButton({ id, label, description, count, toggle }: TypeButtonProps) {
  const pressed = useAppStore((s) => s.url.types.includes(id));
  return (
    <button type="button" className="filters__type" data-type={id} aria-pressed={pressed} title={description} onClick={() => toggle(id)}>
      <span className="filters__label">{label}</span> <span className="filters__count">{count}</span>
    </button>
  );
});

/** All / None, each disabled when it would change nothing. */
const BulkButtons = memo(function BulkButtons() {
  const t = useWords(pageWords);
  const count = useAppStore(selectTypeCount);
  const { setTypes } = useAppActions();
  return (
    <div className="filters__bulk">
      <button
        type="button"
        className="filters__bulk-button"
        onClick={() => setTypes(SUPPORT_TYPE_IDS)}
        disabled={count === SUPPORT_TYPE_IDS.length}
      >
        {t('all')}
      </button>
      <button type="button" className="filters__bulk-button" onClick={() => setTypes([])} disabled={count === 0}>
        {t('none')}
      </button>
    </div>
  );
});

/**
 * Any / all. A component of its own because React rewrites a radio's `name` and `type` whenever
 * it re-renders it: kept out of a type toggle, they cost the toggle nothing.
 */
const MatchChoice = memo(function MatchChoice() {
  const t = useWords(pageWords);
  const match = useAppStore(selectMatch);
  const { setMatch } = useAppActions();
  return (
    <div className="filters__match" role="radiogroup" aria-label={t('matchLabel')}>
      <span className="filters__match-label" aria-hidden="true">
        {t('matchLabel')}
      </span>
      {MATCHES.map((option) => (
        <label key={option} className="filters__match-option">
          <input type="radio" name="match" value={option} checked={match === option} onChange={() => setMatch(option)} />
          {t(option === 'any' ? 'matchAny' : 'matchAll')}
        </label>
      ))}
    </div>
  );
});
