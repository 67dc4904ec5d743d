// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetFileFor, type DatasetFiles } from '../../src/data/releases.ts';
import { dataState } from '../../src/share/viewUrls.ts';
import { DEFAULT_URL_STATE } from '../../src/state/urlParams.ts';
import { loadArchivedReleases, withReleaseLinks } from '../../scripts/dataReleases.ts';

const CURRENT = readFileSync(resolve(process.cwd(), 'data/dataset.json'), 'utf8');
const currentVersion = (JSON.parse(CURRENT) as { version: string }).version;

/** A project folder whose data/releases holds these files. */
function projectWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'releases-'));
  mkdirSync(join(root, 'data/releases'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'data/releases', name), text);
  return root;
}
const asVersion = (version: string) => CURRENT.replace(`"version": "${currentVersion}"`, `"version": "${version}"`);

describe('archived releases (data/releases)', () => {
  it('the repository keeps 1.0.1, and every archive passes the checks', () => {
    const { releases, problems } = loadArchivedReleases(process.cwd(), currentVersion);
    expect(problems).toEqual([]);
    expect(releases.map((release) => release.version)).toContain('1.0.1');
    for (const release of releases) {
      expect(release.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(release.fileName).toBe(`assets/dataset-${release.version}-${release.sha256!.slice(0, 10)}.json`);
    }
  });

  it('refuses a misnamed file, a version that is not its name, one not earlier than the current, and a file that fails its checks', () => {
    const root = projectWith({
      'latest.json': asVersion('0.9.0'),
      '0.8.0.json': asVersion('0.8.1'),
      [`${currentVersion}.json`]: CURRENT,
      '0.7.0.json': asVersion('0.7.0').replace('"actions": [', '"actions": [{ "id": "broken" },'),
      '0.6.0.json': '{ not json',
      '0.5.0.json': asVersion('0.5.0'),
    });
    const { releases, problems } = loadArchivedReleases(root, currentVersion);
    expect(releases.map((release) => release.version)).toEqual(['0.5.0']);
    const text = problems.join('\n');
    expect(text).toContain('data/releases/latest.json: not a release');
    expect(text).toContain('data/releases/0.8.0.json: its version is "0.8.1", not 0.8.0');
    expect(text).toContain(`data/releases/${currentVersion}.json: version ${currentVersion} is not earlier`);
    expect(text).toMatch(/data\/releases\/0\.7\.0\.json: actions\[0\]/);
    expect(text).toContain('data/releases/0.6.0.json: not JSON');
  });

  it('writes the current version on the dataset link and one link per archive, with its digest', () => {
    const html = '<html><head>\n<link rel="preload" href="./d.json" as="fetch" data-resource="dataset" />\n  </head><body></body></html>';
    const release = { version: '1.0.1', text: '{}', sha256: 'ab'.repeat(32), fileName: 'assets/dataset-1.0.1-abababab.json' };
    const out = withReleaseLinks(html, '1.1.0', [release], (r) => `./${r.fileName}`);
    expect(out).toContain('data-resource="dataset" data-version="1.1.0"');
    expect(out).toContain(
      `<link rel="alternate" type="application/json" href="./assets/dataset-1.0.1-abababab.json" data-release="1.0.1" data-sha256="${'ab'.repeat(32)}" />`,
    );
    expect(() => withReleaseLinks('<html><head></head></html>', '1.1.0', [], () => '')).toThrow(/data-resource="dataset"/);
  });
});

describe('which dataset a page loads', () => {
  const files: DatasetFiles = {
    current: { url: 'https://map/assets/dataset-now.json', sha256: 'c'.repeat(64), version: '1.1.0' },
    archived: [{ url: 'https://map/assets/dataset-1.0.1-x.json', sha256: 'a'.repeat(64), version: '1.0.1' }],
  };
  it('a live link loads the current file; a pinned one its release; an unknown version the current file', () => {
    expect(datasetFileFor(null, files)).toEqual({ url: files.current.url, sha256: files.current.sha256 });
    expect(datasetFileFor('1.0.1', files)).toEqual({ url: files.archived[0]!.url, sha256: files.archived[0]!.sha256 });
    expect(datasetFileFor('1.1.0', files)).toEqual({ url: files.current.url, sha256: files.current.sha256 });
    expect(datasetFileFor('0.0.9', files)).toEqual({ url: files.current.url, sha256: files.current.sha256 });
  });

  it('a handed-out link always names the edition shown, and the version only when pinned', () => {
    expect(dataState(DEFAULT_URL_STATE, 2025, '1.1.0')).toMatchObject({ edition: 2025, version: '1.1.0' });
    expect(dataState({ ...DEFAULT_URL_STATE, version: '1.0.1' }, 2024, null)).toMatchObject({ edition: 2024, version: null });
    expect(dataState({ ...DEFAULT_URL_STATE, edition: 2019 }, null, null)).toMatchObject({ edition: 2019 });
  });
});
