/**
 * The words that name a source (or a release) on screen: its real title when known, otherwise
 * the description of the page in the reader's language (English as the fallback). The UI may
 * style a description differently; `isDescription` tells it which one it got.
 */
import type { Lang, Text } from './schema.ts';

export interface Titled {
  title?: string | undefined;
  description?: Text | undefined;
}

export function sourceHeading(item: Titled, lang: Lang): { text: string; isDescription: boolean } {
  if (item.title !== undefined) return { text: item.title, isDescription: false };
  const description = item.description;
  return { text: description?.[lang] ?? description?.en ?? '', isDescription: true };
}
