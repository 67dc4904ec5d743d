/**
 * Keeps a failure in one region of the page (say, the table) from blanking the others, and says
 * in words what failed.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  /** What the region is, for the message ("the map"). */
  region: string;
  /** Renders the message; given as a function so the boundary needs no store or language. */
  fallback: (region: string) => ReactNode;
  children: ReactNode;
}

interface State {
  failed: boolean;
  /** The region the failure belongs to. */
  region: string;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, region: this.props.region };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  /**
   * React may reuse this boundary for another region at the same place in the tree (the map and
   * the table swap places in one slot): a failure of the table must not show as a failure of the
   * map, so a new region starts afresh.
   */
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.region === state.region ? null : { failed: false, region: props.region };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`Support Map: ${this.props.region} failed`, error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.props.region) : this.props.children;
  }
}
