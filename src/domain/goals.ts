import type { StepNumber } from './steps';

/**
 * Goals of a change cycle (step 2) and the partnership frameworks a goal can be tagged with.
 * The frameworks come from the Onderwijsraad (conditions for partnership), Epstein (six forms
 * of parental involvement) and the involvement levels × lines used in Dutch schools.
 */

/** Onderwijsraad: conditions for partnership to work. */
export type OnderwijsraadCondition = 'structuur' | 'vaardigheid' | 'cultuur' | 'bereidheid';
export const ONDERWIJSRAAD_CONDITIONS: readonly OnderwijsraadCondition[] = [
  'structuur',
  'vaardigheid',
  'cultuur',
  'bereidheid',
];

/** Epstein's forms of involvement, as the Dutch sources name them. */
export type EpsteinForm =
  | 'ouderschap'
  | 'communicatie'
  | 'ouderparticipatie'
  | 'ondersteuningBijLeren'
  | 'besluitvorming'
  | 'interprofessioneleSamenwerking';
export const EPSTEIN_FORMS: readonly EpsteinForm[] = [
  'ouderschap',
  'communicatie',
  'ouderparticipatie',
  'ondersteuningBijLeren',
  'besluitvorming',
  'interprofessioneleSamenwerking',
];

/** How far parents are involved: from sharing in to deciding with. */
export type InvolvementLevel = 'meeleven' | 'meehelpen' | 'meedenken' | 'meebeslissen';
export const INVOLVEMENT_LEVELS: readonly InvolvementLevel[] = [
  'meeleven',
  'meehelpen',
  'meedenken',
  'meebeslissen',
];

/** Where that involvement lies: their own child, the group, the school. */
export type InvolvementLine = 'eigenKind' | 'groep' | 'school';
export const INVOLVEMENT_LINES: readonly InvolvementLine[] = ['eigenKind', 'groep', 'school'];

export interface GoalBenefits {
  personal: string[];
  team: string[];
  school: string[];
}

/** A goal of the change cycle, positively phrased, with its place in the team's priorities. */
export interface Goal {
  id: string;
  cycleId: string;
  /** The round of the cycle the goal belongs to (round 1 starts at the dream). */
  round: number;
  title: string;
  /** 1 is the most important. */
  priority: number;
  condition?: OnderwijsraadCondition;
  epsteinForm?: EpsteinForm;
  level?: InvolvementLevel;
  line?: InvolvementLine;
  /** Step 4: what reaching the goal brings, per level. */
  benefits: GoalBenefits;
  /** Step 6: observable signs that the goal comes closer. */
  signsOfProgress: string[];
}

/**
 * What a step produced in a round: captured outputs (step 3 supporters, step 7 doubts, …),
 * in which meeting and when. A step can be revisited; every visit is its own record.
 */
export interface StepRecord {
  id: string;
  cycleId: string;
  round: number;
  step: StepNumber;
  /** The meeting where the team walked the step, when it was in a meeting. */
  meetingId?: string;
  /** The goal the output is about, for per-goal steps (benefits, signs of progress). */
  goalId?: string;
  /** ISO calendar date. */
  date: string;
  /** The captured outputs, one short line each. */
  items: string[];
  notes: string;
}
