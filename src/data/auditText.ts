/**
 * Findings in the audit are paraphrases of sources. A finding is maintainer-facing, so it may say
 * a page could not be read; it must not quote at length. This guards the one thing that would
 * make a finding a copy: a run of more than 12 words inside quotation marks.
 */
const LONG_QUOTE = /["“]([^"”]+)["”]/g;

export function longQuoteInFinding(finding: string): string | undefined {
  for (const match of finding.matchAll(LONG_QUOTE)) {
    if ((match[1] ?? '').trim().split(/\s+/).length > 12) return 'quotes more than 12 words; paraphrase the source instead';
  }
  return undefined;
}
