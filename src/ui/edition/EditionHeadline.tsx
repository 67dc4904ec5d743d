/**
 * The edition's headline: which Assembly (kicker and title), then the ministry's claim beside what
 * the sources name, or why the year has no map. The first thing a reader reads, above the map.
 */
import { coreWords } from '../../i18n/words/core.ts';
import type { Lang } from '../../data/schema.ts';
import { editionHeadline, type EditionHeadline as Headline } from '../../present/headline.ts';
import { useWords } from '../common/useWords.ts';
import { useDatasetIndex, useTrailingEditionSupport, useTrailingEditionYear, useLang, useNameOf } from '../common/viewHooks.ts';

const NO_COUNTS = { countries: 0, throughOnly: 0, places: 0, organisations: 0 };

/** `level`: the heading level of the title (2 on the page, under the site's h1; 1 in a plain embed). */
export function EditionHeadline({ level = 2 }: { level?: 1 | 2 }) {
  const index = useDatasetIndex();
  const year = useTrailingEditionYear();
  const support = useTrailingEditionSupport();
  const lang = useLang();
  const t = useWords(coreWords);
  const nameOf = useNameOf();
  if (!index || year === null) return null;
  const edition = index.editionsByYear.get(year);
  if (!edition) return null;
  const headline = editionHeadline(
    edition,
    { counts: support?.named ?? NO_COUNTS, actors: support?.actors.values() ?? [], nameOf },
    lang,
    t,
  );
  return <HeadlineBlock headline={headline} lang={lang} level={level} />;
}

/**
 * The headline's markup, from its words: the app's own, or those the build wrote into the page
 * (state/shellHeadline.ts), which must draw the same box.
 */
export function HeadlineBlock({ headline, lang, level = 2 }: { headline: Headline; lang: Lang; level?: 1 | 2 }) {
  const Title = level === 1 ? 'h1' : 'h2';
  return (
    <div className="headline">
      <p className="headline__kicker">{headline.kicker}</p>
      <Title className="headline__title">{headline.title}</Title>
      <p className="headline__dek" lang={headline.dek.lang === lang ? undefined : headline.dek.lang}>
        {headline.dek.text}
      </p>
      {headline.throughOnly && <p className="headline__note">{headline.throughOnly}</p>}
    </div>
  );
}
