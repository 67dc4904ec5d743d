/**
 * Renders a component as the app would see it once both resources have loaded: a fresh store
 * built from a URL query, the dataset from a fixture (checked by the app's own validator, so a
 * test never runs on data the app would refuse) and the real map shapes (data/world.shapes.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { checkReleaseDataset } from '../../src/data/checkRelease.ts';
import { formatIssue } from '../../src/data/dataIssue.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { parseTopology, topologyIds, type WorldTopology } from '../../src/data/topology.ts';
import { parseShapesFile, type ShapeRecord } from '../../src/data/shapesFile.ts';
import { loadedState } from '../../src/state/loadForMap.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { StoreProvider } from '../../src/state/StoreContext.tsx';
import { parseUrlState } from '../../src/state/urlCodec.ts';

// vitest runs from the project root; under jsdom import.meta.url is not a file: URL.
export const MINIMAL_DATASET = resolve(process.cwd(), 'tests/fixtures/minimal-dataset.json');
export const REAL_DATASET = resolve(process.cwd(), 'data/dataset.json');
const TOPOLOGY = resolve(process.cwd(), 'data/world.topo.json');
const SHAPES = resolve(process.cwd(), 'data/world.shapes.json');

let topology: WorldTopology | null = null;

/** Parsed once per test file: the shapes derived from it are cached per topology object. */
export function loadTopology(): WorldTopology {
  if (!topology) {
    topology = parseTopology(readFileSync(TOPOLOGY, 'utf8'));
    if (!topology) throw new Error(`${TOPOLOGY} is not a world topology`);
  }
  return topology;
}

let shapes: ShapeRecord[] | null = null;

/** The page's shapes file, parsed once per test file (the geometry the app draws). */
export function loadShapes(): ShapeRecord[] {
  if (!shapes) {
    shapes = parseShapesFile(readFileSync(SHAPES, 'utf8'));
    if (!shapes) throw new Error(`${SHAPES} is not a file of map shapes`);
  }
  return shapes;
}

export type DatasetEdit = (dataset: Dataset) => void;

/**
 * The fixture at `path`, optionally edited before it is checked; throws with every problem
 * when it fails validation, so a broken fixture fails the test instead of testing nothing.
 */
export function loadDataset(path: string = MINIMAL_DATASET, edit?: DatasetEdit): Dataset {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Dataset;
  edit?.(raw);
  const checked = checkReleaseDataset(raw, { topologyIds: topologyIds(loadTopology()) });
  if (!checked.ok) throw new Error(`${path} failed validation:\n${checked.issues.map(formatIssue).join('\n')}`);
  return checked.dataset;
}

/** Why the real dataset cannot be used yet, or null when it exists and validates. */
export function realDatasetProblem(): string | null {
  if (!existsSync(REAL_DATASET)) return 'data/dataset.json does not exist yet';
  try {
    loadDataset(REAL_DATASET);
    return null;
  } catch (error) {
    return `data/dataset.json does not validate: ${error instanceof Error ? error.message.split('\n')[1] : String(error)}`;
  }
}

export interface RenderWithStoreOptions {
  /** URL query the store starts from, e.g. "?country=USA&lang=zh-TW". */
  search?: string;
  /** A dataset already loaded with loadDataset; defaults to the minimal fixture. */
  dataset?: Dataset;
}

export function renderWithStore(
  ui: ReactElement,
  { search = '', dataset = loadDataset() }: RenderWithStoreOptions = {},
): RenderResult & { store: AppStore } {
  const store = createAppStore(parseUrlState(search).state);
  store.getState().setLoad(loadedState(dataset, loadShapes()));
  return { store, ...render(<StoreProvider store={store}>{ui}</StoreProvider>) };
}
