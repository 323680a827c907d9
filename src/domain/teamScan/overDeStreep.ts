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
