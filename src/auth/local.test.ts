import { listLocalIdentities, LocalIdentityError, localOriginOf, LocalTokenProvider } from './local';

function fakeFetch(answers: Array<{ status: number; body: unknown }>) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const fetchFn = async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), ...(init ? { init } : {}) });
    const answer = answers.shift() ?? { status: 500, body: {} };
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  };
  return { fetchFn, calls };
}

describe('local identity', () => {
  it('takes the local origin from the Graph base URL', () => {
    expect(localOriginOf('http://127.0.0.1:53000/graph')).toBe('http://127.0.0.1:53000');
  });

  it('lists the people the picker offers', async () => {
    const people = [{ upn: 'a@x', displayName: 'A', role: 'ib' }];
    const { fetchFn, calls } = fakeFetch([{ status: 200, body: { value: people } }]);
    await expect(listLocalIdentities('http://h', fetchFn)).resolves.toEqual(people);
    expect(calls[0]?.url).toBe('http://h/local/identities');
  });

  it('asks for a token once, shares it between parallel callers and renews it before expiry', async () => {
    let now = 0;
    const { fetchFn, calls } = fakeFetch([
      { status: 200, body: { access_token: 't1', expires_in: 3600 } },
      { status: 200, body: { access_token: 't2', expires_in: 3600 } },
    ]);
    const provider = new LocalTokenProvider('http://h', 'a@x', fetchFn, () => now);
    await expect(Promise.all([provider.getToken([]), provider.getToken([])])).resolves.toEqual(['t1', 't1']);
    expect(calls).toHaveLength(1);
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ user: 'a@x' });
    now = 3600_000 - 30_000; // inside the renewal margin
    await expect(provider.getToken([])).resolves.toBe('t2');
  });

  it('fails clearly when the server refuses the person', async () => {
    const { fetchFn } = fakeFetch([{ status: 400, body: {} }]);
    await expect(new LocalTokenProvider('http://h', 'nobody', fetchFn).getToken([])).rejects.toBeInstanceOf(LocalIdentityError);
  });
});
