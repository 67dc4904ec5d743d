/**
 * Files a script generates and the repository commits (data/schema.json, the map's selection
 * stylesheet, the topology): written by the script, or, with `--check` (CI), compared with what is
 * committed, and the script exits 1 when any is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface GeneratedFile {
  path: string;
  /** As the messages name it, e.g. `data/schema.json`. */
  name: string;
  text: string;
  /** Said after its name, e.g. ` (28.9 kB gzip)`. */
  detail?: string;
}

export function writeOrCheck(files: readonly GeneratedFile[], command: string, argv: readonly string[] = process.argv): void {
  if (!argv.includes('--check')) {
    for (const file of files) {
      writeFileSync(file.path, file.text);
      console.log(`wrote ${file.name}${file.detail ?? ''}`);
    }
    return;
  }
  let stale = false;
  for (const file of files) {
    let current = '';
    try {
      current = readFileSync(file.path, 'utf8');
    } catch {
      // A missing file is simply out of date.
    }
    if (current !== file.text) {
      console.error(`${file.name} is out of date: run ${command} and commit it.`);
      stale = true;
    } else {
      console.log(`${file.name} is current${file.detail ?? ''}.`);
    }
  }
  if (stale) process.exit(1);
}
