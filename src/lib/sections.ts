/** The handbook's sections, in the order the header and the footer list them. */
export const sections = [
  { href: '/steps/', label: 'Steps' },
  { href: '/tips/', label: "Do's and don'ts" },
  { href: '/questions/', label: 'Questions' },
  { href: '/templates/', label: 'Templates' },
  { href: '/builder/', label: 'Question builder' },
  { href: '/planner/', label: 'Planner' },
  { href: '/counselors/', label: 'For counselors' },
] as const;
