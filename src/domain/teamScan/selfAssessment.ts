import { type FieldError, isIsoDate, MULTI_LINE_MAX, requiredText, type Validated } from '../validation';
import { MATURITY_LEVELS } from './maturity';
import { SCHOOL_TYPES } from './schoolTypes';

/**
 * Periodic self-assessments by the team: where it places its maturity and the school's
 * partnership profile, each time with the reasons. Both scales are ordered, so the dashboard
 * can show which way the school moved.
 */
export const ASSESSMENT_SCALES = { maturity: MATURITY_LEVELS, schoolType: SCHOOL_TYPES } as const;
export type AssessmentKind = keyof typeof ASSESSMENT_SCALES;
export const ASSESSMENT_KINDS = Object.keys(ASSESSMENT_SCALES) as AssessmentKind[];
export type AssessmentValue<K extends AssessmentKind> = (typeof ASSESSMENT_SCALES)[K][number];

interface AssessmentOf<K extends AssessmentKind> {
  kind: K;
  /** ISO calendar date of the assessment. */
  at: string;
  value: AssessmentValue<K>;
  /** Why the team placed itself here; required, because the number alone says little to the MR. */
  rationale: string;
}

export type SelfAssessmentDraft = { [K in AssessmentKind]: AssessmentOf<K> }[AssessmentKind];
export type SelfAssessment = SelfAssessmentDraft & { id: string };

/** Position on its scale counted from 1 (M1 → 1), or 0 when the value is not on it. */
export function positionOf(kind: AssessmentKind, value: string): number {
  return (ASSESSMENT_SCALES[kind] as readonly string[]).indexOf(value) + 1;
}

export function validateAssessment(draft: SelfAssessmentDraft): Validated<SelfAssessmentDraft> {
  const errors: FieldError[] = [];
  if (!isIsoDate(draft.at)) errors.push({ field: 'at', code: 'invalidDate' });
  if (!ASSESSMENT_KINDS.includes(draft.kind)) errors.push({ field: 'kind', code: 'invalidChoice' });
  else if (positionOf(draft.kind, draft.value) === 0) errors.push({ field: 'value', code: 'invalidChoice' });
  const rationale = requiredText(errors, 'rationale', draft.rationale, MULTI_LINE_MAX);
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ...draft, rationale } };
}

export interface TrendPoint<K extends AssessmentKind> {
  assessmentId: string;
  at: string;
  value: AssessmentValue<K>;
  /** Position on the scale, from 1. */
  position: number;
  /** Steps up (positive) or down since the previous assessment; 0 for the first. */
  change: number;
  rationale: string;
}

export interface AssessmentTrend<K extends AssessmentKind> {
  kind: K;
  /** Oldest first. */
  points: TrendPoint<K>[];
  current: AssessmentValue<K> | null;
  /** Steps moved from the first assessment to the latest. */
  overall: number;
}

/** The assessments of one kind through time. Same-day assessments keep the order they came in. */
export function trend<K extends AssessmentKind>(
  assessments: readonly SelfAssessment[],
  kind: K,
): AssessmentTrend<K> {
  const ofKind = assessments
    .filter((a) => a.kind === kind)
    .sort((a, b) => a.at.localeCompare(b.at)) as (SelfAssessment & AssessmentOf<K>)[];
  const points: TrendPoint<K>[] = [];
  for (const a of ofKind) {
    const position = positionOf(kind, a.value);
    const previous = points.at(-1);
    points.push({
      assessmentId: a.id,
      at: a.at,
      value: a.value,
      position,
      change: previous ? position - previous.position : 0,
      rationale: a.rationale,
    });
  }
  const first = points[0];
  const last = points.at(-1);
  return {
    kind,
    points,
    current: last?.value ?? null,
    overall: first && last ? last.position - first.position : 0,
  };
}
