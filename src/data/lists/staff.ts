import { BOUWEN, type Role, type StaffMember } from '../../domain/people';
import { readBoolean, readChoice, readNumber, readText, type ReadonlyFields, type WritableFields } from './fields';
import type { ListMapper } from './mapper';
import { clientKeyColumn, defineList, LIST_PREFIX } from './schema';

export const ROLES: readonly Role[] = ['ib', 'veranderteam', 'leerkracht', 'mt', 'guest'];

/** The school's staff: who may use Driehoek and in which role. Title holds the display name. */
export const STAFF_LIST = defineList({
  displayName: `${LIST_PREFIX}Staff`,
  description: 'Driehoek: the school staff, their role, bouw and jaargroep.',
  columns: [
    { kind: 'text', name: 'Upn', displayName: 'UPN', indexed: true, required: true, unique: true },
    { kind: 'choice', name: 'Role', displayName: 'Rol', choices: ROLES, indexed: true, required: true },
    { kind: 'choice', name: 'Bouw', displayName: 'Bouw', choices: BOUWEN, indexed: true },
    { kind: 'number', name: 'Jaargroep', displayName: 'Jaargroep', min: 1, max: 8, decimals: 'none', indexed: true },
    { kind: 'boolean', name: 'InChangeTeam', displayName: 'In veranderteam' },
    clientKeyColumn,
  ],
});

/** UPNs compare case-insensitively; Driehoek stores them in lower case. */
export function normaliseUpn(upn: string): string {
  return upn.trim().toLowerCase();
}

export const staffMapper: ListMapper<StaffMember> = {
  list: STAFF_LIST,
  keyOf: (member) => `staff-${normaliseUpn(member.upn)}`,
  toFields(member): WritableFields {
    return {
      Title: member.displayName,
      Upn: normaliseUpn(member.upn),
      Role: member.role,
      Bouw: member.bouw ?? null,
      Jaargroep: member.group ?? null,
      InChangeTeam: member.inChangeTeam ?? false,
      ClientKey: staffMapper.keyOf(member),
    };
  },
  fromFields(fields: ReadonlyFields): StaffMember {
    const bouw = readChoice(fields, 'Bouw', BOUWEN);
    const group = readNumber(fields, 'Jaargroep');
    return {
      upn: readText(fields, 'Upn'),
      displayName: readText(fields, 'Title'),
      role: readChoice(fields, 'Role', ROLES) ?? 'guest',
      ...(bouw ? { bouw } : {}),
      ...(group === undefined ? {} : { group }),
      ...(readBoolean(fields, 'InChangeTeam') ? { inChangeTeam: true } : {}),
    };
  },
};
