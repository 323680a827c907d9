import { type FieldError, isIsoDate, requiredText, type Validated } from '../validation';
import { isLargeEnough } from './anonymity';

/**
 * "Over de streep": the team hears a statement about working with parents and everyone picks
 * a side. There is no middle ground on purpose; the point is to start the conversation.
 */
export type VoteChoice = 'agree' | 'disagree';
export const VOTE_CHOICES: readonly VoteChoice[] = ['agree', 'disagree'];

export interface Statement {
  id: string;
  /** Plain text, one line. */
  text: string;
}

export interface Vote {
  statementId: string;
  voterUpn: string;
  choice: VoteChoice;
}

/** A round run in a team meeting. Votes name the voter only so each person counts once. */
export interface StatementRound {
  id: string;
  meetingId?: string;
  /** ISO calendar date. */
  heldAt: string;
  statements: Statement[];
  votes: Vote[];
}

export type StatementRoundDraft = Omit<StatementRound, 'id'>;

/**
 * Keys of the starter statements; their texts are in the catalogs under
 * `teamScan.overDeStreep.defaults.<key>`, and the team edits its own list from there.
 */
export const DEFAULT_STATEMENT_KEYS = [
  'parentsMoreSay',
  'leaderWeeklyHour',
  'reachEveryParent',
  'sharedVision',
  'startsWithTeacher',
  'parentsKnowTheirChild',
  'childAtTheTable',
  'homeworkSupport',
] as const;
export type DefaultStatementKey = (typeof DEFAULT_STATEMENT_KEYS)[number];

export function defaultStatements(texts: Readonly<Record<DefaultStatementKey, string>>): Statement[] {
  return DEFAULT_STATEMENT_KEYS.map((key) => ({ id: key, text: texts[key] }));
}

export function validateRound(draft: StatementRoundDraft): Validated<StatementRoundDraft> {
  const errors: FieldError[] = [];
  if (!isIsoDate(draft.heldAt)) errors.push({ field: 'heldAt', code: 'invalidDate' });
  if (draft.statements.length === 0) errors.push({ field: 'statements', code: 'required' });
  const ids = new Set<string>();
  const statements = draft.statements.map((s, i) => {
    if (ids.has(s.id)) errors.push({ field: `statements.${i}.id`, code: 'invalidChoice' });
    ids.add(s.id);
    return { ...s, text: requiredText(errors, `statements.${i}.text`, s.text) };
  });
  draft.votes.forEach((v, i) => {
    if (!ids.has(v.statementId) || !VOTE_CHOICES.includes(v.choice)) {
      errors.push({ field: `votes.${i}`, code: 'invalidChoice' });
    }
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ...draft, statements } };
}

/** Records a vote; a person who changes sides replaces their earlier vote on that statement. */
export function castVote(round: StatementRound, vote: Vote): StatementRound {
  const votes = round.votes.filter(
    (v) => !(v.statementId === vote.statementId && v.voterUpn === vote.voterUpn),
  );
  return { ...round, votes: [...votes, vote] };
}

export interface StatementTally {
  statementId: string;
  text: string;
  voters: number;
  /** Null while too few people voted: with two voters each would know the other's side. */
  totals: { agree: number; disagree: number } | null;
}

/** What is kept with the meeting: totals per statement, never who voted what. */
export interface RoundResult {
  roundId: string;
  meetingId?: string;
  heldAt: string;
  statements: StatementTally[];
}

export function tally(round: StatementRound): RoundResult {
  // The last vote of each person per statement counts, as castVote keeps it.
  const latest = new Map<string, Map<string, VoteChoice>>();
  for (const v of round.votes) {
    let byVoter = latest.get(v.statementId);
    if (!byVoter) latest.set(v.statementId, (byVoter = new Map()));
    byVoter.set(v.voterUpn, v.choice);
  }
  const statements = round.statements.map((s): StatementTally => {
    const choices = [...(latest.get(s.id)?.values() ?? [])];
    const agree = choices.filter((c) => c === 'agree').length;
    return {
      statementId: s.id,
      text: s.text,
      voters: choices.length,
      totals: isLargeEnough(choices.length) ? { agree, disagree: choices.length - agree } : null,
    };
  });
  return { roundId: round.id, meetingId: round.meetingId, heldAt: round.heldAt, statements };
}

/**
 * A round as it is stored: counts per statement, never a vote with a name. Each statement keeps
 * opaque markers of who voted (a hash of round, statement and person, made by the data layer)
 * only so nobody counts twice; a marker says that someone voted, not what. The facilitator may
 * also add counts taken in the room, where people cross the line in person.
 */
export interface CountedStatement extends Statement {
  agree: number;
  disagree: number;
  /** Opaque voter markers of the votes cast on a device; not linked to a choice. */
  voters: string[];
}

export interface CountedRound {
  id: string;
  meetingId?: string;
  /** ISO calendar date. */
  heldAt: string;
  statements: CountedStatement[];
  /** A closed round takes no more votes. */
  closed: boolean;
}

export type CountedRoundDraft = Omit<CountedRound, 'id'>;

/** A new round on these statements, with nothing counted yet. */
export function openRound(id: string, heldAt: string, statements: readonly Statement[], meetingId?: string): CountedRound {
  return {
    id,
    heldAt,
    ...(meetingId ? { meetingId } : {}),
    statements: statements.map((s) => ({ id: s.id, text: s.text, agree: 0, disagree: 0, voters: [] })),
    closed: false,
  };
}

export function validateCountedRound(draft: CountedRoundDraft): Validated<CountedRoundDraft> {
  const base = validateRound({ heldAt: draft.heldAt, statements: draft.statements, votes: [] });
  const errors: FieldError[] = base.ok ? [] : [...base.errors];
  draft.statements.forEach((s, i) => {
    for (const side of VOTE_CHOICES) {
      if (!Number.isInteger(s[side]) || s[side] < 0) {
        errors.push({ field: `statements.${i}.${side}`, code: 'outOfRange', params: { min: 0 } });
      }
    }
  });
  if (errors.length) return { ok: false, errors };
  const texts = base.ok ? base.value.statements : draft.statements;
  return { ok: true, value: { ...draft, statements: draft.statements.map((s, i) => ({ ...s, text: texts[i]?.text ?? s.text })) } };
}

export type VoteRefusal = 'closed' | 'unknownStatement' | 'alreadyVoted';

/** Counts one vote cast on a device; refuses a second vote with the same marker. */
export function countVote(
  round: CountedRound,
  statementId: string,
  marker: string,
  choice: VoteChoice,
): { ok: true; round: CountedRound } | { ok: false; reason: VoteRefusal } {
  if (round.closed) return { ok: false, reason: 'closed' };
  const target = round.statements.find((s) => s.id === statementId);
  if (!target) return { ok: false, reason: 'unknownStatement' };
  if (target.voters.includes(marker)) return { ok: false, reason: 'alreadyVoted' };
  return {
    ok: true,
    round: {
      ...round,
      statements: round.statements.map((s) =>
        s.id === statementId ? { ...s, [choice]: s[choice] + 1, voters: [...s.voters, marker] } : s,
      ),
    },
  };
}

/** Adds counts the facilitator took in the room (people who crossed the line in person). */
export function addRoomCounts(
  round: CountedRound,
  statementId: string,
  counts: { agree: number; disagree: number },
): { ok: true; round: CountedRound } | { ok: false; reason: VoteRefusal | 'badCount' } {
  if (round.closed) return { ok: false, reason: 'closed' };
  if (!round.statements.some((s) => s.id === statementId)) return { ok: false, reason: 'unknownStatement' };
  if (!VOTE_CHOICES.every((c) => Number.isInteger(counts[c]) && counts[c] >= 0)) return { ok: false, reason: 'badCount' };
  return {
    ok: true,
    round: {
      ...round,
      statements: round.statements.map((s) =>
        s.id === statementId ? { ...s, agree: s.agree + counts.agree, disagree: s.disagree + counts.disagree } : s,
      ),
    },
  };
}

/** The totals to show: withheld per statement while fewer than three people took a side. */
export function countedResult(round: CountedRound): RoundResult {
  return {
    roundId: round.id,
    ...(round.meetingId ? { meetingId: round.meetingId } : {}),
    heldAt: round.heldAt,
    statements: round.statements.map((s) => {
      const voters = s.agree + s.disagree;
      return {
        statementId: s.id,
        text: s.text,
        voters,
        totals: isLargeEnough(voters) ? { agree: s.agree, disagree: s.disagree } : null,
      };
    }),
  };
}
