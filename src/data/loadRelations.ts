/** The relations with Taiwan that ended (data/relations.json), fetched when a reader first compares two Assemblies. */
import type { FetchTextOptions } from './fetchText.ts';
import { loadJsonFile, type JsonFileResult } from './loadJsonFile.ts';
import { RelationsFileSchema, type RelationsFile } from './relationsSchema.ts';

export function loadRelations(url: string, options: FetchTextOptions = {}): Promise<JsonFileResult<RelationsFile>> {
  return loadJsonFile(url, RelationsFileSchema, options);
}
