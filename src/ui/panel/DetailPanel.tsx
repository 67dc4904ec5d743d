/**
 * The detail panel of the actor in the URL's `country`: a modal <dialog>, so the browser gives
 * the focus trap, Escape and an inert page. The store is the only source of "open": every way
 * of closing goes through closePanel(), and the dialog follows the store.
 */
import { useDeferredValue, useEffect, useId, useRef, type MouseEvent, type SyntheticEvent } from 'react';
import { flushSync } from 'react-dom';
import { levelColor } from '../../map/colorScale.ts';
import { actorYearCells } from '../../present/matrixRows.ts';
import { useColorScheme } from '../common/useColorScheme.ts';
import { useAppStore, useAppStoreApi, useAppActions } from '../../state/StoreContext.tsx';
import { selectCountry } from '../../state/selectors.ts';
import { useDatasetIndex, useFilteredEdition, useLang, useMapGeometry, useNameOf } from '../common/viewHooks.ts';
import { DetailHistory } from './DetailHistory.tsx';
import { DetailAcrossBodies } from './DetailAcrossBodies.tsx';
import { DetailRelations } from './DetailRelations.tsx';
import { DetailSupport } from './DetailSupport.tsx';
import { kindLabel } from '../../i18n/labels.ts';
import { LocalText } from '../common/LocalText.tsx';
import { usePanelWords } from './words.ts';
import { SUBJECT_ID } from '../../data/vocabulary.ts';
import { editionName } from '../../present/editionNames.ts';

/** Wide enough for the panel to sit beside the map. */
const SIDE_PANEL_MEDIA = '(min-width: 900px)';

export function DetailPanel() {
  const id = useAppStore(selectCountry);
  const index = useDatasetIndex();
  const geometry = useMapGeometry();
  const view = useFilteredEdition();
  if (id === null || !index || !view) return null;
  // An id that is neither an actor, a shape nor a supporter names nothing we could show.
  const known = index.actorsById.has(id) || geometry?.shapesById.has(id) === true || view.actors.has(id);
  return known ? <DetailDialog id={id} /> : null;
}

function DetailDialog({ id }: { id: string }) {
  const store = useAppStoreApi();
  const { closePanel, setEdition } = useAppActions();
  const index = useDatasetIndex();
  const view = useFilteredEdition();
  const lang = useLang();
  const t = usePanelWords();
  const nameOf = useNameOf();
  const scheme = useColorScheme();
  const headingId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pressedOnBackdrop = useRef(false);
  const closePanelRef = useRef(closePanel);
  closePanelRef.current = closePanel;

  // Mounted = open. Switching to another actor re-renders this same dialog, so it stays open.
  // On a wide screen the panel sits beside the map and leaves it live (not modal): the reader can
  // hover and click the next country, and compare. On a phone it is a modal sheet.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previous = document.activeElement;
    const beside = typeof window.matchMedia === 'function' && window.matchMedia(SIDE_PANEL_MEDIA).matches;
    // jsdom (tests) and very old browsers lack showModal; a plain open dialog still shows the content.
    if (beside && typeof dialog.show === 'function') dialog.show();
    else if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    // Browsers focus the first focusable element, the heading: its name is read first. Do the same without showModal.
    if (!dialog.contains(document.activeElement)) headingRef.current?.focus();
    // Escape closes a panel that is not modal too (a modal one gets "cancel"), unless a modal
    // dialog above it (the share dialogs) takes the key.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || dialog.matches(':modal')) return;
      if (document.querySelector('dialog:modal')) return;
      event.preventDefault();
      closePanelRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (dialog.isConnected && dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      // The dialog restores focus itself only when closed by close(); unmounting skips that.
      // The map's targets are SVG elements, not HTML ones: both can take focus back.
      if ((previous instanceof HTMLElement || previous instanceof SVGElement) && previous.isConnected) previous.focus();
    };
  }, []);

  // The name and the edition come in the click's own frame; the years and the sources in the
  // next (a background render), so the panel answers the click at once on a slow phone.
  const contentShown = useDeferredValue(true, false);

  if (!index || !view) return null;
  const requestClose = () => closePanel();
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    // Escape: let the store close the dialog, so the URL and the dialog never disagree.
    event.preventDefault();
    requestClose();
  };
  const onClose = () => {
    // close() fires "close" a task later: after a StrictMode remount the dialog is open again by then.
    if (dialogRef.current?.open) return;
    if (store.getState().url.country !== null) requestClose();
  };
  const onBackdropClick = (event: MouseEvent<HTMLDialogElement>) => {
    // The body fills the dialog, so a click whose target is the dialog itself landed on the backdrop;
    // a drag that starts in the text (selecting it) and ends outside must not close the panel.
    const startedOnBackdrop = pressedOnBackdrop.current;
    pressedOnBackdrop.current = false;
    if (startedOnBackdrop && event.target === event.currentTarget) requestClose();
  };
  const pickYear = (year: number) => {
    // The clicked year button disappears from the new history; move focus to the heading, not to <body>.
    flushSync(() => setEdition(year));
    headingRef.current?.focus();
  };

  const actor = index.actorsById.get(id);
  const support = view.actors.get(id);
  const year = String(view.year);
  const edition = index.editionsByYear.get(view.year);
  const status = edition?.listStatus;
  const cells = contentShown ? actorYearCells(index, id, lang, t) : [];

  return (
    <dialog
      ref={dialogRef}
      className="detail-panel"
      aria-labelledby={headingId}
      onCancel={onCancel}
      onClose={onClose}
      onMouseDown={(event) => (pressedOnBackdrop.current = event.target === event.currentTarget)}
      onClick={onBackdropClick}
    >
      <div className="detail-panel__body">
        <header className="detail-panel__header">
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="detail-panel__title">
            {nameOf(id)}
          </h2>
          <p className="detail-panel__subtitle">
            {actor && (
              <>
                <span className="detail-panel__kind">{kindLabel(t, actor.kind)}</span>
                <span className="detail-panel__separator" aria-hidden="true">
                  {' · '}
                </span>
              </>
            )}
            <span className="detail-panel__edition">
              {id === SUBJECT_ID
                ? t('panelSubjectKind')
                : status === 'listed'
                  ? t('panelEdition', { year })
                  : edition
                    ? editionName(edition, lang, t)
                    : year}
            </span>
          </p>
          <button type="button" className="detail-panel__close" onClick={requestClose}>
            {t('panelClose')}
          </button>
        </header>
        {actor?.note && (
          <p className="detail-panel__note">
            <LocalText text={actor.note} lang={lang} />
          </p>
        )}
        {id === SUBJECT_ID ? (
          <p className="detail-panel__subject">{t('panelSubject')}</p>
        ) : !contentShown ? null : (
          <>
            {/* Every Assembly at a glance first: the year shown, and where else it spoke up. */}
            <DetailHistory
              cells={cells}
              shown={view.year}
              fillOf={(level) => levelColor(level, scheme) ?? undefined}
              onPick={pickYear}
              t={t}
            />
            <DetailRelations id={id} lang={lang} t={t} />
            <DetailAcrossBodies
              id={id}
              shownYear={view.year}
              lang={lang}
              fillOf={(level) => levelColor(level, scheme) ?? undefined}
              t={t}
            />
            {support ? (
              <DetailSupport support={support} index={index} lang={lang} t={t} />
            ) : (
              <p className="detail-panel__empty">
                {status === 'no-assembly'
                  ? t('mapNoAssembly', { year })
                  : status === 'no-list'
                    ? t('tooltipNoList', { year })
                    : t('panelNoSupport', { year })}
              </p>
            )}
          </>
        )}
      </div>
    </dialog>
  );
}
