/**
 * Team scan, self-assessments and "over de streep" (capability 6) over Graph.
 *
 * Where the data is decides who may read it. The scans with their entries go to a list in the
 * IB's private channel site (`entries`, resolved by the private-space module), which SharePoint
 * (and the local server) only lets the channel's members read; everyone else gets 403, which the
 * client turns into an AccessDeniedError. The summary of each scan (no names, small groups
 * withheld by the domain's summarizeScan) goes to the team site, where all staff read it. The
 * entries are written first: a summary never exists without the scan it was made from, and a
 * retried record finds both by the scan's id.
 */
import type { OverDeStreepSnapshot, StatementRoundSnapshot, TeamScanApi, TeamScanOpening, TeamScanOverview } from '../api';
import {
  addRoomCounts,
  countedResult,
  countVote,
  type CountedRound,
  openRound,
  type Statement,
  validateCountedRound,
  type VoteChoice,
} from '../../domain/teamScan/overDeStreep';
import { type Scan, type ScanDraft, suggestApproach, validateScan } from '../../domain/teamScan/scan';
import { type SelfAssessment, trend, validateAssessment } from '../../domain/teamScan/selfAssessment';
import { history } from '../../domain/teamScan/movement';
import { summarizeScan, type ScanSummary } from '../../domain/teamScan/visibility';
import { ruleError } from '../../domain/rules';
import { requiredText, type FieldError } from '../../domain/validation';
import { type BatchAnswer, batchGet } from '../graph/batch';
import { where } from '../graph/odata';
import { AccessDeniedError, ConflictError, NotFoundError, ValidationError } from '../errors';
import { CYCLE_KEY } from '../lists/cycleLink';
import { SCAN_ENTRIES_LIST, scanMapper, scanSummaryMapper, type StoredSummary } from '../lists/teamScan';
import type { PrivateSpaceRef, PrivateSpaces } from '../privateSpaces';
import { selfAssessmentMapper } from '../lists/teamScanAssessments';
import { roundMapper, statementMapper, type StoredStatement } from '../lists/teamScanStatements';
import { ListRepository, type RepositoryContext, type Versioned } from '../repositories/listRepository';
import type { ServiceContext } from './context';
import { idErrors } from './planner';
import { activeCycleReads } from './timeline';

export interface TeamScanDeps extends Pick<ServiceContext, 'http' | 'site' | 'repositories' | 'signedInUpn'> {
  spaces: PrivateSpaces;
}

/** The private channel that holds the entries; its members are the school's IBs. */
export const TEAM_SCAN_SPACE = 'Driehoek teamscan IB';

/** How often a vote is tried again when another vote landed on the same round at that moment. */
const VOTE_ATTEMPTS = 8;

function refuse(errors: readonly FieldError[], what: string): never {
  throw ValidationError.fromFieldErrors(errors, what);
}

function voteRefusal(reason: string): never {
  refuse([{ field: 'statementId', code: 'invalidChoice', params: { reason } }], 'vote');
}

/**
 * The opaque marker of one person's vote on one statement: enough to refuse a second vote, and
 * no way back to the person without guessing (round and statement ids are random). It says that
 * someone voted, never what they chose.
 */
export async function voterMarker(roundId: string, statementId: string, upn: string): Promise<string> {
  const data = new TextEncoder().encode(`over-de-streep\n${roundId}\n${statementId}\n${upn.toLowerCase()}`);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 32);
}

const newestFirst = <T extends { value: { takenAt: string } }>(a: T, b: T): number =>
  b.value.takenAt.localeCompare(a.value.takenAt);

/**
 * The overview's two reads (scan summaries, self-assessments) as batch parts, so a view that
 * shows the overview beside other data (the dashboard) sends them in its own $batch.
 */
export function teamOverviewReads(ctx: RepositoryContext): {
  requests(options?: { cycleId?: string }): Promise<{ id: string; url: string }[]>;
  /** With `cycleId`: only that cycle's scans, for requests made before the cycle was known. */
  from(answers: Map<string, BatchAnswer>, options?: { cycleId?: string }): Promise<TeamScanOverview>;
} {
  const summaries = new ListRepository(ctx, scanSummaryMapper);
  const assessments = new ListRepository(ctx, selfAssessmentMapper);
  return {
    async requests(options = {}) {
      const [summariesUrl, assessmentsUrl] = await Promise.all([
        summaries.queryUrl({
          ...(options.cycleId ? { filter: where.eq(CYCLE_KEY, options.cycleId) } : {}),
          orderBy: [{ column: 'TakenOn' }],
        }),
        assessments.queryUrl({ orderBy: [{ column: 'AssessedOn' }] }),
      ]);
      return [
        { id: 'teamScanSummaries', url: summariesUrl },
        { id: 'teamScanAssessments', url: assessmentsUrl },
      ];
    },
    async from(answers, options = {}) {
      const [found, assessed] = await Promise.all([
        summaries.fromAnswer(answers.get('teamScanSummaries')),
        assessments.fromAnswer(answers.get('teamScanAssessments')),
      ]);
      const scans = found
        .map(({ value: { space: _, ...summary } }): ScanSummary => summary)
        .filter((s) => options.cycleId === undefined || s.cycleId === options.cycleId)
        .sort((a, b) => a.takenAt.localeCompare(b.takenAt));
      const latest = scans.at(-1) ?? null;
      const all = assessed.map((a) => a.value);
      return {
        scans,
        latest,
        approach: latest?.total ? suggestApproach(latest.total) : null,
        movements: history(scans),
        maturity: trend(all, 'maturity'),
        schoolType: trend(all, 'schoolType'),
      };
    },
  };
}

/** Where the entries are, as the newest summary names it; null before the first scan. */
async function newestSpace(summaries: ListRepository<StoredSummary>): Promise<PrivateSpaceRef | null> {
  const [newest] = await summaries.query({ orderBy: [{ column: 'TakenOn', direction: 'desc' }], top: 1 });
  return newest?.value.space.siteId ? newest.value.space : null;
}

/**
 * Keeps the IB's private channel following the staff list: its members are exactly the IBs.
 * Settings calls `follow` before it saves a change that gives or takes the IB role, so a former
 * IB is refused by the server from then on and a new IB reads at once. Only someone in the
 * channel may change its members (Teams' rule, kept by the server); anyone else is refused in
 * words, as is a change that would leave the team scan without an IB.
 */
export function teamScanMembership(deps: Pick<TeamScanDeps, 'http' | 'site' | 'spaces'>): { follow(ibUpns: readonly string[]): Promise<void> } {
  const summaries = new ListRepository({ http: deps.http, sitePath: () => deps.site.sitePath() }, scanSummaryMapper);
  return {
    async follow(ibUpns) {
      const space = await newestSpace(summaries);
      if (!space) return; // no scan yet: the channel is made with the IBs of that moment
      const roleRefusal = (reason: string) => refuse([{ field: 'role', code: 'invalidChoice', params: { reason } }], 'staff');
      if (!ibUpns.length) roleRefusal('lastIb');
      try {
        await deps.spaces.setMembers(space, ibUpns);
      } catch (error) {
        if (error instanceof AccessDeniedError) roleRefusal('notInScanChannel');
        throw error;
      }
    },
  };
}

export function createTeamScanApi(deps: TeamScanDeps): TeamScanApi {
  const { http, signedInUpn } = deps;
  const ctx = { http, sitePath: () => deps.site.sitePath() };
  const summaries = new ListRepository(ctx, scanSummaryMapper);
  const assessments = new ListRepository(ctx, selfAssessmentMapper);
  const statementsRepo = new ListRepository(ctx, statementMapper);
  const rounds = new ListRepository(ctx, roundMapper);
  const entriesIn = (ref: PrivateSpaceRef) => new ListRepository(deps.spaces.open(ref).context, scanMapper);

  /**
   * The IB's private space, created on the first scan (members: every IB on the staff list),
   * asked once per session; a failed attempt is tried again next time. Whoever is not an IB on
   * the staff list now is refused on every write, before any request to the channel, so a
   * leerkracht can never create the channel and own it.
   */
  let writable: Promise<PrivateSpaceRef> | null = null;
  const spaceForWriting = async (): Promise<PrivateSpaceRef> => {
    const [upn, staff] = await Promise.all([signedInUpn(), deps.repositories.staff.all()]);
    const ibs = staff.filter((s) => s.value.role === 'ib').map((s) => s.value.upn.toLowerCase());
    if (!upn || !ibs.includes(upn)) refuse([ruleError('entries', 'onlyIb')], 'scan');
    writable ??= deps.spaces
      .ensure({
        name: TEAM_SCAN_SPACE,
        description: 'Driehoek: who is at which stage of the team scan. Only the IB.',
        memberUpns: ibs,
        lists: [SCAN_ENTRIES_LIST],
      })
      .then(
        (space) => space.ref,
        (error: unknown) => {
          writable = null;
          throw error;
        },
      );
    return writable;
  };

  const spaceForReading = (): Promise<PrivateSpaceRef | null> => newestSpace(summaries);

  async function overview(options: { cycleId?: string } = {}): Promise<TeamScanOverview> {
    const reads = teamOverviewReads(ctx);
    return reads.from(await batchGet(http, await reads.requests(options)));
  }

  /**
   * The active cycle is found by its status (activeCycleReads), so its key is not known when the
   * $batch goes out: the summaries of every cycle come along (a few a year) and are narrowed
   * here. The IB's entries are not part of it: where they are is named by a summary.
   */
  async function openActive(): Promise<TeamScanOpening> {
    const active = activeCycleReads(deps);
    const reads = teamOverviewReads(ctx);
    const answers = await batchGet(http, [...(await active.requests()), ...(await reads.requests())]);
    const { cycle, meetings } = await active.from(answers);
    return {
      timeline: { cycle: cycle?.value ?? null, meetings: meetings.map((m) => m.value) },
      overview: cycle ? await reads.from(answers, { cycleId: cycle.value.id }) : null,
    };
  }

  async function scans(options: { cycleId?: string } = {}): Promise<Versioned<Scan>[]> {
    const space = await spaceForReading();
    if (!space) return [];
    // Everyone but the space's members gets 403 here: the server keeps the entries to the IB.
    const found = await entriesIn(space).query({
      ...(options.cycleId ? { filter: where.eq(CYCLE_KEY, options.cycleId) } : {}),
      orderBy: [{ column: 'TakenOn', direction: 'desc' }],
    });
    return found.sort(newestFirst);
  }

  function checkedScan(draft: ScanDraft): ScanDraft {
    const verdict = validateScan(draft);
    const errors = verdict.ok ? [] : [...verdict.errors];
    errors.push(...idErrors(draft.cycleId, 'cycleId'));
    if (errors.length || !verdict.ok) refuse(errors, 'scan');
    return verdict.value;
  }

  /** Writes the summary of a stored scan: creates it, or brings the stored one up to date. */
  async function saveSummary(scan: Scan, space: PrivateSpaceRef): Promise<void> {
    const summary: StoredSummary = { ...summarizeScan(scan), space };
    const { item, created } = await summaries.ensure(summary);
    if (!created) await summaries.update(item, summary);
  }

  async function recordScan(scan: Scan): Promise<Versioned<Scan>> {
    const { id, ...draft } = scan;
    const idProblems = idErrors(id);
    if (idProblems.length) refuse(idProblems, 'scan');
    const value = { ...checkedScan(draft), id };
    const space = await spaceForWriting();
    const { item } = await entriesIn(space).ensure(value);
    await saveSummary(item.value, space);
    return item;
  }

  async function updateScan(current: Versioned<Scan>, next: ScanDraft): Promise<Versioned<Scan>> {
    const value = { ...checkedScan(next), id: current.value.id };
    if (next.cycleId !== current.value.cycleId) refuse([{ field: 'cycleId', code: 'invalidChoice' }], 'scan');
    const space = await spaceForWriting();
    const saved = await entriesIn(space).update(current, value);
    await saveSummary(saved.value, space);
    return saved;
  }

  async function assess(assessment: SelfAssessment): Promise<Versioned<SelfAssessment>> {
    const { id, ...draft } = assessment;
    const verdict = validateAssessment(draft);
    const errors = [...idErrors(id), ...(verdict.ok ? [] : verdict.errors)];
    if (errors.length || !verdict.ok) refuse(errors, 'self-assessment');
    return (await assessments.ensure({ ...verdict.value, id } as SelfAssessment)).item;
  }

  const statementText = (text: string): string => {
    const errors: FieldError[] = [];
    const clean = requiredText(errors, 'text', text);
    if (errors.length) refuse(errors, 'statement');
    return clean;
  };

  async function storedStatements(): Promise<Versioned<StoredStatement>[]> {
    const found = await statementsRepo.query({ orderBy: [{ column: 'Position' }] });
    return found.sort((a, b) => a.value.position - b.value.position);
  }

  const plain = ({ value: { id, text }, itemId, etag }: Versioned<StoredStatement>): Versioned<Statement> => ({
    value: { id, text },
    itemId,
    etag,
  });

  /** Back to the stored shape with its position, so an update writes only what changed. */
  async function stored(current: Versioned<Statement>): Promise<Versioned<StoredStatement>> {
    return statementsRepo.getByItemId(current.itemId);
  }

  async function addStatement(statement: Statement): Promise<Versioned<Statement>> {
    const text = statementText(statement.text);
    const idProblems = idErrors(statement.id);
    if (idProblems.length) refuse(idProblems, 'statement');
    const existing = await storedStatements();
    const position = existing.reduce((max, s) => Math.max(max, s.value.position + 1), 0);
    return plain((await statementsRepo.ensure({ id: statement.id, text, position })).item);
  }

  async function updateStatement(current: Versioned<Statement>, text: string): Promise<Versioned<Statement>> {
    const clean = statementText(text);
    const before = await stored(current);
    // The version the person edited decides, not the one just read: a change in between conflicts.
    const seen = { ...before, value: { ...before.value, text: current.value.text }, etag: current.etag };
    return plain(await statementsRepo.update(seen, { ...before.value, text: clean }));
  }

  async function removeStatement(current: Versioned<Statement>): Promise<void> {
    // Already removed (by a colleague, or an earlier attempt whose answer got lost): done.
    const before = await stored(current).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    if (before) await statementsRepo.remove({ ...before, etag: current.etag });
  }

  async function snapshot(round: Versioned<CountedRound>): Promise<StatementRoundSnapshot> {
    const upn = await signedInUpn();
    const votedByMe: Record<string, boolean> = {};
    for (const s of round.value.statements) {
      votedByMe[s.id] = upn ? s.voters.includes(await voterMarker(round.value.id, s.id, upn)) : false;
    }
    return { round, result: countedResult(round.value), votedByMe };
  }

  async function startRound(input: {
    id: string;
    heldAt: string;
    statements: readonly Statement[];
    meetingId?: string;
  }): Promise<StatementRoundSnapshot> {
    const round = openRound(input.id, input.heldAt, input.statements, input.meetingId);
    const { id, ...draft } = round;
    const verdict = validateCountedRound(draft);
    const errors = [...idErrors(id), ...(verdict.ok ? [] : verdict.errors)];
    if (input.meetingId) errors.push(...idErrors(input.meetingId, 'meetingId'));
    if (errors.length || !verdict.ok) refuse(errors, 'round');
    return snapshot((await rounds.ensure({ ...verdict.value, id })).item);
  }

  async function roundByKey(roundId: string): Promise<Versioned<CountedRound> | null> {
    return rounds.findByKey(roundId);
  }

  async function overDeStreep(options: { meetingId?: string } = {}): Promise<OverDeStreepSnapshot> {
    const [statementsUrl, roundsUrl] = await Promise.all([
      statementsRepo.queryUrl({ orderBy: [{ column: 'Position' }] }),
      rounds.queryUrl({
        ...(options.meetingId ? { filter: where.eq('MeetingKey', options.meetingId) } : {}),
        orderBy: [{ column: 'HeldOn', direction: 'desc' }],
      }),
    ]);
    const answers = await batchGet(http, [
      { id: 'statements', url: statementsUrl },
      { id: 'rounds', url: roundsUrl },
    ]);
    const [listed, held] = await Promise.all([
      statementsRepo.fromAnswer(answers.get('statements')),
      rounds.fromAnswer(answers.get('rounds')),
    ]);
    return {
      statements: listed.sort((a, b) => a.value.position - b.value.position).map(plain),
      rounds: await Promise.all(held.sort((a, b) => b.value.heldAt.localeCompare(a.value.heldAt)).map(snapshot)),
    };
  }

  /**
   * Applies a change to the round as stored now and saves it with If-Match; when another write
   * landed in between, reads again and applies the change to that, so no vote is lost.
   */
  async function changeRound(
    roundId: string,
    change: (round: CountedRound) => Promise<CountedRound>,
  ): Promise<StatementRoundSnapshot> {
    for (let attempt = 1; ; attempt += 1) {
      const current = await roundByKey(roundId);
      if (!current) voteRefusal('unknownRound');
      try {
        return await snapshot(await rounds.update(current, await change(current.value)));
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt >= VOTE_ATTEMPTS) throw error;
      }
    }
  }

  async function vote(roundId: string, statementId: string, choice: VoteChoice): Promise<StatementRoundSnapshot> {
    const upn = await signedInUpn();
    if (!upn) voteRefusal('notSignedIn');
    const marker = await voterMarker(roundId, statementId, upn);
    return changeRound(roundId, async (current) => {
      const counted = countVote(current, statementId, marker, choice);
      if (!counted.ok) voteRefusal(counted.reason);
      return counted.round;
    });
  }

  async function roomCounts(
    roundId: string,
    statementId: string,
    counts: { agree: number; disagree: number },
  ): Promise<StatementRoundSnapshot> {
    return changeRound(roundId, async (current) => {
      const counted = addRoomCounts(current, statementId, counts);
      if (!counted.ok) voteRefusal(counted.reason);
      return counted.round;
    });
  }

  async function closeRound(current: Versioned<CountedRound>): Promise<StatementRoundSnapshot> {
    return snapshot(await rounds.update(current, { ...current.value, closed: true }));
  }

  return {
    overview,
    openActive,
    scans,
    recordScan,
    updateScan,
    assess,
    addStatement,
    updateStatement,
    removeStatement,
    startRound,
    overDeStreep,
    vote,
    addRoomCounts: roomCounts,
    closeRound,
  };
}
