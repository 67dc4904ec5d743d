/**
 * What a language's dictionary holds: a translation of every English word of every feature. A
 * missing or misspelt key is a type error in the dictionary, not English text shown to a reader.
 */
import type { bodiesWords } from './words/bodies.ts';
import type { coreWords } from './words/core.ts';
import type { laterWords } from './words/later.ts';
import type { mapWords } from './words/map.ts';
import type { panelWords } from './words/panel.ts';
import type { shareWords } from './words/share.ts';
import type { timeWords } from './words/time.ts';

export type WordKey =
  | keyof typeof coreWords
  | keyof typeof bodiesWords
  | keyof typeof laterWords
  | keyof typeof mapWords
  | keyof typeof panelWords
  | keyof typeof shareWords
  | keyof typeof timeWords;

export type Dictionary = Readonly<Record<WordKey, string>>;
