import { canRead, validateGroup } from './groups';

const members = ['a@school.example', 'b@school.example', 'c@school.example', 'd@school.example'];

describe('validateGroup', () => {
  it('accepts four to six members', () => {
    for (const n of [4, 5, 6]) {
      const memberUpns = Array.from({ length: n }, (_, i) => `m${i}@school.example`);
      expect(validateGroup({ name: 'Bovenbouw', memberUpns }).ok).toBe(true);
    }
  });

  it.each([3, 7])('refuses %i members', (n) => {
    const memberUpns = Array.from({ length: n }, (_, i) => `m${i}@school.example`);
    expect(validateGroup({ name: 'Groep', memberUpns })).toEqual({
      ok: false,
      errors: [{ field: 'memberUpns', code: 'outOfRange', params: { min: 4, max: 6 } }],
    });
  });

  it('refuses the same person twice, whatever the case of the address', () => {
    expect(validateGroup({ name: 'Groep', memberUpns: [...members, 'A@School.example'] })).toEqual({
      ok: false,
      errors: [{ field: 'memberUpns', code: 'invalidChoice', params: { reason: 'duplicate' } }],
    });
  });

  it('needs a name and drops empty entries', () => {
    expect(validateGroup({ name: ' ', memberUpns: [...members, ' '] })).toEqual({
      ok: false,
      errors: [{ field: 'name', code: 'required' }],
    });
  });
});

describe('canRead', () => {
  const group = { memberUpns: members };

  it('lets members read, whatever the case of their address', () => {
    expect(canRead({ upn: 'a@school.example', role: 'leerkracht' }, group)).toBe(true);
    expect(canRead({ upn: 'B@School.Example', role: 'leerkracht' }, group)).toBe(true);
  });

  it('keeps everyone else out, the IB and the MT included', () => {
    expect(canRead({ upn: 'ib@school.example', role: 'ib' }, group)).toBe(false);
    expect(canRead({ upn: 'mt@school.example', role: 'mt' }, group)).toBe(false);
    expect(canRead({ upn: 'x@school.example', role: 'leerkracht' }, group)).toBe(false);
    expect(canRead(null, group)).toBe(false);
  });

  it('never lets a guest in, even one listed by mistake', () => {
    expect(canRead({ upn: 'a@school.example', role: 'guest' }, group)).toBe(false);
  });
});
