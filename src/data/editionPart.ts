/**
 * An edition's part of a dataset: what the page needs to draw that edition first, whatever the
 * number of editions in the record. The build ships one per edition beside the whole file
 * (scripts/editionParts.ts), and the page loads the whole file once the map is drawn.
 *
 * It keeps everything a view of any edition names (every edition, actor and support type) and only
 * the acts of its own edition: that edition's actions and groups, and the sources they and the
 * editions cite. It passes the same checks as the whole file.
 */
import type { Dataset } from './schema.ts';

export function editionPart(dataset: Dataset, year: number): Dataset {
  if (!dataset.editions.some((edition) => edition.year === year)) throw new Error(`the dataset has no edition ${year}`);
  const actions = dataset.actions.filter((action) => action.edition === year);
  const groups = dataset.groups.filter((group) => group.edition === year);
  const cited = new Set<string>();
  for (const edition of dataset.editions) {
    if (edition.release) cited.add(edition.release.source);
    for (const figure of edition.figures ?? []) for (const id of figure.sources) cited.add(id);
  }
  for (const { sources } of [...actions, ...groups]) for (const id of sources) cited.add(id);
  const { $schema: _schema, ...record } = dataset;
  return {
    ...record,
    part: { edition: year },
    sources: dataset.sources.filter((source) => cited.has(source.id)),
    actions,
    groups,
  };
}
