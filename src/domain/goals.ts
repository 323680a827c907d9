import type { StepNumber } from './steps';
import { type FieldError, requiredText, type Validated } from './validation';

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
  /** Step 5: where the team places itself on the 0–10 scale toward the dream (half points). */
  score?: number;
}

export type GoalDraft = Omit<Goal, 'id'>;

/** One line per captured item (benefit, sign, doubt …); errors name the entry, e.g. `items.2`. */
export function validateLines(errors: FieldError[], field: string, lines: readonly string[]): string[] {
  return lines.map((line, i) => requiredText(errors, `${field}.${i}`, line));
}

function choice<T>(errors: FieldError[], field: string, value: T | undefined, allowed: readonly T[]): void {
  if (value !== undefined && !allowed.includes(value)) errors.push({ field, code: 'invalidChoice' });
}

/** Checks a goal as the team writes it: a title of one line, a priority, valid tags and lines. */
export function validateGoal(draft: GoalDraft): Validated<GoalDraft> {
  const errors: FieldError[] = [];
  const title = requiredText(errors, 'title', draft.title);
  if (!Number.isInteger(draft.priority) || draft.priority < 1) {
    errors.push({ field: 'priority', code: 'outOfRange', params: { min: 1 } });
  }
  choice(errors, 'condition', draft.condition, ONDERWIJSRAAD_CONDITIONS);
  choice(errors, 'epsteinForm', draft.epsteinForm, EPSTEIN_FORMS);
  choice(errors, 'level', draft.level, INVOLVEMENT_LEVELS);
  choice(errors, 'line', draft.line, INVOLVEMENT_LINES);
  const benefits: GoalBenefits = {
    personal: validateLines(errors, 'benefits.personal', draft.benefits.personal),
    team: validateLines(errors, 'benefits.team', draft.benefits.team),
    school: validateLines(errors, 'benefits.school', draft.benefits.school),
  };
  const signsOfProgress = validateLines(errors, 'signsOfProgress', draft.signsOfProgress);
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ...draft, title, benefits, signsOfProgress } };
}

/**
 * Words that usually mean a goal says what should go away instead of what should grow.
 * Positively phrased goals motivate more and are easier to work on together, so the form
 * nudges; it never refuses, because "geen" can be part of a good goal too.
 */
const NEGATIVE_WORDS = [
  // Dutch
  'niet', 'geen', 'nooit', 'niets', 'niemand', 'minder', 'stoppen met', 'ophouden met',
  'voorkomen', 'vermijden', 'verminderen', 'tegengaan', 'afschaffen',
  // English
  'not', 'no', 'never', 'nothing', 'nobody', 'less', 'fewer', 'stop', 'avoid', 'prevent',
  'reduce', 'quit',
];
const NEGATIVE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NEGATIVE_WORDS.join('|')}|\\p{L}+n't)(?![\\p{L}\\p{N}])`,
  'iu',
);

export interface PhrasingHint {
  code: 'negativePhrasing';
  /** The word that triggered the hint, as the user typed it, so the UI can point at it. */
  word: string;
}

/** A hint when a goal sounds negatively phrased, else null. Not an error: saving is allowed. */
export function phrasingHint(text: string): PhrasingHint | null {
  const match = NEGATIVE_PATTERN.exec(text.replace(/’/g, "'"));
  return match ? { code: 'negativePhrasing', word: match[1] as string } : null;
}

/** Goals in the team's order of importance (ties keep their given order). */
export function byPriority<T extends Pick<Goal, 'priority'>>(goals: readonly T[]): T[] {
  return [...goals].sort((a, b) => a.priority - b.priority);
}

/**
 * Moves one goal to a new place in the priority order and renumbers all goals 1..n, so
 * priorities never have gaps or ties after the team reorders. An unknown id changes nothing
 * but the numbering; the index is clamped to the list.
 */
export function reorderGoals<T extends Pick<Goal, 'id' | 'priority'>>(
  goals: readonly T[],
  goalId: string,
  toIndex: number,
): T[] {
  const ordered = byPriority(goals);
  const from = ordered.findIndex((g) => g.id === goalId);
  if (from >= 0) {
    const [moved] = ordered.splice(from, 1);
    const to = Math.min(Math.max(0, Math.trunc(toIndex)), ordered.length);
    ordered.splice(to, 0, moved as T);
  }
  return ordered.map((g, i) => ({ ...g, priority: i + 1 }));
}

/**
 * Copies goals into a new round or a new cycle: same title, tags, benefits and signs, in the
 * same order, with fresh ids. Ids come from the caller so this stays pure.
 */
export function carryOverGoals(
  goals: readonly Goal[],
  target: { cycleId: string; round: number },
  newId: () => string,
): Goal[] {
  return byPriority(goals).map((g, i) => ({
    ...g,
    id: newId(),
    cycleId: target.cycleId,
    round: target.round,
    priority: i + 1,
    benefits: { personal: [...g.benefits.personal], team: [...g.benefits.team], school: [...g.benefits.school] },
    signsOfProgress: [...g.signsOfProgress],
  }));
}
