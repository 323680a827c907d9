import { ConfigError, loadConfig, parseConfig } from './config';

describe('runtime config', () => {
  it('accepts local mode and trims a trailing slash', () => {
    expect(parseConfig({ graphBaseUrl: 'http://127.0.0.1:53000/graph/', auth: 'local', site: { kind: 'root' } })).toEqual({
      graphBaseUrl: 'http://127.0.0.1:53000/graph',
      auth: 'local',
      site: { kind: 'root' },
    });
  });

  it('accepts a group’s team site, with the group id', () => {
    expect(parseConfig({ graphBaseUrl: 'http://127.0.0.1:53000/graph', auth: 'local', site: { kind: 'group', groupId: 'g-1' } }).site).toEqual({
      kind: 'group',
      groupId: 'g-1',
    });
    expect(() => parseConfig({ graphBaseUrl: 'http://127.0.0.1:53000/graph', auth: 'local', site: { kind: 'group' } })).toThrow(ConfigError);
  });

  it('needs a client id for nested app authentication', () => {
    expect(() =>
      parseConfig({ graphBaseUrl: 'https://graph.microsoft.com', auth: 'naa', site: { kind: 'teamSite' } }),
    ).toThrow(ConfigError);
  });

  it.each([null, {}, { graphBaseUrl: 'ftp://x', auth: 'local', site: { kind: 'root' } }, { graphBaseUrl: 'https://g', auth: 'x', site: { kind: 'root' } }])(
    'refuses %j',
    (raw) => expect(() => parseConfig(raw)).toThrow(ConfigError),
  );

  it('loads through the injected fetch', async () => {
    const fetchFn = jest.fn(async () => new Response(JSON.stringify({ graphBaseUrl: 'https://graph.microsoft.com', auth: 'naa', clientId: 'abc', site: { kind: 'teamSite' } })));
    await expect(loadConfig(fetchFn)).resolves.toMatchObject({ auth: 'naa', clientId: 'abc' });
    expect(fetchFn).toHaveBeenCalledWith('config.json', { cache: 'no-store' });
  });

  it('says when the config cannot be loaded', async () => {
    const fetchFn = async () => new Response('nope', { status: 404 });
    await expect(loadConfig(fetchFn)).rejects.toThrow('404');
  });
});
