import type { StepRecord } from '../../domain/goals';
import { isStepNumber } from '../../domain/steps';
import {
  FieldFormatError,
  readDateOnly,
  readLines,
  readNumber,
  readOptionalText,
  readText,
  writeDateOnly,
  writeLines,
  writeOptional,
  type WritableFields,
} from './fields';
import type { ListMapper } from './mapper';
import { CYCLE_KEY, cycleLinkColumns } from './cycleLink';
import { clientKeyColumn, defineList, LIST_PREFIX } from './schema';

/**
 * What each of the eleven steps produced, per round and visit: supporters (3), benefits (4),
 * progress so far (5), coming progress (6), doubts (7), resources (8), evaluation (10),
 * celebration (11). The dream (1), goals (2) and promises (9) have their own lists; a record of
 * those steps notes when and where the team walked them. Title is a short label.
 */
export const STEP_RECORDS_LIST = defineList({
  displayName: `${LIST_PREFIX}StepRecords`,
  description: 'Driehoek: the captured outputs of the eleven steps, per round and meeting.',
  columns: [
    ...cycleLinkColumns,
    { kind: 'number', name: 'Round', displayName: 'Ronde', min: 1, decimals: 'none', indexed: true },
    { kind: 'number', name: 'Step', displayName: 'Stap', min: 1, max: 11, decimals: 'none', indexed: true, required: true },
    { kind: 'text', name: 'MeetingKey', displayName: 'Bijeenkomst (sleutel)', maxLength: 64, indexed: true },
    { kind: 'text', name: 'GoalKey', displayName: 'Doel (sleutel)', maxLength: 64, indexed: true },
    { kind: 'date', name: 'RecordedOn', displayName: 'Datum', indexed: true },
    { kind: 'number', name: 'Score', displayName: 'Cijfer richting droom', min: 0, max: 10, decimals: 'one' },
    { kind: 'note', name: 'Items', displayName: 'Opbrengst' },
    { kind: 'note', name: 'Notes', displayName: 'Toelichting' },
    clientKeyColumn,
  ],
});

export const stepRecordMapper: ListMapper<StepRecord> = {
  list: STEP_RECORDS_LIST,
  keyOf: (r) => r.id,
  toFields(r): WritableFields {
    return {
      Title: `Stap ${r.step} (ronde ${r.round})`,
      [CYCLE_KEY]: r.cycleId,
      Round: r.round,
      Step: r.step,
      MeetingKey: writeOptional(r.meetingId),
      GoalKey: writeOptional(r.goalId),
      RecordedOn: writeDateOnly(r.date),
      Items: writeLines(r.items),
      Notes: r.notes,
      Score: r.score ?? null,
      ClientKey: r.id,
    };
  },
  fromFields(fields): StepRecord {
    const step = readNumber(fields, 'Step');
    if (!isStepNumber(step)) throw new FieldFormatError(`Step is not 1–11: ${String(step)}`);
    const date = readDateOnly(fields, 'RecordedOn');
    if (!date) throw new FieldFormatError('RecordedOn is empty');
    const meetingId = readOptionalText(fields, 'MeetingKey');
    const goalId = readOptionalText(fields, 'GoalKey');
    const score = readNumber(fields, 'Score');
    return {
      id: readText(fields, 'ClientKey'),
      cycleId: readText(fields, CYCLE_KEY),
      round: readNumber(fields, 'Round') ?? 1,
      step,
      ...(meetingId ? { meetingId } : {}),
      ...(goalId ? { goalId } : {}),
      date,
      items: readLines(fields, 'Items'),
      notes: readText(fields, 'Notes'),
      ...(score === undefined ? {} : { score }),
    };
  },
};
