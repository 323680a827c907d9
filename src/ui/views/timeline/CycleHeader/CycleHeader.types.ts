import type { ChangeCycle } from '../../../../domain/cycles';

export interface CycleHeaderProps {
  cycle: ChangeCycle;
  /** Id for the heading (the cycle's title), so the view's region can be labelled by it. */
  headingId: string;
  /** Id for the small "Tijdspad" line above the heading, for the same reason. */
  eyebrowId: string;
  className?: string;
}

export interface CycleHeaderState {
  headingId: string;
  eyebrowId: string;
  className: string | undefined;
  /** The view's name, shown small above the cycle's title. */
  eyebrow: string;
  /** User text: rendered as text only. */
  title: string;
  schoolYearLabel: string;
  schoolYear: string;
  dreamLabel: string;
  /** User text: rendered as text only, line breaks kept. */
  dream: string;
}
