/**
 * The ministry's headline claim for the edition beside what the data names ("over 70 countries
 * reported; 30 named in sources"), or why the year has no list. With `withEdition` (embeds,
 * which have no picker) it first names the Assembly.
 */
import { localize } from '../../i18n/names.ts';
import { coreWords } from '../../i18n/words/core.ts';
import { editionName } from '../../present/editionNames.ts';
import { claimSentence } from '../../present/headline.ts';
import { useWords } from '../common/useWords.ts';
import { useDatasetIndex, useEditionSupport, useEditionYear, useLang, useNameOf } from '../common/viewHooks.ts';

const NO_COUNTS = { countries: 0, throughOnly: 0, places: 0, organisations: 0 };

export function EditionHeadline({ withEdition = false }: { withEdition?: boolean }) {
  const index = useDatasetIndex();
  const year = useEditionYear();
  const support = useEditionSupport();
  const lang = useLang();
  const t = useWords(coreWords);
  const nameOf = useNameOf();
  if (!index || year === null) return null;
  const edition = index.editionsByYear.get(year);
  if (!edition) return null;
  const claim = claimSentence(edition, { counts: support?.named ?? NO_COUNTS, actors: support?.actors.values() ?? [], nameOf }, lang, t);
  const note = edition.note ? localize(edition.note, lang) : null;
  return (
    <p className="edition__claim">
      {withEdition && <strong className="edition__name">{editionName(edition, lang, t)}. </strong>}
      {edition.listStatus === 'listed' ? (
        <span lang={claim.lang}>{claim.text}</span>
      ) : (
        <span lang={note?.lang}>{note?.text ?? t('noListNote')}</span>
      )}
    </p>
  );
}
