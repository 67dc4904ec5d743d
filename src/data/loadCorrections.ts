/** The public correction log (data/corrections.json), fetched when a reader asks for it. */
import type { FetchTextOptions } from './fetchText.ts';
import { loadJsonFile } from './loadJsonFile.ts';
import { CorrectionsFileSchema, type Correction } from './schema.ts';

export type CorrectionsResult = { ok: true; corrections: Correction[] } | { ok: false; message: string };

export async function loadCorrections(url: string, options: FetchTextOptions = {}): Promise<CorrectionsResult> {
  const loaded = await loadJsonFile(url, CorrectionsFileSchema, options);
  return loaded.ok ? { ok: true, corrections: loaded.value.corrections } : loaded;
}
