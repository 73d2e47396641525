import { Component, h, type FunctionComponent } from 'preact';

/**
 * Skips re-rendering a component while its props are the same values as last time (compared one
 * by one, as preact/compat's memo does; compat itself would add to the builder's script budget).
 * Long lists use it so that one change re-renders the rows it touches, not all of them.
 */
export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P) {
      const prev = this.props as Record<string, unknown>;
      const now = next as Record<string, unknown>;
      for (const key in now) if (now[key] !== prev[key]) return true;
      for (const key in prev) if (!(key in now)) return true;
      return false;
    }
    override render() {
      return h(render, this.props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
