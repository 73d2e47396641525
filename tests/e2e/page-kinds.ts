// One page of each kind a reader meets (issue #26 names these nine): the home page, a step, a guide,
// a question category, a template, the do's and don'ts, and the three tools.
export const ONE_PAGE_OF_EACH_KIND = [
  '/',
  '/steps/research-and-prepare/',
  '/guides/what-it-is/',
  '/questions/their-path/',
  '/templates/thank-you/',
  '/tips/',
  '/builder/',
  '/planner/',
  '/counselors/',
];
