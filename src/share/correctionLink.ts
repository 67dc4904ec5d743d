/**
 * Where "Suggest a correction" points: the dataset's `corrections` target (an https form or a
 * mailto: address), prefilled with the actor and the edition on screen. No target, no link.
 */
import { translate } from '../i18n/translate.ts';
import { shareWords } from '../i18n/words/share.ts';
import type { Lang } from '../data/schema.ts';

export interface CorrectionContext {
  /** The open actor's id (the URL's `country`), or null. */
  actorId: string | null;
  /** Its display name, for the e-mail's words. */
  actorName: string | null;
  edition: number;
  /** The link to the current view. */
  url: string;
  lang: Lang;
}

export function correctionHref(target: string | undefined, context: CorrectionContext): string | null {
  if (!target) return null;
  if (target.startsWith('mailto:')) {
    const actor = context.actorId ? `${context.actorName ?? context.actorId} (${context.actorId})` : '—';
    const params = { actor, edition: String(context.edition), url: context.url };
    const subject = translate(shareWords, context.lang, 'citeCorrectionSubject', params);
    const body = translate(shareWords, context.lang, 'citeCorrectionBody', params);
    // encodeURIComponent, not URLSearchParams: mail clients read "+" literally, not as a space.
    const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
    return `${target}${target.includes('?') ? '&' : '?'}${query}`;
  }
  if (!target.startsWith('https://')) return null;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return null;
  }
  if (context.actorId) url.searchParams.set('actor', context.actorId);
  url.searchParams.set('edition', String(context.edition));
  return url.href;
}
