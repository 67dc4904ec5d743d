/**
 * The words for why a country has its colour, used by the tooltip, the accessible name of each
 * country on the map and the legend: information is never in colour alone.
 */
import { SUBJECT_ID } from '../data/vocabulary.ts';
import type { SupportTypeId } from '../data/schema.ts';
import type { ActorSupport } from '../filters/filterEdition.ts';
import type { Translate } from '../i18n/translate.ts';

type ActionsKey = 'tooltipAction' | 'tooltipActions';

export function describeSupport(
  id: string,
  support: ActorSupport | undefined,
  year: number,
  typeLabel: (type: SupportTypeId) => string,
  t: Translate<'tooltipTaiwan' | 'tooltipNoSupport' | 'tooltipNoList' | 'tooltipNotMatching' | ActionsKey>,
  listed = true,
): string {
  if (id === SUBJECT_ID) return t('tooltipTaiwan');
  if (!listed) return t('tooltipNoList', { year: String(year) });
  if (!support) return t('tooltipNoSupport', { year: String(year) });
  if (!support.matches) return t('tooltipNotMatching', { year: String(year) });
  return describeActions(support, typeLabel, t);
}

/**
 * What a matching supporter did in the edition: every type it showed and how many actions. It
 * does not depend on the filters, so the map keeps it per edition.
 */
export function describeActions(
  support: Pick<ActorSupport, 'types' | 'actions' | 'groups'>,
  typeLabel: (type: SupportTypeId) => string,
  t: Translate<ActionsKey>,
): string {
  const count = support.actions.length + support.groups.length;
  const actions = count === 1 ? t('tooltipAction') : t('tooltipActions', { count });
  return `${support.types.map(typeLabel).join(', ')}; ${actions}`;
}
