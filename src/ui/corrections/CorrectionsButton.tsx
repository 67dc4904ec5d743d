/**
 * A button that opens the list of corrections. Its dialog is a chunk of its own, fetched on the
 * first click, with the correction log.
 */
import { lazy, Suspense, useState } from 'react';
import { pageWords } from '../../i18n/words/later.ts';
import { useWords } from '../common/useWords.ts';

const CorrectionsDialog = lazy(() => import('./CorrectionsDialog.tsx').then((m) => ({ default: m.CorrectionsDialog })));

export function CorrectionsButton({ className }: { className?: string }) {
  const t = useWords(pageWords);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('correctionsOpen')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <CorrectionsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
