import type { LeadershipStyle } from './leadership';

/**
 * Team maturity after Lingsma: from a bundle of individuals (M1) to a team that improves
 * itself out of a shared "we" (M4). Texts live in the catalogs under `teamScan.maturity.<level>`.
 */
export const MATURITY_LEVELS = ['M1', 'M2', 'M3', 'M4'] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

/**
 * The style that fits each level, pairing the maturity levels with the development levels of
 * situational leadership: the less a team carries itself, the more direction it needs.
 */
export const MATURITY_LEADERSHIP: Readonly<Record<MaturityLevel, LeadershipStyle>> = {
  M1: 'directing',
  M2: 'coaching',
  M3: 'supporting',
  M4: 'delegating',
};
