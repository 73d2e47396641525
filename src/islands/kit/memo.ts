import { Component, h, type FunctionComponent } from 'preact';

/** Whether two props objects hold the same values, compared one by one (as preact/compat's memo does). */
function sameProps<P extends object>(a: P, b: P): boolean {
  const prev = a as Record<string, unknown>;
  const next = b as Record<string, unknown>;
  for (const key in next) if (next[key] !== prev[key]) return false;
  for (const key in prev) if (!(key in next)) return false;
  return true;
}

/**
 * Skips re-rendering a component while `same(old, new)` says its props did not change; by default
 * they are compared value by value. Long lists (the question bank, the pipeline) use it so that one
 * change re-renders the rows it touches, not all of them. preact/compat's memo does this too, but
 * compat would add to the pages' script budgets.
 */
export function memo<P extends object>(render: FunctionComponent<P>, same: (a: P, b: P) => boolean = sameProps): FunctionComponent<P> {
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
