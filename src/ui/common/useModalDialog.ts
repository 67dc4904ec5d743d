/**
 * A native modal <dialog> that is open while mounted: the browser gives the focus trap, Escape
 * and the inert page. On unmount the focus goes back to what had it (the button that opened it).
 */
import { useEffect, useRef, type MouseEvent, type RefObject, type SyntheticEvent } from 'react';

export interface ModalDialogProps {
  ref: RefObject<HTMLDialogElement | null>;
  onCancel(event: SyntheticEvent<HTMLDialogElement>): void;
  onMouseDown(event: MouseEvent<HTMLDialogElement>): void;
  onClick(event: MouseEvent<HTMLDialogElement>): void;
}

export function useModalDialog(onClose: () => void, initialFocus?: RefObject<HTMLElement | null>): ModalDialogProps {
  const ref = useRef<HTMLDialogElement>(null);
  const pressedOnBackdrop = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement;
    // jsdom (tests) and very old browsers lack showModal; an open dialog still shows the content.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    if (initialFocus?.current) initialFocus.current.focus();
    return () => {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      // The browser restores focus only after close(); an unmount skips that.
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
    // Mount-only: the dialog opens once and closes by unmounting (initialFocus is a ref).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    ref,
    onCancel: (event) => {
      // Escape: the owner unmounts the dialog, so React and the DOM never disagree about "open".
      event.preventDefault();
      onClose();
    },
    onMouseDown: (event) => {
      pressedOnBackdrop.current = event.target === event.currentTarget;
    },
    onClick: (event) => {
      // The body fills the dialog, so a click on the dialog element itself landed on the backdrop.
      const started = pressedOnBackdrop.current;
      pressedOnBackdrop.current = false;
      if (started && event.target === event.currentTarget) onClose();
    },
  };
}
