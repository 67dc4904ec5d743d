/**
 * The editorial rules, checked before a release (checkRelease.ts) on a dataset that already has
 * its integrity (integrityRules.ts): dates are real and fit their edition, painted codes exist in
 * the topology, an inferred act says why, public text is written for the public, a page has its
 * real title or a description, groups stay groups. Pure; returns issues, never throws.
 */
import type { Text } from './schema.ts';
import type { CheckOptions, DataIssue, IndexedDataset } from './dataIssue.ts';
import { addDays, isoDay, overlaps, parsePartialDate } from './dates.ts';
import { maintainerTalk, publicTextMessage, textParts } from './publicText.ts';
import { checkGroupsStayGroups } from './groupRules.ts';
import { isCampaignId, type CampaignId } from './vocabulary.ts';

/** An action can precede its Assembly by about a year (e.g. a G7 summit in June). */
const ACTION_DAYS_BEFORE_START = 400;
/** The ministry's tally can come weeks after the Assembly closes. */
const DAYS_AFTER_END = 60;
const RELEASE_DAYS_BEFORE_START = 30;


export function checkEditorial(data: IndexedDataset, options: CheckOptions): DataIssue[] {
  const campaign: CampaignId = data.campaign ?? 'interpol';
  const issues: DataIssue[] = [];
  const report = (location: string, message: string) => issues.push({ location, message });


  const updated = data.updated === undefined ? null : parsePartialDate(data.updated);
  if (data.updated !== undefined && !updated) report('updated', `"${data.updated}" is not a real date`);

  const checkDate = (location: string, text: string) => {
    const span = parsePartialDate(text);
    if (!span) report(location, `"${text}" is not a real date`);
    return span;
  };
  const checkCode = (location: string, code: string) => {
    if (options.topologyIds && !options.topologyIds.has(code))
      report(location, `"${code}" is not a country or territory in the world topology`);
  };

  const checkPublic = (location: string, text: Text | string | undefined) => {
    const parts = typeof text === 'string' ? [['', text] as [string, string]] : textParts(text);
    for (const [suffix, value] of parts) {
      const about = maintainerTalk(value);
      if (about) report(`${location}${suffix}`, publicTextMessage(about));
    }
  };
  /** A page is named by its real title or, when that is unknown, described: one of the two, never both. */
  const checkTitle = (location: string, item: { title?: string | undefined; description?: Text | undefined }) => {
    if (item.title !== undefined && item.description !== undefined)
      report(location, 'has both a title and a description; keep the real title, or only the description when the title is unknown');
    else if (item.title === undefined && item.description === undefined)
      report(location, 'needs either its real title or a description of the page');
    checkPublic(`${location}.description`, item.description);
  };

  for (const { index, value: source } of data.sources) {
    checkTitle(`sources[${index}]`, source);
    checkPublic(`sources[${index}].note`, source.note);
    const span = checkDate(`sources[${index}].date`, source.date);
    if (span && updated && span.start > updated.end)
      report(`sources[${index}].date`, `${source.date} is after the dataset's date ${data.updated}`);
  }

  const windows = new Map<number, { from: number; to: number; listed: boolean }>();
  for (const { index, value: edition } of data.editions) {
    const at = `editions[${index}]`;
    const start = edition.startDate === undefined ? null : checkDate(`${at}.startDate`, edition.startDate);
    const end = edition.endDate === undefined ? null : checkDate(`${at}.endDate`, edition.endDate);
    if (start && new Date(start.start).getUTCFullYear() !== edition.year)
      report(`${at}.startDate`, `${edition.startDate} is not in ${edition.year}`);
    if (start && end && end.start < start.start) report(`${at}.endDate`, `${edition.endDate} is before the start date`);
    if (edition.hostCountry) checkCode(`${at}.hostCountry`, edition.hostCountry);
    checkPublic(`${at}.note`, edition.note);
    checkPublic(`${at}.claim.text`, edition.claim?.text);
    edition.figures?.forEach((figure, i) => checkPublic(`${at}.figures[${i}].label`, figure.label));
    if (edition.release) {
      checkTitle(`${at}.release`, edition.release);
      const release = checkDate(`${at}.release.date`, edition.release.date);
      if (release && start && end && !overlaps(release, addDays(start.start, -RELEASE_DAYS_BEFORE_START), addDays(end.end, DAYS_AFTER_END)))
        report(`${at}.release.date`, `${edition.release.date} does not fit the ${edition.year} Assembly (${isoDay(start.start)} to ${isoDay(end.end)})`);
    }
    if (edition.listStatus === 'listed' && (!start || !end)) report(at, 'a listed edition needs startDate and endDate');
    windows.set(edition.year, {
      from: start ? addDays(start.start, -ACTION_DAYS_BEFORE_START) : Date.UTC(edition.year - 1, 0, 1),
      to: end ? addDays(end.end, DAYS_AFTER_END) : Date.UTC(edition.year, 11, 31),
      listed: edition.listStatus === 'listed',
    });
  }

  for (const { index, value: actor } of data.actors) {
    const at = `actors[${index}]`;
    const painted = actor.kind === 'country' || actor.kind === 'territory';
    if (painted && /^[A-Z]{3}$/.test(actor.id)) checkCode(`${at}.id`, actor.id);
    actor.members?.forEach((code, i) => checkCode(`${at}.members[${i}]`, code));
    checkPublic(`${at}.note`, actor.note);
  }

  const checkEditionAndDate = (at: string, year: number, date: string | undefined) => {
    const window = windows.get(year);
    // An unknown or unlisted edition is an integrity problem (integrityRules.ts), reported there.
    if (!window || !window.listed || date === undefined) return;
    const span = checkDate(`${at}.date`, date);
    if (span && !overlaps(span, window.from, window.to))
      report(`${at}.date`, `${date} does not fit the ${year} edition (${isoDay(window.from)} to ${isoDay(window.to)})`);
  };

  for (const { index, value: action } of data.actions) {
    const at = `actions[${index}]`;
    checkEditionAndDate(at, action.edition, action.date);
    if (action.evidence === 'inferred' && !action.inference) report(`${at}.inference`, 'an inferred action must say why it was inferred');
    if (action.type === 'legislature' && !action.scope) report(`${at}.scope`, 'a legislature action must say whether it names the body of its campaign');
    if (action.type !== 'legislature' && action.scope) report(`${at}.scope`, 'only legislature actions have a scope');
    if (action.scope && isCampaignId(action.scope) && action.scope !== campaign)
      report(`${at}.scope`, `"${action.scope}" is another campaign's body; this file is ${campaign}'s (a text naming several bodies is "international-organisations")`);
    checkPublic(`${at}.summary`, action.summary);
    checkPublic(`${at}.inference`, action.inference);
    checkPublic(`${at}.by`, action.by);
  }

  for (const { index, value: group } of data.groups) {
    const at = `groups[${index}]`;
    if (group.country) checkCode(`${at}.country`, group.country);
    if (group.evidence === 'inferred' && !group.inference) report(`${at}.inference`, 'an inferred group must say why it was inferred');
    if (group.count && group.outOf && group.count.value > group.outOf.value)
      report(`${at}.count`, `${group.count.value} is more than the ${group.outOf.value} it is out of`);
    checkPublic(`${at}.description`, group.description);
    checkPublic(`${at}.inference`, group.inference);
  }

  issues.push(...checkGroupsStayGroups(data));
  return issues;
}
