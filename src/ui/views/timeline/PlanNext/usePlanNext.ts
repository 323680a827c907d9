import { useId } from 'react';
import { useI18n } from '../../../i18n';
import type { PlanNextProps, PlanNextState } from './PlanNext.types';

export function usePlanNext({ cycle, suggestion, buttonId, onPlan, className }: PlanNextProps): PlanNextState {
  const i18n = useI18n();
  const t = i18n.messages.planner.timeline;
  const id = useId();
  let text: string;
  if (suggestion.round > cycle.round) {
    text = i18n.format(t.suggestionNewRound, { round: i18n.number(suggestion.round) });
  } else if (suggestion.steps.length === 0) {
    text = t.allPlanned;
  } else {
    const steps = new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(suggestion.steps.map((s) => i18n.number(s)));
    text = i18n.format(t.suggestion, { date: i18n.date(suggestion.date, 'long'), steps });
  }
  return {
    className,
    headingId: `${id}-heading`,
    heading: t.nextHeading,
    text,
    buttonId,
    buttonLabel: t.planNext,
    onPlan,
  };
}
