import { type StepRecord, validateLines } from './goals';
import { isValidScore, SCORE_MAX, SCORE_MIN } from './meetings';
import { isStepNumber, type StepKey, stepKey } from './steps';
import { type FieldError, isIsoDate, optionalText, type Validated } from './validation';

/**
 * What each of the eleven steps captures and where it is kept. Outputs that the rest of the
 * app reads live on their own items: the dream on the cycle, goals with their benefits and signs
 * of progress on the goal (that is what the goal map draws), promises in the tracker. The other
 * steps keep their outputs on the step record as short lines, plus notes.
 * Labels and prompts per step are in the steps catalog (`steps.<key>`).
 */
export type CaptureStore =
  /** Step 1: the cycle's dream text. */
  | 'cycleDream'
  /** Step 2: Goal items, prioritised and tagged. */
  | 'goals'
  /** Step 4: each goal's benefits at personal, team and school level. */
  | 'goalBenefits'
  /** Step 6: each goal's observable signs of coming progress. */
  | 'goalSigns'
  /** Step 9: Commitment items, made at the meeting. */
  | 'commitments'
  /** Steps 3, 5, 7, 8, 10, 11: lines on the step record. */
  | 'recordItems';

export interface StepCapture {
  store: CaptureStore;
  /** Step 5 also records where the team stands on the 0–10 scale toward the dream. */
  score: boolean;
}

const at = (store: CaptureStore, score = false): StepCapture => ({ store, score });

export const STEP_CAPTURES: Readonly<Record<StepKey, StepCapture>> = {
  dream: at('cycleDream'),
  goals: at('goals'),
  /** Who we tell or ask along (parents, MR, consultant…), and how. */
  supporters: at('recordItems'),
  benefits: at('goalBenefits'),
  /** What already works, one line each, and the score. */
  progressSoFar: at('recordItems', true),
  comingProgress: at('goalSigns'),
  /** Doubts and setbacks we expect. */
  acknowledgeHard: at('recordItems'),
  /** Who can help with what, and other reasons for confidence. */
  confidence: at('recordItems'),
  promises: at('commitments'),
  /** What worked and why, what to adjust, what parents noticed. */
  evaluation: at('recordItems'),
  /** What we achieved and whose part it was. */
  celebration: at('recordItems'),
};

export type StepRecordDraft = Omit<StepRecord, 'id'>;

/** Checks a step record before it is saved: a real step and date, lines of one line each, a valid score. */
export function validateStepRecord(draft: StepRecordDraft): Validated<StepRecordDraft> {
  const errors: FieldError[] = [];
  if (!isStepNumber(draft.step)) errors.push({ field: 'step', code: 'invalidChoice' });
  if (!Number.isInteger(draft.round) || draft.round < 1) {
    errors.push({ field: 'round', code: 'outOfRange', params: { min: 1 } });
  }
  if (!isIsoDate(draft.date)) errors.push({ field: 'date', code: 'invalidDate' });
  const items = validateLines(errors, 'items', draft.items);
  const notes = optionalText(errors, 'notes', draft.notes);
  const wantsScore = isStepNumber(draft.step) && STEP_CAPTURES[stepKey(draft.step)].score;
  if (wantsScore ? draft.score === undefined || !isValidScore(draft.score) : draft.score !== undefined) {
    errors.push({ field: 'score', code: 'outOfRange', params: { min: SCORE_MIN, max: SCORE_MAX } });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ...draft, items, notes } };
}
