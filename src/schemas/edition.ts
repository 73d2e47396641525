import { z } from 'astro/zod';
import { idSchema } from './ids.ts';

// The settings of an edition: `<edition folder>/edition.yaml` (issue #15). Each field documents
// itself in `.meta()` rather than in a comment, because the README's settings reference is made
// from these descriptions and examples (scripts/edition-reference.ts) and a unit test checks the
// two match. Every default reproduces the project's own handbook, so a folder without the file,
// or with an empty one, builds today's site.

/** A color as CSS writes it; whether a browser can read it is checked when settings load. */
const colorSchema = z.string().trim().min(1);

/** An absolute http(s) address. */
const webUrl = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https:// (or http://)' });

const themeColors = (example: string) =>
  z.strictObject({
    accent: colorSchema.meta({
      description: 'Links, primary buttons and ticked boxes. Must reach 4.5:1 contrast with the page and card backgrounds.',
      example: `"${example}"`,
    }),
  });

// The tools (builder, planner, companion) are woven through every page (the sheet counter, "add to
// sheet" buttons, the planner's links), so they cannot be left out yet.
const DEFAULT_SECTIONS = { guides: true, templates: true, counselors: true };
const SECTION_NAMES: Record<keyof typeof DEFAULT_SECTIONS, string> = {
  guides: 'the guides',
  templates: 'the message templates',
  counselors: 'the page for counselors',
};

/** Built-in sections an edition can leave out. Steps, do's and don'ts, questions and the tools are always there. */
export const optionalSections = Object.keys(DEFAULT_SECTIONS) as (keyof typeof DEFAULT_SECTIONS)[];

const idList = (what: string, example: string) =>
  z
    .array(idSchema)
    .default([])
    .meta({ description: `Ids of the project’s ${what} to leave out.`, example: `[${example}]` });

const replaceList = (what: string, example: string) =>
  z
    .array(idSchema)
    .default([])
    .meta({
      description: `Ids of the project’s ${what} that a file of your edition replaces, using the same id.`,
      example: `[${example}]`,
    });

// Replacing is a list here rather than a field in each entry, because then every deliberate
// change to the project's content (what is left out, what is rewritten) can be read in this one
// file, the build's summary can repeat it, and the content formats stay the same for the project
// and for editions. Without the list, an edition file that reuses a project id stops the build:
// an id copied by accident would otherwise hide the project's entry without anyone noticing.

export const editionSchema = z.strictObject({
  name: z.string().trim().min(2).max(80).default('Informational Interview Handbook').meta({
    description: 'The handbook’s full name: page titles, the header on wide screens, the footer, the installed app.',
    example: '"Harbor College Interview Handbook"',
  }),
  shortName: z.string().trim().min(2).max(24).default('Handbook').meta({
    description: 'A short name (24 characters at most): the header on phones and the app icon’s label.',
    example: '"Harbor Handbook"',
  }),
  organization: z
    .strictObject({
      name: z
        .string()
        .trim()
        .min(2)
        .max(120)
        .meta({ description: 'Your centre’s or college’s name.', example: '"Harbor College Career Center"' }),
      url: webUrl.optional().meta({ description: 'Its website, linked from the footer.', example: 'https://harbor.example.edu/careers' }),
    })
    .nullable()
    .default(null)
    .meta({
      description: 'Who offers this edition; shown in the footer. Leave out for none.',
      example: '{ name: "Harbor College Career Center" }',
    }),
  logo: z
    .string()
    .trim()
    .regex(/\.(svg|png)$/i, 'must be an .svg or .png file')
    .nullable()
    .default(null)
    .meta({ description: 'A logo file inside the edition folder (SVG or PNG), shown in the header beside the name.', example: 'logo.svg' }),
  colors: z
    .strictObject({
      light: themeColors('#1f4e8c')
        .default({ accent: '#155443' })
        .meta({ description: 'Colors for the light theme.', example: '{ accent: "#1f4e8c" }' }),
      dark: themeColors('#9cc3ff')
        .default({ accent: '#8fd6bd' })
        .meta({ description: 'Colors for the dark theme.', example: '{ accent: "#9cc3ff" }' }),
    })
    .default({ light: { accent: '#155443' }, dark: { accent: '#8fd6bd' } })
    .meta({
      description:
        'Brand colors, any CSS color (#rrggbb, rgb(), hsl(), oklch(), a name). Checked for contrast in both themes when you build.',
      example: '{ light: { accent: "#1f4e8c" }, dark: { accent: "#9cc3ff" } }',
    }),
  contact: z
    .strictObject({
      heading: z
        .string()
        .trim()
        .min(3)
        .max(80)
        .default('Talk to a counselor')
        .meta({ description: 'The contact block’s heading.', example: '"Talk it over with us"' }),
      bookingUrl: webUrl
        .optional()
        .meta({ description: 'Where students book an appointment.', example: 'https://harbor.example.edu/book' }),
      email: z
        .email({ error: 'must be an email address like careers@example.edu' })
        .optional()
        .meta({ description: 'An email address students can write to.', example: 'careers@harbor.example.edu' }),
      phone: z
        .string()
        .trim()
        .regex(/^\+?[0-9 ().-]{6,}$/, 'must be a phone number: digits, spaces, brackets, dots or dashes, optionally starting with +')
        .optional()
        .meta({ description: 'A phone number, as students should dial it.', example: '"+1 555 010 0199"' }),
      hours: z
        .string()
        .trim()
        .min(3)
        .max(120)
        .optional()
        .meta({ description: 'When you are open.', example: '"Monday to Friday, 9 to 5"' }),
      location: z
        .string()
        .trim()
        .min(3)
        .max(160)
        .optional()
        .meta({ description: 'Where to find you.', example: '"Student Center, room 210"' }),
    })
    .refine((c) => Boolean(c.bookingUrl || c.email || c.phone || c.hours || c.location), {
      error: 'needs at least one of bookingUrl, email, phone, hours or location',
    })
    .nullable()
    .default(null)
    .meta({
      description:
        'How students reach your counselors: shown in the footer, after each step, in the companion’s debrief and on printed sheets.',
      example: '{ email: careers@harbor.example.edu }',
    }),
  footerLinks: z
    .array(
      z.strictObject({
        label: z.string().trim().min(2).max(60).meta({ description: 'The link’s words.', example: '"Career Center home"' }),
        url: webUrl.meta({ description: 'Where it goes.', example: 'https://harbor.example.edu/careers' }),
      }),
    )
    .max(8)
    .default([])
    .meta({
      description: 'Extra links at the foot of every page (8 at most).',
      example: '[{ label: "Career Center", url: "https://harbor.example.edu/careers" }]',
    }),
  site: z
    .strictObject({
      url: webUrl.default('http://127.0.0.1:4321').meta({
        description:
          'The address the site is served from, without the path; used in links counselors copy. The SITE_URL environment variable overrides it.',
        example: 'https://harbor.example.edu',
      }),
      basePath: z
        .string()
        .regex(/^\/([a-z0-9._~-]+\/)*$/i, 'must start and end with "/", like "/" or "/careers/handbook/"')
        .default('/')
        .meta({
          description: 'The folder the site lives in on that address. The BASE_PATH environment variable overrides it.',
          example: '/careers/handbook/',
        }),
    })
    .default({ url: 'http://127.0.0.1:4321', basePath: '/' })
    .meta({
      description: 'Where the handbook is published.',
      example: '{ url: "https://harbor.example.edu", basePath: "/careers/handbook/" }',
    }),
  sections: z
    .strictObject(
      Object.fromEntries(
        optionalSections.map((s) => [
          s,
          z
            .boolean()
            .default(true)
            .meta({ description: `Show ${SECTION_NAMES[s]} (true or false).`, example: 'false' }),
        ]),
      ) as Record<keyof typeof DEFAULT_SECTIONS, z.ZodDefault<z.ZodBoolean>>,
    )
    .default(DEFAULT_SECTIONS)
    .meta({
      description: 'Which built-in sections to show. A hidden section has no pages and nothing links to it.',
      example: '{ companion: false }',
    }),
  extends: z.enum(['default', 'none']).default('none').meta({
    description:
      '"default" keeps the project’s own content underneath yours, so you only add, replace or hide entries; "none" means the folder holds everything.',
    example: 'default',
  }),
  hide: z
    .strictObject({
      categories: idList('question categories', 'pay-and-progression'),
      questions: idList('questions', 'average-pay'),
      tips: idList('do’s and don’ts', 'dress-for-success'),
      guides: idList('guides', 'international-students'),
      templates: idList('templates', 'voicemail'),
      presets: idList('starter question sheets', 'returning'),
    })
    .default({ categories: [], questions: [], tips: [], guides: [], templates: [], presets: [] })
    .meta({
      description: 'Entries of the project’s content to leave out (with extends: default).',
      example: '{ categories: [pay-and-progression] }',
    }),
  replace: z
    .strictObject({
      steps: replaceList('steps', 'follow-up'),
      categories: replaceList('question categories', 'day-to-day'),
      questions: replaceList('questions (in a question category file of your own)', 'typical-day'),
      tips: replaceList('do’s and don’ts', 'arrive-on-time'),
      guides: replaceList('guides', 'finding-people'),
      templates: replaceList('templates', 'cold-email'),
      presets: replaceList('starter question sheets', 'student'),
    })
    .default({ steps: [], categories: [], questions: [], tips: [], guides: [], templates: [], presets: [] })
    .meta({
      description:
        'Entries of the project’s content that your edition rewrites (with extends: default). A file of yours that uses a project id not listed here stops the build.',
      example: '{ tips: [arrive-on-time] }',
    }),
  embed: z
    .strictObject({
      allowedOrigins: z
        .array(z.url({ protocol: /^https?$/ }).regex(/^https?:\/\/[^/]+$/, 'must be an origin: scheme and host only, no path'))
        .default([])
        .meta({
          description: 'Sites allowed to show this handbook in a frame (an LMS, your website). Empty means nobody may.',
          example: '[https://lms.harbor.example.edu]',
        }),
    })
    .default({ allowedOrigins: [] })
    .meta({
      description: 'Showing parts of the handbook inside other sites.',
      example: '{ allowedOrigins: [https://lms.harbor.example.edu] }',
    }),
});

export type Edition = z.output<typeof editionSchema>;
export type EditionSection = (typeof optionalSections)[number];
