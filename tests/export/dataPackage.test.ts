// @vitest-environment node
/**
 * The data package, checked by the Frictionless Data reference library for JavaScript
 * (`datapackage`): its descriptor against the Data Package profiles, and every CSV read back
 * through its Table Schema, with types cast and foreign keys resolved.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../src/data/schema.ts';
import { createDatasetIndex } from '../../src/filters/datasetIndex.ts';
import { buildDataPackage, dataPackageFolder, datasetJsonLd, supportersCsv } from '../../src/export/dataPackage.ts';
import { loadCampaignFiles } from '../../scripts/campaignFiles.ts';
import { loadDataset, REAL_DATASET, realDatasetProblem } from '../support/renderWithStore.tsx';

const problem = realDatasetProblem();

function writePackage(files: { path: string; text: string }[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'datapackage-'));
  for (const file of files) writeFileSync(join(folder, file.path), file.text);
  return join(folder, 'datapackage.json');
}

describe.skipIf(problem !== null)('the data package', () => {
  const index = createDatasetIndex(loadDataset(REAL_DATASET));
  const corrections = (JSON.parse(readFileSync(resolve(process.cwd(), 'data/corrections.json'), 'utf8')) as { corrections: Correction[] })
    .corrections;
  const built = buildDataPackage(index, corrections, 'https://example.org/support-map/');

  it('validates against the Data Package profile, and each CSV reads back through its schema with its foreign keys', async () => {
    const pkg = await Package.load(writePackage(built.files));
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const counts: Record<string, number> = {};
    for (const resource of pkg.resources) {
      if (!resource.tabular) continue;
      const rows = (await resource.read({ keyed: true, relations: true })) as Record<string, unknown>[];
      counts[resource.name] = rows.length;
    }
    const { dataset } = index;
    expect(counts).toMatchObject({
      actors: dataset.actors.length,
      actions: dataset.actions.length,
      groups: dataset.groups.length,
      sources: dataset.sources.length,
      editions: dataset.editions.length,
      corrections: corrections.length,
    });
    expect(counts.supporters).toBeGreaterThan(100);
  });

  it('names its licence, version and every file it ships', () => {
    const descriptor = built.descriptor as { licenses: { name: string }[]; version: string; resources: { path: string }[] };
    expect(descriptor.licenses.map((licence) => licence.name)).toEqual(['CC-BY-4.0']);
    expect(descriptor.version).toBe(index.dataset.version);
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual(
      built.files
        .map((file) => file.path)
        .filter((path) => path !== 'datapackage.json')
        .sort(),
    );
  });

  it('fails the reference checks when a column does not hold its declared type, or a key points nowhere (the checks can fail)', async () => {
    // Assembly sessions (85, 86, …) declared as dates.
    const descriptor = structuredClone(built.descriptor) as {
      resources: { name: string; schema?: { fields: { name: string; type: string }[] } }[];
    };
    const session = descriptor.resources
      .find((resource) => resource.name === 'editions')
      ?.schema?.fields.find((field) => field.name === 'session');
    expect(session?.type).toBe('integer');
    session!.type = 'date';
    const wrongType = built.files.map((file) => (file.path === 'datapackage.json' ? { ...file, text: JSON.stringify(descriptor) } : file));
    const editions = (await Package.load(writePackage(wrongType))).getResource('editions');
    await expect(editions.read({ keyed: true })).rejects.toThrow();

    const danglingKey = built.files.map((file) =>
      file.path === 'actions.csv'
        ? { ...file, text: file.text.replace('"2016-usa-legislature","USA"', '"2016-usa-legislature","XXX"') }
        : file,
    );
    const actions = (await Package.load(writePackage(danglingKey))).getResource('actions');
    await expect(actions.read({ keyed: true, relations: true })).rejects.toThrow();
  });

  it('supporters.csv is, for each Assembly, its table download with every type, after an Edition cell', () => {
    const csv = supportersCsv(index);
    expect(csv.startsWith('"Edition","Name","ISO code or id"')).toBe(true);
    const years = new Set(
      csv
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => /^"(\d{4})"/.exec(line)?.[1]),
    );
    expect([...years].sort()).toEqual(
      index.dataset.editions
        .filter((edition) => index.actionsByEdition.get(edition.year)?.length)
        .map((edition) => String(edition.year))
        .sort(),
    );
  });

  it("the page's schema.org Dataset names the package, its licence and version; a title cannot end its <script>", () => {
    const text = datasetJsonLd(
      { ...index.dataset, title: { ...index.dataset.title, en: 'Data</script><script>alert(1)' } },
      'https://example.org/map/',
    );
    expect(text).not.toContain('</script');
    const data = JSON.parse(text) as Record<string, unknown> & { distribution: { contentUrl: string }[] };
    expect(data).toMatchObject({
      '@type': 'Dataset',
      name: 'Data</script><script>alert(1)',
      version: index.dataset.version,
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(data.distribution.map((d) => d.contentUrl)).toEqual([
      'https://example.org/map/package/datapackage.json',
      'https://example.org/map/package/supporters.csv',
    ]);
  });
});

describe.skipIf(problem !== null)("each other body's data package", () => {
  const { files, problems } = loadCampaignFiles(process.cwd(), loadDataset(REAL_DATASET));

  it("there is one per body with data, in a folder of its own beside INTERPOL's", () => {
    expect(problems).toEqual([]);
    expect(files.map((file) => file.campaign)).toEqual(['wha', 'icao', 'unfccc', 'unga']);
    expect(files.map((file) => dataPackageFolder(file.campaign))).toEqual([
      'package/wha',
      'package/icao',
      'package/unfccc',
      'package/unga',
    ]);
    expect(dataPackageFolder('interpol')).toBe('package');
  });

  it.each(['wha', 'icao', 'unfccc', 'unga'] as const)(
    '%s: validates, reads back every row, and is named for its body',
    async (campaign) => {
      const file = files.find((candidate) => candidate.campaign === campaign);
      if (!file) throw new Error(`no data for ${campaign}`);
      const built = buildDataPackage(createDatasetIndex(file.dataset), [], 'https://example.org/support-map/');
      expect(built.descriptor.name).toBe(`support-map-${campaign}`);
      expect(built.descriptor.title).toBe(file.dataset.title.en);
      expect(built.descriptor.description).not.toMatch(/INTERPOL/);
      const pkg = await Package.load(writePackage(built.files));
      expect(pkg.errors.map(String)).toEqual([]);
      const counts: Record<string, number> = {};
      for (const resource of pkg.resources) {
        if (!resource.tabular) continue;
        counts[resource.name] = ((await resource.read({ keyed: true, relations: true })) as unknown[]).length;
      }
      expect(counts).toMatchObject({
        actors: file.dataset.actors.length,
        actions: file.dataset.actions.length,
        sources: file.dataset.sources.length,
        editions: file.dataset.editions.length,
        corrections: 0,
      });
    },
  );

  it.each(['wha', 'icao', 'unfccc', 'unga'] as const)(
    "%s: its pages' schema.org Dataset describes its own package, not INTERPOL's",
    (campaign) => {
      const file = files.find((candidate) => candidate.campaign === campaign);
      if (!file) throw new Error(`no data for ${campaign}`);
      const data = JSON.parse(datasetJsonLd(file.dataset, 'https://example.org/map/')) as {
        name: string;
        description: string;
        url: string;
        version: string;
        keywords: string[];
        distribution: { contentUrl: string }[];
      };
      expect(data.name).toBe(file.dataset.title.en);
      expect(data.description).not.toMatch(/INTERPOL/);
      expect(data.keywords).not.toContain('INTERPOL');
      expect(data.url).toBe(`https://example.org/map/${campaign}/`);
      expect(data.version).toBe(file.dataset.version);
      expect(data.distribution.map((d) => d.contentUrl)).toEqual([
        `https://example.org/map/package/${campaign}/datapackage.json`,
        `https://example.org/map/package/${campaign}/supporters.csv`,
      ]);
    },
  );
});
