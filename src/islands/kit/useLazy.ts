import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a module the first time `active` is true and keeps it. Dialogs and rare panels load this
 * way so the page's first load stays within its JavaScript budget.
 */
export function useLazy<T>(load: () => Promise<T>, active: boolean): { module: T | null; failed: boolean } {
  const [module, setModule] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!active || module) return;
    setFailed(false);
    load().then(setModule, () => setFailed(true));
  }, [active]);
  return { module, failed };
}
