/**
 * Keeps a failure in one region of the page (say, the table) from blanking the others, and says
 * in words what failed, with a way to try again: `retry` draws the region anew (a chunk that
 * failed to arrive is fetched again, see preloadable.ts).
 */
import { Component, Fragment, type ReactNode } from 'react';
import { retryFailedChunks } from './preloadable.ts';

interface Props {
  /** What the region is, for the message ("the map"). */
  region: string;
  /** Renders the message; given as a function so the boundary needs no store or language. */
  fallback: (region: string, retry: () => void) => ReactNode;
  children: ReactNode;
}

interface State {
  failed: boolean;
  /** Bumped by each retry, so that the region is mounted afresh. */
  attempt: number;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, attempt: 0 };

  private readonly retry = () => {
    retryFailedChunks();
    this.setState((state) => ({ failed: false, attempt: state.attempt + 1 }));
  };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`Support Map: ${this.props.region} failed`, error);
  }

  override render(): ReactNode {
    const { failed, attempt } = this.state;
    return failed ? this.props.fallback(this.props.region, this.retry) : <Fragment key={attempt}>{this.props.children}</Fragment>;
  }
}
