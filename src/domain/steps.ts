/**
 * The eleven solution-focused steps of a change cycle (after Reteaming). A cycle aims at a
 * dream; steps 2–11 repeat with new goals in later rounds (plan–do–check–act).
 * Guidance and prompts per step live in the message catalogs under `steps.<key>`.
 */
export const STEP_KEYS = [
  'dream',
  'goals',
  'supporters',
  'benefits',
  'progressSoFar',
  'comingProgress',
  'acknowledgeHard',
  'confidence',
  'promises',
  'evaluation',
  'celebration',
] as const;

export type StepKey = (typeof STEP_KEYS)[number];
/** Step numbers as the team knows them: 1 (the dream) to 11 (celebrate). */
export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;

export function isStepNumber(n: unknown): n is StepNumber {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= STEP_KEYS.length;
}

export function stepKey(n: StepNumber): StepKey {
  return STEP_KEYS[n - 1] as StepKey;
}

/** The steps a new round of the same cycle walks again: everything after the dream. */
export const REPEATING_STEPS: readonly StepNumber[] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** Normalises a list of step numbers: unique, valid, ascending. Invalid entries are dropped. */
export function normaliseSteps(steps: readonly unknown[]): StepNumber[] {
  return [...new Set(steps.filter(isStepNumber))].sort((a, b) => a - b);
}
