/** Every problem found in the data, line by line: for staff (`?debug=1`, or the dev server). */
import { pageWords } from '../../i18n/words/later.ts';
import type { LoadFailure } from '../../data/loadResources.ts';
import { useWords } from '../common/useWords.ts';

export function LoadProblems({ failures }: { failures: readonly LoadFailure[] }) {
  const t = useWords(pageWords);
  return (
    <details className="load-status__details" open>
      <summary>{t('dataProblems')}</summary>
      <pre className="load-status__lines">{failures.flatMap((f) => f.details).join('\n')}</pre>
    </details>
  );
}
