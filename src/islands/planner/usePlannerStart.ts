import { useEffect } from 'preact/hooks';
import { startPlanner } from '../../stores/planner/planner.ts';

/**
 * Starts the planner store for as long as the island is mounted, and calls `onHash` with the
 * page's address hash now and whenever it changes (links into the planner and the companion name
 * a person or a conversation there). Shared by the planner and the conversation companion.
 */
export function usePlannerStart(onHash: (hash: string) => void): void {
  useEffect(() => {
    const stop = startPlanner();
    const follow = () => onHash(location.hash);
    follow();
    window.addEventListener('hashchange', follow);
    return () => {
      stop();
      window.removeEventListener('hashchange', follow);
    };
  }, []);
}
