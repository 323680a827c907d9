import { ALL_LISTS, CYCLES_LIST, MEETINGS_LIST, STAFF_LIST } from './lists';
import { creationWaves, planProvisioning } from './provisioning';

describe('planProvisioning', () => {
  it('creates every list in an empty site', () => {
    const plan = planProvisioning(ALL_LISTS, new Map());
    expect(plan.createLists).toEqual(ALL_LISTS);
    expect(plan.addColumns).toEqual([]);
  });

  it('adds only missing columns and turns on missing indexes', () => {
    const existing = new Map([
      [
        'driehoekstaff',
        {
          id: 'staff-id',
          columns: [
            { id: 'c1', name: 'Title', indexed: false },
            { id: 'c2', name: 'Upn', indexed: false },
            { id: 'c3', name: 'role', indexed: true },
          ],
        },
      ],
    ]);
    const plan = planProvisioning([STAFF_LIST], existing);
    expect(plan.createLists).toEqual([]);
    expect(plan.addColumns.map((a) => a.column.name)).toEqual(['Bouw', 'Jaargroep', 'InChangeTeam', 'ClientKey']);
    expect(plan.indexColumns.map((a) => [a.column.name, a.columnId])).toEqual([['Upn', 'c2']]);
  });

  it('changes nothing when everything is there', () => {
    const existing = new Map(
      ALL_LISTS.map((l) => [
        l.displayName.toLowerCase(),
        { id: l.displayName, columns: l.columns.map((c) => ({ id: c.name, name: c.name, indexed: c.indexed ?? false })) },
      ]),
    );
    const plan = planProvisioning(ALL_LISTS, existing);
    expect(plan).toEqual({ createLists: [], addColumns: [], indexColumns: [] });
  });
});

describe('creationWaves', () => {
  it('creates lookup targets first', () => {
    const waves = creationWaves(ALL_LISTS, new Set());
    expect(waves[0]).toContain(STAFF_LIST);
    expect(waves[0]).toContain(CYCLES_LIST);
    expect(waves[0]).not.toContain(MEETINGS_LIST);
    expect(waves[1]).toContain(MEETINGS_LIST);
    expect(waves.flat()).toHaveLength(ALL_LISTS.length);
  });

  it('needs no extra wave when the target list exists', () => {
    const waves = creationWaves([MEETINGS_LIST], new Set(['DriehoekCycles']));
    expect(waves).toEqual([[MEETINGS_LIST]]);
  });
});
