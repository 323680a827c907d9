/**
 * The fields every tracked item keeps the same way, promises and parent agreements alike: the
 * one-line text in Title, dates, status, the report and the renegotiation link, and ClientKey.
 */
import { TRACK_STATUSES, type TrackedItem } from '../../domain/tracking';
import {
  FieldFormatError,
  readBoolean,
  readDateOnly,
  readOptionalText,
  readRequiredChoice,
  readText,
  type ReadonlyFields,
  writeDateOnly,
  writeOptional,
  type WritableFields,
} from './fields';

export function trackedToFields(item: TrackedItem): WritableFields {
  return {
    Title: item.text,
    MadeOn: writeDateOnly(item.madeOn),
    DueDate: writeDateOnly(item.dueDate),
    Status: item.status,
    WhatWorked: item.whatWorked,
    WhatWasHard: item.whatWasHard,
    SupportWanted: item.supportWanted,
    ReportedOn: writeDateOnly(item.reportedOn),
    SupportGivenOn: writeDateOnly(item.supportGivenOn),
    RenegotiatedFromKey: writeOptional(item.renegotiatedFromId),
    ClientKey: item.id,
  };
}

export function trackedFromFields(fields: ReadonlyFields): TrackedItem {
  const dueDate = readDateOnly(fields, 'DueDate');
  if (!dueDate) throw new FieldFormatError('DueDate is empty');
  const madeOn = readDateOnly(fields, 'MadeOn');
  const reportedOn = readDateOnly(fields, 'ReportedOn');
  const supportGivenOn = readDateOnly(fields, 'SupportGivenOn');
  const renegotiatedFromId = readOptionalText(fields, 'RenegotiatedFromKey');
  return {
    id: readText(fields, 'ClientKey'),
    text: readText(fields, 'Title'),
    ...(madeOn ? { madeOn } : {}),
    dueDate,
    status: readRequiredChoice(fields, 'Status', TRACK_STATUSES, 'open'),
    whatWorked: readText(fields, 'WhatWorked'),
    whatWasHard: readText(fields, 'WhatWasHard'),
    supportWanted: readBoolean(fields, 'SupportWanted'),
    ...(reportedOn ? { reportedOn } : {}),
    ...(supportGivenOn ? { supportGivenOn } : {}),
    ...(renegotiatedFromId ? { renegotiatedFromId } : {}),
  };
}
