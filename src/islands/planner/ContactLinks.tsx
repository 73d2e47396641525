import { mailtoHref, safeHref, telHref } from '../../lib/planner/safe-link.ts';
import type { Person } from '../../schemas/planner';

interface Props {
  person: Person;
}

/** Email, phone and profile as links when they are safe to link, as plain text otherwise. */
export default function ContactLinks({ person }: Props) {
  const items = [
    { label: 'Email', text: person.email, href: mailtoHref(person.email) },
    { label: 'Phone', text: person.phone, href: telHref(person.phone) },
    { label: 'Profile', text: person.profileUrl, href: safeHref(person.profileUrl) },
  ].filter((i) => i.text.trim());
  if (items.length === 0) return null;
  return (
    <ul class="flex flex-col text-sm" aria-label={`Contact details for ${person.name}`}>
      {items.map((i) => (
        <li key={i.label} class="truncate">
          {i.label}:{' '}
          {i.href ? (
            <a href={i.href} rel="noopener noreferrer nofollow">
              <bdi>{i.text}</bdi>
            </a>
          ) : (
            <bdi>{i.text}</bdi>
          )}
        </li>
      ))}
    </ul>
  );
}
