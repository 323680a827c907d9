import { history, movement } from './movement';
import type { Scan } from './scan';
import type { ConcernStage } from './stages';
import { summarizeScan } from './visibility';

let n = 0;
/** A scan summarised as everyone but the IB receives it. */
const summary = (takenAt: string, stages: ConcernStage[]) => {
  const scan: Scan = {
    id: `scan-${takenAt}`,
    cycleId: 'c1',
    takenAt,
    entries: stages.map((stage) => {
      n += 1;
      return { kind: 'person', upn: `p${n}@school.nl`, displayName: `P${n}`, group: 'team', stage, client: 'visitor' };
    }),
  };
  return summarizeScan(scan);
};

const may = summary('2026-05-20', [0, 0, 1, 1]);
const oct = summary('2026-10-01', [1, 2, 2, 3, 3]);

it('gives per-stage differences in people between two scans, team totals only', () => {
  expect(movement(may, oct)).toEqual({
    from: '2026-05-20',
    to: '2026-10-01',
    people: { before: 4, after: 5 },
    byStage: { 0: -2, 1: -1, 2: 2, 3: 2, 4: 0, 5: 0, 6: 0 },
    byClient: { complainant: 0, visitor: 1, customer: 0, coExpert: 0 },
    dominant: { before: 0, after: 2 },
  });
});

it('shows nothing when a scan covers fewer than three people', () => {
  expect(movement(summary('2026-06-01', [1, 2]), oct)).toBeNull();
});

it('lists the moves between consecutive scans, oldest first, whatever order they come in', () => {
  const jan = summary('2027-01-15', [4, 4, 3]);
  const tiny = summary('2027-03-01', [5]);
  expect(history([jan, may, tiny, oct]).map((m) => [m.from, m.to])).toEqual([
    ['2026-05-20', '2026-10-01'],
    ['2026-10-01', '2027-01-15'],
  ]);
  expect(history([oct])).toEqual([]);
});
