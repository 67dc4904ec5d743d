/** The change view's parts, one chunk: fetched the first time two Assemblies are compared. */
export { ChangeLegend } from './ChangeLegend.tsx';
export { ChangePainter } from './ChangePainter.tsx';
