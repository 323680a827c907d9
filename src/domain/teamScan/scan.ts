import type { StepNumber } from '../steps';
import { type FieldError, isIsoDate, requiredText, type Validated } from '../validation';
import type { LeadershipStyle, Transition } from './leadership';
import {
  CLIENT_RELATIONSHIPS,
  type ClientRelationship,
  CONCERN_STAGES,
  type ConcernStage,
  isConcernStage,
  STAGE_FIT,
} from './stages';

interface EntryBase {
  /** The subgroup the entry is counted in, e.g. a bouw or "veranderteam"; also the unit of privacy. */
  group: string;
  stage: ConcernStage;
  client: ClientRelationship;
}

/** One person's stage, as the IB judges it. Only the IB ever sees these. */
export interface PersonEntry extends EntryBase {
  kind: 'person';
  upn: string;
  displayName: string;
}

/** A judgement about a whole subgroup at once, for when the IB does not score people one by one. */
export interface SubgroupEntry extends EntryBase {
  kind: 'subgroup';
  /** How many people the entry speaks for. */
  size: number;
}

export type ScanEntry = PersonEntry | SubgroupEntry;

/** The team's stages of concern at one moment in a change cycle. */
export interface Scan {
  id: string;
  cycleId: string;
  /** ISO calendar date the IB took the scan. */
  takenAt: string;
  entries: ScanEntry[];
}

export type ScanDraft = Omit<Scan, 'id'>;

export function validateScan(draft: ScanDraft): Validated<ScanDraft> {
  const errors: FieldError[] = [];
  if (!isIsoDate(draft.takenAt)) errors.push({ field: 'takenAt', code: 'invalidDate' });
  if (draft.entries.length === 0) errors.push({ field: 'entries', code: 'required' });
  const seen = new Map<string, number>();
  const entries = draft.entries.map((entry, i): ScanEntry => {
    const at = `entries.${i}`;
    const group = requiredText(errors, `${at}.group`, entry.group);
    if (!isConcernStage(entry.stage)) {
      errors.push({ field: `${at}.stage`, code: 'outOfRange', params: { min: 0, max: 6 } });
    }
    if (!CLIENT_RELATIONSHIPS.includes(entry.client)) {
      errors.push({ field: `${at}.client`, code: 'invalidChoice' });
    }
    if (entry.kind === 'subgroup') {
      if (!Number.isInteger(entry.size) || entry.size < 1) {
        errors.push({ field: `${at}.size`, code: 'outOfRange', params: { min: 1 } });
      }
      return { ...entry, group };
    }
    const upn = requiredText(errors, `${at}.upn`, entry.upn);
    const displayName = requiredText(errors, `${at}.displayName`, entry.displayName);
    // A person scored twice would count twice in every total.
    const key = upn.toLowerCase();
    const first = seen.get(key);
    if (upn && first !== undefined) {
      errors.push({ field: `${at}.upn`, code: 'invalidChoice', params: { duplicateOf: first } });
    } else seen.set(key, i);
    return { ...entry, group, upn, displayName };
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ...draft, entries } };
}

/** How many people are at each stage and in each client relationship. */
export interface Distribution {
  people: number;
  byStage: Record<ConcernStage, number>;
  byClient: Record<ClientRelationship, number>;
}

export function emptyDistribution(): Distribution {
  return {
    people: 0,
    byStage: { 0: 0, 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 },
    byClient: { complainant: 0, visitor: 0, customer: 0, coExpert: 0 },
  };
}

/** Adds an entry to a distribution in place; a subgroup entry counts as its size in people. */
export function addEntry(into: Distribution, entry: ScanEntry): Distribution {
  const weight = entry.kind === 'person' ? 1 : entry.size;
  into.people += weight;
  into.byStage[entry.stage] += weight;
  into.byClient[entry.client] += weight;
  return into;
}

export function distribution(scan: Pick<Scan, 'entries'>): Distribution {
  return scan.entries.reduce(addEntry, emptyDistribution());
}

/** A stage that holds at least this share of the team asks for its own approach next to the main one. */
export const DIFFERENTIATE_SHARE = 0.25;

export interface Approach {
  /** The stage most people are at. */
  stage: ConcernStage;
  /** Share of the team at that stage, 0–1. */
  share: number;
  leadership: Transition<LeadershipStyle>;
  client: Transition<ClientRelationship>;
  steps: readonly StepNumber[];
  /** Other stages, ascending, that hold enough of the team to deserve a different approach. */
  alsoAttendTo: ConcernStage[];
}

/**
 * The approach that fits the team (seed 000 figure 6), taken from the stage most people are
 * at. On a tie the earlier stage wins: concerns left unanswered at an earlier stage keep
 * people from moving on, so those come first. Null when nobody is in the scan.
 */
export function suggestApproach(dist: Distribution): Approach | null {
  if (dist.people === 0) return null;
  const stage = dominantStage(dist);
  const fit = STAGE_FIT[stage];
  return {
    stage,
    share: dist.byStage[stage] / dist.people,
    leadership: fit.leadership,
    client: fit.client,
    steps: fit.steps,
    alsoAttendTo: CONCERN_STAGES.filter(
      (s) => s !== stage && dist.byStage[s] / dist.people >= DIFFERENTIATE_SHARE,
    ),
  };
}

/** The stage most people are at; on a tie the earlier stage. */
export function dominantStage(dist: Distribution): ConcernStage {
  return CONCERN_STAGES.reduce((best, s) => (dist.byStage[s] > dist.byStage[best] ? s : best));
}
