/**
 * Every body's checked data the page knows, for views that show them all (a country across
 * bodies, the map across bodies): what is in hand now, and the rest loaded when `load` is true
 * (state/campaignLoader.ts: one fetch per file, shared with idle time's).
 */
import { useEffect } from 'react';
import { campaignsOf } from '../../data/releases.ts';
import { loadOtherCampaigns } from '../../state/campaignLoader.ts';
import { useAppStore, useAppStoreApi } from '../../state/StoreContext.tsx';

export function useCampaignIndexes(load = true) {
  const store = useAppStoreApi();
  const files = useAppStore((s) => s.files);
  const indexes = useAppStore((s) => s.campaignIndexes);
  const campaigns = campaignsOf(files ?? undefined);
  const missing = campaigns.filter((campaign) => indexes[campaign] === undefined).length;
  useEffect(() => {
    if (load && missing > 0) void loadOtherCampaigns(store);
  }, [load, missing, store, files]);
  return { campaigns, indexes, loading: missing > 0 };
}
