import { Component, h, type FunctionComponent } from 'preact';

/**
 * Skips re-rendering a component while `same(old, new)` props say nothing changed. A long
 * pipeline re-renders on every change; cards whose records did not change are left alone.
 * (preact/compat's memo does this too, but would add compat to the page's budget.)
 */
export function memo<P extends object>(render: FunctionComponent<P>, same: (a: P, b: P) => boolean): FunctionComponent<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P) {
      return !same(this.props, next);
    }
    override render() {
      return h(render, this.props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
