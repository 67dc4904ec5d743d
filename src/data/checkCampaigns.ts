/**
 * The rules that need every campaign's data at once (each file is checked on its own by
 * checkRelease): one act that backs Taiwan in several bodies is one act, whichever files hold it.
 *
 * - A `shared` id names one act: in every file that holds it, the same actor, dates that may be the
 *   same day (where both give one), and a source in common unless both give the same full day; and
 *   at most once per file.
 * - The same act recorded in two campaigns' files without a `shared` id would be counted twice:
 *   the same actor and type, dates that may be the same day, citing the same page, in two files,
 *   must share an id.
 *
 * Pure: datasets in, issues out. `sharedActKey` and `countActs` are what totals across campaigns use.
 */
import type { DataIssue } from './dataIssue.ts';
import type { Action, CampaignId, Dataset } from './schema.ts';

export interface CampaignData {
  campaign: CampaignId;
  dataset: Dataset;
}

interface Placed {
  campaign: CampaignId;
  index: number;
  action: Action;
  urls: ReadonlySet<string>;
}

const sourceUrls = (dataset: Dataset, action: Action): Set<string> => {
  const byId = new Map(dataset.sources.map((source) => [source.id, source.url]));
  return new Set(action.sources.flatMap((id) => byId.get(id) ?? []));
};

const shareAny = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((url) => b.has(url));

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Two partial dates that may be the same day: equal, or one the other's month or year ("2023-06", "2023-06-22"). */
const compatibleDates = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

export function checkCampaigns(files: readonly CampaignData[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (campaign: CampaignId, index: number, message: string) =>
    issues.push({ location: `${campaign}: actions[${index}].shared`, message });

  const seenCampaigns = new Set<CampaignId>();
  for (const { campaign } of files) {
    if (seenCampaigns.has(campaign)) issues.push({ location: campaign, message: 'two files hold this campaign' });
    seenCampaigns.add(campaign);
  }

  const placed: Placed[] = files.flatMap(({ campaign, dataset }) =>
    dataset.actions.map((action, index) => ({ campaign, index, action, urls: sourceUrls(dataset, action) })),
  );

  const byShared = new Map<string, Placed[]>();
  for (const entry of placed) {
    const id = entry.action.shared;
    if (id === undefined) continue;
    const list = byShared.get(id) ?? [];
    list.push(entry);
    byShared.set(id, list);
  }
  for (const [id, list] of byShared) {
    const first = list[0] as Placed;
    const campaigns = new Set<CampaignId>();
    for (const entry of list) {
      if (campaigns.has(entry.campaign)) report(entry.campaign, entry.index, `"${id}" is already an act of this campaign: one act is recorded once per campaign`);
      campaigns.add(entry.campaign);
      if (entry === first) continue;
      const where = `${first.campaign}'s actions[${first.index}]`;
      if (entry.action.actor !== first.action.actor)
        report(entry.campaign, entry.index, `"${id}" is ${first.action.actor}'s act in ${where}, not ${entry.action.actor}'s`);
      if (entry.action.date !== undefined && first.action.date !== undefined && !compatibleDates(entry.action.date, first.action.date))
        report(entry.campaign, entry.index, `"${id}" is dated ${first.action.date} in ${where}, not ${entry.action.date}`);
      // Two reports of one act may cite different pages; then the same day must say it is one.
      const sameDay = entry.action.date !== undefined && entry.action.date === first.action.date && FULL_DAY.test(entry.action.date);
      if (!sameDay && !shareAny(entry.urls, first.urls))
        report(entry.campaign, entry.index, `"${id}" cites no source that ${where} cites, and no day says it is the same act`);
    }
  }

  // The same act in two files, without an id that says so: the same actor and type, dates that may
  // be the same day, the same page cited. Undated acts cannot be told apart, and are left alone.
  const byActor = new Map<string, Placed[]>();
  for (const entry of placed) {
    if (entry.action.date === undefined) continue;
    const key = `${entry.action.actor} ${entry.action.type}`;
    const list = byActor.get(key) ?? [];
    list.push(entry);
    byActor.set(key, list);
  }
  for (const list of byActor.values()) {
    for (const [i, a] of list.entries()) {
      for (const b of list.slice(i + 1)) {
        if (a.campaign === b.campaign || !compatibleDates(a.action.date as string, b.action.date as string) || !shareAny(a.urls, b.urls)) continue;
        if (a.action.shared !== undefined && a.action.shared === b.action.shared) continue;
        report(
          b.campaign,
          b.index,
          `the same act as ${a.campaign}'s actions[${a.index}] (${a.action.actor}, ${a.action.type}, ${a.action.date}, the same source): give both the same "shared" id, or it is counted twice`,
        );
      }
    }
  }
  return issues;
}

/** What makes an act one act across campaigns: its shared id, or else its campaign and id. */
export function sharedActKey(campaign: CampaignId, action: Action): string {
  return action.shared === undefined ? `${campaign}/${action.id}` : `shared/${action.shared}`;
}

/** The acts of every campaign, each act once: a shared act counts once however many files hold it. */
export function countActs(files: readonly CampaignData[], include: (action: Action) => boolean = () => true): number {
  const keys = new Set<string>();
  for (const { campaign, dataset } of files) for (const action of dataset.actions) if (include(action)) keys.add(sharedActKey(campaign, action));
  return keys.size;
}
