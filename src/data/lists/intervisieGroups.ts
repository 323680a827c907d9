import type { IntervisieGroupRecord } from '../api';
import { METHOD_KEYS } from '../../domain/intervisie/methods';
import { readCsv, readLines, readNumber, readOptionalText, readRequiredChoice, readText, writeCsv, writeLines, writeOptional, type WritableFields } from './fields';
import type { ListMapper } from './mapper';
import { clientKeyColumn, defineList, LIST_PREFIX } from './schema';
import { normaliseUpn } from './staff';

/**
 * Intervisie groups, in the TEAM site so staff and the MT can see which groups exist and how
 * often they met: name (Title), members, where the group's private space is (its private
 * channel and that channel's site), the recurring series, and the DATES of the sessions held.
 * Nothing said in a session is here; that is in the group's own site (./intervisieSessions.ts).
 */
export const INTERVISIE_GROUPS_LIST = defineList({
  displayName: `${LIST_PREFIX}IntervisieGroups`,
  description: 'Driehoek: intervisie groups, their members and session dates (no content).',
  columns: [
    { kind: 'note', name: 'MemberUpns', displayName: 'Leden (UPN)' },
    { kind: 'text', name: 'CreatedByUpn', displayName: 'Aangemaakt door (UPN)', indexed: true },
    { kind: 'choice', name: 'Method', displayName: 'Methode', choices: METHOD_KEYS },
    { kind: 'text', name: 'ChannelId', displayName: 'Privékanaal', maxLength: 255 },
    { kind: 'text', name: 'SiteId', displayName: 'Site van het kanaal', maxLength: 255 },
    { kind: 'note', name: 'SessionDates', displayName: 'Bijeenkomsten (data)' },
    { kind: 'text', name: 'SeriesEventId', displayName: 'Reeks (afspraak)', maxLength: 255 },
    { kind: 'text', name: 'SeriesOrganizerUpn', displayName: 'Reeks (organisator)' },
    { kind: 'note', name: 'SeriesDates', displayName: 'Reeks (data)' },
    { kind: 'text', name: 'SeriesStartTime', displayName: 'Reeks (begintijd)', maxLength: 5 },
    { kind: 'number', name: 'SeriesMinutes', displayName: 'Reeks (minuten)', min: 15, max: 240, decimals: 'none' },
    clientKeyColumn,
  ],
});

export const intervisieGroupMapper: ListMapper<IntervisieGroupRecord> = {
  list: INTERVISIE_GROUPS_LIST,
  keyOf: (g) => g.id,
  toFields(g): WritableFields {
    return {
      Title: g.name,
      ClientKey: g.id,
      MemberUpns: writeCsv(g.memberUpns.map(normaliseUpn)),
      CreatedByUpn: normaliseUpn(g.createdByUpn),
      Method: g.method,
      ChannelId: writeOptional(g.space?.channelId),
      SiteId: writeOptional(g.space?.siteId),
      SessionDates: writeCsv([...g.sessionDates].sort()),
      SeriesEventId: writeOptional(g.series?.eventId),
      SeriesOrganizerUpn: writeOptional(g.series?.organizerUpn),
      SeriesDates: g.series ? writeLines(g.series.dates) : null,
      SeriesStartTime: writeOptional(g.series?.startTime),
      SeriesMinutes: g.series?.minutes ?? null,
    };
  },
  fromFields(fields): IntervisieGroupRecord {
    const channelId = readOptionalText(fields, 'ChannelId');
    const siteId = readOptionalText(fields, 'SiteId');
    const eventId = readOptionalText(fields, 'SeriesEventId');
    return {
      id: readText(fields, 'ClientKey'),
      name: readText(fields, 'Title'),
      memberUpns: readCsv(fields, 'MemberUpns'),
      createdByUpn: readText(fields, 'CreatedByUpn'),
      method: readRequiredChoice(fields, 'Method', METHOD_KEYS, 'incident'),
      sessionDates: readCsv(fields, 'SessionDates'),
      ...(channelId && siteId ? { space: { channelId, siteId } } : {}),
      ...(eventId
        ? {
            series: {
              eventId,
              organizerUpn: readText(fields, 'SeriesOrganizerUpn'),
              dates: readLines(fields, 'SeriesDates'),
              startTime: readText(fields, 'SeriesStartTime'),
              minutes: readNumber(fields, 'SeriesMinutes') ?? 0,
            },
          }
        : {}),
    };
  },
};
