/**
 * Private spaces (src/data/privateSpaces.ts) over real HTTP and SQLite: a space is a private
 * channel with its own site; its lists are provisioned there; members read and write through
 * ordinary repositories, everyone else gets AccessDeniedError; ensure is idempotent; members
 * can be changed; a name taken by a channel you are not in is a ValidationError on `name`.
 */
import { AccessDeniedError, ValidationError } from '../../src/data/errors';
import { channelName, isOutsideSpace } from '../../src/data/privateSpaces';
import { defineList, clientKeyColumn } from '../../src/data/lists/schema';
import type { ListMapper } from '../../src/data/lists/mapper';
import { ListRepository } from '../../src/data/repositories/listRepository';
import { DEMO_STAFF } from '../../src/demo/people';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(60_000);

const upn = (i: number): string => DEMO_STAFF[i]!.upn;
const [ib, mt, sanne, lotte, daan, tom] = [upn(0), upn(1), upn(3), upn(4), upn(5), upn(8)];

const NOTES = defineList({
  displayName: 'DriehoekTestNotes',
  description: 'test',
  columns: [{ kind: 'note', name: 'Body', displayName: 'Body' }, clientKeyColumn],
});
interface Note { id: string; body: string }
const noteMapper: ListMapper<Note> = {
  list: NOTES,
  keyOf: (n) => n.id,
  toFields: (n) => ({ Title: n.id, ClientKey: n.id, Body: n.body }),
  fromFields: (f) => ({ id: String(f.ClientKey), body: String(f.Body ?? '') }),
};

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

it('keeps the lists in the channel’s own site: members read, the rest of the team gets AccessDeniedError', async () => {
  const spaces = t.layerFor(sanne).spaces;
  const space = await spaces.ensure({ name: 'Onderbouw overleg', memberUpns: [sanne, lotte, daan], lists: [NOTES] });
  expect(space.provisioning.createdLists).toEqual(['DriehoekTestNotes']);
  expect(space.sitePath).toMatch(/^\/sites\/[^/]+,[0-9a-f-]+,[0-9a-f-]+$/);

  await new ListRepository(space.context, noteMapper).create({ id: 'n1', body: 'Alleen voor ons' });
  const asLotte = new ListRepository(t.layerFor(lotte).spaces.open(space.ref).context, noteMapper);
  expect((await asLotte.query()).map((n) => n.value.body)).toEqual(['Alleen voor ons']);

  for (const outsider of [tom, ib, mt]) {
    const repo = new ListRepository(t.layerFor(outsider).spaces.open(space.ref).context, noteMapper);
    const error = await repo.query().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect(isOutsideSpace(error)).toBe(true);
    // The team site stays theirs.
    await expect(t.layerFor(outsider).site.siteId()).resolves.toContain(',');
  }

  // Ensure again: same channel and site, nothing created.
  const again = await spaces.ensure({ name: 'Onderbouw overleg', memberUpns: [sanne, lotte, daan], lists: [NOTES] });
  expect(again.ref).toEqual(space.ref);
  expect(again.provisioning.createdLists).toEqual([]);

  // Members change: Tom joins, Daan leaves.
  expect(await spaces.setMembers(space.ref, [sanne, lotte, tom])).toEqual({ added: [tom], removed: [daan] });
  const asTom = new ListRepository(t.layerFor(tom).spaces.open(space.ref).context, noteMapper);
  expect(await asTom.query()).toHaveLength(1);
  const asDaan = new ListRepository(t.layerFor(daan).spaces.open(space.ref).context, noteMapper);
  await expect(asDaan.query()).rejects.toBeInstanceOf(AccessDeniedError);
});

it('refuses a name taken by a channel the user is not in', async () => {
  await t.layerFor(lotte).spaces.ensure({ name: 'Bezet', memberUpns: [lotte], lists: [] });
  const error = await t.layerFor(tom).spaces.ensure({ name: 'bezet', memberUpns: [tom], lists: [] }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).fieldErrors).toEqual([{ field: 'name', code: 'invalidChoice', params: { reason: 'taken' } }]);
});

it('makes names Teams accepts', () => {
  expect(channelName('  Groep 1/2: "onder"  ')).toBe('Groep 12 onder');
  expect(channelName('x'.repeat(60))).toHaveLength(50);
});
