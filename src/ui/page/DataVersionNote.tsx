/**
 * What a pinned view says about its data (`version=` in the URL): that it is pinned, with a quiet
 * link to the newest data when there is newer; or, when the version asked for is not kept, that
 * the newest data are shown instead. Nothing for a live view.
 */
import { compareVersions } from '../../data/versions.ts';
import { fullMapUrl } from '../../embed/fullMapUrl.ts';
import { pageWords } from '../../i18n/words/later.ts';
import { useAppStore, useTrailingAppStore } from '../../state/StoreContext.tsx';
import { selectEmbed, selectLatestDataVersion, selectUrl, selectVersion } from '../../state/selectors.ts';
import { useWords } from '../common/useWords.ts';
import { useDataset } from '../common/viewHooks.ts';
import { thisSitePages } from '../common/thisSitePages.ts';

export function DataVersionNote() {
  const dataset = useDataset();
  const version = useAppStore(selectVersion);
  // The link carries the whole view; it may follow a filter change by a frame.
  const url = useTrailingAppStore(selectUrl);
  const latest = useAppStore(selectLatestDataVersion);
  const embed = useAppStore(selectEmbed);
  const t = useWords(pageWords);
  if (!dataset || version === null) return null;
  if (dataset.version !== version) {
    return <p className="source-line__version source-line__version--missing">{t('versionMissing', { requested: version })}</p>;
  }
  const newer = latest !== null && compareVersions(latest, dataset.version) > 0;
  // The same view on the newest data; from an embed, in a new tab (nothing navigates the host page).
  const href = fullMapUrl({ ...url, version: null }, window.location.href, thisSitePages());
  return (
    <p className="source-line__version">
      {t('versionPinned', { version: dataset.version })}
      {newer && (
        <>
          {' '}
          <a href={href} {...(embed ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
            {t('versionNewer', { latest })}
            {embed && <span className="visually-hidden"> {t('opensInNewTab')}</span>}
          </a>
        </>
      )}
    </p>
  );
}
