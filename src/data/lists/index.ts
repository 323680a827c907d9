/**
 * Every list Driehoek uses, declared once. Order matters for provisioning: a list comes after
 * the lists its lookups point to.
 */
import { AGREEMENTS_LIST } from './agreements';
import { COMMITMENTS_LIST } from './commitments';
import { CYCLE_STATUS_MIRROR } from './cycleLink';
import { CYCLES_LIST } from './cycles';
import { GOALS_LIST } from './goals';
import { INTERVISIE_GROUPS_LIST } from './intervisieGroups';
import { MEETINGS_LIST } from './meetings';
import { PUPILS_LIST } from './pupils';
import type { ListSchema } from './schema';
import { STAFF_LIST } from './staff';
import { STEP_RECORDS_LIST } from './stepRecords';
import { TALKS_LIST } from './talks';
import { SCAN_SUMMARIES_LIST } from './teamScan';
import { SELF_ASSESSMENTS_LIST } from './teamScanAssessments';
import { STATEMENT_ROUNDS_LIST, STATEMENTS_LIST } from './teamScanStatements';

export const ALL_LISTS: readonly ListSchema[] = [
  STAFF_LIST,
  CYCLES_LIST,
  GOALS_LIST,
  MEETINGS_LIST,
  COMMITMENTS_LIST,
  STEP_RECORDS_LIST,
  PUPILS_LIST,
  TALKS_LIST,
  AGREEMENTS_LIST,
  // Team scan: summaries only; the entries list lives in the IB's private channel site.
  SCAN_SUMMARIES_LIST,
  SELF_ASSESSMENTS_LIST,
  STATEMENTS_LIST,
  STATEMENT_ROUNDS_LIST,
  // Intervisie: groups only; each group's sessions list lives in its private channel site.
  INTERVISIE_GROUPS_LIST,
];

/** The lists whose items carry their cycle's status mirror (./cycleLink.ts). */
export const CYCLE_LINKED_LISTS: readonly ListSchema[] = ALL_LISTS.filter((list) =>
  list.columns.some((column) => column.name === CYCLE_STATUS_MIRROR),
);

/**
 * Changes whenever a list or column is added: the app provisions again once per browser after
 * an update that brings new lists or columns.
 */
export const SCHEMA_FINGERPRINT = ALL_LISTS.map((list) => `${list.displayName}:${list.columns.map((c) => c.name).join(',')}`).join(';');

export { COMMITMENTS_LIST, commitmentMapper } from './commitments';
export { CYCLES_LIST, cycleMapper } from './cycles';
export { GOALS_LIST, goalMapper } from './goals';
export { MEETINGS_LIST, meetingMapper } from './meetings';
export { STAFF_LIST, staffMapper, normaliseUpn } from './staff';
export { STEP_RECORDS_LIST, stepRecordMapper } from './stepRecords';
export { PUPILS_LIST, pupilMapper } from './pupils';
export { TALKS_LIST, talkMapper } from './talks';
export { AGREEMENTS_LIST, agreementMapper, type StoredAgreement } from './agreements';
export { INTERVISIE_GROUPS_LIST, intervisieGroupMapper } from './intervisieGroups';
export { INTERVISIE_SESSIONS_LIST, intervisieSessionMapper } from './intervisieSessions';
export { CYCLE_KEY, CYCLE_LOOKUP, CYCLE_STATUS_MIRROR } from './cycleLink';
export { SCAN_ENTRIES_LIST, SCAN_SUMMARIES_LIST, scanMapper, scanSummaryMapper } from './teamScan';
export { SELF_ASSESSMENTS_LIST, selfAssessmentMapper } from './teamScanAssessments';
export { STATEMENT_ROUNDS_LIST, STATEMENTS_LIST, roundMapper, statementMapper } from './teamScanStatements';
export type { ListMapper } from './mapper';
export * from './schema';
