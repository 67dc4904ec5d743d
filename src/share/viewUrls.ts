/**
 * The links the share menu hands out, built from the store's view (never from location.href,
 * which may still hold parameters the app dropped): a link to the full page and a link for an
 * iframe. Both are absolute, on the origin and path the page is served from.
 */
import { serializeUrlState, type Theme, type UrlState } from '../state/urlCodec.ts';

/** The page's address without query or hash: where the app lives, on any host and in any folder. */
export function appBaseUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  return `${url.origin}${url.pathname}`;
}

/** The link to copy or share: the same view on the full page, without render or debug flags. */
export function shareUrl(view: UrlState, pageUrl: string): string {
  const flags = { embed: false, plain: false, static: false, transparent: false, debug: false };
  return appBaseUrl(pageUrl) + serializeUrlState({ ...view, flags });
}

export interface EmbedFlags {
  theme: Theme;
  plain: boolean;
  static: boolean;
  transparent: boolean;
}

/** The iframe's src: the current view (the map, not the table) with `embed=1` and the chosen flags. */
export function embedUrl(view: UrlState, pageUrl: string, flags: EmbedFlags): string {
  const state: UrlState = {
    ...view,
    view: 'map',
    theme: flags.theme,
    flags: { embed: true, plain: flags.plain, static: flags.static, transparent: flags.transparent, debug: false },
  };
  return appBaseUrl(pageUrl) + serializeUrlState(state);
}

/** public/embed.js, next to the page: it trusts only frames from the origin it was loaded from. */
export function loaderUrl(pageUrl: string): string {
  return new URL('embed.js', appBaseUrl(pageUrl)).href;
}
