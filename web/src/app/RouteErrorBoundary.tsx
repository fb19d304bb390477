import { Component, type ErrorInfo, type ReactNode } from 'react';
import { logger } from '../lib/logger';
import { PageFailure } from '../components/ui/QueryState';

interface Props {
  /** A new key (the next page) clears the error. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: boolean;
  resetKey: string;
}

/**
 * Catches what a page throws — typically a code chunk that could not be downloaded while offline —
 * and shows a worded state instead of a blank page. The technical detail goes to the logger only.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { error: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { error: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    logger.warn('A page failed to render', { error, componentStack: info.componentStack });
  }

  override render(): ReactNode {
    return this.state.error ? <PageFailure onReload={() => window.location.reload()} /> : this.props.children;
  }
}
