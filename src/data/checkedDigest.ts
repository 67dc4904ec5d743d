/**
 * The build checks the dataset with the release checks and writes the SHA-256 of the file it
 * checked into the page (`data-sha256` on the dataset's preload link). A download with that digest
 * is the file the build checked, byte for byte, and needs no second check on a slow phone; any
 * other download (edited on the server, damaged, cut short) is checked in full before it is shown.
 */

/** Lowercase hex SHA-256 of `text` as UTF-8, or null where the browser offers no digest (an insecure context). */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** True when `text` is, byte for byte, the file whose digest the build wrote. */
export async function isBuildChecked(text: string, checkedSha256: string | undefined): Promise<boolean> {
  if (!checkedSha256 || !/^[0-9a-f]{64}$/.test(checkedSha256)) return false;
  try {
    return (await sha256Hex(text)) === checkedSha256;
  } catch {
    return false;
  }
}
