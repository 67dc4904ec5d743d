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

/**
 * "92nd". English's ordinal rule (CLDR's: 1st, 2nd, 3rd, but 11th–13th) is written out rather
 * than asked of Intl.PluralRules: the edition selector would be the page's first Intl user, and
 * the first one loads locale data inside the first render (tests/ui/ordinal.test.ts checks the
 * rule against Intl.PluralRules).
 */
export function ordinal(n: number, lang: Lang): string {
  if (lang === 'zh-TW') return String(n);
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
