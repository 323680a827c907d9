import { type AgendaClock, agendaClock, type PauseInterval } from '../talks/clock';
import type { IntervisieRole } from './roles';

/**
 * Intervisie methods as timed phases. The texts (name, summary, per phase a title and what to
 * do) are in the intervisie catalogs under `methods.<method>`.
 */
export const METHODS = {
  // The incident method, opening with a look back at the advice of last time.
  incident: {
    phases: [
      { key: 'lookBack', minutes: 10 },
      { key: 'bringIn', minutes: 10 },
      { key: 'choose', minutes: 5 },
      { key: 'questions', minutes: 15 },
      { key: 'analysis', minutes: 15 },
      { key: 'advice', minutes: 15 },
      { key: 'evaluation', minutes: 10 },
    ],
  },
  // The roddelmethode: the group talks about the case as if the inbrenger were not there, while
  // the inbrenger only listens (online: camera and microphone off) and responds at the end.
  roddel: {
    phases: [
      { key: 'present', minutes: 10 },
      { key: 'questions', minutes: 10 },
      { key: 'gossip', minutes: 15 },
      { key: 'response', minutes: 10 },
      { key: 'closing', minutes: 5 },
    ],
  },
} as const satisfies Record<string, { phases: readonly { key: string; minutes: number }[] }>;

export type MethodKey = keyof typeof METHODS;
export const METHOD_KEYS = Object.keys(METHODS) as MethodKey[];
export type PhaseKey<M extends MethodKey> = (typeof METHODS)[M]['phases'][number]['key'];

export function methodMinutes(method: MethodKey): number {
  return METHODS[method].phases.reduce((sum, phase) => sum + phase.minutes, 0);
}

/** The side-panel timer for a session: the agenda clock of the parent talks, over the phases. */
export function phaseClock(
  method: MethodKey,
  startedAt: number,
  now: number,
  pausedIntervals: readonly PauseInterval[] = [],
  advancedAt?: readonly number[],
): AgendaClock {
  return agendaClock(METHODS[method].phases, startedAt, now, pausedIntervals, advancedAt);
}

/** The shape of the intervisie catalogs (src/ui/i18n/intervisie.nl.ts, intervisie.en.ts). */
export interface IntervisieTexts {
  roles: Record<IntervisieRole, { name: string; task: string }>;
  methods: {
    [M in MethodKey]: { name: string; summary: string; phases: Record<PhaseKey<M>, { title: string; guide: string }> };
  };
  /** Labels of what the notulist captures, and the reminder that it stays in the group. */
  session: Record<'caseSummary' | 'advice' | 'learningPoints' | 'promises' | 'confidential', string>;
}
