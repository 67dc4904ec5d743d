/**
 * The map's selection stylesheet (src/ui/map/mapSelection.css) applied in jsdom, which matches
 * selectors but does not cascade custom properties: each custom property is taken from the most
 * specific matching rule (later wins a tie), inherited from the nearest ancestor that sets it.
 * The tests then read the colours and the hidden targets the stylesheet gives, from the very
 * file the app ships.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Read from disk: vitest hands CSS imports over empty, `?raw` included.
const css = readFileSync(resolve(process.cwd(), 'src/ui/map/mapSelection.css'), 'utf8');

interface Rule {
  selector: string;
  specificity: number;
  order: number;
  declarations: Map<string, string>;
}

const RULES: Rule[] = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^}]*)\}/g)].flatMap(([, selectors, body], order) => {
  const declarations = new Map(
    (body ?? '')
      .split(';')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()] as [string, string];
      }),
  );
  // The generated rules use class selectors only (with :not of a class): one class, one point.
  return (selectors ?? '').split(',').map((selector) => ({
    selector: selector.trim(),
    specificity: (selector.match(/\./g) ?? []).length,
    order,
    declarations,
  }));
});

/** The value a custom property takes on an element: set here or inherited; null when unset or `initial`. */
function customProperty(element: Element | null, name: string): string | null {
  for (let at = element; at; at = at.parentElement) {
    let winner: Rule | null = null;
    for (const rule of RULES) {
      if (!rule.declarations.has(name) || !at.matches(rule.selector)) continue;
      if (!winner || rule.specificity > winner.specificity || (rule.specificity === winner.specificity && rule.order > winner.order))
        winner = rule;
    }
    if (winner) {
      const value = winner.declarations.get(name) as string;
      if (value === 'initial') return null;
      const reference = /^var\((--[\w-]+)\)$/.exec(value);
      return reference ? customProperty(at, reference[1] as string) : value;
    }
  }
  return null;
}

/** A shape's fill: its `fill` attribute (change view, Taiwan), or the colour the selection gives it. */
export function paintedFill(element: Element): string | null {
  return element.getAttribute('fill') ?? customProperty(element, '--support-fill');
}

/** Whether a target is drawn: not hidden by an attribute, nor by the selection. */
export function targetShown(element: Element): boolean {
  if (element.getAttribute('display') === 'none') return false;
  if (!element.classList.contains('map__supporter')) return true;
  return customProperty(element, '--support-display') === 'inline';
}

/** The ids of the countries filled for support (not Taiwan), sorted. */
export function filledIds(container: ParentNode): string[] {
  return [...container.querySelectorAll('path.map__country')]
    .filter((path) => paintedFill(path) !== null)
    .map((path) => path.getAttribute('data-id') as string)
    .filter((id) => id !== 'TWN')
    .sort();
}
