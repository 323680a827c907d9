import { MeetingItem } from './MeetingItem';
import type { MeetingListState } from './MeetingList.types';
import type { MeetingListClasses } from './useMeetingListStyles.styles';

/** School years (h2) → months (h3) → a list of meetings named by its month. */
export function renderMeetingList(state: MeetingListState, classes: MeetingListClasses) {
  if (state.emptyText !== null) {
    return (
      <div className={classes.root}>
        <p className={classes.empty}>{state.emptyText}</p>
      </div>
    );
  }
  return (
    <div className={classes.root}>
      {state.years.map((year) => (
        <div key={year.schoolYear} className={classes.year}>
          <h2 id={year.headingId} className={classes.yearHeading}>
            {year.heading}
          </h2>
          {year.months.map((month) => (
            <div key={month.month} className={classes.month}>
              <div className={classes.monthHeader}>
                <h3 id={month.headingId} className={classes.monthHeading}>
                  {month.heading}
                </h3>
                {month.summary && <p className={classes.monthSummary}>{month.summary}</p>}
              </div>
              {/* role="list": Safari drops list semantics from a list without bullets. */}
              <ul role="list" className={classes.list} aria-labelledby={month.headingId}>
                {month.meetings.map((meeting) => (
                  <MeetingItem
                    key={meeting.id}
                    meeting={meeting}
                    today={state.today}
                    onEdit={state.onEdit}
                    editButtonId={state.editButtonId?.(meeting.id)}
                  />
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
