/**
 * A data file fetched after the first view (the correction log, the ended relations): the build has
 * checked it, and its shape is checked again here, as for the dataset, so that a damaged download
 * is refused rather than shown.
 */
import * as v from 'valibot';
import { fetchText, type FetchTextOptions } from './fetchText.ts';

export type JsonFileResult<T> = { ok: true; value: T } | { ok: false; message: string };

export async function loadJsonFile<S extends v.GenericSchema>(
  url: string,
  schema: S,
  options: FetchTextOptions = {},
): Promise<JsonFileResult<v.InferOutput<S>>> {
  const response = await fetchText(url, options);
  if (!response.ok) return { ok: false, message: response.message };
  let raw: unknown;
  try {
    raw = JSON.parse(response.text);
  } catch {
    return { ok: false, message: 'the file arrived damaged' };
  }
  const parsed = v.safeParse(schema, raw);
  return parsed.success ? { ok: true, value: parsed.output } : { ok: false, message: 'the file arrived damaged' };
}
