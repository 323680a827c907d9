import type { DigestApi, StaffRolesApi } from './api';
import { lazyArea } from './areas';

describe('lazyArea', () => {
  it('has every method of the area at once and makes the real API on the first call only', async () => {
    const postToChannel = jest.fn(async (html: string, subject: string) => ({ id: `${subject}:${html}` }));
    const create = jest.fn((): DigestApi => ({ postToChannel }));
    const digest = lazyArea('digest', create);

    expect(Object.keys(digest)).toEqual(['postToChannel']);
    expect(create).not.toHaveBeenCalled();

    await expect(digest.postToChannel('<p>a</p>', 'week 1')).resolves.toEqual({ id: 'week 1:<p>a</p>' });
    await expect(digest.postToChannel('<p>b</p>', 'week 2')).resolves.toEqual({ id: 'week 2:<p>b</p>' });
    expect(create).toHaveBeenCalledTimes(1);
    expect(postToChannel).toHaveBeenNthCalledWith(2, '<p>b</p>', 'week 2');
  });

  it('hands the area its own code, and calls the method on the API it made', async () => {
    let code: unknown;
    const real = {
      calls: 0,
      async load() {
        this.calls += 1;
        return { staff: [], members: [], calls: this.calls };
      },
    };
    const roles = lazyArea('staffRoles', (loaded) => {
      code = loaded;
      return real as unknown as StaffRolesApi;
    });
    await expect(roles.load()).resolves.toMatchObject({ calls: 1 });
    expect(code).toHaveProperty('createStaffRolesApi');
    expect(Object.keys(roles).sort()).toEqual(['assign', 'change', 'claimFirstRun', 'load', 'remove']);
  });

  it('tries again after making the API failed', async () => {
    const create = jest
      .fn<DigestApi, []>()
      .mockImplementationOnce(() => {
        throw new Error('chunk failed');
      })
      .mockImplementation(() => ({ postToChannel: async () => ({ id: 'm1' }) }));
    const digest = lazyArea('digest', create);
    await expect(digest.postToChannel('x', 'y')).rejects.toThrow('chunk failed');
    await expect(digest.postToChannel('x', 'y')).resolves.toEqual({ id: 'm1' });
    expect(create).toHaveBeenCalledTimes(2);
  });
});
