/**
 * Situational leadership (Blanchard): how much direction and how much support the coach
 * gives. The team scan and team maturity both point to one of these four styles.
 */
export const LEADERSHIP_STYLES = ['directing', 'coaching', 'supporting', 'delegating'] as const;
export type LeadershipStyle = (typeof LEADERSHIP_STYLES)[number];

/**
 * Where a group stands and where it is heading. Seed 000 figure 6 describes several stages as
 * a move ("from coaching toward supporting"), so a fit is a pair, not a single value.
 */
export interface Transition<T> {
  current: T;
  toward?: T;
}
