// Last line of defence: a render error (say, from data no validator anticipated) shows a message
// with a way back instead of a blank page. The shared document is untouched by this; reloading
// reads it afresh.
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface State {
  readonly error: Error | null;
}

export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Napkin hit a rendering error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <main className="landing" role="alert" data-testid="app-error">
        <h1>Something went wrong</h1>
        <p>{this.state.error.message}</p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  }
}
