import {
  castVote,
  DEFAULT_STATEMENT_KEYS,
  defaultStatements,
  type StatementRound,
  tally,
  validateRound,
  type VoteChoice,
} from './overDeStreep';

const round = (votes: [string, string, VoteChoice][] = []): StatementRound => ({
  id: 'r1',
  meetingId: 'm1',
  heldAt: '2026-10-08',
  statements: [
    { id: 's1', text: 'Ouders weten het meest van hun kind.' },
    { id: 's2', text: 'Elke ouder is te bereiken.' },
  ],
  votes: votes.map(([statementId, voterUpn, choice]) => ({ statementId, voterUpn, choice })),
});

describe('tally', () => {
  it('gives totals per statement and never who voted what', () => {
    const result = tally(
      round([
        ['s1', 'ann@school.nl', 'agree'],
        ['s1', 'bo@school.nl', 'agree'],
        ['s1', 'cas@school.nl', 'disagree'],
        ['s2', 'ann@school.nl', 'disagree'],
      ]),
    );
    expect(result).toEqual({
      roundId: 'r1',
      meetingId: 'm1',
      heldAt: '2026-10-08',
      statements: [
        { statementId: 's1', text: 'Ouders weten het meest van hun kind.', voters: 3, totals: { agree: 2, disagree: 1 } },
        { statementId: 's2', text: 'Elke ouder is te bereiken.', voters: 1, totals: null },
      ],
    });
    expect(JSON.stringify(result)).not.toContain('@school.nl');
  });

  it('counts a person once per statement: the last side they chose', () => {
    let r = round([
      ['s1', 'bo@school.nl', 'agree'],
      ['s1', 'cas@school.nl', 'agree'],
    ]);
    r = castVote(r, { statementId: 's1', voterUpn: 'ann@school.nl', choice: 'agree' });
    r = castVote(r, { statementId: 's1', voterUpn: 'ann@school.nl', choice: 'disagree' });
    expect(r.votes).toHaveLength(3);
    expect(tally(r).statements[0]?.totals).toEqual({ agree: 2, disagree: 1 });
    // Also when duplicate votes reach tally without castVote, e.g. from two devices.
    const raw = round([
      ['s1', 'ann@school.nl', 'agree'],
      ['s1', 'bo@school.nl', 'agree'],
      ['s1', 'cas@school.nl', 'agree'],
      ['s1', 'ann@school.nl', 'disagree'],
    ]);
    expect(tally(raw).statements[0]).toMatchObject({ voters: 3, totals: { agree: 2, disagree: 1 } });
  });

  it('ignores votes on statements the team removed', () => {
    const r = { ...round([['gone', 'ann@school.nl', 'agree']]) };
    expect(tally(r).statements.map((s) => s.voters)).toEqual([0, 0]);
  });
});

describe('validateRound', () => {
  it('accepts and trims statements', () => {
    const r = round();
    const result = validateRound({ ...r, statements: [{ id: 's1', text: '  Ouders 👪 beslissen mee. ' }] });
    expect(result.ok && result.value.statements[0]?.text).toBe('Ouders 👪 beslissen mee.');
  });

  it('requires statement text of at most 255 characters, unique ids and known votes', () => {
    const result = validateRound({
      heldAt: '08-10-2026',
      statements: [
        { id: 'a', text: ' ' },
        { id: 'b', text: 'x'.repeat(256) },
        { id: 'a', text: 'Dubbel' },
      ],
      votes: [
        { statementId: 'zz', voterUpn: 'ann@school.nl', choice: 'agree' },
        { statementId: 'a', voterUpn: 'ann@school.nl', choice: 'maybe' as never },
      ],
    });
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.code])).toEqual([
      ['heldAt', 'invalidDate'],
      ['statements.0.text', 'required'],
      ['statements.1.text', 'tooLong'],
      ['statements.2.id', 'invalidChoice'],
      ['votes.0', 'invalidChoice'],
      ['votes.1', 'invalidChoice'],
    ]);
  });

  it('needs at least one statement', () => {
    const result = validateRound({ heldAt: '2026-10-08', statements: [], votes: [] });
    expect(result.ok).toBe(false);
  });
});

it('starts the team list from the default statements, keyed so texts follow the language', () => {
  const texts = Object.fromEntries(DEFAULT_STATEMENT_KEYS.map((k) => [k, `tekst ${k}`])) as never;
  const list = defaultStatements(texts);
  expect(list).toHaveLength(DEFAULT_STATEMENT_KEYS.length);
  expect(list[0]).toEqual({ id: 'parentsMoreSay', text: 'tekst parentsMoreSay' });
});
