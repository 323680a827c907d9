import { useI18n } from '../../../i18n';
import type { CycleHeaderProps, CycleHeaderState } from './CycleHeader.types';

export function useCycleHeader({ cycle, headingId, eyebrowId, className }: CycleHeaderProps): CycleHeaderState {
  const { messages } = useI18n();
  return {
    headingId,
    eyebrowId,
    className,
    eyebrow: messages.planner.timeline.heading,
    title: cycle.title,
    schoolYearLabel: messages.planner.cycle.schoolYear,
    schoolYear: cycle.schoolYear,
    dreamLabel: messages.planner.cycle.dream,
    dream: cycle.dream,
  };
}
