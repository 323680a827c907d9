import {
  CONDITIONS,
  type Condition,
  EPSTEIN_FORMS,
  type EpsteinForm,
  INVOLVEMENT_LEVELS,
  INVOLVEMENT_LINES,
  type Involvement,
  isOneOf,
} from './frameworks';
import { type FieldError, requiredText, type Validated } from './validation';

/** Framework tags of a goal; every part is optional, a team tags what helps them. */
export interface GoalTags {
  conditions: Condition[];
  epsteinForms: EpsteinForm[];
  involvement?: Involvement;
}

/** A goal the team sets in step 2 on the way to the dream. */
export interface Goal {
  id: string;
  cycleId: string;
  /** The round of the cycle the goal belongs to; later rounds set new goals. */
  round: number;
  text: string;
  /** 1 is the most important; the team orders its goals, it does not score them. */
  priority: number;
  tags: GoalTags;
}

export type GoalDraft = Omit<Goal, 'id'>;

export const NO_TAGS: GoalTags = { conditions: [], epsteinForms: [] };

export function validateGoal(draft: GoalDraft): Validated<GoalDraft> {
  const errors: FieldError[] = [];
  const text = requiredText(errors, 'text', draft.text);
  if (!Number.isInteger(draft.priority) || draft.priority < 1) {
    errors.push({ field: 'priority', code: 'outOfRange', params: { min: 1 } });
  }
  const { conditions, epsteinForms, involvement } = draft.tags;
  if (!conditions.every((c) => isOneOf(CONDITIONS, c))) {
    errors.push({ field: 'tags.conditions', code: 'invalidChoice' });
  }
  if (!epsteinForms.every((f) => isOneOf(EPSTEIN_FORMS, f))) {
    errors.push({ field: 'tags.epsteinForms', code: 'invalidChoice' });
  }
  if (
    involvement &&
    !(isOneOf(INVOLVEMENT_LEVELS, involvement.level) && isOneOf(INVOLVEMENT_LINES, involvement.line))
  ) {
    errors.push({ field: 'tags.involvement', code: 'invalidChoice' });
  }
  if (errors.length) return { ok: false, errors };
  const tags: GoalTags = { conditions: [...new Set(conditions)], epsteinForms: [...new Set(epsteinForms)] };
  if (involvement) tags.involvement = { level: involvement.level, line: involvement.line };
  return { ok: true, value: { ...draft, text, tags } };
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

/** A hint when the goal sounds negatively phrased, else null. Not an error: saving is allowed. */
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
 * Copies goals into a new round or a new cycle: same text, tags and order, fresh ids.
 * Ids come from the caller so this stays pure and the data layer decides their form.
 */
export function carryOverGoals(
  goals: readonly Goal[],
  target: { cycleId: string; round: number },
  newId: () => string,
): Goal[] {
  return byPriority(goals).map((g, i) => ({
    id: newId(),
    cycleId: target.cycleId,
    round: target.round,
    text: g.text,
    priority: i + 1,
    tags: {
      conditions: [...g.tags.conditions],
      epsteinForms: [...g.tags.epsteinForms],
      ...(g.tags.involvement ? { involvement: { ...g.tags.involvement } } : {}),
    },
  }));
}
