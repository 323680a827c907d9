/**
 * The partnership frameworks a goal can be tagged with, so the team (and the MT dashboard)
 * can see which side of educatief partnerschap the plan strengthens. Labels and one-line
 * explanations live in the planner catalog under `planner.frameworks.<framework>.<key>`.
 */

/** The Onderwijsraad's (2010) conditions for a working partnership between school and parents. */
export const CONDITIONS = ['structuur', 'vaardigheid', 'cultuur', 'bereidheid'] as const;
export type Condition = (typeof CONDITIONS)[number];

/** Epstein's forms of partnership as the Dutch practice names them. */
export const EPSTEIN_FORMS = [
  'ouderschap',
  'communicatie',
  'ouderparticipatie',
  'ondersteuningBijLeren',
  'besluitvorming',
  'interprofessioneleSamenwerking',
] as const;
export type EpsteinForm = (typeof EPSTEIN_FORMS)[number];

/** How far parents take part (De Wit), from the lightest to the strongest form. */
export const INVOLVEMENT_LEVELS = ['meeleven', 'meehelpen', 'meedenken', 'meebeslissen'] as const;
export type InvolvementLevel = (typeof INVOLVEMENT_LEVELS)[number];

/** Where the involvement is aimed: the parent's own child, the class, or the school as a whole. */
export const INVOLVEMENT_LINES = ['eigenKind', 'groep', 'school'] as const;
export type InvolvementLine = (typeof INVOLVEMENT_LINES)[number];

/** One cell of the level × line grid, e.g. meedenken about the eigen kind. */
export interface Involvement {
  level: InvolvementLevel;
  line: InvolvementLine;
}

/** True when `value` is one of `choices`; narrows unknown input from forms and lists. */
export function isOneOf<T extends string>(choices: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (choices as readonly string[]).includes(value);
}
