import type { APIRoute } from 'astro';
import { edition } from 'virtual:handbook/edition';
import { APP_ICONS } from '../lib/app-icons';
import { withBase } from '../lib/paths';

// The web app manifest (issue #14): what Chrome, Edge and Android need to install the handbook.
// Start URL, scope and id follow the base path, so a copy under /careers/handbook/ installs as
// that copy. A manifest has one theme colour; pages give the dark one too (Base.astro).
export const GET: APIRoute = () => {
  const manifest = {
    id: withBase('/'),
    name: edition.settings.name,
    short_name: edition.settings.shortName,
    description:
      'How to ask for, hold and follow up informational interviews, with a question builder and a private planner that work offline.',
    lang: 'en',
    start_url: withBase('/'),
    scope: withBase('/'),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#ffffff',
    icons: [
      { src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...APP_ICONS.filter((i) => i.purpose).map((i) => ({
        src: withBase(`/icons/${i.name}`),
        sizes: `${i.size}x${i.size}`,
        type: 'image/png',
        purpose: i.purpose,
      })),
    ],
    shortcuts: [
      { name: 'Question builder', url: withBase('/builder/') },
      { name: 'Planner', url: withBase('/planner/') },
      { name: 'Conversation companion', url: withBase('/planner/conversation/') },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
