/**
 * What the validator reports and what its rules read: one problem as `location: message`, and the
 * dataset's collections with each item's index in the file (so a rule can say where).
 */
import type { Dataset } from './schema.ts';

export interface DataIssue {
  location: string;
  message: string;
}

export interface CheckOptions {
  /** ISO alpha-3 ids of the shapes the app draws; when given, every painted code must be one of them. */
  topologyIds?: ReadonlySet<string>;
}

export function formatIssue(issue: DataIssue): string {
  return `${issue.location}: ${issue.message}`;
}

/** Every collection of the dataset, each item with its index in the file. */
export interface IndexedDataset {
  updated?: string;
  version?: string;
  /** The dataset's campaign, when it names a valid one (absent = INTERPOL). */
  campaign?: Dataset['campaign'];
  /** Set on an edition's part (data/editionPart.ts). */
  part?: Dataset['part'];
  supportTypes?: Indexed<Dataset['supportTypes'][number]>[];
  sources: Indexed<Dataset['sources'][number]>[];
  editions: Indexed<Dataset['editions'][number]>[];
  actors: Indexed<Dataset['actors'][number]>[];
  actions: Indexed<Dataset['actions'][number]>[];
  groups: Indexed<Dataset['groups'][number]>[];
}
export interface Indexed<T> {
  index: number;
  value: T;
}

