/**
 * Provisioning against the local Graph server: creates every list and column, and running it
 * again (or twice side by side) changes nothing.
 */
import { ALL_LISTS, COMMITMENTS_LIST, CYCLE_LINKED_LISTS, CYCLE_STATUS_MIRROR, GOALS_LIST, goalMapper, MEETINGS_LIST, STEP_RECORDS_LIST } from '../../src/data/lists';
import { provisionLists } from '../../src/data/provisioning';
import { listItemsPath } from '../../src/data/repositories/listRepository';
import { DEMO_PROVISIONER } from '../../src/demo/people';
import type { Goal } from '../../src/domain/goals';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(30_000);

interface RawColumn {
  id: string;
  name: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  lookup?: { listId?: string };
  text?: { maxLength?: number; allowMultipleLines?: boolean };
  dateTime?: { format?: string };
  choice?: { choices?: string[] };
}
interface RawList {
  id: string;
  displayName: string;
  columns?: RawColumn[];
}

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

async function siteLists(): Promise<RawList[]> {
  const layer = t.layerFor();
  const site = await layer.site.sitePath();
  return layer.http.getAll<RawList>(`${site}/lists?$expand=columns`);
}

const ours = (lists: RawList[]) =>
  lists.filter((l) => l.displayName.startsWith('Driehoek')).sort((a, b) => a.displayName.localeCompare(b.displayName));

it('creates every list with its columns, indexed where the schema says so', async () => {
  const report = await t.layerFor().api.provision();
  expect(report.createdLists.sort()).toEqual(ALL_LISTS.map((l) => l.displayName).sort());

  const lists = ours(await siteLists());
  expect(lists).toHaveLength(ALL_LISTS.length);
  const ids = new Map(lists.map((l) => [l.displayName, l.id]));
  for (const schema of ALL_LISTS) {
    const list = lists.find((l) => l.displayName === schema.displayName)!;
    const columns = new Map((list.columns ?? []).map((c) => [c.name, c]));
    for (const column of schema.columns) {
      const have = columns.get(column.name);
      expect(have).toBeDefined();
      expect({ list: schema.displayName, column: column.name, indexed: have?.indexed ?? false }).toEqual({
        list: schema.displayName,
        column: column.name,
        indexed: column.indexed ?? false,
      });
      if (column.kind === 'lookup') expect(have?.lookup?.listId).toBe(ids.get(column.targetList));
      if (column.kind === 'date') expect(have?.dateTime?.format).toBe('dateOnly');
      if (column.kind === 'choice') expect(have?.choice?.choices).toEqual([...column.choices]);
    }
    expect(columns.get('ClientKey')).toMatchObject({ indexed: true, enforceUniqueValues: true });
  }
});

it('changes nothing when run again, in two reads (the lists, the active cycles) and no writes', async () => {
  const before = ours(await siteLists());
  const layer = t.layerFor();
  await layer.site.siteId();
  layer.http.resetStats();
  const report = await layer.api.provision();
  expect(report).toEqual({ createdLists: [], addedColumns: [], indexedColumns: [] });
  expect(layer.api.diagnostics()).toMatchObject({ requests: 2, byMethod: { GET: 2 } });
  expect(ours(await siteLists())).toEqual(before);
});

it('adds a missing column and turns on a missing index in a list someone made by hand', async () => {
  const layer = t.layerFor();
  const site = await layer.site.sitePath();
  const lists = ours(await siteLists());
  const staff = lists.find((l) => l.displayName === 'DriehoekStaff')!;
  // A list as an older version of the app (or a person) left it: one column, not indexed.
  await layer.http.post(`${site}/lists`, {
    displayName: 'DriehoekProbe',
    columns: [
      { name: 'Upn', text: { maxLength: 255 }, indexed: false },
    ],
    list: { template: 'genericList' },
  });
  const { defineList, clientKeyColumn } = await import('../../src/data/lists/schema');
  const probe = defineList({
    displayName: 'DriehoekProbe',
    description: 'test',
    columns: [
      { kind: 'text', name: 'Upn', displayName: 'UPN', indexed: true },
      { kind: 'lookup', name: 'Staff', displayName: 'Staff', targetList: 'DriehoekStaff' },
      clientKeyColumn,
    ],
  });
  const report = await provisionLists(layer.http, site, [probe]);
  expect(report.createdLists).toEqual([]);
  expect(report.addedColumns.sort()).toEqual(['DriehoekProbe.ClientKey', 'DriehoekProbe.Staff']);
  expect(report.indexedColumns).toEqual(['DriehoekProbe.Upn']);
  const again = await provisionLists(layer.http, site, [probe]);
  expect(again).toEqual({ createdLists: [], addedColumns: [], indexedColumns: [] });
  const columns = (ours(await siteLists()).find((l) => l.displayName === 'DriehoekProbe')!.columns ?? []).filter((c) =>
    ['Upn', 'Staff', 'ClientKey'].includes(c.name),
  );
  expect(columns.map((c) => [c.name, c.indexed ?? false]).sort()).toEqual([
    ['ClientKey', true],
    ['Staff', false],
    ['Upn', true],
  ]);
  expect(columns.find((c) => c.name === 'Staff')?.lookup?.listId).toBe(staff.id);
});

it('is safe when two clients provision an empty site at the same time', async () => {
  const other = await startTestServer();
  try {
    const [a, b] = await Promise.all([other.layerFor().api.provision(), other.layerFor().api.provision()]);
    const created = [...a.createdLists, ...b.createdLists];
    expect(new Set(created).size).toBe(created.length);
    const layer = other.layerFor();
    const site = await layer.site.sitePath();
    const lists = await layer.http.getAll<RawList>(`${site}/lists`);
    const names = lists.map((l) => l.displayName).filter((n) => n.startsWith('Driehoek'));
    expect(names.sort()).toEqual(ALL_LISTS.map((l) => l.displayName).sort());
  } finally {
    await other.close();
  }
});

it('adds the cycle-status mirror to lists made before it, and fills it in for the active cycle’s items', async () => {
  const other = await startTestServer();
  try {
    const layer = other.layerFor();
    const site = await layer.site.sitePath();
    // The lists as the version before the mirror left them: only the meetings had it.
    const before = ALL_LISTS.map((list) =>
      list === MEETINGS_LIST ? list : { ...list, columns: list.columns.filter((c) => c.name !== CYCLE_STATUS_MIRROR) },
    );
    await provisionLists(layer.http, site, before);
    const cycle = await layer.repositories.cycles.create({
      id: 'cycle-before',
      title: 'Samen met ouders',
      dream: '',
      schoolYear: '2026-2027',
      status: 'active',
      coachUpn: DEMO_PROVISIONER,
      memberUpns: [],
      round: 1,
      stepsDone: [],
    });
    const goal: Goal = {
      id: 'goal-before',
      cycleId: cycle.value.id,
      round: 1,
      title: 'Elk kind heeft een startgesprek',
      priority: 1,
      benefits: { personal: [], team: [], school: [] },
      signsOfProgress: [],
    };
    // Stored by the older version: no mirror.
    await layer.http.post(listItemsPath(site, GOALS_LIST), { fields: { ...goalMapper.toFields(goal), CycleLookupId: cycle.itemId } });
    const stored = async () => (await layer.repositories.goals.query()).map((g) => g.etag);

    const report = await layer.api.provision();
    expect(report.addedColumns.sort()).toEqual(
      [GOALS_LIST, COMMITMENTS_LIST, STEP_RECORDS_LIST].map((l) => `${l.displayName}.${CYCLE_STATUS_MIRROR}`).sort(),
    );
    const columns = (await layer.http.getAll<RawList>(`${site}/lists?$expand=columns`))
      .filter((l) => CYCLE_LINKED_LISTS.some((c) => c.displayName === l.displayName))
      .map((l) => [l.displayName, l.columns?.find((c) => c.name === CYCLE_STATUS_MIRROR)?.indexed]);
    expect(columns).toHaveLength(4);
    expect(columns.every(([, indexed]) => indexed === true)).toBe(true);
    // The goal of the active cycle is found by the mirror now: the planner opens it.
    const opened = await other.layerFor().api.planner.open(null);
    expect(opened.snapshot?.goals.map((g) => g.value)).toEqual([goal]);

    // Again: nothing added, nothing written.
    const etags = await stored();
    expect(await layer.api.provision()).toEqual({ createdLists: [], addedColumns: [], indexedColumns: [] });
    expect(await stored()).toEqual(etags);
  } finally {
    await other.close();
  }
});
