/**
 * data/relations.json: the countries that ended diplomatic relations with Taiwan from 2016, for the
 * change view ("no longer an ally" between two Assemblies). A file of its own, fetched only when a
 * reader compares two Assemblies, so the first view does not carry it; sourced like every fact.
 */
import * as v from 'valibot';
import { BilingualTextSchema, PartialDateSchema, SourceSchema, TextSchema } from './schema.ts';

export const RelationsEndedSchema = v.strictObject({
  /** ISO 3166-1 alpha-3 code. */
  country: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code')),
  /** The country's name, for countries that are not among the dataset's supporters. */
  name: BilingualTextSchema,
  /** The day Taiwan's foreign ministry announced the end (Taipei time), or as precisely as sources say. */
  ended: PartialDateSchema,
  summary: TextSchema,
  sources: v.pipe(v.array(v.string()), v.minLength(2, 'needs at least two sources')),
});

export const RelationsFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  /** The sources of this file only (ids distinct from the dataset's). */
  sources: v.array(SourceSchema),
  relationsEnded: v.array(RelationsEndedSchema),
});

export type RelationsEnded = v.InferOutput<typeof RelationsEndedSchema>;
export type RelationsFile = v.InferOutput<typeof RelationsFileSchema>;
