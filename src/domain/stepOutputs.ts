import { DREAM_MAX } from './cycles';
import { isOneOf } from './frameworks';
import { isValidScore, SCORE_MAX, SCORE_MIN } from './meetings';
import type { StepKey } from './steps';
import { type FieldError, optionalText, requiredText, SINGLE_LINE_MAX, type Validated } from './validation';

/**
 * What each of the eleven steps captures. One discriminated union keyed by the step, so a
 * record's outputs always match its step and a form knows exactly which fields to show.
 * Labels for every field live in the planner catalog under `planner.outputs`.
 */

/** Who the team informs or asks along (step 3). */
export const SUPPORTER_PARTIES = [
  'ouders',
  'mr',
  'mt',
  'bestuur',
  'onderwijsconsulent',
  'schoolmaatschappelijkWerker',
  'anders',
] as const;
export type SupporterParty = (typeof SUPPORTER_PARTIES)[number];

export interface Supporter {
  party: SupporterParty;
  /** Who exactly, when it matters ("de oudergeleding", a consultant's name). */
  name: string;
  /** How and when we tell them (newsletter, information evening, a talk). */
  how: string;
}

/** The levels at which a goal pays off (step 4); more benefits, more motivation. */
export const BENEFIT_LEVELS = ['personal', 'team', 'school'] as const;
export type BenefitLevel = (typeof BENEFIT_LEVELS)[number];

export interface Benefit {
  goalId: string;
  level: BenefitLevel;
  text: string;
}

/** An observable sign that a goal is coming closer (step 6); ticked off at evaluation. */
export interface ProgressSign {
  id: string;
  goalId: string;
  text: string;
}

export type HardThingKind = 'doubt' | 'setback';
export interface HardThing {
  kind: HardThingKind;
  text: string;
}

/** Someone in (or around) the team who can help, and with what (step 8). */
export interface Resource {
  who: string;
  canHelpWith: string;
}

export type StepOutput =
  | { step: 'dream'; text: string }
  | { step: 'goals'; goalIds: string[] }
  | { step: 'supporters'; supporters: Supporter[] }
  | { step: 'benefits'; benefits: Benefit[] }
  | { step: 'progressSoFar'; score: number; whatWorks: string[] }
  | { step: 'comingProgress'; signs: ProgressSign[] }
  | { step: 'acknowledgeHard'; hardThings: HardThing[] }
  | { step: 'confidence'; resources: Resource[]; reasons: string[] }
  | { step: 'promises'; commitmentIds: string[] }
  | {
      step: 'evaluation';
      whatWorked: string;
      whyItWorked: string;
      /** Whether goals or approach need adjusting, and what the team needs. */
      adjustments: string;
      /** What parents noticed and suggested. */
      parentVoices: string;
      /** Ids of the step-6 signs the team has now seen happen. */
      signsSeen: string[];
    }
  | { step: 'celebration'; achievements: string; contributions: string; how: string };

export type StepOutputOf<K extends StepKey> = Extract<StepOutput, { step: K }>;

/** A blank output for a step, as a form starts it. The score starts at the bottom of the scale. */
export function emptyOutput<K extends StepKey>(step: K): StepOutputOf<K> {
  const blanks: { [S in StepKey]: StepOutputOf<S> } = {
    dream: { step: 'dream', text: '' },
    goals: { step: 'goals', goalIds: [] },
    supporters: { step: 'supporters', supporters: [] },
    benefits: { step: 'benefits', benefits: [] },
    progressSoFar: { step: 'progressSoFar', score: SCORE_MIN, whatWorks: [] },
    comingProgress: { step: 'comingProgress', signs: [] },
    acknowledgeHard: { step: 'acknowledgeHard', hardThings: [] },
    confidence: { step: 'confidence', resources: [], reasons: [] },
    promises: { step: 'promises', commitmentIds: [] },
    evaluation: {
      step: 'evaluation',
      whatWorked: '',
      whyItWorked: '',
      adjustments: '',
      parentVoices: '',
      signsSeen: [],
    },
    celebration: { step: 'celebration', achievements: '', contributions: '', how: '' },
  };
  return blanks[step];
}

/** Each list entry is one line of text; errors name the entry, e.g. `whatWorks.2`. */
function lines(errors: FieldError[], field: string, values: readonly string[]): string[] {
  return values.map((v, i) => requiredText(errors, `${field}.${i}`, v));
}

function ids(errors: FieldError[], field: string, values: readonly string[]): string[] {
  if (values.some((v) => !v)) errors.push({ field, code: 'required' });
  return [...new Set(values)];
}

/** Validates and trims a step's outputs; every problem is reported at once, by field. */
export function validateStepOutput(output: StepOutput): Validated<StepOutput> {
  const errors: FieldError[] = [];
  const value = clean(errors, output);
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

function clean(errors: FieldError[], o: StepOutput): StepOutput {
  switch (o.step) {
    case 'dream':
      return { step: o.step, text: requiredText(errors, 'text', o.text, DREAM_MAX) };
    case 'goals':
      // A goal step without a goal has nothing for steps 3–11 to build on.
      if (!o.goalIds.length) errors.push({ field: 'goalIds', code: 'required' });
      return { step: o.step, goalIds: ids(errors, 'goalIds', o.goalIds) };
    case 'supporters':
      return {
        step: o.step,
        supporters: o.supporters.map((s, i) => {
          if (!isOneOf(SUPPORTER_PARTIES, s.party)) {
            errors.push({ field: `supporters.${i}.party`, code: 'invalidChoice' });
          }
          return {
            party: s.party,
            name: optionalText(errors, `supporters.${i}.name`, s.name, SINGLE_LINE_MAX),
            how: optionalText(errors, `supporters.${i}.how`, s.how, SINGLE_LINE_MAX),
          };
        }),
      };
    case 'benefits':
      return {
        step: o.step,
        benefits: o.benefits.map((b, i) => {
          if (!b.goalId) errors.push({ field: `benefits.${i}.goalId`, code: 'required' });
          if (!isOneOf(BENEFIT_LEVELS, b.level)) {
            errors.push({ field: `benefits.${i}.level`, code: 'invalidChoice' });
          }
          return { goalId: b.goalId, level: b.level, text: requiredText(errors, `benefits.${i}.text`, b.text) };
        }),
      };
    case 'progressSoFar':
      if (!isValidScore(o.score)) {
        errors.push({ field: 'score', code: 'outOfRange', params: { min: SCORE_MIN, max: SCORE_MAX } });
      }
      return { step: o.step, score: o.score, whatWorks: lines(errors, 'whatWorks', o.whatWorks) };
    case 'comingProgress':
      return {
        step: o.step,
        signs: o.signs.map((s, i) => {
          if (!s.id || !s.goalId) errors.push({ field: `signs.${i}.goalId`, code: 'required' });
          return { id: s.id, goalId: s.goalId, text: requiredText(errors, `signs.${i}.text`, s.text) };
        }),
      };
    case 'acknowledgeHard':
      return {
        step: o.step,
        hardThings: o.hardThings.map((h, i) => {
          if (h.kind !== 'doubt' && h.kind !== 'setback') {
            errors.push({ field: `hardThings.${i}.kind`, code: 'invalidChoice' });
          }
          return { kind: h.kind, text: requiredText(errors, `hardThings.${i}.text`, h.text) };
        }),
      };
    case 'confidence':
      return {
        step: o.step,
        resources: o.resources.map((r, i) => ({
          who: requiredText(errors, `resources.${i}.who`, r.who),
          canHelpWith: requiredText(errors, `resources.${i}.canHelpWith`, r.canHelpWith),
        })),
        reasons: lines(errors, 'reasons', o.reasons),
      };
    case 'promises':
      return { step: o.step, commitmentIds: ids(errors, 'commitmentIds', o.commitmentIds) };
    case 'evaluation':
      return {
        step: o.step,
        whatWorked: optionalText(errors, 'whatWorked', o.whatWorked),
        whyItWorked: optionalText(errors, 'whyItWorked', o.whyItWorked),
        adjustments: optionalText(errors, 'adjustments', o.adjustments),
        parentVoices: optionalText(errors, 'parentVoices', o.parentVoices),
        signsSeen: ids(errors, 'signsSeen', o.signsSeen),
      };
    case 'celebration':
      return {
        step: o.step,
        achievements: optionalText(errors, 'achievements', o.achievements),
        contributions: optionalText(errors, 'contributions', o.contributions),
        how: optionalText(errors, 'how', o.how),
      };
  }
}
