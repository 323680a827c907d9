import type { IntervisieSession } from '../../domain/intervisie/session';
import { METHOD_KEYS } from '../../domain/intervisie/methods';
import { readDateOnly, readLines, readRequiredChoice, readText, writeDateOnly, writeLines, type WritableFields } from './fields';
import type { ListMapper } from './mapper';
import { clientKeyColumn, defineList, LIST_PREFIX } from './schema';
import { normaliseUpn } from './staff';

/**
 * The records of one intervisie group's sessions. This list lives in the group's OWN site (the
 * site of its private channel, see ../privateSpaces.ts), never in the team site: only the
 * group's members can read it, which the site enforces (403 for everyone else). So it is not in
 * ALL_LISTS; the intervisie service provisions it in each group's site.
 */
export const INTERVISIE_SESSIONS_LIST = defineList({
  displayName: `${LIST_PREFIX}IntervisieSessions`,
  description: 'Driehoek: what an intervisie group kept of its sessions (members only).',
  columns: [
    { kind: 'text', name: 'GroupKey', displayName: 'Groep (sleutel)', maxLength: 64, indexed: true, required: true },
    { kind: 'date', name: 'SessionDate', displayName: 'Datum', indexed: true, required: true },
    { kind: 'choice', name: 'Method', displayName: 'Methode', choices: METHOD_KEYS, required: true },
    { kind: 'text', name: 'Inbrenger', displayName: 'Inbrenger' },
    { kind: 'text', name: 'Gespreksleider', displayName: 'Gespreksleider' },
    { kind: 'text', name: 'Tijdbewaker', displayName: 'Tijdbewaker' },
    { kind: 'text', name: 'Notulist', displayName: 'Notulist' },
    { kind: 'note', name: 'CaseSummary', displayName: 'Kern van de casus' },
    { kind: 'note', name: 'Advice', displayName: 'Adviezen' },
    { kind: 'note', name: 'LearningPoints', displayName: 'Leerpunten' },
    clientKeyColumn,
  ],
});

export const intervisieSessionMapper: ListMapper<IntervisieSession> = {
  list: INTERVISIE_SESSIONS_LIST,
  keyOf: (s) => s.id,
  toFields(s): WritableFields {
    return {
      Title: s.date,
      ClientKey: s.id,
      GroupKey: s.groupId,
      SessionDate: writeDateOnly(s.date),
      Method: s.method,
      Inbrenger: normaliseUpn(s.roles.inbrenger),
      Gespreksleider: normaliseUpn(s.roles.gespreksleider),
      Tijdbewaker: normaliseUpn(s.roles.tijdbewaker),
      Notulist: normaliseUpn(s.roles.notulist),
      CaseSummary: s.caseSummary,
      Advice: s.advice,
      LearningPoints: writeLines(s.learningPoints),
    };
  },
  fromFields(fields): IntervisieSession {
    return {
      id: readText(fields, 'ClientKey'),
      groupId: readText(fields, 'GroupKey'),
      date: readDateOnly(fields, 'SessionDate') ?? readText(fields, 'Title'),
      method: readRequiredChoice(fields, 'Method', METHOD_KEYS, 'incident'),
      roles: {
        inbrenger: readText(fields, 'Inbrenger'),
        gespreksleider: readText(fields, 'Gespreksleider'),
        tijdbewaker: readText(fields, 'Tijdbewaker'),
        notulist: readText(fields, 'Notulist'),
      },
      caseSummary: readText(fields, 'CaseSummary'),
      advice: readText(fields, 'Advice'),
      learningPoints: readLines(fields, 'LearningPoints'),
    };
  },
};
