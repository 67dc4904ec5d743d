/**
 * Copy to the clipboard where the browser lets us. It refuses outside secure contexts, in some
 * iframes, and when the visitor denied the permission; the caller then shows the text selected
 * in a field, so copying by hand is one keystroke.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
