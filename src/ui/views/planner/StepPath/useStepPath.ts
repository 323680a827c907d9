import { useId } from 'react';
import { stepKey } from '../../../../domain/steps';
import { useI18n } from '../../../i18n';
import type { StepPathItem, StepPathProps, StepPathState } from './StepPath.types';

export function useStepPath({ progress, round, selected, onSelect, meetings, panelId, className }: StepPathProps): StepPathState {
  const i18n = useI18n();
  const m = i18n.messages;
  const t = m.planner.path;
  const id = useId();
  const meetingById = new Map(meetings.map((mt) => [mt.value.id, mt.value]));

  const items: StepPathItem[] = progress.map((p) => {
    const meeting = p.meetingId ? meetingById.get(p.meetingId) : undefined;
    return {
      step: p.step,
      title: i18n.format(t.step, { step: p.step, title: m.steps[stepKey(p.step)].title }),
      state: p.state,
      stateLabel: m.planner.stepState[p.state],
      doneText: p.date
        ? [
            i18n.format(t.doneOn, { date: i18n.date(p.date) }),
            ...(meeting ? [i18n.format(t.inMeeting, { meeting: meeting.title })] : []),
          ].join(' ')
        : null,
      timesText: p.times > 1 ? i18n.format(t.revisited, { times: p.times }) : null,
      selected: p.step === selected,
      onClick: () => onSelect(p.step),
    };
  });

  return {
    className,
    headingId: `${id}-heading`,
    heading: t.heading,
    roundLabel: i18n.format(m.planner.cycle.round, { round }),
    listLabel: i18n.format(t.listLabel, { round }),
    panelId,
    items,
  };
}
