/**
 * A group is a number of supporters a source counts without naming them ("10 of 14 allies",
 * "16 US state legislatures"). It must stay a group: nobody may be shown as one of its members
 * unless a source names them.
 *
 * What "expanding" a group looks like in this data, and so what this rule catches, for an action
 * of the group's edition and type (and of the group's country, for a country group), by a country
 * or territory, and not a member's share of an organisation's act (`via`):
 *   1. it is `inferred` and cites nothing but the group's own sources: the only thing that links
 *      the actor to the act is the group, so the inference can only be "it must be one of them";
 *   2. its `by` or summary reuses the group's description, or says it is "one of" / "among" the
 *      group's counted supporters ("one of the 10", "among the sixteen", "10 個…之一"): the text
 *      itself claims membership of an unnamed group.
 * An action its sources name (stated, or citing a source the group does not) is not caught: a
 * named supporter may well also be counted in a group.
 */
import type { DataIssue, IndexedDataset } from './dataIssue.ts';
import { LANGS } from './vocabulary.ts';
import type { Action, Group, Text } from './schema.ts';

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

function membershipPattern(count: number): RegExp {
  const word = NUMBER_WORDS[count];
  const n = word ? `(?:${count}|${word})` : String(count);
  return new RegExp(`\\b(?:one of|among) (?:the |its |those )?${n}\\b|${count}\\s*(?:個|國|位|州)[^，。；]*之一`, 'i');
}

/** The text in every language present. */
function inAllLanguages(text: Text | undefined): string[] {
  return text ? LANGS.flatMap((lang) => text[lang] ?? []) : [];
}

function texts(action: Action): string[] {
  return [...inAllLanguages(action.by), ...inAllLanguages(action.summary)];
}

function readsAsMember(action: Action, group: Group): boolean {
  const description = inAllLanguages(group.description);
  const pattern = group.count ? membershipPattern(group.count.value) : undefined;
  return texts(action).some((text) => description.some((d) => text.includes(d)) || (pattern?.test(text) ?? false));
}

export function checkGroupsStayGroups(data: IndexedDataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const painted = new Set(
    data.actors.filter(({ value }) => value.kind === 'country' || value.kind === 'territory').map(({ value }) => value.id),
  );
  for (const { value: group } of data.groups) {
    const groupSources = new Set(group.sources);
    for (const { index, value: action } of data.actions) {
      if (action.edition !== group.edition || action.type !== group.type || action.via !== undefined) continue;
      if (!painted.has(action.actor)) continue;
      if (group.country !== undefined && action.actor !== group.country) continue;
      const onlyGroupSources = action.sources.every((id) => groupSources.has(id));
      if ((action.evidence === 'inferred' && onlyGroupSources) || readsAsMember(action, group))
        issues.push({
          location: `actions[${index}]`,
          message: `reads as one of the unnamed members of group "${group.id}"; keep the group, or cite a source that names ${action.actor}`,
        });
    }
  }
  return issues;
}
