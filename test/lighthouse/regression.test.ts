// Regression against base-scores on its own: parsing the inputs and the per-category deltas.
import { compareScores, parseBaseScores, parseMaxRegression } from '../../src/lighthouse/regression.js';
import type { PageScores } from '../../src/lighthouse/scores.js';

const page = (path: string, scores: PageScores['scores']): PageScores => ({
  path,
  url: `http://127.0.0.1:3000${path}`,
  scores,
  metrics: {},
  htmlReport: '',
  jsonReport: '',
});

test('a drop beyond the allowance regresses; within it, a rise, or a page not in the base does not', () => {
  const base = parseBaseScores(
    JSON.stringify([
      { path: '/', url: 'x', performance: 90, accessibility: 100, metrics: { lcp: 1 } },
      { path: '/a', performance: null, accessibility: 95 },
    ]),
    () => undefined,
  )!;
  const deltas = compareScores(
    [
      page('/', { performance: 84, accessibility: 100 }),
      page('/a', { performance: 70, accessibility: 96 }),
      page('/new', { performance: 10 }),
    ],
    base,
    parseMaxRegression('performance=5\naccessibility=0'),
    ['performance', 'accessibility'],
  );
  expect(deltas.filter((d) => d.regressed).map((d) => `${d.path} ${d.category} ${d.delta}`)).toEqual([
    '/ performance -6',
  ]);
  expect(deltas.find((d) => d.path === '/a' && d.category === 'accessibility')).toMatchObject({
    delta: 1,
    regressed: false,
  });
  expect(deltas.find((d) => d.path === '/a' && d.category === 'performance')).toMatchObject({
    base: null,
    delta: undefined,
  });
  expect(deltas.find((d) => d.path === '/new')).toMatchObject({ base: undefined, regressed: false });
});

test('max-regression: one number for all, or category=points lines', () => {
  expect(parseMaxRegression('3')).toEqual({ performance: 3, accessibility: 3, 'best-practices': 3, seo: 3 });
  expect(parseMaxRegression('seo=2')).toEqual({ performance: 0, accessibility: 0, 'best-practices': 0, seo: 2 });
  expect(() => parseMaxRegression('performance=-1')).toThrow('must be whole points from 0 to 100');
});

test('base-scores from a file, and a score that is not a number', () => {
  expect(parseBaseScores('base.json', (f) => (f === 'base.json' ? '[{"path":"/","seo":80}]' : undefined))).toEqual([
    { path: '/', scores: { seo: 80 } },
  ]);
  expect(() => parseBaseScores('[{"path":"/","seo":"high"}]', () => undefined)).toThrow(
    'input `base-scores`: / seo must be a number (got `high`)',
  );
});
