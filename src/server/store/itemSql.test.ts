import { parseFilter } from '../odata/filter';
import { builtinColumns, parseColumnDefinition } from './columns';
import { compileFilter, keysetAfter, orderByTerms, sortKeys } from './itemSql';
import { type Store, openStore } from './store';

const LIST = 'list-1';
const columns = [
  ...builtinColumns(),
  parseColumnDefinition({ name: 'Score', number: {}, indexed: true }),
  parseColumnDefinition({ name: 'Due', dateTime: {} }),
  parseColumnDefinition({ name: 'Done', boolean: {} }),
  parseColumnDefinition({ name: 'Kind', choice: { choices: ['a', 'b'] } }),
  parseColumnDefinition({ name: 'Pupil', lookup: { listId: 'x' } }),
];
let store: Store;

beforeAll(() => {
  store = openStore(':memory:');
  store.createSite({ id: 's', hostname: 'h', path: '/p', name: 'p', displayName: 'p', description: '', isRoot: true, created: 'now' });
  store.createList(
    { id: LIST, siteId: 's', name: 'L', displayName: 'L', description: '', template: 'genericList', hidden: false, created: 'now', modified: 'now', createdBy: 'u' },
    columns,
  );
  const rows: Array<Record<string, string | number | boolean>> = [
    { Title: 'Alpha', Score: 10, Due: '2024-09-01T00:00:00Z', Done: true, Kind: 'a', Pupil: 1 },
    { Title: 'beta', Score: 2, Due: '2024-10-01T00:00:00Z', Done: false, Kind: 'b', Pupil: 2 },
    { Title: 'Gamma', Score: 2, Done: false },
    { Title: 'alphabet', Score: 30, Due: '2023-01-01T00:00:00Z', Kind: 'a', Pupil: 1 },
    {},
  ];
  for (const values of rows) {
    store.insertItem({ listId: LIST, uniqueId: 'u', version: 1, created: 'c', modified: 'm', author: 1, editor: 1, values });
  }
});
afterAll(() => store.close());

function ids(filter: string): number[] {
  const where = compileFilter(parseFilter(filter), columns);
  return store.queryItems(LIST, { where: [where], orderBy: ['id'], sortExpressions: [], limit: -1 }).items.map((i) => i.id);
}

describe('filters compile to typed SQL', () => {
  it.each([
    ['fields/Score gt 9', [1, 4]],
    ["fields/Score eq '2'", [2, 3]],
    ["fields/Title eq 'ALPHA'", [1]],
    ["startswith(fields/Title,'alp')", [1, 4]],
    ["fields/Due ge '2024-01-01T00:00:00Z'", [1, 2]],
    ['fields/Due lt 2024-01-01', [4]],
    ['fields/Done eq true', [1]],
    ['fields/Done eq 0', [2, 3]],
    ['fields/Due eq null', [3, 5]],
    ["fields/Kind ne 'a'", [2]],
    ["fields/PupilLookupId eq 1 and not (fields/Score lt 20)", [4]],
    ['fields/id le 2 or fields/ID eq 5', [1, 2, 5]],
    ["(fields/Score eq 2 or fields/Score eq 30) and startswith(fields/Title, 'g')", [3]],
  ])('%s', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it.each([
    ["fields/Score eq 'many'", /does not match/],
    ["fields/Done gt true", /eq or ne/],
    ['startswith(fields/Score,\'1\')', /text column/],
    ["fields/Colour eq 'red'", /not recognized/],
    ["Title eq 'x'", /fields\/<column>/],
  ])('refuses %s', (filter, message) => {
    expect(() => compileFilter(parseFilter(filter), columns)).toThrow(message);
  });
});

describe('keyset paging', () => {
  function pages(orderBy: string, size: number): number[][] {
    const sort = sortKeys(orderBy ? [{ property: `fields/${orderBy.split(' ')[0]}`, descending: orderBy.endsWith(' desc') }] : [], columns);
    const result: number[][] = [];
    let after: Array<string | number | null> | null = null;
    for (;;) {
      const page: ReturnType<Store['queryItems']> = store.queryItems(LIST, {
        where: after ? [keysetAfter(sort.keys, after)] : [],
        orderBy: orderByTerms(sort.keys),
        sortExpressions: sort.keys.map((k) => k.expression),
        limit: size,
      });
      if (page.items.length === 0) return result;
      result.push(page.items.map((i) => i.id));
      after = page.sortValues[page.sortValues.length - 1]!;
    }
  }

  it('walks every item once in order, nulls first ascending and last descending', () => {
    expect(pages('Due', 2)).toEqual([[3, 5], [4, 1], [2]]);
    expect(pages('Due desc', 2)).toEqual([[2, 1], [4, 3], [5]]);
    expect(pages('Score desc', 3)).toEqual([[4, 1, 2], [3, 5]]);
    expect(pages('Title', 1).flat()).toEqual([5, 1, 4, 2, 3]);
    expect(pages('', 4)).toEqual([[1, 2, 3, 4], [5]]);
  });
});
