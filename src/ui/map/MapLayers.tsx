/**
 * The supporters' fills and their targets (outlines, markers, hit areas). The edition's
 * supporters are drawn once per edition, each carrying the types it showed; the selected types
 * colour and show them through the stylesheet (`SelectionScope`, present/selectionStyle.ts), so a
 * filter toggle re-renders one group's class, not the shapes. The change view paints with
 * attributes instead (`paint`).
 */
import { memo, useDeferredValue, useMemo, type ReactNode } from 'react';
import { SUBJECT_ID } from '../../data/vocabulary.ts';
import type { SupportTypeId } from '../../data/schema.ts';
import { typeLabel } from '../../filters/datasetIndex.ts';
import { coreWords } from '../../i18n/words/core.ts';
import type { MapGeometry, Shape } from '../../map/geometry.ts';
import { needsMarker, type PlacedMarker } from '../../map/markers.ts';
import { markerLayout, type MarkerFrame } from '../../map/supporterLayout.ts';
import { describeActions } from '../../present/describeSupport.ts';
import { selectionScopeClasses, supporterClasses } from '../../present/selectionStyle.ts';
import { useAppStore } from '../../state/StoreContext.tsx';
import { selectMatch, selectTypes } from '../../state/selectors.ts';
import { useColorScheme } from '../common/useColorScheme.ts';
import { useWords } from '../common/useWords.ts';
import { useDatasetIndex, useEditionSupport, useLang, useNameOf, useTrailingFilteredEdition } from '../common/viewHooks.ts';
import { CountryLayer } from './CountryLayer.tsx';
import { SupporterLayer, type SupporterItem, type TargetHandlers } from './SupporterLayer.tsx';
import './mapSelection.css';

/**
 * Colours other than the filtered edition's (the change view): which shapes are coloured, with
 * what, and each one's accessible name and tooltip line.
 */
export interface MapPaint {
  ids: readonly string[];
  fills: ReadonlyMap<string, string>;
  describe(id: string): string;
}

export interface MapLayersProps {
  geometry: MapGeometry;
  frame: MarkerFrame;
  /** The edition's painted supporters, in keyboard order (whatever the filters). */
  editionShapes: readonly Shape[];
  /** Their markers, placed for this frame (whatever the filters). */
  markers: readonly PlacedMarker[];
  selected: string | null;
  activeId: string | null;
  interactive: boolean;
  handlers: TargetHandlers;
  paint?: MapPaint | undefined;
}

export const MapLayers = memo(function MapLayers(props: MapLayersProps) {
  const { geometry, frame, editionShapes, markers, selected, activeId, interactive, handlers, paint } = props;
  // The edition's supporters follow an edition or body change in a render of their own, after the
  // click's frame (MapView's shapes and markers too): the SVG's new targets and their style and
  // layout are then not in the same task as the click.
  const index = useDeferredValue(useDatasetIndex());
  const edition = useDeferredValue(useEditionSupport());
  const lang = useLang();
  // Deferred too: a body's words change with it, and the supporters' names are the edition's.
  const t = useDeferredValue(useWords(coreWords));
  const nameOf = useNameOf(index);
  const markerScale = frame.pixelsPerUnit * frame.transform.k;
  // Only the keyboard's tab stop follows the filters in React, a frame after the toggle's paint.
  const trailingView = useTrailingFilteredEdition();
  const matchingIds = useMemo(
    () => (paint || !trailingView ? null : new Set(trailingView.matching.map((support) => support.id))),
    [paint, trailingView],
  );

  const fills = paint?.fills ?? NO_FILLS;
  // Per edition: the classes that let the stylesheet colour each supporter for the selection.
  const classEdition = paint ? null : edition;
  const classes = useMemo(
    () => new Map([...(classEdition?.actors ?? [])].map(([id, actor]) => [id, supporterClasses(actor.types)])),
    [classEdition],
  );

  // The actors of the edition: the only shapes a filter can colour. Depends on the edition, not
  // on the filters, so the rest of the map is not re-rendered by a toggle.
  const paintIds = paint?.ids;
  const idsEdition = paintIds ? null : edition;
  const supporterIds = useMemo(() => new Set(paintIds ?? idsEdition?.actors.keys() ?? []), [paintIds, idsEdition]);

  // A matching supporter's name says what it did in the edition, whatever the filters select, so
  // the names are kept per edition and language instead of being rebuilt on every toggle.
  const editionLabels = useMemo(() => {
    const names = (type: SupportTypeId) => (index ? typeLabel(index, type, lang) : type);
    const made = new Map<string, string>();
    return (id: string): string => {
      let label = made.get(id);
      const actor = edition?.actors.get(id);
      if (label === undefined && actor) made.set(id, (label = `${nameOf(id)}: ${describeActions(actor, names, t)}`));
      return label ?? '';
    };
  }, [index, edition, lang, nameOf, t]);
  const labels = useMemo(
    () => (paint ? (id: string) => `${nameOf(id)}: ${paint.describe(id)}` : editionLabels),
    [paint, nameOf, editionLabels],
  );

  // Every supporter of the edition keeps its targets mounted while the edition is shown; a filter
  // change only hides or shows them, so a toggle never creates an element or parses a path.
  const items = useMemo<SupporterItem[]>(
    () =>
      editionShapes.map((shape) => {
        const fill = fills.get(shape.id);
        const supporter = classes.get(shape.id);
        const shown = fill !== undefined || supporter !== undefined;
        return {
          id: shape.id,
          shape,
          fill: fill ?? '',
          classes: supporter ?? '',
          shown,
          marker: needsMarker(shape, markerScale),
          label: shown ? labels(shape.id) : '',
        };
      }),
    [editionShapes, fills, classes, labels, markerScale],
  );

  // Markers are laid out in screen pixels (so they never overlap whatever the zoom), then drawn in
  // viewBox units inside the zoomed group.
  const layout = useMemo(() => markerLayout(markers, frame), [markers, frame]);

  const subject = geometry.shapesById.get(SUBJECT_ID) ?? null;
  const subjectMarker = subject && needsMarker(subject, markerScale) ? subject : null;

  return (
    <SelectionScope>
      <CountryLayer shapes={geometry.shapes} supporterIds={supporterIds} fills={fills} classes={classes} selected={selected} />
      <SupporterLayer
        items={interactive ? items : items.filter((item) => item.marker)}
        matchingIds={matchingIds}
        activeId={activeId}
        pixelsPerUnit={markerScale}
        taiwan={subjectMarker}
        selected={selected}
        markers={layout}
        handlers={handlers}
        interactive={interactive}
      />
    </SelectionScope>
  );
});

const NO_FILLS: ReadonlyMap<string, string> = new Map();

/** The group whose classes say what is selected: the one element a filter toggle changes. */
function SelectionScope({ children }: { children: ReactNode }) {
  const types = useAppStore(selectTypes);
  const match = useAppStore(selectMatch);
  const scheme = useColorScheme();
  return <g className={selectionScopeClasses(types, match, scheme)}>{children}</g>;
}
