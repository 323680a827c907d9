import { useId } from 'react';
import { useI18n } from '../../../i18n';
import type { MeetingListProps, MeetingListState } from './MeetingList.types';

export function useMeetingList({ years, monthFigures, today, onEdit, editButtonId, className }: MeetingListProps): MeetingListState {
  const i18n = useI18n();
  const t = i18n.messages.planner.timeline;
  const id = useId();
  return {
    className,
    today,
    onEdit,
    editButtonId,
    emptyText: years.length === 0 ? t.noMeetings : null,
    years: years.map((year) => ({
      schoolYear: year.schoolYear,
      headingId: `${id}-${year.schoolYear}`,
      heading: i18n.format(t.yearHeading, { year: year.schoolYear }),
      months: year.months.map((m) => {
        const figures = monthFigures.get(m.month);
        const planned = figures?.planned.count ?? 0;
        return {
          month: m.month,
          headingId: `${id}-${m.month}`,
          heading: i18n.month(m.month),
          summary:
            figures && planned > 0
              ? i18n.format(t.plannedVsHeld, { held: i18n.number(figures.held.count), planned: i18n.number(planned) })
              : null,
          meetings: m.meetings,
        };
      }),
    })),
  };
}
