interface Props {
  dropped: string[];
  cut: number;
}

/** Says what a link could not bring along. Every entry is plain text, never markup. */
export default function DroppedList({ dropped, cut }: Props) {
  if (dropped.length === 0 && cut === 0) return null;
  return (
    <div class="text-sm">
      {dropped.length > 0 && (
        <>
          <p class="font-semibold">Left out, because this handbook could not read them:</p>
          <ul class="list-disc pl-6">
            {dropped.slice(0, 10).map((d, i) => (
              <li key={i}>{d}</li>
            ))}
            {dropped.length > 10 && <li>and {dropped.length - 10} more</li>}
          </ul>
        </>
      )}
      {cut > 0 && (
        <p>
          {cut} question{cut === 1 ? ' was' : 's were'} too long and {cut === 1 ? 'was' : 'were'} shortened.
        </p>
      )}
    </div>
  );
}
