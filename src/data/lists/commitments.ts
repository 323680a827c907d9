import { COMMITMENT_STATUSES, type Commitment } from '../../domain/commitments';
import { BOUWEN } from '../../domain/people';
import {
  readNumber,
  readOptionalText,
  readRequiredChoice,
  readText,
  writeOptional,
  type WritableFields,
} from './fields';
import type { ListMapper } from './mapper';
import { trackedFromFields, trackedToFields } from './tracked';
import { CYCLE_KEY, cycleLinkColumns } from './cycleLink';
import { clientKeyColumn, defineList, LIST_PREFIX } from './schema';
import { normaliseUpn } from './staff';

/**
 * Promises (beloftes, step 9) and their reports. Title holds the promise itself, one line of at
 * most 255 characters. Owners are stored as UPN plus display name (see ./schema.ts).
 */
export const COMMITMENTS_LIST = defineList({
  displayName: `${LIST_PREFIX}Commitments`,
  description: 'Driehoek: promises made in small groups and how they were kept.',
  columns: [
    ...cycleLinkColumns,
    { kind: 'text', name: 'OwnerUpn', displayName: 'Eigenaar (UPN)', indexed: true, required: true },
    { kind: 'text', name: 'OwnerName', displayName: 'Eigenaar' },
    { kind: 'choice', name: 'Bouw', displayName: 'Bouw', choices: BOUWEN, indexed: true, required: true },
    { kind: 'number', name: 'Jaargroep', displayName: 'Jaargroep', min: 1, max: 8, decimals: 'none', indexed: true },
    { kind: 'text', name: 'GoalKey', displayName: 'Doel (sleutel)', maxLength: 64, indexed: true },
    { kind: 'text', name: 'MadeAtMeetingKey', displayName: 'Gedaan in (sleutel)', maxLength: 64, indexed: true },
    { kind: 'text', name: 'DueMeetingKey', displayName: 'Terugkoppelen in (sleutel)', maxLength: 64, indexed: true },
    { kind: 'date', name: 'MadeOn', displayName: 'Gedaan op', indexed: true },
    { kind: 'date', name: 'DueDate', displayName: 'Uiterlijk', indexed: true, required: true },
    { kind: 'choice', name: 'Status', displayName: 'Status', choices: COMMITMENT_STATUSES, indexed: true, required: true },
    { kind: 'note', name: 'WhatWorked', displayName: 'Wat werkte' },
    { kind: 'note', name: 'WhatWasHard', displayName: 'Wat was lastig' },
    { kind: 'boolean', name: 'SupportWanted', displayName: 'Ondersteuning gewenst', indexed: true },
    { kind: 'date', name: 'ReportedOn', displayName: 'Teruggekoppeld op' },
    { kind: 'date', name: 'SupportGivenOn', displayName: 'Ondersteuning geregeld op' },
    { kind: 'text', name: 'RenegotiatedFromKey', displayName: 'Vervangt (sleutel)', maxLength: 64, indexed: true },
    clientKeyColumn,
  ],
});

export const commitmentMapper: ListMapper<Commitment> = {
  list: COMMITMENTS_LIST,
  keyOf: (c) => c.id,
  toFields(c): WritableFields {
    return {
      ...trackedToFields(c),
      [CYCLE_KEY]: c.cycleId,
      OwnerUpn: normaliseUpn(c.ownerUpn),
      OwnerName: c.ownerName,
      Bouw: c.bouw,
      Jaargroep: c.group ?? null,
      GoalKey: writeOptional(c.goalId),
      MadeAtMeetingKey: writeOptional(c.madeAtMeetingId),
      DueMeetingKey: writeOptional(c.dueMeetingId),
    };
  },
  fromFields(fields): Commitment {
    const group = readNumber(fields, 'Jaargroep');
    const goalId = readOptionalText(fields, 'GoalKey');
    const madeAtMeetingId = readOptionalText(fields, 'MadeAtMeetingKey');
    const dueMeetingId = readOptionalText(fields, 'DueMeetingKey');
    return {
      ...trackedFromFields(fields),
      cycleId: readText(fields, CYCLE_KEY),
      ownerUpn: readText(fields, 'OwnerUpn'),
      ownerName: readText(fields, 'OwnerName'),
      bouw: readRequiredChoice(fields, 'Bouw', BOUWEN, 'onderbouw'),
      ...(group === undefined ? {} : { group }),
      ...(goalId ? { goalId } : {}),
      ...(madeAtMeetingId ? { madeAtMeetingId } : {}),
      ...(dueMeetingId ? { dueMeetingId } : {}),
    };
  },
};
