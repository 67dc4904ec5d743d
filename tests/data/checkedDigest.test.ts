import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkedDigest, withDatasetDigest } from '../../scripts/buildTimePages.ts';
import { isBuildChecked, sha256Hex } from '../../src/data/checkedDigest.ts';
import { checkDataset } from '../../src/data/checkDataset.ts';
import { loadResources } from '../../src/data/loadResources.ts';

const realText = readFileSync(resolve(__dirname, '../../data/dataset.json'), 'utf8');
const shapesText = readFileSync(resolve(__dirname, '../../data/world.shapes.json'), 'utf8');
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A fetch that answers the two files from memory. */
const serve =
  (dataset: string) =>
  async (url: string | URL | Request): Promise<Response> =>
    new Response(String(url).includes('dataset') ? dataset : shapesText, { status: 200 });

describe('the digest of the checked dataset', () => {
  it('sha256Hex is the file’s SHA-256 as Node computes it, for non-ASCII text too', async () => {
    expect(await sha256Hex(realText)).toBe(sha(realText));
    expect(await sha256Hex('臺灣 “quoted”')).toBe(sha('臺灣 “quoted”'));
  });

  it('isBuildChecked: only the exact bytes, with a well-formed digest', async () => {
    expect(await isBuildChecked(realText, sha(realText))).toBe(true);
    expect(await isBuildChecked(`${realText} `, sha(realText))).toBe(false);
    expect(await isBuildChecked(realText, undefined)).toBe(false);
    expect(await isBuildChecked(realText, sha(realText).toUpperCase())).toBe(false);
  });

  it('the build writes a digest only when the check’s output is the parsed file itself', () => {
    const raw = JSON.parse(realText);
    const checked = checkDataset(structuredClone(raw));
    expect(checked.ok).toBe(true);
    expect(checkedDigest(realText, checked.ok ? checked.dataset : null)).toBe(sha(realText));
    // A title with spaces the schema trims: the page's parse would differ from what was checked.
    const padded = structuredClone(raw);
    padded.title.en = ` ${padded.title.en} `;
    const paddedText = JSON.stringify(padded);
    const paddedChecked = checkDataset(JSON.parse(paddedText));
    expect(paddedChecked.ok).toBe(true);
    expect(checkedDigest(paddedText, paddedChecked.ok ? paddedChecked.dataset : null)).toBeNull();
  });

  it('withDatasetDigest puts the digest on the dataset’s preload link, and refuses a page without one', () => {
    const page = '<link rel="preload" href="./data/dataset.json" as="fetch" data-resource="dataset" />';
    expect(withDatasetDigest(page, 'ab'.repeat(32))).toContain(`data-resource="dataset" data-sha256="${'ab'.repeat(32)}"`);
    expect(withDatasetDigest(page, null)).toBe(page);
    expect(() => withDatasetDigest('<head></head>', 'ab'.repeat(32))).toThrow(/data-resource="dataset"/);
  });
});

describe('loadResources with the build’s digest', () => {
  const urls = { dataset: 'https://x.test/dataset.json', shapes: 'https://x.test/world.shapes.json' };
  // A file that fails the checks (an action names an unknown source).
  const broken = JSON.parse(realText);
  broken.actions[0].sources = ['no-such-source'];
  const brokenText = JSON.stringify(broken);

  it('a download that differs from the checked file is checked in full, and refused', async () => {
    const result = await loadResources({ ...urls, datasetSha256: sha(realText) }, { fetchImpl: serve(brokenText) });
    expect(result.dataset).toBeNull();
    expect(result.failures.map((f) => f.resource)).toEqual(['dataset']);
  });

  it('without a digest, the same file is refused', async () => {
    const result = await loadResources(urls, { fetchImpl: serve(brokenText) });
    expect(result.dataset).toBeNull();
  });

  it('the very file the build checked is used as parsed, without a second check', async () => {
    // The digest stands for the build's check: given the digest of this file, the page does not check it again.
    const result = await loadResources({ ...urls, datasetSha256: sha(brokenText) }, { fetchImpl: serve(brokenText) });
    expect(result.failures).toEqual([]);
    expect(result.dataset?.actions[0]?.sources).toEqual(['no-such-source']);
    const real = await loadResources({ ...urls, datasetSha256: sha(realText) }, { fetchImpl: serve(realText) });
    expect(real.dataset).toEqual(JSON.parse(realText));
  });
});

describe('the checker’s own chunk', () => {
  it('a checker that cannot be loaded is a failure with a message, not a crash', async () => {
    vi.resetModules();
    vi.doMock('../../src/data/checkDataset.ts', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    try {
      const { loadResources: load } = await import('../../src/data/loadResources.ts');
      const result = await load(
        { dataset: 'https://x.test/dataset.json', shapes: 'https://x.test/world.shapes.json' },
        { fetchImpl: serve(realText) },
      );
      expect(result.dataset).toBeNull();
      expect(result.shapes).not.toBeNull();
      expect(result.failures).toEqual([expect.objectContaining({ resource: 'dataset', message: expect.stringMatching(/could not be checked/) })]);
    } finally {
      vi.doUnmock('../../src/data/checkDataset.ts');
      vi.resetModules();
    }
  });
});
