import { MEETING_STATUSES, MEETING_TYPES, type Meeting } from '../../domain/meetings';
import { schoolYearOf } from '../../domain/schoolYear';
import { normaliseSteps } from '../../domain/steps';
import {
  FieldFormatError,
  readCsv,
  readDateOnly,
  readNumber,
  readRequiredChoice,
  readText,
  writeCsv,
  writeDateOnly,
  type WritableFields,
} from './fields';
import type { ListMapper } from './mapper';
import { CYCLE_KEY, cycleLinkColumns } from './cycleLink';
import { clientKeyColumn, defineList, LIST_PREFIX } from './schema';

/** Meetings on the timeline of a change cycle. Title holds the meeting's title. */
export const MEETINGS_LIST = defineList({
  displayName: `${LIST_PREFIX}Meetings`,
  description: 'Driehoek: veranderteam, team, bouw and other meetings on the timeline of a cycle.',
  columns: [
    ...cycleLinkColumns,
    { kind: 'choice', name: 'MeetingType', displayName: 'Soort', choices: MEETING_TYPES, indexed: true, required: true },
    { kind: 'date', name: 'MeetingDate', displayName: 'Datum', indexed: true, required: true },
    { kind: 'text', name: 'SchoolYear', displayName: 'Schooljaar', maxLength: 9, indexed: true },
    { kind: 'note', name: 'Purpose', displayName: 'Doel' },
    { kind: 'text', name: 'StepsCovered', displayName: 'Stappen' },
    { kind: 'number', name: 'Score', displayName: 'Cijfer richting droom', min: 0, max: 10, decimals: 'one' },
    { kind: 'note', name: 'Minutes', displayName: 'Verslag' },
    { kind: 'choice', name: 'Status', displayName: 'Status', choices: MEETING_STATUSES, indexed: true, required: true },
    clientKeyColumn,
  ],
});

export const meetingMapper: ListMapper<Meeting> = {
  list: MEETINGS_LIST,
  keyOf: (meeting) => meeting.id,
  toFields(meeting): WritableFields {
    return {
      Title: meeting.title,
      [CYCLE_KEY]: meeting.cycleId,
      MeetingType: meeting.type,
      MeetingDate: writeDateOnly(meeting.date),
      SchoolYear: schoolYearOf(meeting.date),
      Purpose: meeting.purpose,
      StepsCovered: writeCsv(normaliseSteps(meeting.stepsCovered)),
      Score: meeting.score ?? null,
      Minutes: meeting.minutes,
      Status: meeting.status,
      ClientKey: meeting.id,
    };
  },
  fromFields(fields): Meeting {
    const date = readDateOnly(fields, 'MeetingDate');
    if (!date) throw new FieldFormatError('MeetingDate is empty');
    const score = readNumber(fields, 'Score');
    return {
      id: readText(fields, 'ClientKey'),
      cycleId: readText(fields, CYCLE_KEY),
      type: readRequiredChoice(fields, 'MeetingType', MEETING_TYPES, 'team'),
      title: readText(fields, 'Title'),
      date,
      purpose: readText(fields, 'Purpose'),
      stepsCovered: normaliseSteps(readCsv(fields, 'StepsCovered').map(Number)),
      ...(score === undefined ? {} : { score }),
      minutes: readText(fields, 'Minutes'),
      status: readRequiredChoice(fields, 'Status', MEETING_STATUSES, 'planned'),
    };
  },
};
