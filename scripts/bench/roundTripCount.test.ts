import type { LoggedRequest } from '../../src/server/stats';
import { countView, describe as describeRequest, naiveCount, signInKind } from './roundTripCount';

const SITE = '/sites/delinde.sharepoint.example,1111,2222';
const get = (path: string): LoggedRequest => ({ method: 'GET', path });
const batch = (...lists: string[]): LoggedRequest => ({
  method: 'POST',
  path: '/$batch',
  subRequests: lists.map((l) => `GET ${SITE}/lists/${l}/items?expand=fields`),
});
const staffByUpn = get(`${SITE}/lists/DriehoekStaff/items?$filter=fields%2FUpn%20eq%20'ingrid.bakker%40delinde.example'&$top=2`);

describe('sign-in requests', () => {
  it('are the profile, the site lookup and the staff row of the signed-in person', () => {
    expect(signInKind(get('/me?$select=userPrincipalName,displayName'))).toBe('profile');
    expect(signInKind(get('/sites/root?$select=id'))).toBe('site');
    expect(signInKind(get('/sites/contoso.sharepoint.com:/sites/school?$select=id'))).toBe('site');
    expect(signInKind(get('/groups/2b7c4d9e-3f40/sites/root?$select=id'))).toBe('site');
    expect(signInKind(staffByUpn)).toBe('staff');
  });

  it('a list read, a write or all staff are not sign-in', () => {
    expect(signInKind(get(`${SITE}/lists/DriehoekPupils/items?$top=200`))).toBeNull();
    expect(signInKind(get(`${SITE}/lists/DriehoekStaff/items?$top=200`))).toBeNull();
    expect(signInKind({ method: 'PATCH', path: '/me' })).toBeNull();
    expect(signInKind(get('/groups/2b7c4d9e-3f40/sites/root/lists'))).toBeNull();
  });
});

describe('counting a view', () => {
  it('counts what follows sign-in, and a naive load as one request per list read', () => {
    const count = countView([get('/me?$select=id'), get('/sites/root?$select=id'), staffByUpn, batch('DriehoekCycles', 'DriehoekMeetings', 'DriehoekGoals')]);
    expect(count.signIn).toHaveLength(3);
    expect(count.view).toHaveLength(1);
    expect(count.naive).toBe(3);
  });

  it('a repeated identity request belongs to the view', () => {
    const count = countView([get('/me'), get('/sites/root'), staffByUpn, batch('DriehoekTalks'), staffByUpn, get(`${SITE}/lists/DriehoekPupils/items`)]);
    expect(count.view).toHaveLength(3);
    expect(count.naive).toBe(3);
  });

  it('a plain request counts once in the naive load, a batch by its parts', () => {
    expect(naiveCount([get('/a'), batch('A', 'B'), batch()])).toBe(3);
  });

  it('describes a request by the lists it reads', () => {
    expect(describeRequest(batch('DriehoekCycles', 'DriehoekGoals'))).toBe('$batch[2] DriehoekCycles, DriehoekGoals');
    expect(describeRequest(get(`${SITE}/lists/DriehoekPupils/items?$top=200`))).toBe('GET DriehoekPupils');
  });
});
