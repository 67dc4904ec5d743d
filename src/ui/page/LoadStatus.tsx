/** Loading and failure states: never an empty frame, always a way out (Retry). */
import { Suspense } from 'react';
import { useAppActions, useAppStore } from '../../state/StoreContext.tsx';
import { preloadable } from '../common/preloadable.ts';
import { selectDebug, selectLoad } from '../../state/selectors.ts';
import { useWords } from '../common/useWords.ts';
import { coreWords } from '../../i18n/words/core.ts';
import { CAMPAIGN_LINK_WORDS } from './CampaignNav.tsx';

const LoadProblems = preloadable(() => import('./LoadProblems.tsx').then((m) => m.LoadProblems)).Component;

/**
 * `pending`: the page below has not been drawn for the new state yet (it is drawn in the
 * background, see App); the status says loading until then, so that the alert or the page's
 * disappearance come together with what replaces them.
 */
export function LoadStatus({ pending = false }: { pending?: boolean }) {
  const load = useAppStore(selectLoad);
  const debug = useAppStore(selectDebug);
  const { retryLoad } = useAppActions();
  const t = useWords(coreWords);
  if (pending || load.status === 'loading')
    return (
      <p className="load-status load-status--loading" role="status">
        <span className="load-status__spinner" aria-hidden="true" />
        {t('loading')}
      </p>
    );
  if (load.status === 'ready') return null;
  const failedCampaign = load.failures.find((failure) => failure.campaign !== undefined)?.campaign;
  const showDetails = debug || import.meta.env.DEV;
  return (
    <div className="load-status load-status--failed" role="alert">
      <p className="load-status__title">{t('loadFailedTitle')}</p>
      {failedCampaign && failedCampaign !== 'interpol' && (
        <p className="load-status__campaign">{t('campaignFailed', { campaign: t(CAMPAIGN_LINK_WORDS[failedCampaign][1]) })}</p>
      )}
      <ul className="load-status__failures">
        {load.failures.map((failure) => (
          <li key={failure.resource}>{failure.message}</li>
        ))}
      </ul>
      {load.index && !load.geometry && <p>{t('tableStillWorks')}</p>}
      <button type="button" className="load-status__retry" onClick={retryLoad}>
        {t('retry')}
      </button>
      {showDetails && (
        // Staff only: its code is fetched when asked for, not with every first view.
        <Suspense fallback={null}>
          <LoadProblems failures={load.failures} />
        </Suspense>
      )}
    </div>
  );
}
