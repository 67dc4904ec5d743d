/**
 * Organisations (European Parliament, IPAC, G7, ...) and places without an ISO code are listed
 * beside the map, never painted onto their members. Edition-level groups a source names without
 * members ("10 of 14 allies") are listed here too, as stated.
 */
import { localize } from '../i18n/names.ts';
import { useAppActions } from '../state/StoreContext.tsx';
import { useEditionSupport, useLang, useMatchingOrganisations, useNameOf, useT } from './derived.ts';

export function OrganisationList() {
  // The edition's groups, and the ids of the organisations that match: a filter toggle that
  // leaves the organisations as they were does not re-render the list.
  const edition = useEditionSupport();
  const organisations = useMatchingOrganisations();
  const lang = useLang();
  const t = useT();
  const nameOf = useNameOf();
  const { selectActor } = useAppActions();
  if (!edition) return null;
  return (
    <section className="organisations" aria-labelledby="organisations-title">
      <h2 id="organisations-title" className="organisations__title">
        {t('organisations')}
      </h2>
      {organisations.length === 0 ? (
        <p className="organisations__empty">{t('organisationsNone')}</p>
      ) : (
        <ul className="organisations__list">
          {organisations.map((id) => (
            <li key={id}>
              <button type="button" className="organisations__item" onClick={() => selectActor(id)}>
                {nameOf(id)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {edition.editionGroups.length > 0 && (
        <>
          <h3 className="organisations__subtitle">{t('groupsTitle')}</h3>
          <ul className="organisations__groups">
            {edition.editionGroups.map((group) => {
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
