/**
 * The words of a campaign other than INTERPOL (i18n/campaigns/<campaign>.ts), fetched with its
 * data the first time it is shown: a chunk each, so the first view carries none of them.
 */
import type { CampaignId } from '../data/vocabulary.ts';
import type { CampaignWords } from './translate.ts';

export async function loadCampaignWords(campaign: CampaignId): Promise<CampaignWords | null> {
  if (campaign === 'interpol') return null;
  // One chunk per file: the bundler makes one of each file this pattern matches.
  const module = (await import(`./campaigns/${campaign}.ts`)) as { default: CampaignWords };
  return module.default;
}
