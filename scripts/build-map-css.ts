/**
 * Writes src/ui/map/mapSelection.css from src/present/selectionStyle.ts: the stylesheet that
 * colours the map for the selected support types, generated from the support levels and the
 * colour scale so that it cannot drift from them.
 *   npm run build:css            write the file
 *   npm run build:css -- --check exit 1 if the committed file is out of date (CI)
 */
import { fileURLToPath } from 'node:url';
import { selectionStylesheet } from '../src/present/selectionStyle.ts';
import { writeOrCheck } from './generatedFiles.ts';

const target = fileURLToPath(new URL('../src/ui/map/mapSelection.css', import.meta.url));

writeOrCheck([{ path: target, name: 'src/ui/map/mapSelection.css', text: selectionStylesheet() }], 'npm run build:css');
