import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { $focusTarget } from '../../../stores/planner/ui.ts';

/** A ref that receives focus when `$focusTarget` names `target`; the request is then cleared. */
export function useFocusTarget<T extends HTMLElement>(target: string) {
  const ref = useRef<T>(null);
  const wanted = useStore($focusTarget) === target;
  useEffect(() => {
    if (!wanted || !ref.current) return;
    ref.current.focus();
    $focusTarget.set(null);
  }, [wanted]);
  return ref;
}
