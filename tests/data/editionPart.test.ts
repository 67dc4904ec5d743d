// @vitest-environment node
/**
 * An edition's part (src/data/editionPart.ts) and how the build ships it (scripts/editionParts.ts):
 * the page draws its first map from it, so it must hold that edition whole and nothing of another.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset, checkDatasetText } from '../../src/data/checkDataset.ts';
import { formatIssue } from '../../src/data/dataIssue.ts';
import { editionPart } from '../../src/data/editionPart.ts';
import { partFor, type DatasetFiles } from '../../src/data/releases.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { shippedEditionParts, withEditionPartLink } from '../../scripts/editionParts.ts';

const read = (path: string) => JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8')) as Dataset;
const FILES = {
  interpol: 'data/dataset.json',
  wha: 'data/campaigns/wha/dataset.json',
  icao: 'data/campaigns/icao/dataset.json',
  unfccc: 'data/campaigns/unfccc/dataset.json',
  unga: 'data/campaigns/unga/dataset.json',
};

/** Every source id an item of the record cites. */
function citedBy(dataset: Dataset): Set<string> {
  const cited = new Set<string>();
  for (const edition of dataset.editions) {
    if (edition.release) cited.add(edition.release.source);
    for (const figure of edition.figures ?? []) figure.sources.forEach((id) => cited.add(id));
  }
  for (const item of [...dataset.actions, ...dataset.groups]) item.sources.forEach((id) => cited.add(id));
  return cited;
}

describe('editionPart: one edition of a record, whole', () => {
  for (const [campaign, path] of Object.entries(FILES)) {
    const dataset = read(path);
    it(`${campaign}: each edition's part passes the checks and holds exactly that edition's acts`, () => {
      for (const { year } of dataset.editions) {
        const part = editionPart(dataset, year);
        const checked = checkDatasetText(JSON.stringify(part));
        expect(checked.ok ? [] : checked.issues.map(formatIssue), `${campaign} ${year}`).toEqual([]);
        expect(part.part).toEqual({ edition: year });
        expect(part.actions).toEqual(dataset.actions.filter((action) => action.edition === year));
        expect(part.groups).toEqual(dataset.groups.filter((group) => group.edition === year));
        // Its own edition whole; every other one's heading (the timeline's stop and label), without
        // what was said of it, which cites sources of that edition.
        for (const [i, edition] of dataset.editions.entries()) {
          if (edition.year === year) expect(part.editions[i]).toEqual(edition);
          else {
            const { release: _r, claim: _c, figures: _f, note: _n, ...heading } = edition;
            expect(part.editions[i]).toEqual(heading);
          }
        }
        // What any view names stays whole: the search's actors, the legend's types.
        expect(part.actors).toEqual(dataset.actors);
        expect(part.supportTypes).toEqual(dataset.supportTypes);
        // Exactly the sources cited by what it holds, in the record's order.
        const cited = citedBy(part);
        expect(part.sources).toEqual(dataset.sources.filter((source) => cited.has(source.id)));
      }
    });
  }

  it('the parts of a record with many editions are each far smaller than the record', () => {
    const dataset = read(FILES.interpol);
    const whole = JSON.stringify(dataset).length;
    const latest = Math.max(...dataset.editions.map((edition) => edition.year));
    expect(JSON.stringify(editionPart(dataset, latest)).length).toBeLessThan(whole / 2);
  });

  it('refuses an edition the record does not have', () => {
    expect(() => editionPart(read(FILES.interpol), 1999)).toThrow('the dataset has no edition 1999');
  });

  it("the checks refuse a part that holds another edition's act, or names an edition the record lacks", () => {
    const dataset = read(FILES.interpol);
    const part = editionPart(dataset, 2025);
    const other = dataset.actions.find((action) => action.edition === 2024)!;
    const mixed = { ...part, actions: [...part.actions, other], sources: dataset.sources };
    const checked = checkDataset(mixed);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues.map(formatIssue)).toContain(`actions[${part.actions.length}].edition: 2024 in the part of edition 2025`);
    const unknown = checkDataset({ ...part, part: { edition: 1999 } });
    expect(unknown.ok ? [] : unknown.issues.map(formatIssue)).toContain('part.edition: unknown edition 1999');
  });
});

describe('partFor: the part a page preloads, and when it holds the view asked for', () => {
  const files: DatasetFiles = {
    current: { url: '/whole.json', version: '1.2.0' },
    archived: [],
    part: { campaign: 'interpol', version: '1.2.0', edition: 2025, url: '/part.json', sha256: 'a'.repeat(64) },
  };
  const view = { campaign: 'interpol', version: null, edition: null } as const;

  it("the page's own view: its body, no version or the part's, no edition or the part's", () => {
    expect(partFor(files, view)).toEqual({ url: '/part.json', sha256: 'a'.repeat(64) });
    expect(partFor(files, { ...view, version: '1.2.0', edition: 2025 })?.url).toBe('/part.json');
  });

  it('any other view loads the whole file: another body, a pinned older version, another edition, or no part', () => {
    expect(partFor(files, { ...view, campaign: 'wha' })).toBeNull();
    expect(partFor(files, { ...view, version: '1.1.0' })).toBeNull();
    expect(partFor(files, { ...view, edition: 2019 })).toBeNull();
    expect(partFor({ ...files, part: undefined }, view)).toBeNull();
  });
});

describe('the parts the build ships', () => {
  const dataset = read(FILES.wha);
  const parts = shippedEditionParts('wha', dataset);

  it('one per edition, content-addressed, with the digest of its exact text', () => {
    expect(parts.map((part) => part.edition)).toEqual(dataset.editions.map((edition) => edition.year));
    for (const part of parts) {
      const sha = createHash('sha256').update(part.text, 'utf8').digest('hex');
      expect(part.sha256).toBe(sha);
      expect(part.fileName).toBe(`assets/wha-${dataset.version}-${part.edition}-${sha.slice(0, 10)}.json`);
      expect(JSON.parse(part.text)).toEqual(editionPart(dataset, part.edition));
    }
  });

  it("a page preloads its part, and the whole file's link stops being a preload but keeps its address and digest", () => {
    const html =
      '<head>\n    <link rel="preload" href="./assets/dataset-X.json" as="fetch" crossorigin="anonymous" data-resource="dataset" data-version="1.2.0" data-sha256="abc" />\n</head>';
    const part = parts.at(-1)!;
    const out = withEditionPartLink(html, part, `./${part.fileName}`);
    const links = out.match(/<link\b[^>]*>/g) ?? [];
    expect(links).toHaveLength(2);
    expect(links[0]).toBe(
      `<link rel="preload" href="./${part.fileName}" as="fetch" crossorigin="anonymous" data-resource="edition" data-part-of="wha" data-version="${dataset.version}" data-edition="${part.edition}" data-sha256="${part.sha256}" />`,
    );
    expect(links[1]).toBe(
      '<link rel="alternate" type="application/json" href="./assets/dataset-X.json" crossorigin="anonymous" data-resource="dataset" data-version="1.2.0" data-sha256="abc" />',
    );
    expect(() => withEditionPartLink('<head></head>', part, 'x')).toThrow('index.html has no <link data-resource="dataset">');
  });
});
