/** The body of the detail panel for one edition: actions grouped by type, then unnamed groups. */
import { SUPPORT_TYPE_IDS } from '../../data/vocabulary.ts';
import type { Group, Lang } from '../../data/schema.ts';
import { typeLabel, type DatasetIndex } from '../../filters/datasetIndex.ts';
import type { ActorSupport } from '../../filters/filterEdition.ts';
import { ActionItem, Evidence } from './ActionItem.tsx';
import { formatQuantity } from '../../i18n/labels.ts';
import { LocalText } from '../common/LocalText.tsx';
import { SourceLinks } from './SourceLinks.tsx';
import type { PanelWordsTranslate } from './words.ts';

interface DetailSupportProps {
  support: ActorSupport;
  index: DatasetIndex;
  lang: Lang;
  t: PanelWordsTranslate;
}

export function DetailSupport({ support, index, lang, t }: DetailSupportProps) {
  const typesWithActions = SUPPORT_TYPE_IDS.filter((type) => support.actions.some((a) => a.type === type));
  return (
    <>
      {typesWithActions.map((type) => (
        <section key={type} className="detail-panel__type" aria-labelledby={`detail-type-${type}`}>
          <h3 id={`detail-type-${type}`} className="detail-panel__type-title">
            {typeLabel(index, type, lang)}
          </h3>
          <ul className="detail-panel__actions">
            {support.actions
              .filter((action) => action.type === type)
              .map((action) => (
                <ActionItem key={action.id} action={action} index={index} lang={lang} t={t} />
              ))}
          </ul>
        </section>
      ))}
      {support.groups.length > 0 && (
        <section className="detail-panel__groups" aria-labelledby="detail-groups-title">
          <h3 id="detail-groups-title" className="detail-panel__type-title">
            {t('groupsTitle')}
          </h3>
          <ul className="detail-panel__group-list">
            {support.groups.map((group) => (
              <GroupItem key={group.id} group={group} index={index} lang={lang} t={t} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** A group a source counts without naming its members; shown as counted, never expanded. */
function GroupItem({ group, index, lang, t }: { group: Group; index: DatasetIndex; lang: Lang; t: PanelWordsTranslate }) {
  const count = group.count && formatQuantity(t, group.count);
  const counted = count && group.outOf ? t('quantityOutOf', { count, outOf: formatQuantity(t, group.outOf) }) : count;
  return (
    <li className="detail-panel__group">
      <p className="detail-panel__summary">
        <LocalText text={group.description} lang={lang} />
      </p>
      <ul className="detail-panel__facts">
        <li className="detail-panel__fact">{typeLabel(index, group.type, lang)}</li>
        {counted && <li className="detail-panel__fact">{t('groupCount', { count: counted })}</li>}
        <li className={`detail-panel__fact detail-panel__fact--${group.evidence}`}>
          <Evidence evidence={group.evidence} inference={group.inference} lang={lang} t={t} />
        </li>
      </ul>
      <SourceLinks ids={group.sources} sourceOf={(id) => index.sourcesById.get(id)} lang={lang} t={t} />
    </li>
  );
}
