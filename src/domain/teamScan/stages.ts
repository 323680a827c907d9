import type { StepNumber } from '../steps';
import type { LeadershipStyle, Transition } from './leadership';

/**
 * The seven stages of concern of the Concerns-Based Adoption Model (CBAM, Hall & Loucks):
 * the questions people have while a change reaches them. Labels and descriptions live in the
 * message catalogs under `teamScan.stages.<key>`.
 */
export const STAGE_KEYS = [
  'awareness',
  'informational',
  'personal',
  'management',
  'consequence',
  'collaboration',
  'refocusing',
] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export type ConcernStage = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const CONCERN_STAGES: readonly ConcernStage[] = [0, 1, 2, 3, 4, 5, 6];

export function isConcernStage(n: unknown): n is ConcernStage {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < STAGE_KEYS.length;
}

export function stageKeyOf(stage: ConcernStage): StageKey {
  return STAGE_KEYS[stage] as StageKey;
}

/**
 * Client relationships of solution-focused coaching (Bannink): who owns the wish to change.
 * A complainant puts it with others, a visitor is willing without a question of their own,
 * a customer has a goal and asks for help, a co-expert brings their own solutions.
 */
export const CLIENT_RELATIONSHIPS = ['complainant', 'visitor', 'customer', 'coExpert'] as const;
export type ClientRelationship = (typeof CLIENT_RELATIONSHIPS)[number];

/** What a person's concerns are about: CBAM groups the stages by this focus. */
export type ConcernFocus = 'unconcerned' | 'self' | 'task' | 'impact';

export interface StageFit {
  focus: ConcernFocus;
  /** The client relationship people at this stage typically have, and the one to grow toward. */
  client: Transition<ClientRelationship>;
  leadership: Transition<LeadershipStyle>;
  /** The steps of the change plan that answer this stage's questions. */
  steps: readonly StepNumber[];
}

/**
 * Seed 000 figure 6 row by row. It places the management stage (3) under "concerned with
 * oneself" and consequence (4) under the task, which differs from some CBAM texts; the plan
 * the school works with is the source, so we follow it.
 */
export const STAGE_FIT: Readonly<Record<ConcernStage, StageFit>> = {
  0: {
    focus: 'unconcerned',
    client: { current: 'complainant', toward: 'visitor' },
    leadership: { current: 'directing' },
    steps: [1],
  },
  1: {
    focus: 'self',
    client: { current: 'visitor' },
    leadership: { current: 'directing' },
    steps: [1, 2],
  },
  2: {
    focus: 'self',
    client: { current: 'visitor', toward: 'customer' },
    leadership: { current: 'directing', toward: 'coaching' },
    steps: [3, 4],
  },
  3: {
    focus: 'self',
    client: { current: 'customer' },
    leadership: { current: 'coaching' },
    steps: [5],
  },
  4: {
    focus: 'task',
    client: { current: 'customer', toward: 'coExpert' },
    leadership: { current: 'coaching', toward: 'supporting' },
    steps: [6, 7],
  },
  5: {
    focus: 'impact',
    client: { current: 'coExpert' },
    leadership: { current: 'supporting', toward: 'delegating' },
    steps: [8, 9],
  },
  6: {
    focus: 'impact',
    client: { current: 'coExpert' },
    leadership: { current: 'delegating' },
    steps: [10, 11],
  },
};
