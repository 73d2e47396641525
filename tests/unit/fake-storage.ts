// A Web Storage stand-in for unit tests: an in-memory map, with switches to make writes fail.
import type { StorageLike } from '../../src/lib/planner/storage.ts';

/** An in-memory Storage; set `failWith` to make every setItem throw that error. */
export class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  failWith: Error | null = null;

  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWith) throw this.failWith;
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** An error shaped like the browser's quota error. */
export function quotaError(): Error {
  return Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
}
