/**
 * A button that opens the list of corrections. Its dialog is a chunk of its own, fetched on the
 * first click, with the correction log.
 */
import { useState } from 'react';
import { preloadable } from '../common/preloadable.ts';
import { Region } from '../common/Region.tsx';
import { pageWords } from '../../i18n/words/later.ts';
import { useWords } from '../common/useWords.ts';

const CorrectionsDialog = preloadable(() => import('./CorrectionsDialog.tsx').then((m) => m.CorrectionsDialog)).Component;

export function CorrectionsButton({ className }: { className?: string }) {
  const t = useWords(pageWords);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('correctionsOpen')}
      </button>
      {open && (
        // A dialog that fails to arrive says so here, with Retry; the button stays.
        <Region name="the list of corrections">
          <CorrectionsDialog onClose={() => setOpen(false)} />
        </Region>
      )}
    </>
  );
}
