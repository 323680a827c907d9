import { agreementFigures, type AgreementFacts, type TalkFacts, talkFigures } from './talks';

const talk = (id: string, start: string, status: TalkFacts['status'], followUpOf?: string): TalkFacts => ({
  id,
  start,
  status,
  ...(followUpOf ? { followUpOf } : {}),
});

describe('talkFigures', () => {
  const talks = [
    talk('a', '2026-10-05T13:00:00Z', 'held'),
    talk('a2', '2026-12-07T13:00:00Z', 'planned', 'a'),
    talk('b', '2026-10-06T13:00:00Z', 'held'),
    talk('b2', '2026-12-08T13:00:00Z', 'cancelled', 'b'),
    talk('c', '2026-10-07T13:00:00Z', 'planned'),
    talk('d', '2026-11-30T23:30:00Z', 'held'), // 1 December in the Netherlands
  ];

  it('counts held talks and which have a follow-up planned', () => {
    const f = talkFigures(talks, { from: '2026-08-01', to: '2026-11-30' });
    expect(f.held.ids).toEqual(['a', 'b']);
    expect(f.withFollowUp.ids).toEqual(['a']);
    expect(f.withoutFollowUp.ids).toEqual(['b']);
  });

  it('places a talk on the school’s calendar day, not UTC’s', () => {
    expect(talkFigures(talks, { from: '2026-12-01', to: '2027-03-31' }).held.ids).toEqual(['d']);
  });
});

describe('agreementFigures', () => {
  const agreement = (id: string, over: Partial<AgreementFacts>): AgreementFacts => ({
    id,
    status: 'open',
    madeOn: '2026-10-05',
    dueDate: '2026-10-19',
    ...over,
  });

  it('shows overdue agreements: open and past their due date', () => {
    const f = agreementFigures(
      [
        agreement('late', {}),
        agreement('done', { status: 'kept' }),
        agreement('soon', { dueDate: '2026-11-20' }),
        agreement('replaced', { status: 'renegotiated' }),
        agreement('spring', { madeOn: '2027-03-01', dueDate: '2027-03-15' }),
      ],
      { from: '2026-08-01', to: '2026-11-30' },
      '2026-11-01',
    );
    expect(f.overdue.ids).toEqual(['late']);
    expect(f.made.ids).toEqual(['late', 'done', 'soon']);
  });
});

it('places talks near the edges of a term on the right day', () => {
  const edge = [
    talk('lastNightOfTerm1', '2026-11-30T22:30:00Z', 'held'), // 23:30 on 30 November
    talk('firstHourOfTerm2', '2026-11-30T23:30:00Z', 'held'), // 00:30 on 1 December
    talk('lastHourOfTerm2', '2027-03-31T21:30:00Z', 'held'), // 23:30 on 31 March (summer time)
    talk('firstHourOfTerm3', '2027-03-31T22:30:00Z', 'held'), // 00:30 on 1 April
    talk('withOffset', '2026-12-01T00:30:00+01:00', 'held'),
    talk('longBefore', '2026-09-01T12:00:00Z', 'held'),
  ];
  expect(talkFigures(edge, { from: '2026-12-01', to: '2027-03-31' }).held.ids).toEqual([
    'firstHourOfTerm2',
    'lastHourOfTerm2',
    'withOffset',
  ]);
});
