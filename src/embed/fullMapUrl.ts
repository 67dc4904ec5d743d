/** The link from an embed to the full map: the same view, without the embed's render flags. */
import { serializeUrlState, type UrlState } from '../state/urlCodec.ts';

export function fullMapUrl(view: UrlState, pageUrl: string): string {
  const flags = { ...view.flags, embed: false, plain: false, static: false, transparent: false };
  const url = new URL(pageUrl);
  return `${url.origin}${url.pathname}${serializeUrlState({ ...view, flags })}`;
}
