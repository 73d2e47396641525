import type { Minutes, SheetItem } from '../../lib/sheet/sheet';

/** A sheet arriving from a link or a starter sheet, waiting for the reader to take it in. */
export interface Incoming {
  /** How to name it in a sentence: "the shared sheet", "the starter sheet “Student”". */
  what: string;
  items: SheetItem[];
  minutes: Minutes;
  grouped: boolean;
  dropped: string[];
  cut: number;
}
