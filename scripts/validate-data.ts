/**
 * npm run validate-data                       checks data/dataset.json
 * npm run validate-data -- path/to/file.json  checks another file
 * Exit 0 when valid; otherwise exit 1 and print every problem as `location: message`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDatasetText, formatIssue } from '../src/data/checkDataset.ts';
import { topologyIds } from '../src/data/topology.ts';

const defaultDataset = fileURLToPath(new URL('../data/dataset.json', import.meta.url));
const topologyFile = fileURLToPath(new URL('../data/world.topo.json', import.meta.url));

const file = process.argv[2] ?? defaultDataset;
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  process.exit(1);
}

const ids = topologyIds(JSON.parse(readFileSync(topologyFile, 'utf8')));
const result = checkDatasetText(text, { topologyIds: ids });
if (result.ok) {
  const { editions, actors, actions, groups } = result.dataset;
  console.log(`${file}: valid (${editions.length} editions, ${actors.length} actors, ${actions.length} actions, ${groups.length} groups)`);
} else {
  for (const issue of result.issues) console.log(formatIssue(issue));
  console.error(`${file}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}`);
  process.exit(1);
}
