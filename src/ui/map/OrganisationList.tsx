/**
 * Organisations (European Parliament, IPAC, G7, ...) are listed beside the map, never painted
 * onto their members; places without an ISO code (Somaliland) are listed apart, as what they are.
 * Edition-level groups a source names without members ("10 of 14 allies") are listed here too, as
 * stated.
 */
import { localize } from '../../i18n/names.ts';
import { useAppActions } from '../../state/StoreContext.tsx';
import { useTrailingFilteredEdition, useLang, useNameOf } from '../common/viewHooks.ts';
import { useWords } from '../common/useWords.ts';
import { pageWords } from '../../i18n/words/later.ts';

export function OrganisationList() {
  const view = useTrailingFilteredEdition();
  const lang = useLang();
  const t = useWords(pageWords);
  const nameOf = useNameOf();
  const { openPanel } = useAppActions();
  if (!view) return null;
  const organisations = view.matching.filter((s) => s.kind === 'organisation');
  const places = view.matching.filter((s) => s.kind === 'place');
  const item = (s: { id: string }) => (
    <li key={s.id}>
      <button type="button" className="organisations__item" onClick={() => openPanel(s.id)}>
        {nameOf(s.id)}
      </button>
    </li>
  );
  return (
    <section className="organisations" aria-labelledby="organisations-title">
      <h2 id="organisations-title" className="organisations__title">
        {t('organisations')}
      </h2>
      {organisations.length === 0 ? (
        <p className="organisations__empty">{t('organisationsNone')}</p>
      ) : (
        <ul className="organisations__list">{organisations.map(item)}</ul>
      )}
      {places.length > 0 && (
        <>
          {/* Places without an ISO code (Somaliland) have no shape of their own on the map. */}
          <h3 className="organisations__subtitle">{t('placesTitle')}</h3>
          <ul className="organisations__list">{places.map(item)}</ul>
        </>
      )}
      {view.matchingEditionGroups.length > 0 && (
        <>
          <h3 className="organisations__subtitle">{t('groupsTitle')}</h3>
          <ul className="organisations__groups">
            {view.matchingEditionGroups.map((group) => {
              const text = localize(group.description, lang);
              return (
                <li key={group.id} lang={text.lang}>
                  {text.text}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
