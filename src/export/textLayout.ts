/**
 * Line breaking for exported SVG, without a browser to measure text: widths are estimated from
 * the characters (CJK ideographs and full-width forms take a full em, Latin about half). The
 * estimate errs wide, so a line may break early but does not overflow.
 */

/** Average advance of a Latin character in system-ui fonts, in ems, rounded up. */
const LATIN_EM = 0.56;
const WIDE_EM = 1;

function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) || // CJK radicals, kana, ideographs, CJK punctuation
    (code >= 0xac00 && code <= 0xd7af) || // Hangul
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    code >= 0x20000 // supplementary ideographs
  );
}

export function estimateWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += isWide(char.codePointAt(0) as number) ? WIDE_EM : LATIN_EM;
  return ems * fontSize;
}

/** Pieces a line may break after: a word with its trailing space, or one wide character. */
function breakable(text: string): string[] {
  return (
    text.match(
      /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60][\s]*|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]+\s*|\s+/g,
    ) ?? []
  );
}

/** Greedy line breaking; a single word wider than the line keeps a line of its own. */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of breakable(text)) {
    const candidate = line + piece;
    if (line !== '' && estimateWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
