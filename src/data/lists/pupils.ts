import type { Pupil } from '../../domain/talks/types';
import { FieldFormatError, readDateOnly, readNumber, readText, writeDateOnly, type WritableFields } from './fields';
import type { ListMapper } from './mapper';
import { clientKeyColumn, defineList, LIST_PREFIX } from './schema';

/**
 * The pupils Driehoek knows: a first name (Title) and the group, nothing more (AVG data
 * minimisation), and the date the pupil left, which starts the two-year retention clock. The
 * retention job asks for LeftOn on or before a date, so LeftOn is indexed.
 */
export const PUPILS_LIST = defineList({
  displayName: `${LIST_PREFIX}Pupils`,
  description: 'Driehoek: pupils with parent talks (first name and group only).',
  columns: [
    { kind: 'number', name: 'Jaargroep', displayName: 'Groep', min: 1, max: 8, decimals: 'none', required: true },
    { kind: 'date', name: 'LeftOn', displayName: 'Van school op', indexed: true },
    clientKeyColumn,
  ],
});

export const pupilMapper: ListMapper<Pupil> = {
  list: PUPILS_LIST,
  keyOf: (p) => p.id,
  toFields(p): WritableFields {
    return { Title: p.firstName, Jaargroep: p.group, LeftOn: writeDateOnly(p.leftOn), ClientKey: p.id };
  },
  fromFields(fields): Pupil {
    const group = readNumber(fields, 'Jaargroep');
    if (group === undefined) throw new FieldFormatError('Jaargroep is empty');
    const leftOn = readDateOnly(fields, 'LeftOn');
    return { id: readText(fields, 'ClientKey'), firstName: readText(fields, 'Title'), group, ...(leftOn ? { leftOn } : {}) };
  },
};
