import { type Commitment, type CommitmentDraft, mine, myGroup, openForMeeting, validateCommitment } from './commitments';
import type { Meeting } from './meetings';

const promise = (over: Partial<Commitment> = {}): Commitment => ({
  id: 'p1',
  cycleId: 'c1',
  ownerUpn: 'Sanne.Jansen@delinde.example',
  ownerName: 'Sanne Jansen',
  bouw: 'onderbouw',
  madeOn: '2026-10-05',
  dueDate: '2026-11-02',
  text: 'Elke ouder een positief bericht sturen',
  status: 'open',
  whatWorked: '',
  whatWasHard: '',
  supportWanted: false,
  ...over,
});
const draft = (over: Partial<CommitmentDraft> = {}): CommitmentDraft => {
  const { id: _id, ...rest } = promise(over);
  return rest;
};

describe('validateCommitment', () => {
  it('accepts a valid promise, trimmed, with emoji and markup kept as text', () => {
    const result = validateCommitment(draft({ text: '  <b>Bellen</b> met ouders 📞 ', group: 2 }));
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ text: '<b>Bellen</b> met ouders 📞' }) });
  });

  it('allows a promise due on the day it was made', () => {
    expect(validateCommitment(draft({ dueDate: '2026-10-05' })).ok).toBe(true);
  });

  it('reports every problem by field', () => {
    const result = validateCommitment(
      draft({ text: 'x'.repeat(256), dueDate: '2026-10-01', ownerUpn: '', ownerName: ' ', bouw: 'kleuterbouw' as never }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { field: 'text', code: 'tooLong', params: { max: 255 } },
      { field: 'dueDate', code: 'dateOrder', params: { after: '2026-10-05' } },
      { field: 'ownerUpn', code: 'required' },
      { field: 'ownerName', code: 'required' },
      { field: 'bouw', code: 'invalidChoice' },
    ]);
  });

  it('needs the date it was made, and real dates', () => {
    const result = validateCommitment(draft({ madeOn: undefined, dueDate: '2026-02-30' }));
    expect(result.ok || result.errors.map((e) => [e.field, e.code])).toEqual([
      ['madeOn', 'required'],
      ['dueDate', 'invalidDate'],
    ]);
  });

  it('refuses a jaargroep outside the bouw', () => {
    expect(validateCommitment(draft({ group: 6 }))).toMatchObject({ ok: false, errors: [{ field: 'group' }] });
    expect(validateCommitment(draft({ group: 9 }))).toMatchObject({ ok: false, errors: [{ field: 'group' }] });
  });
});

describe('views', () => {
  const all = [
    promise({ id: 'sanne' }),
    promise({ id: 'lotte', ownerUpn: 'lotte.visser@delinde.example', ownerName: 'Lotte Visser' }),
    promise({ id: 'tom', ownerUpn: 'tom.mulder@delinde.example', ownerName: 'Tom Mulder', bouw: 'bovenbouw' }),
  ];

  it('mine matches the upn whatever its case', () => {
    expect(mine(all, 'sanne.jansen@DELINDE.example').map((c) => c.id)).toEqual(['sanne']);
  });

  it('my group is my bouw; staff without a bouw have none', () => {
    expect(myGroup(all, { bouw: 'onderbouw' }).map((c) => c.id)).toEqual(['sanne', 'lotte']);
    expect(myGroup(all, {})).toEqual([]);
  });
});

describe('openForMeeting', () => {
  const meeting: Pick<Meeting, 'id' | 'cycleId' | 'type' | 'date'> = {
    id: 'm2',
    cycleId: 'c1',
    type: 'team',
    date: '2026-11-02',
  };
  const all = [
    promise({ id: 'boven', bouw: 'bovenbouw', ownerName: 'Tom' }),
    promise({ id: 'onder-late', dueDate: '2026-11-09', ownerName: 'Anna' }),
    promise({ id: 'onder', ownerName: 'Sanne' }),
    promise({ id: 'midden', bouw: 'middenbouw' }),
    promise({ id: 'kept', status: 'kept' }),
    promise({ id: 'other-cycle', cycleId: 'c0' }),
    promise({ id: 'made-here', madeAtMeetingId: 'm2' }),
    promise({ id: 'made-same-day', madeOn: '2026-11-02' }),
  ];

  it('lists the open promises made before, by bouw, due date and owner', () => {
    expect(openForMeeting(meeting, all).map((c) => c.id)).toEqual(['onder', 'onder-late', 'midden', 'boven']);
  });

  it('limits a bouwvergadering to its bouw', () => {
    expect(openForMeeting({ ...meeting, type: 'bouw' }, all, ['bovenbouw']).map((c) => c.id)).toEqual(['boven']);
  });

  it('has no check-in at an information evening', () => {
    expect(openForMeeting({ ...meeting, type: 'informatieavond' }, all)).toEqual([]);
  });
});
