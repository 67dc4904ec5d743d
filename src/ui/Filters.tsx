/** Support-type filters with their counts for the edition, All / None, and any / all matching. */
import { SUPPORT_TYPE_IDS } from '../data/schema.ts';
import { formatNumber } from '../i18n/messages.ts';
import { MATCHES } from '../state/urlCodec.ts';
import { useAppStore } from '../state/StoreContext.tsx';
import { useDatasetIndex, useEditionView, useLang, useT } from './derived.ts';

export function Filters({ compact = false }: { compact?: boolean }) {
  const index = useDatasetIndex();
  const view = useEditionView();
  const lang = useLang();
  const t = useT();
  const types = useAppStore((s) => s.view.types);
  const match = useAppStore((s) => s.view.match);
  const toggleType = useAppStore((s) => s.toggleType);
  const setTypes = useAppStore((s) => s.setTypes);
  const setMatch = useAppStore((s) => s.setMatch);
  if (!index) return null;
  return (
    <fieldset className={`filters${compact ? ' filters--compact' : ''}`}>
      <legend className="filters__legend">{t('supportTypes')}</legend>
      <div className="filters__types">
        {SUPPORT_TYPE_IDS.map((id) => {
          const type = index.supportTypesById.get(id);
          const count = view?.typeCounts[id] ?? 0;
          return (
            <button
              key={id}
              type="button"
              className="filters__type"
              data-type={id}
              aria-pressed={types.includes(id)}
              title={type?.description[lang]}
              onClick={() => toggleType(id)}
            >
              <span className="filters__label">{type?.label[lang] ?? id}</span>{' '}
              <span className="filters__count">{formatNumber(lang, count)}</span>
            </button>
          );
        })}
      </div>
      <div className="filters__bulk">
        <button type="button" className="filters__bulk-button" onClick={() => setTypes(SUPPORT_TYPE_IDS)} disabled={types.length === SUPPORT_TYPE_IDS.length}>
          {t('all')}
        </button>
        <button type="button" className="filters__bulk-button" onClick={() => setTypes([])} disabled={types.length === 0}>
          {t('none')}
        </button>
      </div>
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
    </fieldset>
  );
}
