/**
 * Dataset text in the visitor's language. When a Chinese version is missing, the English
 * fallback is marked lang="en" so screen readers switch voice instead of reading it as Chinese.
 */
import type { ReactNode } from 'react';
import type { Text, Lang } from '../../data/schema.ts';
import { localize } from '../../i18n/names.ts';
import type { WordKey } from '../../i18n/Dictionary.ts';
import type { Translate } from '../../i18n/translate.ts';

export function LocalText({ text, lang }: { text: Text; lang: Lang }) {
  const local = localize(text, lang);
  return local.lang === lang ? <>{local.text}</> : <span lang={local.lang}>{local.text}</span>;
}

/** Private-use character: it never occurs in messages, so splitting on it is safe. */
const SLOT = '\u{E000}';

/**
 * A message with one placeholder filled by a React node (e.g. a <LocalText> that needs its own
 * lang), so the sentence's word order still comes from the message in each language.
 */
export function interpolate<K extends WordKey>(t: Translate<K>, key: K, name: string, node: ReactNode): ReactNode {
  const [before = '', after = ''] = t(key, { [name]: SLOT }).split(SLOT);
  return (
    <>
      {before}
      {node}
      {after}
    </>
  );
}
