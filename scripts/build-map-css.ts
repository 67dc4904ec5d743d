/**
 * Writes src/ui/map/mapSelection.css from src/present/selectionStyle.ts: the stylesheet that
 * colours the map for the selected support types, generated from the support levels and the
 * colour scale so that it cannot drift from them.
 *   npm run build:css            write the file
 *   npm run build:css -- --check exit 1 if the committed file is out of date (CI)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { selectionStylesheet } from '../src/present/selectionStyle.ts';

const target = fileURLToPath(new URL('../src/ui/map/mapSelection.css', import.meta.url));
const wanted = selectionStylesheet();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is simply out of date.
  }
  if (current !== wanted) {
    console.error('src/ui/map/mapSelection.css is out of date: run npm run build:css and commit it.');
    process.exit(1);
  }
  console.log('src/ui/map/mapSelection.css is current.');
} else {
  writeFileSync(target, wanted);
  console.log('wrote src/ui/map/mapSelection.css');
}
