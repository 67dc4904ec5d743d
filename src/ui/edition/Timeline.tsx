/**
 * The Assemblies as a timeline: one stop per year, evenly spaced, oldest first. A year without a
 * list of supporters (2017) or without an Assembly (2020) is a stop of its own kind, never an empty
 * year of data. One tab stop (a radio group with a roving tab index): arrows, Home and End move
 * and show the year at once; the focused stop's name is what a screen reader says.
 *
 * Play steps through the years at a readable pace, replacing the history entry as it goes (ten
 * years are not ten Back presses). It is not offered to readers who ask for reduced motion.
 */
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { coreWords } from '../../i18n/words/core.ts';
import { timeWords } from '../../i18n/words/time.ts';
import { editionName } from '../../present/editionNames.ts';
import { useAppActions } from '../../state/StoreContext.tsx';
import { useChoiceAfterPaint } from '../common/useChoiceAfterPaint.ts';
import { useWords } from '../common/useWords.ts';
import { useDatasetIndex, useEditionYear, useLang } from '../common/viewHooks.ts';

const words = { ...coreWords, ...timeWords };

/** Time on each year while playing: long enough to read the headline's count. */
export const PLAY_STEP_MS = 1800;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function Timeline() {
  const index = useDatasetIndex();
  const shownYear = useEditionYear();
  const lang = useLang();
  const t = useWords(words);
  const { setEdition } = useAppActions();
  const stops = useRef(new Map<number, HTMLButtonElement>());
  const [playing, setPlaying] = useState(false);
  const [canPlay] = useState(() => !prefersReducedMotion());
  const years = index ? [...index.years].sort((a, b) => a - b) : [];
  const listedYears = years.filter((y) => index?.editionsByYear.get(y)?.listStatus === 'listed');
  // A click or a key moves the timeline's mark in the frame that answers it; the page shows that
  // year (its headline, legend and map) after that frame is out.
  const { chosen, choose } = useChoiceAfterPaint((to: number) => setEdition(to));
  const year = chosen ?? shownYear;

  useEffect(() => {
    if (!playing || shownYear === null) return;
    const next = listedYears.find((y) => y > shownYear);
    if (next === undefined) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setEdition(next, 'replace'), PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, shownYear, listedYears, setEdition]);

  if (!index || year === null) return null;

  const go = (to: number | undefined) => {
    if (to === undefined || to === year) return;
    setPlaying(false);
    choose(to);
    stops.current.get(to)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = years.indexOf(year);
    const moves: Record<string, number | undefined> = {
      ArrowRight: years[at + 1],
      ArrowDown: years[at + 1],
      ArrowLeft: years[at - 1],
      ArrowUp: years[at - 1],
      Home: years[0],
      End: years[years.length - 1],
    };
    if (!Object.hasOwn(moves, event.key)) return;
    event.preventDefault();
    go(moves[event.key]);
  };
  const togglePlay = () => {
    if (playing) return setPlaying(false);
    // From the start when the last year is shown; the first step comes after a pause, like the rest.
    if (year === listedYears[listedYears.length - 1] && listedYears[0] !== undefined) setEdition(listedYears[0], 'replace');
    setPlaying(true);
  };

  return (
    <div className="timeline">
      {canPlay && (
        <button
          type="button"
          className="timeline__play"
          aria-pressed={playing}
          aria-label={t(playing ? 'timelinePause' : 'timelinePlay')}
          title={t(playing ? 'timelinePause' : 'timelinePlay')}
          onClick={togglePlay}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" width="14" height="14">
            {playing ? <path d="M3 2h4v12H3zM9 2h4v12H9z" /> : <path d="M4 2l10 6-10 6z" />}
          </svg>
        </button>
      )}
      <div
        className="timeline__stops"
        role="radiogroup"
        aria-label={t('timelineLabel')}
        onKeyDown={onKeyDown}
        style={{ '--timeline-stops': years.length } as CSSProperties}
      >
        {years.map((y) => {
          const edition = index.editionsByYear.get(y);
          const status = edition?.listStatus ?? 'listed';
          // "2017 · Beijing, no list of supporters found"; "2020: no General Assembly".
          const name = edition ? editionName(edition, lang, t) : String(y);
          const label = status === 'no-list' ? `${name}${t('timelineNoList')}` : name;
          return (
            <button
              key={y}
              ref={(element) => {
                if (element) stops.current.set(y, element);
                else stops.current.delete(y);
              }}
              type="button"
              role="radio"
              aria-checked={y === year}
              aria-label={label}
              tabIndex={y === year ? 0 : -1}
              className={`timeline__stop timeline__stop--${status}`}
              onClick={() => go(y)}
            >
              <span className="timeline__dot" aria-hidden="true" />
              <span className="timeline__year" aria-hidden="true">
                <span className="timeline__century">{String(y).slice(0, 2)}</span>
                <span className="timeline__apostrophe">’</span>
                {String(y).slice(2)}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
