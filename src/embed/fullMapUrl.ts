/** The link from an embed to the full map: the same view, as that link carries it (no render flags). */
import { serializeUrlState } from '../state/urlCodec.ts';
import { linkState, type UrlState } from '../state/urlParams.ts';
import { viewPageAddress, type SitePages } from '../state/viewPages.ts';

export function fullMapUrl(url: UrlState, pageUrl: string, pages: SitePages | null = null): string {
  return viewPageAddress(pageUrl, url, pages) + serializeUrlState(linkState(url, 'fullMap'));
}
