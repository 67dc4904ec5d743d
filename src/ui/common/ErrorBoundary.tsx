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
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`Support Map: ${this.props.region} failed`, error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.props.region) : this.props.children;
  }
}
