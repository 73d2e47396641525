import type { Profile } from '../../schemas/planner';

interface Props {
  profile: Profile;
  lists: [string, string[]][];
}

/** The target as plain text for paper: form fields print badly and cut long text. */
export default function TargetPrint({ profile, lists }: Props) {
  return (
    <div class="hidden wrap-anywhere print:block">
      {profile.myName && (
        <p>
          <strong>Name:</strong> {profile.myName}
        </p>
      )}
      {lists.map(([label, items]) => (
        <div key={label} class="mt-3">
          <h3 class="font-bold">{label}</h3>
          {items.length === 0 ? (
            <p>—</p>
          ) : (
            <ul class="list-disc pl-6">
              {items.map((i, n) => (
                <li key={n}>{i}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
