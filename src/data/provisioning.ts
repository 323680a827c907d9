/**
 * Makes sure every list and column of ./lists exists in the site, idempotently:
 *   1. one GET of the site's lists with their columns ($expand=columns);
 *   2. (only when a server does not expand) one $batch reading the columns of our lists;
 *   3. batched POSTs creating the missing lists with all their columns, in waves so a lookup's
 *      target list exists (and has an id) before the list that points to it;
 *   4. batched POSTs adding missing columns, and PATCHes turning on `indexed` where it is off.
 * Running it again changes nothing. It needs Sites.Manage.All: it runs on first start in local
 * mode, and in a tenant when someone allowed to (the site owner) opens the app first.
 */
import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';
import { answerBody, sendBatch, type BatchStep } from './graph/batch';
import { PROVISIONING_SCOPES } from './graph/client';
import type { Collection, GraphHttp, RequestOptions } from './graph/http';
import { ScopesOption } from './graph/middleware';
import { ConflictError } from './errors';
import { ALL_LISTS } from './lists';
import { columnDefinition, type ColumnSchema, type ListSchema } from './lists/schema';

export interface ProvisioningReport {
  createdLists: string[];
  addedColumns: string[];
  indexedColumns: string[];
}

interface RawList {
  id: string;
  displayName?: string;
  name?: string;
  /** Present when the server honoured $expand=columns. */
  columns?: RawColumn[];
}

interface RawColumn {
  id?: string;
  name?: string;
  indexed?: boolean;
}

/** Where each list of the schema stands in the site. */
export interface ListPlan {
  createLists: ListSchema[];
  addColumns: Array<{ list: ListSchema; listId: string; column: ColumnSchema }>;
  indexColumns: Array<{ list: ListSchema; listId: string; column: ColumnSchema; columnId: string }>;
}

/** Pure: compares the schemas with what the site has and says what to create or change. */
export function planProvisioning(
  schemas: readonly ListSchema[],
  existing: ReadonlyMap<string, { id: string; columns: readonly RawColumn[] }>,
): ListPlan {
  const plan: ListPlan = { createLists: [], addColumns: [], indexColumns: [] };
  for (const list of schemas) {
    const found = existing.get(list.displayName.toLowerCase());
    if (!found) {
      plan.createLists.push(list);
      continue;
    }
    const columns = new Map(found.columns.filter((c) => c.name).map((c) => [c.name!.toLowerCase(), c]));
    for (const column of list.columns) {
      const have = columns.get(column.name.toLowerCase());
      if (!have) plan.addColumns.push({ list, listId: found.id, column });
      else if (column.indexed && have.indexed === false && have.id) {
        plan.indexColumns.push({ list, listId: found.id, column, columnId: have.id });
      }
    }
  }
  return plan;
}

/** Splits lists to create into waves: a list's lookup targets exist or come in an earlier wave. */
export function creationWaves(toCreate: readonly ListSchema[], existingNames: ReadonlySet<string>): ListSchema[][] {
  const waves: ListSchema[][] = [];
  const available = new Set([...existingNames].map((n) => n.toLowerCase()));
  let left = [...toCreate];
  while (left.length) {
    const ready = left.filter((list) =>
      list.columns.every((c) => c.kind !== 'lookup' || available.has(c.targetList.toLowerCase()) || c.targetList === list.displayName),
    );
    if (!ready.length) {
      throw new Error(`lookup cycle or missing target among: ${left.map((l) => l.displayName).join(', ')}`);
    }
    waves.push(ready);
    for (const list of ready) available.add(list.displayName.toLowerCase());
    left = left.filter((list) => !ready.includes(list));
  }
  return waves;
}

function listBody(list: ListSchema, listIdOf: (name: string) => string | undefined): Record<string, unknown> {
  return {
    displayName: list.displayName,
    description: list.description,
    columns: list.columns.map((c): ColumnDefinition => columnDefinition(c, listIdOf)),
    list: { template: 'genericList' },
  };
}

async function readLists(http: GraphHttp, sitePath: string, options: RequestOptions): Promise<RawList[]> {
  return http.getAll<RawList>(`${sitePath}/lists?$select=id,displayName,name&$expand=columns`, options);
}

export async function provisionLists(
  http: GraphHttp,
  sitePath: string,
  schemas: readonly ListSchema[] = ALL_LISTS,
): Promise<ProvisioningReport> {
  const options: RequestOptions = { middleware: [new ScopesOption(PROVISIONING_SCOPES)] };
  const report: ProvisioningReport = { createdLists: [], addedColumns: [], indexedColumns: [] };

  // 1: the lists with their columns in one request; 2: only if the columns did not come along
  // (a server that ignores $expand), the columns of ours that exist, in one batch.
  const lists = await readLists(http, sitePath, options);
  const ids = new Map<string, string>();
  const expanded = new Map<string, RawColumn[]>();
  for (const list of lists) {
    const name = (list.displayName ?? list.name ?? '').toLowerCase();
    if (!name || ids.has(name)) continue;
    ids.set(name, list.id);
    if (Array.isArray(list.columns)) expanded.set(name, list.columns);
  }
  const ours = schemas.filter((s) => ids.has(s.displayName.toLowerCase()));
  const unexpanded = ours.filter((s) => !expanded.has(s.displayName.toLowerCase()));
  const columnAnswers = await sendBatch(
    http,
    unexpanded.map((s) => ({
      id: s.displayName,
      method: 'GET' as const,
      url: `${sitePath}/lists/${ids.get(s.displayName.toLowerCase())}/columns?$select=id,name,indexed`,
    })),
    { request: options },
  );
  const existing = new Map<string, { id: string; columns: RawColumn[] }>();
  for (const s of ours) {
    const name = s.displayName.toLowerCase();
    const columns =
      expanded.get(name) ??
      (await http.rest(answerBody<Collection<RawColumn>>(columnAnswers.get(s.displayName)), options));
    existing.set(name, { id: ids.get(name)!, columns });
  }
  const plan = planProvisioning(schemas, existing);
  const listIdOf = (name: string): string | undefined => ids.get(name.toLowerCase());

  // 3: create missing lists, wave by wave.
  for (const wave of creationWaves(plan.createLists, new Set(ids.keys()))) {
    const answers = await sendBatch(
      http,
      wave.map((list) => ({
        id: list.displayName,
        method: 'POST' as const,
        url: `${sitePath}/lists`,
        body: listBody(list, listIdOf),
      })),
      { request: options },
    );
    let raced = false;
    for (const list of wave) {
      try {
        const created = answerBody<RawList>(answers.get(list.displayName));
        ids.set(list.displayName.toLowerCase(), created.id);
        report.createdLists.push(list.displayName);
      } catch (error) {
        // Someone else created it between our read and our create: use theirs.
        if (error instanceof ConflictError) raced = true;
        else throw error;
      }
    }
    if (raced) {
      for (const list of await readLists(http, sitePath, options)) {
        const name = (list.displayName ?? list.name ?? '').toLowerCase();
        if (name && !ids.has(name)) ids.set(name, list.id);
      }
    }
  }

  // 4: add missing columns and turn on missing indexes, batched.
  const steps: BatchStep[] = [
    ...plan.addColumns.map(({ list, listId, column }) => ({
      id: `add:${list.displayName}:${column.name}`,
      method: 'POST' as const,
      url: `${sitePath}/lists/${listId}/columns`,
      body: columnDefinition(column, listIdOf),
    })),
    ...plan.indexColumns.map(({ list, listId, column, columnId }) => ({
      id: `index:${list.displayName}:${column.name}`,
      method: 'PATCH' as const,
      url: `${sitePath}/lists/${listId}/columns/${columnId}`,
      body: { indexed: true },
    })),
  ];
  const answers = await sendBatch(http, steps, { request: options });
  for (const step of steps) {
    try {
      answerBody<unknown>(answers.get(step.id));
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error; // a column someone else just added
    }
    const [kind, list, column] = step.id.split(':');
    (kind === 'add' ? report.addedColumns : report.indexedColumns).push(`${list}.${column}`);
  }
  return report;
}
