/**
 * The ministry's headline claim for the edition beside what the data names ("over 70 countries
 * reported; 30 named in sources"), or why the year has no list. With `withEdition` (embeds,
 * which have no selector) it first names the Assembly.
 */
import { localize } from '../i18n/names.ts';
import { useDatasetIndex, useEditionSupport, useEditionYear, useLang, useT, type Translate } from './derived.ts';
import type { Edition } from '../data/schema.ts';
import type { Lang } from '../state/urlCodec.ts';

export function EditionHeadline({ withEdition = false }: { withEdition?: boolean }) {
  const index = useDatasetIndex();
  const year = useEditionYear();
  const support = useEditionSupport();
  const lang = useLang();
  const t = useT();
  if (!index || year === null) return null;
  const edition = index.editionsByYear.get(year);
  const namedCount = support?.namedCountries ?? 0;
  const named = namedCount === 1 ? t('countriesCountOne') : t('countriesCount', { count: namedCount });
  const claim = edition?.claim ? localize(edition.claim.text, lang) : null;
  const note = edition?.note ? localize(edition.note, lang) : null;
  return (
    <p className="edition__claim">
      {withEdition && edition && <strong className="edition__name">{editionName(edition, lang, t)}. </strong>}
      {edition?.listStatus === 'listed' ? (
        claim ? <span lang={claim.lang}>{t('claimLine', { claim: claim.text, named })}</span> : t('noClaim', { named })
      ) : (
        <span lang={note?.lang}>{note?.text ?? t('noListNote')}</span>
      )}
    </p>
  );
}

export function editionName(edition: Edition, lang: Lang, t: Translate): string {
  if (edition.listStatus === 'no-assembly' || !edition.session) return t('editionOptionNoAssembly', { year: String(edition.year) });
  return t('editionOption', { year: String(edition.year), session: ordinal(edition.session, lang), city: edition.city?.[lang] ?? '' });
}

function ordinal(n: number, lang: Lang): string {
  if (lang === 'zh-TW') return String(n);
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)];
  return `${n}${suffix}`;
}
