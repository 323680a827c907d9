import { useCallback, useRef, useState } from 'react';
import type { ScheduledTalk, Versioned } from '../../../../data/api';
import { planFollowUp, type CalendarSlot } from '../../../../domain/talks/schedule';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { newId } from '../shared/ids';
import { instantText, safeHref } from '../shared/talkText';
import type { FollowUpPlannerProps, FollowUpPlannerState } from './FollowUpPlanner.types';

const WEEKS = [2, 3, 4, 6, 8, 10, 12];

export function useFollowUpPlanner({ talk, onPlanned, className }: FollowUpPlannerProps): FollowUpPlannerState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages, format } = i18n;
  const f = messages.talks.ui.followUp;
  const save = useSave<ScheduledTalk>();
  const [weeks, setWeeks] = useState(6);
  const [planned, setPlanned] = useState<{ talk: Versioned<ScheduledTalk>; clashes: CalendarSlot[] } | null>(null);
  // One id for the follow-up: pressing again after a failure plans the same talk, never two.
  const followUpId = useRef(newId()).current;

  const onPlan = useCallback(() => {
    let clashes: CalendarSlot[] = [];
    void save
      .run(async () => {
        const outcome = await api.talks.planFollowUp(talk, { id: followUpId, weeks }, { messages: messages.talks });
        clashes = outcome.clashes;
        if (!outcome.planned) throw new Error('the follow-up was not planned');
        return outcome.planned;
      })
      .then((stored) => {
        if (!stored) return;
        setPlanned({ talk: stored, clashes });
        onPlanned(stored, clashes);
      });
  }, [save, api, talk, followUpId, weeks, messages.talks, onPlanned]);

  const existing = planned ? { start: planned.talk.value.talk.start } : talk.value.followUp;
  const proposal = planFollowUp(talk.value.talk, weeks).start;

  return {
    className,
    plannedText: existing ? format(f.planned, { when: instantText(existing.start, i18n) }) : null,
    joinUrl: safeHref(planned?.talk.value.joinUrl),
    joinLabel: messages.talks.ui.card.join,
    clashNote: planned?.clashes.length ? messages.talks.ui.clash.plannedAnyway : null,
    weeksLabel: f.weeks,
    weeks,
    weekOptions: WEEKS.map((value) => ({ value, label: format(f.weeksOption, { weeks: value }) })),
    proposal: format(f.proposal, { when: instantText(proposal, i18n) }),
    hint: f.hint,
    planLabel: f.plan,
    planningLabel: f.planning,
    saving: save.status.state === 'saving',
    failedText: save.status.state === 'failed' || save.status.state === 'invalid' ? f.failed : null,
    onWeeks: setWeeks,
    onPlan,
  };
}
