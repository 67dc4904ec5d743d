/**
 * The public correction log (data/corrections.json), fetched when a reader asks for it: the
 * build has checked it against the dataset, and the shape is checked again here, as for the
 * dataset, so a damaged download is refused rather than shown.
 */
import * as v from 'valibot';
import { fetchText, type FetchTextOptions } from './fetchText.ts';
import { CorrectionsFileSchema, type Correction } from './schema.ts';

export type CorrectionsResult = { ok: true; corrections: Correction[] } | { ok: false; message: string };

export async function loadCorrections(url: string, options: FetchTextOptions = {}): Promise<CorrectionsResult> {
  const response = await fetchText(url, options);
  if (!response.ok) return { ok: false, message: response.message };
  let raw: unknown;
  try {
    raw = JSON.parse(response.text);
  } catch {
    return { ok: false, message: 'the file arrived damaged' };
  }
  const parsed = v.safeParse(CorrectionsFileSchema, raw);
  return parsed.success ? { ok: true, corrections: parsed.output.corrections } : { ok: false, message: 'the file arrived damaged' };
}
