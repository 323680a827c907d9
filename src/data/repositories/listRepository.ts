/**
 * Typed CRUD over one SharePoint list, shared by every list of Driehoek:
 * - reads filter and order only on indexed columns and follow @odata.nextLink;
 * - creates are idempotent: the item carries a client-generated ClientKey; when a create fails
 *   in a way that leaves its outcome unknown, the key is looked up before posting again;
 * - updates and deletes send If-Match with the item's etag; a 412 becomes a ConflictError that
 *   carries the item as the server has it now.
 */
import { answerBody, batchGet, type BatchAnswer } from '../graph/batch';
import type { Collection, GraphHttp } from '../graph/http';
import { itemsQueryString, where, type ItemsQuery } from '../graph/odata';
import {
  ConflictError,
  isDataError,
  NotFoundError,
  ThrottledError,
  UnavailableError,
  ValidationError,
} from '../errors';
import type { ReadonlyFields, WritableFields } from '../lists/fields';
import type { ListMapper } from '../lists/mapper';
import { CLIENT_KEY, columnNames, fieldName, isQueryable, type ListSchema } from '../lists/schema';

/** A value as stored: the domain value with the item's id and version. */
export interface Versioned<T> {
  value: T;
  /** The list item id (SharePoint's numeric id, as a string). */
  itemId: string;
  /** The item's etag, sent back as If-Match on update and delete. */
  etag: string;
}

export interface RepositoryContext {
  http: GraphHttp;
  /** "/sites/{id}", resolved once per session. */
  sitePath(): Promise<string>;
}

/** Raw list item as Graph returns it with expand=fields. */
export interface RawListItem {
  id?: string;
  eTag?: string;
  '@odata.etag'?: string;
  fields?: ReadonlyFields;
}

/** A GET of this list's items, ready to go into a $batch. */
export interface ItemsRequest {
  id: string;
  url: string;
}

/** Page size for item reads: one page covers any view Driehoek shows. */
export const DEFAULT_PAGE_SIZE = 200;

const MAX_CREATE_ATTEMPTS = 3;
const MAX_UPDATE_RETRIES = 2;

/** Field values compare as JSON; an absent value and null (a cleared field) are the same. */
function sameFieldValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function unknownOutcome(error: unknown): boolean {
  if (error instanceof UnavailableError || error instanceof ThrottledError) return true;
  return false;
}

export function listItemsPath(sitePath: string, list: ListSchema): string {
  return `${sitePath}/lists/${encodeURIComponent(list.displayName)}/items`;
}

export class ListRepository<T> {
  /**
   * Updates sent in this session whose answer never came ("itemId etag"): they may have been
   * applied. Only a 412 on such a base can be our own write; any other 412 is a real conflict,
   * even when the colleague happened to save the same values.
   */
  private readonly unknownOutcomes = new Set<string>();

  constructor(
    protected readonly ctx: RepositoryContext,
    readonly mapper: ListMapper<T>,
  ) {}

  get list(): ListSchema {
    return this.mapper.list;
  }

  protected async itemsPath(): Promise<string> {
    return listItemsPath(await this.ctx.sitePath(), this.list);
  }

  /** The fields a read selects: every declared column (lookups as `<Name>LookupId`) and Title. */
  selectFields(): string[] {
    return ['Title', ...this.list.columns.map(fieldName)];
  }

  /** The URL (relative to the version root) of a query on this list. */
  async queryUrl(query: ItemsQuery = {}): Promise<string> {
    const qs = itemsQueryString(
      { top: DEFAULT_PAGE_SIZE, ...query },
      this.selectFields(),
      (column) => isQueryable(this.list, column),
    );
    return `${await this.itemsPath()}?${qs}`;
  }

  /** Reads a raw item into a versioned domain value. */
  parse(raw: RawListItem): Versioned<T> {
    if (!raw.id || !raw.fields) throw new TypeError(`${this.list.displayName}: item without id or fields`);
    const etag = raw['@odata.etag'] ?? raw.eTag ?? (raw.fields['@odata.etag'] as string | undefined);
    if (!etag) throw new TypeError(`${this.list.displayName}: item ${raw.id} has no etag`);
    return { value: this.mapper.fromFields(raw.fields), itemId: String(raw.id), etag };
  }

  /** Reads the items of a collection page (e.g. from a $batch answer) and any further pages. */
  async parsePages(first: Collection<RawListItem>): Promise<Versioned<T>[]> {
    const raws = await this.ctx.http.rest(first);
    return raws.map((raw) => this.parse(raw));
  }

  /** Reads a $batch answer for a query on this list. */
  async fromAnswer(answer: BatchAnswer | undefined): Promise<Versioned<T>[]> {
    return this.parsePages(answerBody<Collection<RawListItem>>(answer));
  }

  async query(query: ItemsQuery = {}): Promise<Versioned<T>[]> {
    const first = await this.ctx.http.get<Collection<RawListItem>>(await this.queryUrl(query));
    return this.parsePages(first);
  }

  async getByItemId(itemId: string): Promise<Versioned<T>> {
    const path = `${await this.itemsPath()}/${encodeURIComponent(itemId)}?expand=fields(select=${this.selectFields().join(',')})`;
    return this.parse(await this.ctx.http.get<RawListItem>(path));
  }

  async findByKey(key: string): Promise<Versioned<T> | null> {
    const found = await this.query({ filter: where.eq(CLIENT_KEY, key), top: 2 });
    return found[0] ?? null;
  }

  /** Looks up many keys at once: one GET per key, sent in $batch round trips of 20. */
  async findByKeys(keys: readonly string[]): Promise<Map<string, Versioned<T>>> {
    const unique = [...new Set(keys)];
    const requests = await Promise.all(
      unique.map(async (key, i) => ({
        id: String(i),
        url: await this.queryUrl({ filter: where.eq(CLIENT_KEY, key), top: 2 }),
      })),
    );
    const answers = await batchGet(this.ctx.http, requests);
    const found = new Map<string, Versioned<T>>();
    for (const [i, key] of unique.entries()) {
      const items = await this.fromAnswer(answers.get(String(i)));
      if (items[0]) found.set(key, items[0]);
    }
    return found;
  }

  /** Fields added next to the mapper's own: links that depend on other items. */
  protected async linkedFields(_value: T): Promise<WritableFields> {
    return {};
  }

  /**
   * Creates the item. Idempotent: when the outcome of a POST is unknown (no answer, 5xx or 429
   * after the retry handler gave up) the ClientKey is looked up, and only if it is not there is
   * the POST sent again. When SharePoint refuses the item because its unique ClientKey exists
   * already (a double submit), the stored item is returned.
   */
  async create(value: T): Promise<Versioned<T>> {
    const key = this.mapper.keyOf(value);
    const fields = { ...this.mapper.toFields(value), ...(await this.linkedFields(value)) };
    const path = await this.itemsPath();
    let lastError: unknown;
    for (let attempt = 0; attempt < MAX_CREATE_ATTEMPTS; attempt += 1) {
      if (attempt > 0) {
        const existing = await this.findByKey(key);
        if (existing) return existing;
      }
      try {
        return this.parse(await this.ctx.http.post<RawListItem>(path, { fields }));
      } catch (error) {
        lastError = error;
        if (unknownOutcome(error)) continue;
        // The unique ClientKey refused a second item: the first create went through.
        if (error instanceof ConflictError || error instanceof ValidationError) {
          const existing = await this.findByKey(key).catch(() => null);
          if (existing) return existing;
        }
        throw error;
      }
    }
    // The last attempt's outcome is unknown too: it may have gone through after all.
    const existing = await this.findByKey(key).catch(() => null);
    if (existing) return existing;
    throw lastError;
  }

  /** Returns the stored item with this value's key, creating it when there is none. */
  async ensure(value: T): Promise<{ item: Versioned<T>; created: boolean }> {
    const existing = await this.findByKey(this.mapper.keyOf(value));
    if (existing) return { item: existing, created: false };
    return { item: await this.create(value), created: true };
  }

  /**
   * Like ensure, for many values: one batched lookup of all keys, then creates for the missing
   * ones, a few at a time.
   */
  async ensureAll(values: readonly T[], concurrency = 4): Promise<{ items: Versioned<T>[]; created: number }> {
    const existing = await this.findByKeys(values.map((v) => this.mapper.keyOf(v)));
    const items: Versioned<T>[] = new Array<Versioned<T>>(values.length);
    const missing: number[] = [];
    values.forEach((value, i) => {
      const found = existing.get(this.mapper.keyOf(value));
      if (found) items[i] = found;
      else missing.push(i);
    });
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < missing.length) {
        const i = missing[next++]!;
        items[i] = await this.create(values[i]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, missing.length) }, worker));
    return { items, created: missing.length };
  }

  /** The fields that differ between two values; ClientKey never changes. */
  changedFields(before: T, after: T): WritableFields {
    if (this.mapper.keyOf(before) !== this.mapper.keyOf(after)) {
      throw new RangeError('an update cannot change the client key');
    }
    const a = this.mapper.toFields(before);
    const b = this.mapper.toFields(after);
    const changed: WritableFields = {};
    for (const [name, value] of Object.entries(b)) {
      if (name !== CLIENT_KEY && a[name] !== value) changed[name] = value;
    }
    return changed;
  }

  /**
   * Saves `next` over `current` with If-Match. When someone else saved in between, rejects with
   * a ConflictError whose `current` is the item as stored now; nothing is overwritten. A new
   * version whose values the app shows are all as in `current` (only the cycle-status mirror
   * moved) is no conflict: the edit is saved over it, where the list allows (mayRebase).
   */
  async update(current: Versioned<T>, next: T): Promise<Versioned<T>> {
    const changed = this.changedFields(current.value, next);
    if (!Object.keys(changed).length) return current;
    const path = `${await this.itemsPath()}/${encodeURIComponent(current.itemId)}/fields`;
    let base = current;
    let sent = `${base.itemId} ${base.etag}`;
    for (let attempt = 0; ; attempt += 1) {
      try {
        const fields = await this.ctx.http.patch<ReadonlyFields>(path, changed, {
          headers: { 'If-Match': base.etag },
        });
        const etag = (fields['@odata.etag'] as string | undefined) ?? undefined;
        if (!etag) return this.getByItemId(current.itemId);
        return { value: this.mapper.fromFields({ ...this.mapper.toFields(next), ...fields }), itemId: current.itemId, etag };
      } catch (error) {
        // No answer: If-Match makes sending the same PATCH again safe (it applies once at most).
        if (error instanceof UnavailableError && error.outcomeUnknown) {
          this.unknownOutcomes.add(sent);
          if (attempt < MAX_UPDATE_RETRIES) continue;
        }
        if (!(error instanceof ConflictError)) throw error;
        const conflict = await this.conflictWithCurrent(error, current.itemId);
        if (this.unknownOutcomes.has(sent)) {
          // A PATCH whose answer was lost went through, and its retry (here, or replayed from the
          // outbox) meets its own write: the item holds what was sent, so it is saved, not a conflict.
          if (conflict.current && this.holds(conflict.current.value, changed)) {
            this.unknownOutcomes.delete(sent);
            return conflict.current;
          }
          // The item could not be read to tell: whether it was saved is still unknown, and telling
          // the person a colleague changed it may be false. The outbox keeps it and asks again.
          if (!conflict.current) throw new UnavailableError('Saved or not: the item could not be read to tell', { status: 0, cause: conflict });
        }
        // Only what the app keeps for itself changed (the cycle-status mirror, rewritten when the
        // cycle's status changes): the person edited what is stored, so it is saved over that.
        if (
          conflict.current &&
          attempt < MAX_UPDATE_RETRIES &&
          this.holds(conflict.current.value, this.mapper.toFields(base.value)) &&
          (await this.mayRebase(conflict.current))
        ) {
          base = conflict.current;
          sent = `${base.itemId} ${base.etag}`;
          continue;
        }
        throw conflict;
      }
    }
  }

  /**
   * Whether an edit may be saved over a new version of the item whose shown values did not change
   * (see update). Lists with rules about that (a cycle's items) say so here.
   */
  protected async mayRebase(_stored: Versioned<T>): Promise<boolean> {
    return true;
  }

  /** Whether a stored value has every one of these field values. */
  holds(value: T, fields: WritableFields): boolean {
    const stored = this.mapper.toFields(value);
    return Object.entries(fields).every(([name, sent]) => sameFieldValue(stored[name], sent));
  }

  /** Deletes the item with If-Match; a missing item counts as deleted. */
  async remove(current: Versioned<T>): Promise<void> {
    const path = `${await this.itemsPath()}/${encodeURIComponent(current.itemId)}`;
    try {
      await this.ctx.http.delete(path, { headers: { 'If-Match': current.etag } });
    } catch (error) {
      if (error instanceof NotFoundError) return;
      if (error instanceof ConflictError) throw await this.conflictWithCurrent(error, current.itemId);
      throw error;
    }
  }

  protected async conflictWithCurrent(
    error: ConflictError,
    itemId: string,
  ): Promise<ConflictError<Versioned<T>>> {
    try {
      return error.withCurrent(await this.getByItemId(itemId));
    } catch (fetchError) {
      if (isDataError(fetchError)) return error.withCurrent<Versioned<T>>(undefined);
      throw fetchError;
    }
  }

  /** Every column name this list may write (for diagnostics and tests). */
  columns(): string[] {
    return columnNames(this.list);
  }
}
