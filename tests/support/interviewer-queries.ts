/**
 * What interviewers type into the search, and the page each one is looking for. The browser
 * tests check that each finds its page in the first three results on the real site; the search
 * benchmark measures their bytes and time on a large synthetic bank. The first fifteen are the
 * queries of the site review (issue 19); the last two are other names of the N+1 question.
 */
export const INTERVIEWER_QUERIES: readonly (readonly [query: string, page: string])[] = [
	['GIL', '/questions/gil-and-workarounds/'],
	['LRU cache', '/questions/lru-cache/'],
	['senior data engineer', '/scorecards/data-engineer-senior/'],
	['slow ORM query', '/questions/orm-n-plus-one/'],
	['mutable default argument', '/questions/mutable-default-argument/'],
	['10 GB CSV file', '/questions/ten-gigabyte-csv/'],
	['production Dockerfile', '/questions/production-dockerfile/'],
	['flaky test', '/questions/flaky-test-diagnosis/'],
	['pickle untrusted data', '/questions/unsafe-deserialisation/'],
	['TaskGroup', '/questions/asyncio-taskgroup/'],
	['error budget', '/questions/slos-error-budgets/'],
	['debrief anchoring', '/guides/debrief-without-anchoring/'],
	['calibration workshop', '/guides/calibration-workshop/'],
	['reference checks', '/guides/reference-checks-and-portfolios/'],
	['N+1', '/questions/orm-n-plus-one/'],
	['n plus one', '/questions/orm-n-plus-one/'],
	['select_related', '/questions/orm-n-plus-one/'],
];

/** Queries that name one question by another name: it must come first, not merely in the top 3. */
export const FIRST_FOR: readonly string[] = ['N+1', 'n plus one', 'select_related'];
