/** Live or pinned data, for the links the Embed and Cite dialogs hand out (share/viewUrls.ts `dataState`). */
import { useShareWords } from './words.ts';

export function DataChoice({ version, pinned, onChange }: { version: string; pinned: boolean; onChange: (pinned: boolean) => void }) {
  const t = useShareWords();
  return (
    <fieldset className="share-dialog__group">
      <legend>{t('dataChoice')}</legend>
      <label className="share-dialog__option">
        <input type="radio" name="data-version" checked={pinned} onChange={() => onChange(true)} />
        {t('dataPinned', { version })}
      </label>
      <label className="share-dialog__option">
        <input type="radio" name="data-version" checked={!pinned} onChange={() => onChange(false)} />
        {t('dataLive')}
      </label>
    </fieldset>
  );
}
