/**
 * data/relations.json: the countries that ended diplomatic relations with Taiwan from 2016, for the
 * change view ("no longer an ally" between two Assemblies). A file of its own, fetched only when a
 * reader compares two Assemblies, so the first view does not carry it; sourced like every fact.
 */
import * as v from 'valibot';
import { BilingualTextSchema, FullDateSchema, PartialDateSchema, SourceSchema, TextSchema } from './schema.ts';

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

const CountryCode = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code'));
const SourceIds = (minimum: number) => v.pipe(v.array(v.string()), v.minLength(minimum, `needs at least ${minimum} source${minimum === 1 ? '' : 's'}`));

/**
 * Taiwan's diplomatic allies on one day, each with its sources, and the number of allies the
 * sources state on later days: with `relationsEnded` (and no relations established since, which
 * the stated numbers confirm), the allies on any day after `asOf` (alliesOn).
 */
export const AlliesSchema = v.strictObject({
  asOf: FullDateSchema,
  countries: v.array(v.strictObject({ country: CountryCode, sources: SourceIds(2) })),
  counts: v.array(v.strictObject({ date: FullDateSchema, count: v.pipe(v.number(), v.integer(), v.minValue(0)), sources: SourceIds(1) })),
});

export const RelationsFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  /** The sources of this file only (ids distinct from the dataset's). */
  sources: v.array(SourceSchema),
  relationsEnded: v.array(RelationsEndedSchema),
  allies: v.optional(AlliesSchema),
});

export type RelationsEnded = v.InferOutput<typeof RelationsEndedSchema>;
export type RelationsFile = v.InferOutput<typeof RelationsFileSchema>;
export type Allies = v.InferOutput<typeof AlliesSchema>;

/**
 * The countries that were Taiwan's allies on `date` (YYYY-MM-DD): the allies of `asOf`, less those
 * whose relations had ended by then (an end known only to the month or year counts from its first
 * day). Null before `asOf`, or without the list.
 */
export function alliesOn(relations: Pick<RelationsFile, 'allies' | 'relationsEnded'>, date: string): string[] | null {
  const { allies } = relations;
  if (!allies || date < allies.asOf) return null;
  const ended = new Set(relations.relationsEnded.filter((entry) => entry.ended <= date).map((entry) => entry.country));
  return allies.countries.map((entry) => entry.country).filter((country) => !ended.has(country));
}
