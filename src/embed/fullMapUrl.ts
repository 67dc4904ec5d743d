/** The link from an embed to the full map: the same view, as that link carries it (no render flags). */
import { serializeUrlState } from '../state/urlCodec.ts';
import { linkState, type UrlState } from '../state/urlParams.ts';

export function fullMapUrl(url: UrlState, pageUrl: string): string {
  const page = new URL(pageUrl);
  return `${page.origin}${page.pathname}${serializeUrlState(linkState(url, 'fullMap'))}`;
}
