/** The two tables, one chunk: the edition's supporters, and every supporter across the years. */
export { MatrixView } from './MatrixView.tsx';
export { TableView } from './TableView.tsx';
