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

/**
 * True once the element has come near the viewport; stays true. Takes the element itself (from
 * a callback ref), so it starts watching as soon as the element exists.
 */
export function useSeen(el: Element | null): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (!el || seen) return;
    if (typeof IntersectionObserver === 'undefined') return setSeen(true);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setSeen(true);
        observer.disconnect();
      }
    }, { rootMargin: '300px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el, seen]);
  return seen;
}
