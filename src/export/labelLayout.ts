/**
 * Names of small states on an exported map: each label beside its marker where there is room,
 * otherwise moved away along a leader line, never over another label. Greedy and deterministic:
 * the same points give the same picture. Screen pixels in, boxes out.
 */
import { estimateWidth } from './textLayout.ts';

export interface LabelPoint {
  id: string;
  text: string;
  /** The marker's centre, in pixels of the picture. */
  x: number;
  y: number;
}

export interface PlacedLabel extends LabelPoint {
  /** Where the text starts (left edge) and its baseline. */
  textX: number;
  baseline: number;
  anchor: 'start' | 'end';
  /** True when the label sits away from its marker and needs a leader line to it. */
  leader: boolean;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * `bounds`: the map's box in picture pixels, which labels must stay inside; `avoid`: boxes already
 * taken (the markers themselves).
 */
export function layoutLabels(points: readonly LabelPoint[], fontSize: number, bounds: Box, avoid: readonly Box[] = []): PlacedLabel[] {
  const taken: Box[] = [...avoid];
  const placed: PlacedLabel[] = [];
  const gap = fontSize * 0.5;
  const height = fontSize * 1.15;
  const ordered = [...points].sort((a, b) => a.y - b.y || a.x - b.x);
  for (const point of ordered) {
    const width = estimateWidth(point.text, fontSize);
    const candidates: { dx: number; dy: number; anchor: 'start' | 'end' }[] = [];
    // Right, then left of the marker, then stepping down and up, further and further out.
    for (let step = 0; step <= 8; step += 1) {
      const dy = step === 0 ? 0 : Math.ceil(step / 2) * height * (step % 2 === 1 ? 1 : -1);
      candidates.push({ dx: gap, dy, anchor: 'start' }, { dx: -gap, dy, anchor: 'end' });
    }
    let chosen: PlacedLabel | null = null;
    for (const { dx, dy, anchor } of candidates) {
      const x0 = anchor === 'start' ? point.x + dx : point.x + dx - width;
      const box = { x0, y0: point.y + dy - height / 2, x1: x0 + width, y1: point.y + dy + height / 2 };
      if (box.x0 < bounds.x0 || box.x1 > bounds.x1 || box.y0 < bounds.y0 || box.y1 > bounds.y1) continue;
      if (taken.some((other) => overlaps(box, other))) continue;
      taken.push(box);
      chosen = {
        ...point,
        textX: anchor === 'start' ? box.x0 : box.x1,
        baseline: box.y1 - height * 0.25,
        anchor,
        leader: dy !== 0,
      };
      break;
    }
    // No free place within reach: the marker stays, named in the notes instead of on the map.
    if (chosen) placed.push(chosen);
  }
  return placed;
}
