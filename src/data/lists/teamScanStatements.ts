import type { CountedRound, CountedStatement, Statement } from '../../domain/teamScan/overDeStreep';
import {
  FieldFormatError,
  readBoolean,
  readDateOnly,
  readNumber,
  readOptionalText,
  readText,
  writeDateOnly,
  writeOptional,
  type WritableFields,
} from './fields';
import type { ListMapper } from './mapper';
import { clientKeyColumn, defineList, LIST_PREFIX } from './schema';
import { readJsonField } from './teamScan';

/** A statement of the team's own "over de streep" list, in its place in the list. */
export interface StoredStatement extends Statement {
  position: number;
}

export const STATEMENTS_LIST = defineList({
  displayName: `${LIST_PREFIX}Statements`,
  description: 'Driehoek: the team’s statements for "over de streep".',
  columns: [
    { kind: 'number', name: 'Position', displayName: 'Volgorde', min: 0, decimals: 'none', indexed: true },
    clientKeyColumn,
  ],
});

export const statementMapper: ListMapper<StoredStatement> = {
  list: STATEMENTS_LIST,
  keyOf: (s) => s.id,
  toFields: (s): WritableFields => ({ Title: s.text, Position: s.position, ClientKey: s.id }),
  fromFields: (fields): StoredStatement => ({
    id: readText(fields, 'ClientKey'),
    text: readText(fields, 'Title'),
    position: readNumber(fields, 'Position') ?? 0,
  }),
};

/**
 * Rounds of "over de streep", each kept with its meeting (MeetingKey: the timeline meeting's
 * id). The statements with their counts and voter markers are one JSON column, so a vote is one
 * If-Match write of the item: two votes at once cannot both be lost or both be counted twice.
 */
export const STATEMENT_ROUNDS_LIST = defineList({
  displayName: `${LIST_PREFIX}StatementRounds`,
  description: 'Driehoek: "over de streep" rounds with totals per statement, kept with the meeting.',
  columns: [
    { kind: 'text', name: 'MeetingKey', displayName: 'Bijeenkomst (sleutel)', maxLength: 64, indexed: true },
    { kind: 'date', name: 'HeldOn', displayName: 'Datum', indexed: true, required: true },
    { kind: 'boolean', name: 'Closed', displayName: 'Gesloten' },
    { kind: 'note', name: 'Counts', displayName: 'Stellingen en totalen' },
    clientKeyColumn,
  ],
});

export const roundMapper: ListMapper<CountedRound> = {
  list: STATEMENT_ROUNDS_LIST,
  keyOf: (r) => r.id,
  toFields: (r): WritableFields => ({
    Title: `Over de streep ${r.heldAt}`,
    MeetingKey: writeOptional(r.meetingId),
    HeldOn: writeDateOnly(r.heldAt),
    Closed: r.closed,
    Counts: JSON.stringify(r.statements),
    ClientKey: r.id,
  }),
  fromFields(fields): CountedRound {
    const heldAt = readDateOnly(fields, 'HeldOn');
    if (!heldAt) throw new FieldFormatError('HeldOn is empty');
    const statements = readJsonField(fields, 'Counts');
    if (!Array.isArray(statements)) throw new FieldFormatError('Counts is not a list');
    const meetingId = readOptionalText(fields, 'MeetingKey');
    return {
      id: readText(fields, 'ClientKey'),
      ...(meetingId ? { meetingId } : {}),
      heldAt,
      closed: readBoolean(fields, 'Closed'),
      statements: statements as CountedStatement[],
    };
  },
};
