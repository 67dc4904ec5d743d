/**
 * The comparison as a list, grouped by change: a real list under a heading per change, each entry
 * with the sources for both Assemblies (or, for relations that ended, the sources that say when).
 */
import { memo, startTransition, useDeferredValue, useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import type { Lang, Source } from '../../data/schema.ts';
import { headingText } from '../../present/sourceHeading.ts';
import { CHANGE_COLORS, changeGroups, type ChangeEntry } from '../../present/changes.ts';
import { useColorScheme } from '../common/useColorScheme.ts';
import { formatPartialDate } from '../../i18n/formatPartialDate.ts';
import { useAppActions } from '../../state/StoreContext.tsx';
import { afterNextPaint } from '../../state/urlSync.ts';
import { useDatasetIndex, useLang, useNameOf } from '../common/viewHooks.ts';
import { fetchRelations } from './relations.ts';
import { useEditionChanges } from './useEditionChanges.ts';
import { useTimeWords, type TimeWordsTranslate } from './words.ts';
import './time.css';

/** Entries per group drawn in each step (a frame of its own). */
const ENTRIES_PER_STEP = 4;

export function ChangeList() {
  const index = useDatasetIndex();
  const changes = useEditionChanges();
  // The list follows in a render of its own, after the map and the legend have their new colours:
  // a switch of Assembly is then not one long task.
  const { view, relations } = useDeferredValue(changes);
  const lang = useLang();
  const nameOf = useNameOf();
  const t = useTimeWords();
  const { openPanel } = useAppActions();
  const scheme = useColorScheme();
  // A long comparison (2016 against 2023: 44 entries, 500 elements) is drawn a few entries per
  // group at a time, each step after the previous one is painted: laid out in one frame, the list
  // was a task of 50-75 ms at 4x CPU (bench/README.md).
  const [drawn, setDrawn] = useState<{ view: object | null; entries: number }>({ view: null, entries: 0 });
  const limit = drawn.view === view ? drawn.entries : ENTRIES_PER_STEP;
  // The same groups, entries and source lookup for every step: each step renders its new entries only.
  const groups = useMemo(
    () =>
      index && view ? changeGroups(index, view, relations.status === 'ready' ? relations.file.relationsEnded : null, nameOf, lang, t) : [],
    [index, view, relations, nameOf, lang, t],
  );
  const sourceOf = useMemo(
    () =>
      (id: string): Source | undefined =>
        index?.sourcesById.get(id) ?? (relations.status === 'ready' ? relations.sourcesById.get(id) : undefined),
    [index, relations],
  );
  const longest = Math.max(0, ...groups.map((group) => group.entries.length));
  useEffect(() => {
    if (!view || limit >= longest) return;
    return afterNextPaint(window)(() => startTransition(() => setDrawn({ view, entries: limit + ENTRIES_PER_STEP })), 'replace');
  }, [view, limit, longest]);
  if (!index || !view) return null;
  const firstOf = <T,>(entries: readonly T[]) => entries.slice(0, limit);
  return (
    <section className="change-list" aria-labelledby="change-list-title">
      <h2 id="change-list-title" className="change-list__title">
        {t('changeListTitle')}
      </h2>
      <p className="change-list__hint">{t('changeListHint')}</p>
      {(relations.status === 'loading' || relations.status === 'idle') && (
        <p className="change-list__status" role="status">
          {t('changeRelationsLoading')}
        </p>
      )}
      {relations.status === 'failed' && (
        <div className="change-list__status change-list__status--failed" role="alert">
          <p>{t('changeRelationsFailed', { reason: relations.message })}</p>
          <button type="button" className="change-list__retry" onClick={fetchRelations}>
            {t('retry')}
          </button>
        </div>
      )}
      {groups.length === 0 && <p>{t('changeEmpty')}</p>}
      {groups.map((group) => (
        <section
          key={group.change}
          className="change-list__group"
          data-change={group.change}
          aria-labelledby={`change-${group.change}`}
          style={{ '--change-fill': CHANGE_COLORS[scheme][group.change] } as CSSProperties}
        >
          <h3 id={`change-${group.change}`} className="change-list__heading">
            <span>
              {group.label} <span className="change-list__count">({group.entries.length})</span>
            </span>
          </h3>
          <Entries collapsed={group.change === 'again'} t={t}>
            {firstOf(group.entries).map((entry) => (
              <Entry
                key={entry.id}
                entry={entry}
                year={view.year}
                against={view.against}
                opens={index.actorsById.has(entry.id)}
                openPanel={openPanel}
                sourceOf={sourceOf}
                t={t}
                lang={lang}
              />
            ))}
          </Entries>
        </section>
      ))}
    </section>
  );
}

interface EntryProps {
  entry: ChangeEntry;
  year: number;
  against: number;
  /** Whether the entry has a panel to open (an actor of the dataset). */
  opens: boolean;
  openPanel: (id: string) => void;
  sourceOf: (id: string) => Source | undefined;
  t: TimeWordsTranslate;
  lang: Lang;
}

const Entry = memo(function Entry({ entry, year, against, opens, openPanel, sourceOf, t, lang }: EntryProps) {
  return (
    <li className="change-list__entry" data-id={entry.id}>
      {opens ? (
        <button type="button" className="change-list__name" onClick={() => openPanel(entry.id)}>
          {entry.name}
        </button>
      ) : (
        <span className="change-list__name">{entry.name}</span>
      )}
      <Evidence entry={entry} years={[year, against]} sourceOf={sourceOf} t={t} lang={lang} />
    </li>
  );
});

/**
 * The entries; the supporters named both times (the longest group, and no change) folded until
 * asked for, and not drawn until then (a switch of Assembly stays light).
 */
function Entries({ collapsed, t, children }: { collapsed: boolean; t: TimeWordsTranslate; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const list = <ul className="change-list__entries">{children}</ul>;
  if (!collapsed) return list;
  return (
    <details className="change-list__more" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('changeShowAll')}</summary>
      {open && list}
    </details>
  );
}

function Evidence(props: {
  entry: ChangeEntry;
  years: [number, number];
  sourceOf: (id: string) => Source | undefined;
  t: TimeWordsTranslate;
  lang: Lang;
}) {
  const { entry, years, sourceOf, t, lang } = props;
  const sides = [
    { year: years[0], ids: entry.sourcesShown },
    { year: years[1], ids: entry.sourcesAgainst },
  ].sort((a, b) => a.year - b.year);
  return (
    <span className="change-list__evidence">
      {entry.ended && (
        <span className="change-list__side">
          {t('changeEndedOn', { date: entry.ended.date })}: <SourceLinks ids={entry.ended.sources} sourceOf={sourceOf} lang={lang} t={t} />
        </span>
      )}
      {sides.map((side) =>
        side.ids.length === 0 && entry.ended ? null : (
          <span key={side.year} className="change-list__side">
            {t('changeSourcesIn', { year: String(side.year) })}{' '}
            {side.ids.length === 0 ? (
              <span className="change-list__none">{t('changeNoSources')}</span>
            ) : (
              <SourceLinks ids={side.ids} sourceOf={sourceOf} lang={lang} t={t} />
            )}
          </span>
        ),
      )}
    </span>
  );
}

/**
 * Each source as a numbered link, so that thirty entries with three sources a side stay readable;
 * its accessible name (after the number) and tooltip say which source it is (publisher, title or
 * description, date).
 */
function SourceLinks(props: { ids: readonly string[]; sourceOf: (id: string) => Source | undefined; lang: Lang; t: TimeWordsTranslate }) {
  const { ids, sourceOf, lang, t } = props;
  const sources = ids.flatMap((id) => sourceOf(id) ?? []);
  return (
    <span className="change-list__sources">
      {sources.map((source, i) => {
        const name = `${source.publisher}: ${headingText(source, lang)}, ${formatPartialDate(source.date, lang)}`;
        return (
          <a key={source.id} className="change-list__source" href={source.url} target="_blank" rel="noopener noreferrer" title={name}>
            {i + 1}
            {/* Its accessible name starts with the number a sighted reader sees. */}
            <span className="visually-hidden">
              {' '}
              {name} {t('opensInNewTab')}
            </span>
          </a>
        );
      })}
    </span>
  );
}
