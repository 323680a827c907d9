import { AGREEMENT_OWNERS, type Agreement } from '../../domain/talks/agreements';
import { TRACK_STATUSES } from '../../domain/tracking';
import {
  readDateOnly,
  readOptionalText,
  readRequiredChoice,
  readText,
  writeDateOnly,
  type WritableFields,
} from './fields';
import type { ListMapper } from './mapper';
import { trackedFromFields, trackedToFields } from './tracked';
import { clientKeyColumn, defineList, LIST_PREFIX } from './schema';
import { normaliseUpn } from './staff';

/**
 * An agreement as stored: the domain's Agreement plus who recorded it for the school and who
 * organised its talk. The promise tracker's "mine" view lists the open agreements, whatever
 * their owner, of the talks the signed-in staff member organised or recorded agreements in:
 * they follow them up with the parents and the child.
 */
export type StoredAgreement = Agreement & { responsibleUpn?: string; organizerUpn?: string };

/**
 * Agreements made in parent talks (owner school, ouder or kind), tracked like beloftes: status,
 * report and renegotiation follow src/domain/tracking.ts. Title holds the agreement itself, one
 * line of at most 255 characters. Every column a tracker view filters on is indexed.
 */
export const AGREEMENTS_LIST = defineList({
  displayName: `${LIST_PREFIX}Agreements`,
  description: 'Driehoek: agreements made with parents in talks, and how they were kept.',
  columns: [
    { kind: 'text', name: 'TalkKey', displayName: 'Gesprek (sleutel)', maxLength: 64, indexed: true, required: true },
    { kind: 'text', name: 'PupilKey', displayName: 'Leerling (sleutel)', maxLength: 64, indexed: true, required: true },
    { kind: 'choice', name: 'Owner', displayName: 'Wie', choices: AGREEMENT_OWNERS, indexed: true, required: true },
    { kind: 'text', name: 'ResponsibleUpn', displayName: 'Vastgelegd door (UPN)', indexed: true },
    { kind: 'text', name: 'OrganizerUpn', displayName: 'Organisator gesprek (UPN)', indexed: true },
    { kind: 'date', name: 'MadeOn', displayName: 'Gemaakt op' },
    { kind: 'date', name: 'DueDate', displayName: 'Uiterlijk', indexed: true, required: true },
    { kind: 'date', name: 'FollowUpDate', displayName: 'Terugblik op' },
    { kind: 'choice', name: 'Status', displayName: 'Status', choices: TRACK_STATUSES, indexed: true, required: true },
    { kind: 'note', name: 'WhatWorked', displayName: 'Wat werkte' },
    { kind: 'note', name: 'WhatWasHard', displayName: 'Wat was lastig' },
    { kind: 'boolean', name: 'SupportWanted', displayName: 'Ondersteuning gewenst' },
    { kind: 'date', name: 'ReportedOn', displayName: 'Teruggekoppeld op' },
    { kind: 'date', name: 'SupportGivenOn', displayName: 'Ondersteuning geregeld op' },
    { kind: 'text', name: 'RenegotiatedFromKey', displayName: 'Vervangt (sleutel)', maxLength: 64, indexed: true },
    clientKeyColumn,
  ],
});

export const agreementMapper: ListMapper<StoredAgreement> = {
  list: AGREEMENTS_LIST,
  keyOf: (a) => a.id,
  toFields(a): WritableFields {
    return {
      ...trackedToFields(a),
      TalkKey: a.talkId,
      PupilKey: a.pupilId,
      Owner: a.owner,
      ResponsibleUpn: a.responsibleUpn ? normaliseUpn(a.responsibleUpn) : null,
      OrganizerUpn: a.organizerUpn ? normaliseUpn(a.organizerUpn) : null,
      FollowUpDate: writeDateOnly(a.followUpDate),
    };
  },
  fromFields(fields): StoredAgreement {
    const responsibleUpn = readOptionalText(fields, 'ResponsibleUpn');
    const organizerUpn = readOptionalText(fields, 'OrganizerUpn');
    const followUpDate = readDateOnly(fields, 'FollowUpDate');
    return {
      ...trackedFromFields(fields),
      talkId: readText(fields, 'TalkKey'),
      pupilId: readText(fields, 'PupilKey'),
      owner: readRequiredChoice(fields, 'Owner', AGREEMENT_OWNERS, 'school'),
      ...(responsibleUpn ? { responsibleUpn } : {}),
      ...(organizerUpn ? { organizerUpn } : {}),
      ...(followUpDate ? { followUpDate } : {}),
    };
  },
};
