interface Props {
  open: boolean;
  onToggle: (open: boolean) => void;
  /** Id of the element it shows and hides. */
  controls: string;
  /** What it shows, as in "Show the referral tree". */
  label: string;
}

/** A disclosure button: stays in place when pressed, so keyboard focus is never lost. */
export default function ShowButton({ open, onToggle, controls, label }: Props) {
  return (
    <button
      type="button"
      class="btn no-print self-start"
      aria-expanded={open ? 'true' : 'false'}
      aria-controls={controls}
      onClick={() => onToggle(!open)}
    >
      {open ? 'Hide' : 'Show'} {label}
    </button>
  );
}
