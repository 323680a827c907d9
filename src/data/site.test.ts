import { siteLookupPath } from './site';

describe('siteLookupPath', () => {
  it('uses the root site in local mode', () => {
    expect(siteLookupPath({ kind: 'root' })).toBe('/sites/root');
  });

  it('finds a group’s team site through the group', () => {
    expect(siteLookupPath({ kind: 'group', groupId: '2b7c4d9e-3f40' })).toBe('/groups/2b7c4d9e-3f40/sites/root');
  });

  it('addresses a team site by host name and server-relative path', () => {
    expect(siteLookupPath({ kind: 'teamSite' }, 'https://contoso.sharepoint.com/sites/Team-De-Linde/')).toBe(
      '/sites/contoso.sharepoint.com:/sites/Team-De-Linde',
    );
    expect(siteLookupPath({ kind: 'teamSite' }, 'https://contoso.sharepoint.com/sites/Groep%208')).toBe(
      '/sites/contoso.sharepoint.com:/sites/Groep%208',
    );
    expect(siteLookupPath({ kind: 'teamSite' }, 'https://contoso.sharepoint.com')).toBe('/sites/contoso.sharepoint.com');
  });

  it('needs the team site URL for a team site', () => {
    expect(() => siteLookupPath({ kind: 'teamSite' })).toThrow(/team site URL/);
    expect(() => siteLookupPath({ kind: 'teamSite' }, 'not a url')).toThrow(/not a site URL/);
  });
});
