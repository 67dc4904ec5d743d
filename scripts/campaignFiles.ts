/**
 * The other campaigns' data: `data/campaigns/<campaign>/dataset.json`, each with its own
 * `audit.json`, beside INTERPOL's `data/dataset.json`. Each file is checked as a release (the
 * schema, the integrity and editorial rules, the audit; there is no correction log yet, so an empty
 * one), its `campaign` must be its folder's, and then every file together (checkCampaigns: a shared
 * act is one act). `npm run validate-data` and the build read them through here, so both refuse
 * the same files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkCampaigns, type CampaignData } from '../src/data/checkCampaigns.ts';
import { checkRelease } from '../src/data/checkRelease.ts';
import { formatIssue } from '../src/data/dataIssue.ts';
import { decodeUtf8 } from '../src/data/decodeUtf8.ts';
import { CAMPAIGN_IDS, type CampaignId, type Dataset } from '../src/data/schema.ts';
import { checkedDigest, contentTag } from './dataReleases.ts';

/** The campaign whose data is data/dataset.json (and whose pages and links need no `campaign=`). */
export const DEFAULT_CAMPAIGN: CampaignId = 'interpol';

export interface CampaignFile {
  campaign: CampaignId;
  /** Where it lives, from the project's root. */
  path: string;
  text: string;
  dataset: Dataset;
  /** The digest the page may trust in place of its own check, or null. */
  sha256: string | null;
}

/** Every other campaign's file that exists, checked, and every problem found (validate-data and the build fail on any). */
export function loadCampaignFiles(
  root: string,
  interpol: Dataset | null,
  topologyIds?: ReadonlySet<string>,
): { files: CampaignFile[]; problems: string[] } {
  const files: CampaignFile[] = [];
  const problems: string[] = [];
  for (const campaign of CAMPAIGN_IDS) {
    if (campaign === DEFAULT_CAMPAIGN) continue;
    const path = `data/campaigns/${campaign}/dataset.json`;
    const auditPath = `data/campaigns/${campaign}/audit.json`;
    if (!existsSync(resolve(root, path))) continue;
    const read = (file: string): string | null => {
      const decoded = decodeUtf8(readFileSync(resolve(root, file)));
      if (decoded.ok) return decoded.text;
      problems.push(`${file}: byte ${decoded.offset} is not UTF-8`);
      return null;
    };
    const text = read(path);
    if (!existsSync(resolve(root, auditPath))) problems.push(`${auditPath}: missing (every campaign's actions are audited)`);
    const audit = existsSync(resolve(root, auditPath)) ? read(auditPath) : null;
    if (text === null || audit === null) continue;
    const checked = checkRelease({ dataset: text, corrections: '{ "corrections": [] }', audit }, topologyIds ? { topologyIds } : {});
    if (!checked.dataset) {
      problems.push(...checked.issues.map((issue) => `${issue.file === 'audit' ? auditPath : path}: ${formatIssue(issue)}`));
      continue;
    }
    if (checked.dataset.campaign !== campaign) {
      problems.push(`${path}: its "campaign" is ${JSON.stringify(checked.dataset.campaign ?? null)}, not "${campaign}" as its folder says`);
      continue;
    }
    files.push({ campaign, path, text, dataset: checked.dataset, sha256: checkedDigest(text, checked.dataset) });
  }
  const all: CampaignData[] = [
    ...(interpol ? [{ campaign: DEFAULT_CAMPAIGN, dataset: interpol }] : []),
    ...files.map(({ campaign, dataset }) => ({ campaign, dataset })),
  ];
  problems.push(...checkCampaigns(all).map(formatIssue));
  return { files, problems };
}

export interface ShippedCampaignFile {
  campaign: CampaignId;
  version: string;
  /** Below dist/: content-addressed, so that a corrected file is a new URL. */
  fileName: string;
  /** Without the repository's indentation: what the page downloads is the data, not its layout. */
  text: string;
  sha256: string | null;
}

/** The file the build ships for a campaign (assets/<campaign>-<version>-<sha10>.json, minified). */
export function shippedCampaignFile(file: CampaignFile): ShippedCampaignFile {
  const text = JSON.stringify(file.dataset);
  const sha256 = checkedDigest(text, file.dataset);
  const short = contentTag(text);
  return {
    campaign: file.campaign,
    version: file.dataset.version,
    fileName: `assets/${file.campaign}-${file.dataset.version}-${short}.json`,
    text,
    sha256,
  };
}

/** `html` with a link per campaign's file in its <head>: the page fetches them when a campaign is first shown. */
export function withCampaignLinks(
  html: string,
  links: readonly { campaign: CampaignId; href: string; version: string; sha256: string | null }[],
): string {
  if (links.length === 0) return html;
  const tags = links.map(
    (link) =>
      `<link rel="alternate" type="application/json" href="${link.href}" data-campaign="${link.campaign}" data-version="${link.version}"${link.sha256 ? ` data-sha256="${link.sha256}"` : ''} />`,
  );
  if (!/<\/head>/.test(html)) throw new Error("index.html has no </head> for the campaigns' links");
  return html.replace(/<\/head>/, () => `    ${tags.join('\n    ')}\n  </head>`);
}
