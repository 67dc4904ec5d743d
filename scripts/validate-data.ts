/**
 * npm run validate-data                       checks the release: data/dataset.json, data/corrections.json, data/audit.json, data/relations.json,
 *                                             the earlier releases kept for pinned links (data/releases/*.json), every other
 *                                             campaign's data/campaigns/<campaign>/dataset.json with its audit.json, and the
 *                                             acts they share (one act, one `shared` id: never counted twice)
 * npm run validate-data -- path/to/file.json  checks another dataset (with --corrections FILE and --audit FILE if it has them)
 * Exit 0 when valid; otherwise exit 1 and print every problem as `location: message`
 * (e.g. `actions[12].sources[0]: unknown source "x"`, `corrections[3].target: ...`, `audit.records[3].checks[0].source: ...`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkRelease, type ReleaseTexts } from '../src/data/checkRelease.ts';
import { formatIssue } from '../src/data/dataIssue.ts';
import { decodeUtf8 } from '../src/data/decodeUtf8.ts';
import { topologyIds } from '../src/data/topology.ts';
import { countActs } from '../src/data/checkCampaigns.ts';
import { DEFAULT_CAMPAIGN, loadCampaignFiles } from './campaignFiles.ts';
import { loadArchivedReleases } from './dataReleases.ts';

const dataFile = (name: string) => fileURLToPath(new URL(`../data/${name}`, import.meta.url));

const args = process.argv.slice(2);
const optionValue = (name: string): string | undefined => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined) fail([`${name} needs a path`]);
  return value;
};
const correctionsArg = optionValue('--corrections');
const auditArg = optionValue('--audit');
const positional = args.filter((arg, i) => !arg.startsWith('--') && !['--corrections', '--audit'].includes(args[i - 1] ?? ''));
const own = positional[0] === undefined;
const files = {
  dataset: positional[0] ?? dataFile('dataset.json'),
  corrections: correctionsArg ?? (own ? dataFile('corrections.json') : undefined),
  audit: auditArg ?? (own ? dataFile('audit.json') : undefined),
  relations: own ? dataFile('relations.json') : undefined,
};

const texts: ReleaseTexts = {
  dataset: read(files.dataset),
  // Another dataset without a correction log is checked against an empty one.
  corrections: files.corrections === undefined ? '{ "corrections": [] }' : read(files.corrections),
  ...(files.audit === undefined ? {} : { audit: read(files.audit) }),
  ...(files.relations === undefined ? {} : { relations: read(files.relations) }),
};
const ids = topologyIds(JSON.parse(readFileSync(dataFile('world.topo.json'), 'utf8')));
const result = checkRelease(texts, { topologyIds: ids });
if (!result.dataset) fail(result.issues.map(formatIssue), files.dataset);

const archived = own ? loadArchivedReleases(fileURLToPath(new URL('..', import.meta.url)), result.dataset.version, ids) : null;
if (archived && archived.problems.length > 0) fail(archived.problems, 'data/releases');

const campaigns = own ? loadCampaignFiles(fileURLToPath(new URL('..', import.meta.url)), result.dataset, ids) : null;
if (campaigns && campaigns.problems.length > 0) fail(campaigns.problems, 'data/campaigns');

const { editions, actors, actions, groups } = result.dataset;
console.log(
  `${files.dataset}: valid (${editions.length} editions, ${actors.length} actors, ${actions.length} actions, ${groups.length} groups)` +
    (files.corrections === undefined ? '' : `; corrections in ${files.corrections} valid`) +
    (files.audit === undefined ? '; audit not checked' : `; every action audited in ${files.audit}`) +
    (files.relations === undefined ? '' : `; relations in ${files.relations} valid`) +
    (archived === null ? '' : `; earlier releases kept: ${archived.releases.map((release) => release.version).join(', ') || 'none'}`),
);
for (const file of campaigns?.files ?? []) {
  const { editions, actors, actions, groups } = file.dataset;
  console.log(
    `${file.path}: valid (${editions.length} editions, ${actors.length} actors, ${actions.length} actions, ${groups.length} groups); every action audited`,
  );
}
if (campaigns) {
  const all = [{ campaign: DEFAULT_CAMPAIGN, dataset: result.dataset }, ...campaigns.files];
  const held = all.reduce((sum, file) => sum + file.dataset.actions.length, 0);
  console.log(`across ${all.length} campaigns: ${countActs(all)} acts (${held} actions; a shared act counts once)`);
}

function read(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return fail([`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? decoded.text : fail([`${path}: byte ${decoded.offset} is not UTF-8 (fix the file's encoding there)`]);
}

function fail(lines: string[], file?: string): never {
  for (const line of lines) console.log(line);
  if (file !== undefined) console.error(`${file}: ${lines.length} problem${lines.length === 1 ? '' : 's'}`);
  process.exit(1);
}
