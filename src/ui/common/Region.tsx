/**
 * One region of the page (the map, the table, the filters, ...): its own error boundary, so a
 * failure in one leaves the others working and says what failed, and its own Suspense, so a
 * region whose code loads on demand does not hold up the rest (with `fallback` in its place,
 * the same size, where its arrival must not move anything).
 */
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useWords } from './useWords.ts';
import { coreWords } from '../../i18n/words/core.ts';

export function Region({ name, children, fallback = null }: { name: string; children: ReactNode; fallback?: ReactNode }) {
  const t = useWords(coreWords);
  return (
    <ErrorBoundary
      region={name}
      // In the reader's words, with a way out; which region failed goes to the console for staff.
      fallback={(_what, retry) => (
        <div className="region-failed" role="alert">
          {t('regionFailed')}{' '}
          <button type="button" className="region-failed__retry" onClick={retry}>
            {t('retry')}
          </button>
        </div>
      )}
    >
      <Suspense fallback={fallback}>{children}</Suspense>
    </ErrorBoundary>
  );
}
