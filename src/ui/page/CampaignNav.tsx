/**
 * The bodies the map covers, as a row of links above the title: the campaign shown is the current
 * page. Each link is a real address (a new tab opens that body's map); a plain click switches in
 * place, keeping the year, the filters and the open country where the other body has them.
 */
import { CAMPAIGN_IDS, type CampaignId } from '../../data/vocabulary.ts';
import { coreWords } from '../../i18n/words/core.ts';
import { serializeUrlState } from '../../state/urlCodec.ts';
import { linkState } from '../../state/urlParams.ts';
import { selectCampaign, selectUrl } from '../../state/selectors.ts';
import { useAppStore, useAppStoreApi, useTrailingAppStore } from '../../state/StoreContext.tsx';
import { switchCampaign } from '../../state/campaignLoader.ts';
import { useWords } from '../common/useWords.ts';
import { isPlainClick } from '../common/isPlainClick.ts';
import { useChoiceAfterPaint } from '../common/useChoiceAfterPaint.ts';

/** The words of each campaign's link: its short name shown, its full name said (which begins with the short one). */
export const CAMPAIGN_LINK_WORDS = {
  interpol: ['campaignShortInterpol', 'campaignInterpol'],
  wha: ['campaignShortWha', 'campaignWha'],
  icao: ['campaignShortIcao', 'campaignIcao'],
  unfccc: ['campaignShortUnfccc', 'campaignUnfccc'],
  unga: ['campaignShortUnga', 'campaignUnga'],
} as const satisfies Record<CampaignId, readonly [keyof typeof coreWords, keyof typeof coreWords]>;

export function CampaignNav({ campaigns }: { campaigns: readonly CampaignId[] }) {
  const current = useAppStore(selectCampaign);
  // The links' addresses follow the view a frame after it changes: they are for a new tab, and
  // working them out is not for the frame that answers a click (a toggle, a year, a body).
  const url = useTrailingAppStore(selectUrl);
  const store = useAppStoreApi();
  const t = useWords(coreWords);
  // A click marks its body as the current page in the frame that answers it; the page switches
  // (the headline, the legend, the filters, the years, the map) after that frame is out.
  const { chosen, choose } = useChoiceAfterPaint((campaign: CampaignId) => {
    if (selectCampaign(store.getState()) !== campaign) switchCampaign(store, campaign);
  });
  const shown = chosen ?? current;
  // A page with INTERPOL's data alone (an older build, the tests) has nothing to choose from.
  if (campaigns.length < 2) return null;
  return (
    <nav className="campaigns" aria-label={t('campaigns')}>
      {CAMPAIGN_IDS.filter((campaign) => campaigns.includes(campaign)).map((campaign) => {
        const [short, full] = CAMPAIGN_LINK_WORDS[campaign];
        const href = serializeUrlState({ ...linkState(url, 'fullMap'), campaign }) || './';
        return (
          <a
            key={campaign}
            className="campaigns__link"
            href={href}
            title={t(full)}
            {...(campaign === shown ? { 'aria-current': 'page' as const } : {})}
            onClick={(event) => {
              if (!isPlainClick(event)) return;
              event.preventDefault();
              if (campaign === shown) return;
              choose(campaign);
            }}
          >
            {t(short)}
            {/* Said after the short name (which starts the full one: the visible label begins the name). */}
            {t(full).startsWith(t(short)) && t(full).length > t(short).length && (
              <span className="visually-hidden">{t(full).slice(t(short).length)}</span>
            )}
          </a>
        );
      })}
    </nav>
  );
}
