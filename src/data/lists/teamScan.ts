import type { Scan, ScanEntry } from '../../domain/teamScan/scan';
import type { ScanSummary } from '../../domain/teamScan/visibility';
import type { PrivateSpaceRef } from '../privateSpaces';
import { FieldFormatError, readDateOnly, readText, writeDateOnly, type ReadonlyFields, type WritableFields } from './fields';
import { CYCLE_KEY } from './cycleLink';
import type { ListMapper } from './mapper';
import { clientKeyColumn, defineList, LIST_PREFIX } from './schema';

/**
 * The team scan is kept in two places on purpose. The entries (who is at which stage) are in
 * SCAN_ENTRIES_LIST, provisioned in the IB's private channel site: SharePoint only lets the
 * channel's members read it, so the server refuses everyone else. What other staff may see is
 * the summary with small groups withheld (domain summarizeScan), in SCAN_SUMMARIES_LIST in the
 * team site. A scan is one item in each (its entries as JSON): a scan is written and read as a
 * whole, and one item is one write, so a scan is never stored half.
 */
/** A JSON column; a stored value that does not parse is a format error, not a crash later. */
export function readJsonField(fields: ReadonlyFields, name: string): unknown {
  const text = readText(fields, name);
  if (!text) throw new FieldFormatError(`${name} is empty`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FieldFormatError(`${name} is not JSON`);
  }
}

function takenOn(fields: ReadonlyFields): string {
  const date = readDateOnly(fields, 'TakenOn');
  if (!date) throw new FieldFormatError('TakenOn is empty');
  return date;
}

export const SCAN_ENTRIES_LIST = defineList({
  displayName: `${LIST_PREFIX}ScanEntries`,
  description: 'Driehoek: team scans with who is at which stage; only in the IB’s private channel site.',
  columns: [
    { kind: 'text', name: CYCLE_KEY, displayName: 'Veranderplan (sleutel)', maxLength: 64, indexed: true, required: true },
    { kind: 'date', name: 'TakenOn', displayName: 'Datum', indexed: true, required: true },
    { kind: 'note', name: 'Entries', displayName: 'Inschattingen' },
    clientKeyColumn,
  ],
});

export const scanMapper: ListMapper<Scan> = {
  list: SCAN_ENTRIES_LIST,
  keyOf: (s) => s.id,
  toFields(s): WritableFields {
    return {
      Title: `Teamscan ${s.takenAt}`,
      [CYCLE_KEY]: s.cycleId,
      TakenOn: writeDateOnly(s.takenAt),
      Entries: JSON.stringify(s.entries),
      ClientKey: s.id,
    };
  },
  fromFields(fields): Scan {
    const entries = readJsonField(fields, 'Entries');
    if (!Array.isArray(entries)) throw new FieldFormatError('Entries is not a list');
    return {
      id: readText(fields, 'ClientKey'),
      cycleId: readText(fields, CYCLE_KEY),
      takenAt: takenOn(fields),
      entries: entries as ScanEntry[],
    };
  },
};

/** A summary as stored: it also names the private space its scan's entries are in. */
export interface StoredSummary extends ScanSummary {
  /** Where the entries are; it says where, not what, so it may sit beside the totals. */
  space: PrivateSpaceRef;
}

export const SCAN_SUMMARIES_LIST = defineList({
  displayName: `${LIST_PREFIX}ScanSummaries`,
  description: 'Driehoek: team scan totals without names, small groups withheld; readable by all staff.',
  columns: [
    { kind: 'text', name: CYCLE_KEY, displayName: 'Veranderplan (sleutel)', maxLength: 64, indexed: true, required: true },
    { kind: 'date', name: 'TakenOn', displayName: 'Datum', indexed: true, required: true },
    { kind: 'note', name: 'Summary', displayName: 'Totalen' },
    { kind: 'text', name: 'SpaceChannel', displayName: 'Afgeschermd kanaal', maxLength: 255 },
    { kind: 'text', name: 'SpaceSite', displayName: 'Site van het afgeschermde kanaal', maxLength: 255 },
    clientKeyColumn,
  ],
});

export const scanSummaryMapper: ListMapper<StoredSummary> = {
  list: SCAN_SUMMARIES_LIST,
  keyOf: (s) => s.scanId,
  toFields(s): WritableFields {
    return {
      Title: `Teamscan ${s.takenAt}`,
      [CYCLE_KEY]: s.cycleId,
      TakenOn: writeDateOnly(s.takenAt),
      Summary: JSON.stringify({ total: s.total, groups: s.groups }),
      SpaceChannel: s.space.channelId,
      SpaceSite: s.space.siteId,
      ClientKey: s.scanId,
    };
  },
  fromFields(fields): StoredSummary {
    const body = readJsonField(fields, 'Summary') as Pick<ScanSummary, 'total' | 'groups'>;
    if (!body || !Array.isArray(body.groups)) throw new FieldFormatError('Summary has no groups');
    return {
      scanId: readText(fields, 'ClientKey'),
      cycleId: readText(fields, CYCLE_KEY),
      takenAt: takenOn(fields),
      total: body.total ?? null,
      groups: body.groups,
      space: { channelId: readText(fields, 'SpaceChannel'), siteId: readText(fields, 'SpaceSite') },
    };
  },
};
