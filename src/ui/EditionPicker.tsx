/** The General Assembly selector, with the ministry's headline claim beside what the data names. */
import { useId } from 'react';
import { useAppStore } from '../state/StoreContext.tsx';
import { localize } from '../i18n/names.ts';
import { useDatasetIndex, useEditionView, useEditionYear, useLang, useT } from './derived.ts';

export function EditionPicker() {
  const index = useDatasetIndex();
  const year = useEditionYear();
  const view = useEditionView();
  const lang = useLang();
  const t = useT();
  const setEdition = useAppStore((s) => s.setEdition);
  const id = useId();
  if (!index || year === null) return null;
  const edition = index.editionsByYear.get(year);
  const namedCount = view?.namedCountries ?? 0;
  const named = namedCount === 1 ? t('countriesCountOne') : t('countriesCount', { count: namedCount });
  const claim = edition?.claim ? localize(edition.claim.text, lang) : null;
  const note = edition?.note ? localize(edition.note, lang) : null;
  return (
    <div className="edition">
      <label className="edition__label" htmlFor={id}>
        {t('edition')}
      </label>
      <select id={id} className="edition__select" value={year} onChange={(e) => setEdition(Number(e.target.value))}>
        {index.years.map((y) => {
          const e = index.editionsByYear.get(y);
          const text =
            e?.listStatus === 'no-assembly' || !e?.session
              ? t('editionOptionNoAssembly', { year: String(y) })
              : t('editionOption', { year: String(y), session: ordinal(e.session, lang), city: e.city?.[lang] ?? '' });
          return (
            <option key={y} value={y}>
              {text}
            </option>
          );
        })}
      </select>
      <p className="edition__claim">
        {edition?.listStatus === 'listed' ? (
          claim ? (
            <>
              <span lang={claim.lang}>{t('claimLine', { claim: claim.text, named })}</span>
            </>
          ) : (
            t('noClaim', { named })
          )
        ) : (
          <span lang={note?.lang}>{note?.text ?? t('noListNote')}</span>
        )}
      </p>
    </div>
  );
}

function ordinal(n: number, lang: string): string {
  if (lang === 'zh-TW') return String(n);
  const rules = new Intl.PluralRules('en', { type: 'ordinal' });
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[rules.select(n)];
  return `${n}${suffix}`;
}
