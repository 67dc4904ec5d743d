/**
 * Everything in the dataset that a visitor reads is public text. Notes for maintainers (how a
 * page was read, what the research brief said, which translation was the starting point) belong
 * in data/README.md, never in the data. These patterns catch that kind of note; each is narrow
 * enough to let real facts through ("scientific research", "seed funding" and "readability" of a
 * resolution are not caught: only talk about *our* research and *our* copies is).
 */
import { LANGS } from './vocabulary.ts';
import type { Text } from './schema.ts';

interface Pattern {
  pattern: RegExp;
  /** What the text speaks of, for the message. */
  about: string;
}

const PATTERNS: readonly Pattern[] = [
  // "the research", "our research", "research report/brief/notes", "researcher(s)"
  { pattern: /\b(?:the|our|this|that) research\b|\bresearch(?:ers?|[- ](?:report|brief|notes?))\b/i, about: 'the research behind the data' },
  { pattern: /\bstored cop(?:y|ies)\b|\b(?:un)?readable\b/i, about: 'copies of pages and whether they could be read' },
  { pattern: /\bground[- ]truth\b/i, about: 'the project\'s working material' },
  // "the seed", "seed translation", "seed text": the brief's name for its input, not a fact.
  { pattern: /\b(?:the|a) seed\b|\bseed(?:[- ](?:translation|text|file))\b/i, about: 'the project\'s input file' },
  { pattern: /種子|研究報告|研究人員|存檔副本|可讀/, about: 'the research behind the data' },
];

/** The first pattern a text matches, or undefined when it speaks only of facts and sources. */
export function maintainerTalk(text: string): string | undefined {
  return PATTERNS.find(({ pattern }) => pattern.test(text))?.about;
}

/** Every language of a Text that is present, with the location suffix of each (".en", ".zh-TW"). */
export function textParts(text: Text | undefined): [suffix: string, value: string][] {
  if (!text) return [];
  return LANGS.flatMap((lang): [string, string][] => {
    const value = text[lang];
    return value === undefined ? [] : [[`.${lang}`, value]];
  });
}

export function publicTextMessage(about: string): string {
  return `is public text and must not speak of ${about}; move maintainers' notes to data/README.md`;
}
