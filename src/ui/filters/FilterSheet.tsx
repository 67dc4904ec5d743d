/**
 * On phones the filters collapse into a sheet: a button that says what is selected opens them
 * over the bottom of the screen, with the map still in view above so its colours can be seen
 * changing. On wider screens the button is hidden and the filters are always shown (CSS).
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { SUPPORT_TYPE_IDS } from '../../data/vocabulary.ts';
import { useAppStore } from '../../state/StoreContext.tsx';
import { selectTypeCount } from '../../state/selectors.ts';
import { useWords } from '../common/useWords.ts';
import { pageWords } from '../../i18n/words/later.ts';

export function FilterSheet({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const t = useWords(pageWords);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const sheet = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) sheet.current?.querySelector<HTMLElement>('button, input, select')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="filter-sheet__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <SelectedCount />
      </button>
      <div
        ref={sheet}
        id={id}
        className={`filter-sheet${open ? ' filter-sheet--open' : ''}`}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            close();
          }
        }}
        onBlur={(event) => {
          // The open sheet covers the bottom of the screen: once focus moves on to the page behind
          // it, close it, so the focused element is never hidden under it (WCAG 2.4.11). A button
          // that becomes disabled (All, None) blurs to nothing and keeps the sheet open.
          const to = event.relatedTarget;
          if (open && to instanceof Node && !event.currentTarget.contains(to) && to !== toggle.current) setOpen(false);
        }}
      >
        {children}
        <button type="button" className="filter-sheet__done" onClick={close}>
          {t('filtersDone')}
        </button>
      </div>
    </>
  );
}

/** What the sheet's button says ("Filters: 4 of 6 types"): the only part of the sheet a toggle changes. */
function SelectedCount() {
  const t = useWords(pageWords);
  const count = useAppStore(selectTypeCount);
  return count === SUPPORT_TYPE_IDS.length ? t('filtersButtonAll') : t('filtersButton', { count, total: SUPPORT_TYPE_IDS.length });
}
