/**
 * A suggested citation of the current view, as plain text and as BibTeX. The URL is the view's
 * own link, so a reader of the article lands on what the writer saw.
 */
import { translate } from '../i18n/translate.ts';
import { shareWords } from '../i18n/words/share.ts';
import type { Lang } from '../data/schema.ts';

export interface CitationInput {
  /** The dataset's title in the reader's language. */
  title: string;
  /** The site's name (the page title). */
  site: string;
  version: string;
  /** The dataset's date, YYYY-MM-DD. */
  updated: string;
  /** The link to the current view. */
  url: string;
  /** The day the reader looked, YYYY-MM-DD. */
  accessed: string;
  lang: Lang;
}

export function citationText(input: CitationInput): string {
  const { title, site, version, updated, url, accessed } = input;
  return translate(shareWords, input.lang, 'citeTemplate', { title, site, version, updated, url, accessed });
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text for a braced BibTeX field: LaTeX's special characters become their escaped forms. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) => BIBTEX_SPECIAL[c] as string);
}

/**
 * A URL for BibTeX's url field, which biblatex and the url package read verbatim: escaping
 * would corrupt it, so only what could unbalance the braces (and a backslash) is percent-encoded.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function citationBibtex(input: CitationInput): string {
  const key = `supportmap_${input.version.replace(/\W/g, '_')}`;
  const fields: [string, string][] = [
    // Double braces keep "INTERPOL" and "Taiwan" capitalised in styles that lowercase titles.
    ['title', `{${escapeBibtex(input.title)}}`],
    ['howpublished', escapeBibtex(input.site)],
    ['version', escapeBibtex(input.version)],
    ['date', input.updated],
    ['year', input.updated.slice(0, 4)],
    ['url', bibtexUrl(input.url)],
    ['urldate', input.accessed],
    ['note', escapeBibtex(`Dataset version ${input.version}, updated ${input.updated}`)],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n')}\n}\n`;
}
