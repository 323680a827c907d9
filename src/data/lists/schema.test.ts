import { ALL_LISTS } from '.';
import { MEETINGS_LIST } from './meetings';
import { CYCLES_LIST } from './cycles';
import { clientKeyColumn, columnDefinition, defineList, isQueryable, type ColumnSchema } from './schema';

describe('list schemas', () => {
  it('prefix every list with Driehoek and give each an indexed, unique ClientKey', () => {
    expect(ALL_LISTS.map((l) => l.displayName)).toEqual([
      'DriehoekStaff',
      'DriehoekCycles',
      'DriehoekGoals',
      'DriehoekMeetings',
      'DriehoekCommitments',
      'DriehoekStepRecords',
      'DriehoekPupils',
      'DriehoekTalks',
      'DriehoekAgreements',
      'DriehoekScanSummaries',
      'DriehoekSelfAssessments',
      'DriehoekStatements',
      'DriehoekStatementRounds',
      'DriehoekIntervisieGroups',
    ]);
    for (const list of ALL_LISTS) {
      const key = list.columns.find((c) => c.name === 'ClientKey');
      expect(key).toMatchObject({ kind: 'text', indexed: true, unique: true });
    }
  });

  it('declare lookup targets before the lists that point to them', () => {
    const seen = new Set<string>();
    for (const list of ALL_LISTS) {
      for (const column of list.columns) {
        if (column.kind === 'lookup') expect(seen).toContain(column.targetList);
      }
      seen.add(list.displayName);
    }
  });

  it('index every column the app filters or orders on', () => {
    expect(isQueryable(MEETINGS_LIST, 'CycleStatus')).toBe(true);
    expect(isQueryable(MEETINGS_LIST, 'MeetingDate')).toBe(true);
    expect(isQueryable(MEETINGS_LIST, 'CycleKey')).toBe(true);
    expect(isQueryable(CYCLES_LIST, 'Status')).toBe(true);
    expect(isQueryable(CYCLES_LIST, 'SchoolYear')).toBe(true);
    expect(isQueryable(MEETINGS_LIST, 'Purpose')).toBe(false);
  });

  it('produce Graph columnDefinition shapes', () => {
    const def = (c: ColumnSchema) => columnDefinition(c, (name) => (name === 'DriehoekCycles' ? 'list-guid' : undefined));
    expect(def(clientKeyColumn)).toMatchObject({
      name: 'ClientKey',
      indexed: true,
      enforceUniqueValues: true,
      text: { allowMultipleLines: false, maxLength: 64 },
    });
    expect(def({ kind: 'text', name: 'A', displayName: 'A' })).toMatchObject({ text: { maxLength: 255 }, indexed: false });
    expect(def({ kind: 'note', name: 'B', displayName: 'B' })).toMatchObject({ text: { allowMultipleLines: true } });
    expect(def({ kind: 'date', name: 'C', displayName: 'C', indexed: true })).toMatchObject({
      indexed: true,
      dateTime: { format: 'dateOnly' },
    });
    expect(def({ kind: 'choice', name: 'D', displayName: 'D', choices: ['a', 'b'] })).toMatchObject({
      choice: { choices: ['a', 'b'], allowTextEntry: false },
    });
    expect(def({ kind: 'boolean', name: 'E', displayName: 'E' })).toMatchObject({ boolean: {} });
    expect(def({ kind: 'number', name: 'F', displayName: 'F', min: 0, max: 10 })).toMatchObject({
      number: { minimum: 0, maximum: 10 },
    });
    expect(def({ kind: 'lookup', name: 'Cycle', displayName: 'Cycle', targetList: 'DriehoekCycles' })).toMatchObject({
      lookup: { listId: 'list-guid', columnName: 'Title' },
    });
    expect(() => def({ kind: 'lookup', name: 'X', displayName: 'X', targetList: 'Nope' })).toThrow(/no id/);
  });

  it('refuse schemas SharePoint would refuse or that lack a ClientKey', () => {
    const base = { displayName: 'DriehoekX', description: '' };
    expect(() => defineList({ ...base, columns: [] })).toThrow(/ClientKey/);
    expect(() =>
      defineList({ ...base, columns: [{ kind: 'note', name: 'N', displayName: 'N', indexed: true }, clientKeyColumn] }),
    ).toThrow(/cannot be indexed/);
    expect(() => defineList({ ...base, columns: [{ kind: 'text', name: 'Title', displayName: 'T' }, clientKeyColumn] })).toThrow(
      /built in/,
    );
  });
});
