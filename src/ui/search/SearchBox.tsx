/**
 * Find any supporter or any country of the map by name: an ARIA 1.2 combobox with a listbox
 * popup (list autocomplete, no automatic selection). Choosing opens the detail panel.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { collatorFor } from '../../i18n/collator.ts';
import { regionName } from '../../i18n/names.ts';
import { useAppActions } from '../../state/StoreContext.tsx';
import {
  useDatasetIndex,
  useTrailingEditionSupport,
  useTrailingEditionYear,
  useLang,
  useTrailingListStatus,
  useMapGeometry,
  useNameOf,
} from '../common/viewHooks.ts';
import { typeLabel } from '../../filters/datasetIndex.ts';
import { COUNTRY_ALIASES } from '../../i18n/countryAliases.ts';
import { searchEntries, type SearchEntry } from '../../filters/searchActors.ts';
import { useSearchWords } from './words.ts';
import { LanguageFallback } from '../page/LanguageFallback.tsx';

export function SearchBox() {
  const index = useDatasetIndex();
  const geometry = useMapGeometry();
  const edition = useTrailingEditionSupport();
  const { openPanel } = useAppActions();
  const lang = useLang();
  const t = useSearchWords();
  const nameOf = useNameOf();
  const year = useTrailingEditionYear();
  const listStatus = useTrailingListStatus();
  const inputId = useId();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // Built only while the box is in use: the names of every country are not needed to toggle a filter.
  const inUse = open || query !== '';
  const entries = useMemo(() => {
    if (!inUse) return [];
    const byId = new Map<string, SearchEntry>();
    const add = (id: string, english: string) => {
      if (!byId.has(id)) {
        const aliases = COUNTRY_ALIASES[id];
        byId.set(id, { id, name: nameOf(id), english, supporter: edition?.actors.has(id) ?? false, ...(aliases ? { aliases } : {}) });
      }
    };
    for (const actor of index?.dataset.actors ?? []) add(actor.id, actor.name.en);
    for (const shape of geometry?.shapes ?? []) {
      // "_" ids are land without an ISO code, painted neutral; there is nothing to open for them.
      if (!shape.id.startsWith('_')) add(shape.id, regionName(shape.a2, 'en') ?? shape.id);
    }
    return [...byId.values()];
  }, [inUse, index, geometry, edition, nameOf]);

  // The collator is made only once there is something to sort: the page's first Intl object
  // loads the locale's data (bench/README.md, "Why the code is as it is").
  const results = useMemo(() => (inUse ? searchEntries(entries, query, collatorFor(lang)) : []), [inUse, entries, query, lang]);
  const expanded = open && results.length > 0;
  const optionId = (id: string) => `${listId}-${id}`;
  const activeResult = expanded && active >= 0 ? results[active] : undefined;

  const choose = (id: string) => {
    openPanel(id);
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = results.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (count > 0) setActive(!expanded ? 0 : (active + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (count > 0) setActive(!expanded || active <= 0 ? count - 1 : active - 1);
        break;
      case 'Enter': {
        // With nothing highlighted, Enter takes the best match: what the visitor most likely meant.
        const chosen = expanded ? (results[active] ?? results[0]) : undefined;
        if (chosen) {
          event.preventDefault();
          choose(chosen.entry.id);
        }
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) setOpen(false);
        else setQuery('');
        setActive(-1);
        break;
    }
  };

  /** What the country did in the edition shown, so a result says whether it supported Taiwan. */
  const statusOf = (id: string): string => {
    if (year === null) return '';
    const yearText = String(year);
    if (listStatus !== 'listed') return t('tooltipNoList', { year: yearText });
    const actor = edition?.actors.get(id);
    if (!actor) return t('tooltipNoSupport', { year: yearText });
    const types = actor.types.map((type) => (index ? typeLabel(index, type, lang) : type));
    return t('searchSupported', { year: yearText, types: types.join(t('listSeparator')) });
  };

  const trimmed = query.trim();
  const status =
    trimmed === ''
      ? ''
      : results.length === 0
        ? t('searchNoResults')
        : results.length === 1
          ? t('searchResultsOne')
          : t('searchResultsCount', { count: results.length });

  return (
    <>
      <LanguageFallback />
      <div className="search-box">
        <label htmlFor={inputId} className="search-box__label visually-hidden">
          {t('search')}
        </label>
        <input
          id={inputId}
          className="search-box__input"
          type="text"
          placeholder={t('search')}
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeResult ? optionId(activeResult.entry.id) : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        {/* The listbox stays in the DOM (hidden) so aria-controls always points at an element. */}
        <ul id={listId} role="listbox" aria-label={t('search')} className="search-box__list" hidden={!expanded}>
          {expanded &&
            results.map((result, i) => (
              <li
                key={result.entry.id}
                id={optionId(result.entry.id)}
                role="option"
                aria-selected={i === active}
                className={`search-box__option${i === active ? ' search-box__option--active' : ''}`}
                // Keep focus in the input, so the click does not blur and close the list first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(result.entry.id)}
              >
                <span className="search-box__name">
                  {result.entry.name}
                  {result.viaAlias !== undefined ? (
                    <span className="search-box__alt"> ({result.viaAlias})</span>
                  ) : (
                    result.viaEnglish && (
                      <span className="search-box__alt" lang="en">
                        {' '}
                        ({result.entry.english})
                      </span>
                    )
                  )}
                </span>
                <span className="search-box__state">{statusOf(result.entry.id)}</span>
              </li>
            ))}
        </ul>
        <p role="status" className={`search-box__status${results.length > 0 ? ' visually-hidden' : ''}`}>
          {status}
        </p>
      </div>
    </>
  );
}
