/**
 * Each edition's part of a dataset the build ships (src/data/editionPart.ts), and the link that
 * makes a page load the part of the edition it shows first: its map then waits for that edition's
 * acts only, however many editions the record holds. The whole file is fetched once the map is
 * drawn, so its link stops being a preload.
 */
import { checkDatasetText } from '../src/data/checkDataset.ts';
import { formatIssue } from '../src/data/dataIssue.ts';
import { editionPart } from '../src/data/editionPart.ts';
import type { CampaignId, Dataset } from '../src/data/schema.ts';
import { checkedDigest, contentTag } from './dataReleases.ts';

export interface ShippedEditionPart {
  campaign: CampaignId;
  version: string;
  edition: number;
  /** Below dist/: content-addressed, as the whole files are. */
  fileName: string;
  text: string;
  sha256: string | null;
}

/** Every edition's part of a checked dataset, each checked again as the page would check it. */
export function shippedEditionParts(campaign: CampaignId, dataset: Dataset): ShippedEditionPart[] {
  return dataset.editions.map(({ year }) => {
    const text = JSON.stringify(editionPart(dataset, year));
    const checked = checkDatasetText(text);
    if (!checked.ok) throw new Error(`the part of ${campaign} ${year} fails its checks:\n${checked.issues.map(formatIssue).join('\n')}`);
    const short = contentTag(text);
    return {
      campaign,
      version: dataset.version,
      edition: year,
      fileName: `assets/${campaign}-${dataset.version}-${year}-${short}.json`,
      text,
      sha256: checkedDigest(text, checked.dataset),
    };
  });
}

const DATASET_PRELOAD = /<link\b[^>]*\bdata-resource="dataset"[^>]*>/;

/**
 * `html` with a preload of `part` before the whole dataset's link, which becomes a plain link: the
 * page still finds the whole file there (main.tsx), and fetches it after the map.
 */
export function withEditionPartLink(html: string, part: ShippedEditionPart, href: string): string {
  const link = DATASET_PRELOAD.exec(html)?.[0];
  if (!link) throw new Error('index.html has no <link data-resource="dataset">');
  const partLink =
    `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" data-resource="edition" ` +
    `data-part-of="${part.campaign}" data-version="${part.version}" data-edition="${part.edition}"` +
    `${part.sha256 ? ` data-sha256="${part.sha256}"` : ''} />`;
  const whole = link.replace(/\brel="preload"/, 'rel="alternate" type="application/json"').replace(/\s+as="fetch"/, '');
  return html.replace(link, () => `${partLink}\n    ${whole}`);
}
