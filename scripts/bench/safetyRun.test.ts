import { describeSafety, etagVersion, tokensOf, type SafetyReport } from './safetyRun';

it('reads the version from the etag as the local server and SharePoint write it', () => {
  expect(etagVersion('"938636fe-86dc-4361-8b52-a45f93e717c1,7"')).toBe(7);
  expect(Number.isNaN(etagVersion('W/"opaque"'))).toBe(true);
});

it('finds the edit tokens in the minutes and nothing else', () => {
  expect(tokensOf('A0 B0  A1\nB12')).toEqual(['A0', 'B0', 'A1', 'B12']);
  expect(tokensOf('Verslag: A0 was er niet, AB1 ook niet')).toEqual(['A0']);
  expect(tokensOf('')).toEqual([]);
});

it('prints every count on its own line', () => {
  const report: SafetyReport = {
    items: 2,
    stored: 2,
    duplicated: 0,
    corrupted: 0,
    etagRegressions: 0,
    edits: { attempted: 8, accepted: 5, conflicts: 2, queued: 1, queuedSaved: 1, queuedReported: 0, failed: 0 },
    lost: 0,
    falseConflicts: 0,
    overtaken: 0,
    unaccounted: 0,
    faulted: 3,
    requests: 30,
    seconds: 1.25,
  };
  expect(describeSafety(report)).toEqual([
    'meetings: 2 created by both clients → 2 stored, 0 duplicated, 0 corrupted, 0 etag regressions',
    'edits: 8 attempted → 5 saved, 2 conflicts shown, 1 queued (1 saved on replay, 0 reported), 0 failed',
    'lost 0, false conflicts 0, saved then overtaken by the other client (shown as conflict) 0, unaccounted 0',
    'server: 30 requests, 3 faulted or dropped, 1.3 s',
  ]);
});
