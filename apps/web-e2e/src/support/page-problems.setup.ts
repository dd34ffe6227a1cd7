import { takePageProblems } from './browser';

// Runs around every browser test: a request that left the app's origin, a console error or an uncaught page error
// during the test (or its setup) fails it, on every page any spec opens through newPage.
beforeEach(() => {
  const before = takePageProblems();
  if (before.length) throw new Error(`Before this test, the pages showed problems:\n${before.join('\n')}`);
});

afterEach(() => {
  const problems = takePageProblems();
  if (problems.length) throw new Error(`The pages showed problems:\n${problems.join('\n')}`);
});

afterAll(() => {
  const problems = takePageProblems();
  if (problems.length) throw new Error(`After the last test, the pages showed problems:\n${problems.join('\n')}`);
});
