/**
 * An edition's part of a dataset: what the page needs to draw that edition first, whatever the
 * number of editions in the record. The build ships one per edition beside the whole file
 * (scripts/editionParts.ts), and the page loads the whole file once the map is drawn.
 *
 * It keeps what a view of its edition names from the rest of the record: every actor and support
 * type, and every edition's heading (year, meeting, place, dates, whether it has a list: the
 * timeline's stops). Of its own edition it keeps everything: the ministry's release, claim and
 * figures, the actions and groups, and the sources they cite. It passes the same checks as the
 * whole file.
 */
import type { Dataset, Edition } from './schema.ts';

export function editionPart(dataset: Dataset, year: number): Dataset {
  if (!dataset.editions.some((edition) => edition.year === year)) throw new Error(`the dataset has no edition ${year}`);
  const editions = dataset.editions.map((edition) => (edition.year === year ? edition : headingOf(edition)));
  const actions = dataset.actions.filter((action) => action.edition === year);
  const groups = dataset.groups.filter((group) => group.edition === year);
  const cited = new Set<string>();
  for (const edition of editions) {
    if (edition.release) cited.add(edition.release.source);
    for (const figure of edition.figures ?? []) for (const id of figure.sources) cited.add(id);
  }
  for (const { sources } of [...actions, ...groups]) for (const id of sources) cited.add(id);
  const { $schema: _schema, ...record } = dataset;
  return {
    ...record,
    part: { edition: year },
    sources: dataset.sources.filter((source) => cited.has(source.id)),
    editions,
    actions,
    groups,
  };
}

/** Another edition as the part names it: its heading, without what the ministry and the sources said of it. */
function headingOf(edition: Edition): Edition {
  const { release: _release, claim: _claim, figures: _figures, note: _note, ...heading } = edition;
  return heading;
}
