import { addRoomCounts, countedResult, countVote, openRound, validateCountedRound } from './overDeStreep';

const statements = [
  { id: 's1', text: 'Ouders kennen hun kind het best.' },
  { id: 's2', text: 'Elke ouder is te bereiken.' },
];

describe('a counted round', () => {
  it('starts with nothing counted and passes the rules', () => {
    const round = openRound('r1', '2026-10-08', statements, 'm1');
    expect(round.statements.map((s) => [s.agree, s.disagree, s.voters.length])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    const { id: _, ...draft } = round;
    expect(validateCountedRound(draft).ok).toBe(true);
  });

  it('counts each marker once per statement and keeps no choice with it', () => {
    let round = openRound('r1', '2026-10-08', statements);
    for (const [marker, choice] of [['a', 'agree'], ['b', 'disagree'], ['c', 'agree']] as const) {
      const counted = countVote(round, 's1', marker, choice);
      if (!counted.ok) throw new Error(counted.reason);
      round = counted.round;
    }
    expect(countVote(round, 's1', 'a', 'disagree')).toEqual({ ok: false, reason: 'alreadyVoted' });
    expect(countVote(round, 'nope', 'a', 'agree')).toEqual({ ok: false, reason: 'unknownStatement' });
    const s1 = round.statements[0]!;
    expect(s1).toEqual({ id: 's1', text: statements[0]!.text, agree: 2, disagree: 1, voters: ['a', 'b', 'c'] });
  });

  it('adds counts taken in the room and refuses anything once closed', () => {
    const round = openRound('r1', '2026-10-08', statements);
    const counted = addRoomCounts(round, 's2', { agree: 4, disagree: 5 });
    expect(counted.ok && counted.round.statements[1]).toMatchObject({ agree: 4, disagree: 5, voters: [] });
    expect(addRoomCounts(round, 's2', { agree: -1, disagree: 0 })).toEqual({ ok: false, reason: 'badCount' });
    const closed = { ...round, closed: true };
    expect(countVote(closed, 's1', 'a', 'agree')).toEqual({ ok: false, reason: 'closed' });
    expect(addRoomCounts(closed, 's1', { agree: 1, disagree: 1 })).toEqual({ ok: false, reason: 'closed' });
  });

  it('shows totals only from three people on, and never the markers', () => {
    let round = openRound('r1', '2026-10-08', statements, 'm1');
    const counted = addRoomCounts(round, 's1', { agree: 2, disagree: 1 });
    if (counted.ok) round = counted.round;
    const two = countVote(round, 's2', 'x', 'agree');
    if (two.ok) round = two.round;
    expect(countedResult(round)).toEqual({
      roundId: 'r1',
      meetingId: 'm1',
      heldAt: '2026-10-08',
      statements: [
        { statementId: 's1', text: statements[0]!.text, voters: 3, totals: { agree: 2, disagree: 1 } },
        { statementId: 's2', text: statements[1]!.text, voters: 1, totals: null },
      ],
    });
  });

  it('refuses negative or broken counts in a stored round', () => {
    const { id: _, ...draft } = openRound('r1', '2026-10-08', statements);
    const broken = { ...draft, statements: draft.statements.map((s) => ({ ...s, agree: -2 })) };
    const verdict = validateCountedRound(broken);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.errors.map((e) => e.field)).toEqual(['statements.0.agree', 'statements.1.agree']);
  });
});
