/**
 * The shape of data/audit.json: one record per action saying which of its cited sources support
 * it, where in the source, and what the source says (in our words). `checkAudit` (checkAudit.ts)
 * holds the rules that need the dataset. The app never loads the audit; `npm run validate-data`
 * checks it.
 */
import * as v from 'valibot';
import { FullDateSchema } from './schema.ts';

const NonEmptyText = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/**
 * `yes`: the source says this actor did this act, of this type, in this edition, with this body,
 * date and scope. `partly`: it says some of it and the rest comes from another check or is marked
 * inferred. `unread`: the source is cited but no copy of it could be read; such a check never
 * counts as support, and the finding says so.
 */
export const SUPPORTS = ['yes', 'partly', 'unread'] as const;

export const AuditCheckSchema = v.strictObject({
  source: NonEmptyText,
  supports: v.picklist(SUPPORTS, `must be one of ${SUPPORTS.join(', ')}`),
  /** Where in the source: "para 3, sentence 2", "heading", "section 1". */
  where: NonEmptyText,
  /** A paraphrase of what the source says (never a quotation). */
  finding: NonEmptyText,
});

export const AuditRecordSchema = v.strictObject({
  action: NonEmptyText,
  /** When these checks were made, if not on the audit's `checked` date. */
  date: v.optional(FullDateSchema),
  checks: v.pipe(v.array(AuditCheckSchema), v.minLength(1, 'must hold at least one check')),
});

export const AuditSchema = v.strictObject({
  $comment: v.optional(v.string()),
  checked: FullDateSchema,
  records: v.array(AuditRecordSchema),
});

export type Audit = v.InferOutput<typeof AuditSchema>;
export type AuditRecord = v.InferOutput<typeof AuditRecordSchema>;
