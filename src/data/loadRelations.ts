/**
 * data/relations.json, fetched when a reader first compares two Assemblies. The build has checked
 * it; it is checked again here, so that a damaged download is refused rather than shown.
 */
import { checkRelations } from './checkRelations.ts';
import { fetchText, type FetchTextOptions } from './fetchText.ts';
import type { RelationsFile } from './relationsSchema.ts';

export type RelationsResult = { ok: true; relations: RelationsFile } | { ok: false; message: string };

export async function loadRelations(url: string, options: FetchTextOptions = {}): Promise<RelationsResult> {
  const response = await fetchText(url, options);
  if (!response.ok) return { ok: false, message: response.message };
  let raw: unknown;
  try {
    raw = JSON.parse(response.text);
  } catch {
    return { ok: false, message: 'the file arrived damaged' };
  }
  const { relations } = checkRelations(raw);
  return relations ? { ok: true, relations } : { ok: false, message: 'the file arrived damaged' };
}
