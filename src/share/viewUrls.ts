/**
 * The links the share menu hands out, built from the store's URL state (never from location.href,
 * which may still hold parameters the app dropped): a link to the full page and a link for an
 * iframe. Both are absolute, on the page of the view's edition when the build wrote one (so that
 * the link previews as that edition: state/viewPages.ts), else on the page's own address.
 */
import { serializeUrlState } from '../state/urlCodec.ts';
import { linkState, type Theme, type UrlState } from '../state/urlParams.ts';
import { viewPageAddress, type SitePages } from '../state/viewPages.ts';

/**
 * The state a handed-out link carries for its data: always the edition shown (a link without one
 * would move to the next Assembly), and, pinned, the data version shown (corrections and newer data
 * then never change it; without it, the link is live).
 */
export function dataState(url: UrlState, edition: number | null, pinnedVersion: string | null): UrlState {
  return { ...url, edition: edition ?? url.edition, version: pinnedVersion };
}

/** The page's address without query or hash: where the app lives, on any host and in any folder. */
export function appBaseUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  return `${url.origin}${url.pathname}`;
}

/** The link to copy or share: the same view on the full page, without render or debug flags. */
export function shareUrl(url: UrlState, pageUrl: string, pages: SitePages | null = null): string {
  return viewPageAddress(pageUrl, url, pages) + serializeUrlState(linkState(url, 'share'));
}

export interface EmbedFlags {
  theme: Theme;
  plain: boolean;
  static: boolean;
  transparent: boolean;
}

/** The iframe's src: the current view as an embed carries it (the map, not the table), with `embed=1` and the chosen flags. */
export function embedUrl(url: UrlState, pageUrl: string, flags: EmbedFlags, pages: SitePages | null = null): string {
  return viewPageAddress(pageUrl, url, pages) + serializeUrlState({ ...linkState(url, 'embed'), ...flags, embed: true });
}

/** public/embed.js, at the site's root: it trusts only frames from the origin it was loaded from. */
export function loaderUrl(pageUrl: string, pages: SitePages | null = null): string {
  return new URL('embed.js', pages?.siteRoot ?? appBaseUrl(pageUrl)).href;
}
