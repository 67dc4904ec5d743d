/** The site's edition pages as this document declares them (state/viewPages.ts), read once: they never change while the page is open. */
import { readSitePages, type SitePages } from '../../state/viewPages.ts';

let read: { pages: SitePages | null } | null = null;

export function thisSitePages(): SitePages | null {
  read ??= { pages: readSitePages(document) };
  return read.pages;
}
