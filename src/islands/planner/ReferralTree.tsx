import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { referralRows } from '../../lib/planner/on-demand/referral-tree.ts';
import { $planner } from '../../stores/planner/persistence.ts';
import { openDialog } from '../../stores/planner/ui.ts';
import { clip } from '../../lib/clip';

const ROW = 34;
const INDENT = 28;
const MAX_LABEL = 60;
const PAGE = 150;

const notes = { 'missing-referrer': ' (referrer no longer in the planner)', cycle: ' (part of a referral loop)' } as const;
const shorten = (s: string) => (s.length > MAX_LABEL ? `${clip(s, MAX_LABEL - 1)}…` : s);

/** Who referred whom, drawn as an indented tree; every person is a link that opens them. Planner gives it its heading. */
export default function ReferralTree() {
  const data = useStore($planner);
  const [limit, setLimit] = useState(PAGE);
  // Only people in a referral are drawn; everyone else would be a long list of lone dots.
  const { rows, alone } = useMemo(() => {
    const referrers = new Set(data.people.map((p) => p.referredBy).filter(Boolean));
    const linked = data.people.filter((p) => p.referredBy || referrers.has(p.id));
    return { rows: referralRows(linked), alone: data.people.length - linked.length };
  }, [data.people]);
  const shown = rows.slice(0, limit);
  const depth = shown.reduce((m, r) => Math.max(m, r.depth), 0);
  const width = 40 + depth * INDENT + MAX_LABEL * 9 + 60;
  const height = shown.length * ROW + 12;

  return (
    <div class="flex flex-col gap-3">
      {rows.length === 0 ? (
        <p class="muted">
          When you note who referred you to someone (“Referred by” on a person), the chain of introductions is drawn here.
        </p>
      ) : (
        <>
          <p class="muted">
            Each person is shown under the person who referred you to them. Select a name to open that person.
            {alone > 0 && ` ${alone} other ${alone === 1 ? 'person is' : 'people are'} not part of a referral.`}
          </p>
          <div class="card overflow-x-auto p-2">
            <svg
              class="planner-tree"
              role="group"
              aria-labelledby="tree-svg-title"
              aria-describedby="tree-svg-desc"
              width={width}
              height={height}
              viewBox={`0 0 ${width} ${height}`}
            >
              <title id="tree-svg-title">Referral tree</title>
              <desc id="tree-svg-desc">{`${rows.length} people linked by referrals. Each person appears under who referred them.`}</desc>
              {shown.map((r, i) => {
                const x = 16 + r.depth * INDENT;
                const y = i * ROW + 22;
                const parent = r.parent === null ? null : { x: 16 + shown[r.parent]!.depth * INDENT, y: r.parent * ROW + 22 };
                const label = shorten(r.person.name) + (r.note ? notes[r.note] : '');
                return (
                  <g key={r.person.id}>
                    {parent && <path d={`M ${parent.x} ${parent.y + 6} V ${y} H ${x - 6}`} class="planner-tree-line" />}
                    <a href={`#person-${encodeURIComponent(r.person.id)}`} onClick={() => openDialog({ kind: 'person', id: r.person.id })}>
                      <rect x={x - 8} y={y - 15} width={label.length * 8.5 + 28} height={28} rx={6} class="planner-tree-box" />
                      <circle cx={x} cy={y} r={5} class="planner-tree-dot" />
                      <text x={x + 12} y={y + 5} class="planner-tree-text">
                        {label}
                      </text>
                    </a>
                  </g>
                );
              })}
            </svg>
          </div>
          {rows.length > limit && (
            <button type="button" class="btn self-start" onClick={() => setLimit(rows.length)}>
              Show the whole tree ({rows.length - limit} more people)
            </button>
          )}
        </>
      )}
    </div>
  );
}
