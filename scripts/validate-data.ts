/**
 * npm run validate-data                                        checks data/dataset.json and data/audit.json
 * npm run validate-data -- path/to/file.json                   checks another dataset (no audit)
 * npm run validate-data -- path/to/file.json --audit a.json    checks another dataset and its audit
 * Exit 0 when valid; otherwise exit 1 and print every problem as `location: message`
 * (audit problems as `audit.records[3].checks[0].source: ...`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDatasetText } from '../src/data/checkDataset.ts';
import { formatIssue } from '../src/data/dataIssue.ts';
import { checkAuditText } from '../src/data/checkAudit.ts';
import { topologyIds } from '../src/data/topology.ts';

const defaultDataset = fileURLToPath(new URL('../data/dataset.json', import.meta.url));
const defaultAudit = fileURLToPath(new URL('../data/audit.json', import.meta.url));
const topologyFile = fileURLToPath(new URL('../data/world.topo.json', import.meta.url));

const args = process.argv.slice(2);
const auditFlag = args.indexOf('--audit');
const auditArg = auditFlag >= 0 ? args[auditFlag + 1] : undefined;
if (auditFlag >= 0 && auditArg === undefined) fail(['--audit needs a path']);
const positional = args.filter((_, i) => i !== auditFlag && i !== auditFlag + 1);
const file = positional[0] ?? defaultDataset;
const auditFile = auditArg ?? (positional[0] === undefined ? defaultAudit : undefined);

const text = read(file);
const ids = topologyIds(JSON.parse(readFileSync(topologyFile, 'utf8')));
const result = checkDatasetText(text, { topologyIds: ids });
if (!result.ok) fail(result.issues.map(formatIssue), file);

const { editions, actors, actions, groups } = result.dataset;
if (auditFile !== undefined) {
  const issues = checkAuditText(read(auditFile), result.dataset);
  if (issues.length > 0) fail(issues.map(formatIssue), auditFile);
}
console.log(
  `${file}: valid (${editions.length} editions, ${actors.length} actors, ${actions.length} actions, ${groups.length} groups)` +
    (auditFile === undefined ? '; audit not checked' : `; every action audited in ${auditFile}`),
);

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return fail([`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }
}

function fail(lines: string[], file?: string): never {
  for (const line of lines) console.log(line);
  if (file !== undefined) console.error(`${file}: ${lines.length} problem${lines.length === 1 ? '' : 's'}`);
  process.exit(1);
}
