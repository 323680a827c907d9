import type { Commitment } from './commitments';
import { canReport, isOverdue, markSupportGiven, overdue, renegotiate, reportOn, supportRequests } from './tracking';

const promise = (over: Partial<Commitment> = {}): Commitment => ({
  id: 'p1',
  cycleId: 'c1',
  ownerUpn: 'sanne.jansen@delinde.example',
  ownerName: 'Sanne Jansen',
  bouw: 'onderbouw',
  madeOn: '2026-10-05',
  dueDate: '2026-11-02',
  text: 'Elke ouder van groep 1 een positief bericht sturen',
  status: 'open',
  whatWorked: '',
  whatWasHard: '',
  supportWanted: false,
  ...over,
});
const report = { whatWorked: ' Korte berichten via de app ', whatWasHard: 'Tijd vinden', supportWanted: true };

describe('status rules', () => {
  it('reports an open promise once, and allows correcting between kept, partly and not kept', () => {
    expect(canReport('open', 'kept')).toBe(true);
    expect(canReport('kept', 'partlyKept')).toBe(true);
    expect(canReport('open', 'open')).toBe(false);
    expect(canReport('kept', 'open')).toBe(false);
    expect(canReport('kept', 'renegotiated')).toBe(false);
    expect(canReport('renegotiated', 'kept')).toBe(false);
  });
});

describe('reportOn', () => {
  it('records status, report and date, trimmed', () => {
    const result = reportOn(promise(), 'partlyKept', report, '2026-11-02');
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        status: 'partlyKept',
        whatWorked: 'Korte berichten via de app',
        whatWasHard: 'Tijd vinden',
        supportWanted: true,
        reportedOn: '2026-11-02',
      }),
    });
  });

  it('refuses reporting a renegotiated promise, and a bad date', () => {
    const result = reportOn(promise({ status: 'renegotiated' }), 'kept', report, '2026-11-31');
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'status', code: 'invalidChoice', params: { reason: 'reportOrder', from: 'renegotiated', to: 'kept' } },
        { field: 'reportedOn', code: 'invalidDate' },
      ],
    });
  });

  it('a new report reopens a support request that was handled before', () => {
    const handled = markSupportGiven(promise({ status: 'kept', supportWanted: true }), '2026-11-03');
    expect(supportRequests([handled])).toEqual([]);
    const again = reportOn(handled, 'notKept', report, '2026-11-10');
    expect(again.ok && supportRequests([again.value])).toHaveLength(1);
  });
});

describe('renegotiate', () => {
  it('closes the old promise and makes a linked open successor', () => {
    const old = promise({ madeAtMeetingId: 'm1', goalId: 'g1' });
    const result = renegotiate(
      old,
      report,
      { id: 'p2', text: ' Drie ouders per week bellen ', dueDate: '2026-12-07', madeAtMeetingId: 'm2' },
      '2026-11-02',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.previous).toEqual(
      expect.objectContaining({ id: 'p1', status: 'renegotiated', reportedOn: '2026-11-02', supportWanted: true }),
    );
    expect(result.value.next).toEqual({
      ...old,
      id: 'p2',
      text: 'Drie ouders per week bellen',
      dueDate: '2026-12-07',
      madeOn: '2026-11-02',
      madeAtMeetingId: 'm2',
      status: 'open',
      renegotiatedFromId: 'p1',
      whatWorked: '',
      whatWasHard: '',
      supportWanted: false,
      reportedOn: undefined,
      supportGivenOn: undefined,
    });
  });

  it('refuses a successor due before today, or without text', () => {
    const result = renegotiate(promise(), report, { id: 'p2', text: '', dueDate: '2026-10-01' }, '2026-11-02');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['text', 'required'],
      ['dueDate', 'dateOrder'],
    ]);
  });

  it('only renegotiates open promises', () => {
    const result = renegotiate(promise({ status: 'kept' }), report, { id: 'p2', text: 'x', dueDate: '2026-12-01' }, '2026-11-02');
    expect(result).toMatchObject({ ok: false, errors: [{ params: { reason: 'reportOrder' } }] });
  });
});

describe('overdue', () => {
  it('is open and past its due date; the due day itself is not overdue', () => {
    expect(isOverdue(promise(), '2026-11-02')).toBe(false);
    expect(isOverdue(promise(), '2026-11-03')).toBe(true);
    expect(isOverdue(promise({ status: 'notKept' }), '2027-01-01')).toBe(false);
  });

  it('lists the longest overdue first', () => {
    const items = [
      promise({ id: 'late', dueDate: '2026-10-20' }),
      promise({ id: 'later', dueDate: '2026-10-27' }),
      promise({ id: 'early', dueDate: '2026-10-01' }),
      promise({ id: 'fine', dueDate: '2026-12-01' }),
    ];
    expect(overdue(items, '2026-11-01').map((i) => i.id)).toEqual(['early', 'late', 'later']);
  });
});
