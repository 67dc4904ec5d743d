/**
 * The words that name a source (or a release) on screen: its real title when known, otherwise a
 * description of the page in the reader's language (English as the fallback). A description is
 * never set as a title: in running text it is written in square brackets, the editors' convention.
 */
import type { Lang, Text } from '../data/schema.ts';

export interface Titled {
  title?: string | undefined;
  description?: Text | undefined;
}

export function sourceHeading(item: Titled, lang: Lang): { text: string; isDescription: boolean } {
  if (item.title !== undefined) return { text: item.title, isDescription: false };
  const description = item.description;
  return { text: description?.[lang] ?? description?.en ?? '', isDescription: true };
}

/** The heading as plain text: the title, or the description in square brackets. */
export function headingText(item: Titled, lang: Lang): string {
  const heading = sourceHeading(item, lang);
  return heading.isDescription ? `[${heading.text}]` : heading.text;
}
