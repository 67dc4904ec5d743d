/**
 * A data file's bytes as text, strictly: a byte that is not UTF-8 is an error with its offset,
 * never a silent "�" ("United St�tes" published). A leading byte-order mark is dropped, as the
 * browser's `Response.text()` drops it, so the validator and the page read the same text.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; offset: number };

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, offset: firstBadByte(bytes) };
  }
}

/**
 * Where the text stops being UTF-8: the end of the longest prefix that decodes completely, before
 * the first error. The error is found by the shortest prefix whose streaming decode fails (streamed,
 * a character cut at the end of a prefix is not an error, so failure only grows with the prefix);
 * from there, at most three steps back reach the start of the character it broke.
 */
function firstBadByte(bytes: Uint8Array): number {
  let low = 1;
  let high = bytes.length + 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (decodes(bytes.subarray(0, middle), true)) low = middle + 1;
    else high = middle;
  }
  // bytes[low - 1] is where the decoder gave up (or the end, for a character cut short there).
  let end = Math.min(low - 1, bytes.length);
  while (end > 0 && !decodes(bytes.subarray(0, end), false)) end -= 1;
  return end;
}

function decodes(prefix: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream });
    return true;
  } catch {
    return false;
  }
}
